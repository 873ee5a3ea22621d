import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from './rule-tester';
import { compileProfile } from '../../../rules/engine';

const face = { x: 0.4, y: 0.1, w: 0.2, h: 0.3 };
const on = { settings: { rules: { 'group-photos-only': 'warn' as const } } };

ruleTester('group-photos-only', on, {
  valid: [
    'Working together in Year 4',
    // A group at work, or the work itself with nobody in shot.
    { text: 'Group work', images: [{ text: '', faces: [face, { ...face, x: 0.1 }] }] },
    { text: 'Our display', images: [{ text: 'Fractions wall', faces: [] }] },
    { text: 'Big group', images: [{ text: '', faces: Array.from({ length: 12 }, (_, i) => ({ ...face, x: i / 12, w: 0.05 })) }] },
  ],
  invalid: [
    {
      text: 'Star of the week',
      images: [{ text: '', faces: [face] }],
      errors: [{ match: '1 face', source: 'image', image: 0, severity: 'warn', message: 'working and learning in groups', hint: 'photo of the group' }],
    },
    {
      name: 'each single-person image is reported',
      text: 'Three pictures',
      images: [{ text: '', faces: [face] }, { text: '', faces: [face, face] }, { text: '', faces: [face] }],
      errors: [{ image: 0 }, { image: 2 }],
    },
    {
      name: 'an image not checked for faces is reported, never passed',
      text: 'Photo',
      images: [{ text: '' }],
      errors: [{ match: 'faces not checked', message: 'not been able to check how many people' }],
    },
  ],
});

describe('group-photos-only findings', () => {
  it('carry the face box', () => {
    const [finding] = runRule('group-photos-only', compileProfile(on), { text: '', images: [{ text: '', faces: [face] }] });
    expect(finding?.faces).toEqual([face]);
  });

  it('is off in the built-in profile', () => {
    expect(runRule('group-photos-only', compileProfile({}), { text: '', images: [{ text: '', faces: [face] }] })).toEqual([]);
  });
});
