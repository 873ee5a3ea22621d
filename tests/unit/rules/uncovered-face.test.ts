import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from './rule-tester';
import { compileProfile } from '../../../rules/engine';

const face = { x: 0.31, y: 0.12, w: 0.08, h: 0.11 };
const other = { x: 0.6, y: 0.2, w: 0.05, h: 0.07 };
const on = { settings: { rules: { 'uncovered-face': 'block' as const } } };

ruleTester('uncovered-face', on, {
  valid: [
    'Sports day tomorrow!',
    // Work on display, a covered face or a cat: the detector found no human face.
    { text: 'Our art display', images: [{ text: 'Year 3 Art', faces: [] }] },
    { text: 'Two pictures, no faces', images: [{ text: '', faces: [] }, { text: '', faces: [] }] },
  ],
  invalid: [
    {
      text: 'Class photo',
      images: [{ text: '', faces: [face, other, { ...other, x: 0.8 }] }],
      errors: [{ match: '3 faces', source: 'image', image: 0, severity: 'block', message: '3 faces in this picture that are not covered', hint: 'Cover faces' }],
    },
    {
      name: 'only the image with a face is reported',
      text: 'Two pictures',
      images: [{ text: '', faces: [] }, { text: '', faces: [face] }],
      errors: [{ match: '1 face', image: 1, message: '1 face in this picture that is not covered' }],
    },
    {
      name: 'an image not checked for faces is reported, never passed',
      text: 'Photo',
      images: [{ text: 'Welcome' }],
      errors: [{ match: 'faces not checked', image: 0, message: 'not been able to check this picture for faces' }],
    },
  ],
});

describe('uncovered-face findings', () => {
  it('carry the faces as fractions of the image', () => {
    const [finding] = runRule('uncovered-face', compileProfile(on), { text: '', images: [{ text: '', faces: [face, other] }] });
    expect(finding?.faces).toEqual([face, other]);
  });

  it('is off in the built-in profile', () => {
    expect(runRule('uncovered-face', compileProfile({}), { text: '', images: [{ text: '', faces: [face] }] })).toEqual([]);
  });
});
