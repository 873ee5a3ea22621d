import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from './rule-tester';
import { compileProfile } from '../../../rules/engine';
import type { Pupil } from '../../../rules/profile/schema';
import { firstNamesOnly, pupils, staff } from '../../fixtures/name-school';

const photo = [{ text: '' }];
const attestation = 'Every face pictured has photo consent (faces only: a name in the picture still needs removing)';

ruleTester('photo-consent', { settings: firstNamesOnly, pupils, staff }, {
  valid: ['Kestrel Class on the beach', 'Well done Tobias!'],
  invalid: [
    {
      name: 'no group mentioned',
      text: 'What a day!',
      images: photo,
      errors: [{ match: '1 image attached', severity: 'confirm', attestation, message: 'cannot tell who is pictured' }],
    },
    {
      name: 'group in the text lists pupils without consent',
      text: 'kestrel class on the beach',
      images: photo,
      errors: [{ attestation, message: 'No photo consent in Kestrel Class: Tobias P. and Hazel M.' }],
    },
    {
      name: 'Y2 form of "Year 2"',
      text: 'Y2 at the farm',
      images: photo,
      errors: [{ message: 'No photo consent in Year 2: Declan O.' }],
    },
    {
      name: 'group read from the image',
      text: 'Lovely work',
      images: [{ text: 'Heron Class Assembly' }],
      errors: [{ message: 'Everyone on the roster in Heron Class has photo consent' }],
    },
    {
      name: 'says how many faces the device can see',
      text: 'Lovely work',
      images: [{ text: '', faces: [{ x: 0.1, y: 0.1, w: 0.1, h: 0.1 }, { x: 0.5, y: 0.1, w: 0.1, h: 0.1 }, { x: 0.7, y: 0.1, w: 0.1, h: 0.1 }] }],
      errors: [{ message: /^3 faces visible\. Photos are only posted/ }],
    },
    {
      name: 'one face, and an image not yet checked for faces',
      text: 'Lovely work',
      images: [{ text: '', faces: [{ x: 0.1, y: 0.1, w: 0.1, h: 0.1 }] }, { text: '' }],
      errors: [{ message: /^1 face visible in the images checked\. / }],
    },
    {
      name: 'no face visible',
      text: 'Lovely work',
      images: [{ text: '', faces: [] }],
      errors: [{ message: /^No faces visible\. / }],
    },
    {
      name: 'named pupil without consent',
      text: 'Tobias and his model',
      images: photo,
      errors: [{ message: 'Tobias P.' }],
    },
  ],
});

describe('photo-consent with a big class', () => {
  it('lists a handful of names, then "and N more"', () => {
    const many: Pupil[] = Array.from({ length: 40 }, (_, i) => ({
      forename: `Pupil${i}`,
      surname: `Surname${i}`,
      group: 'Year 6',
      photoConsent: false,
      nameConsent: true,
    }));
    const found = runRule('photo-consent', compileProfile({ pupils: many }), { text: 'Year 6 leavers', images: photo });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/and 35 more\.$/);
  });
});
