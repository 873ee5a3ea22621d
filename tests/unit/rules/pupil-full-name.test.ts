import { ruleTester } from './rule-tester';
import { firstNamesOnly, noNames, pupils, staff } from '../../fixtures/name-school';

const profile = { settings: firstNamesOnly, pupils, staff };

ruleTester('pupil-full-name', profile, {
  valid: [
    'Well done Isobel!',
    'Kestrel Class have been busy',
    'Hartley Road is closed today', // surname alone
    'Isobel and Hartley', // not next to each other
    'Well done Isobel. Hartley Park was lovely', // sentence break between
    'Well done Isobel. Cedar trees are tall', // "Isobel. C…" is a sentence start, not an initial
    'Isobel C. was brilliant', // C is not her surname's initial
    'A. Penrose', // no Penrose pupil with first initial A
    'Thank you Mrs Grace Whitlock', // staff
    'Arlo Ellery', // first name and surname of different pupils
    { name: 'not in OCR fuzzily either when two letters are wrong', text: '', images: [{ text: 'Isabcl Hortley' }] },
  ],
  invalid: [
    {
      text: 'Well done Isobel Hartley!',
      errors: [{ match: 'Isobel Hartley', start: 10, end: 24, message: "'Isobel Hartley' is a pupil on your roster", hint: "('Isobel')" }],
    },
    { text: "isobel hartley's painting", errors: [{ match: 'isobel hartley', start: 0, end: 14 }] },
    { text: 'ISOBEL HARTLEY', errors: [{ match: 'ISOBEL HARTLEY', start: 0, end: 14 }] },
    { text: 'Isobel Hartley’s poem', errors: [{ match: 'Isobel Hartley', start: 0, end: 14 }] },
    { text: 'Hartley, Isobel won', errors: [{ match: 'Hartley, Isobel', start: 0, end: 15 }] },
    { text: 'Certificate for Isobel H. today', errors: [{ match: 'Isobel H.', start: 16, end: 25 }] },
    { text: 'Thanks to I. Hartley for tidying', errors: [{ match: 'I. Hartley', start: 10, end: 20 }] },
    { text: 'Zoe Fairbrother read aloud', errors: [{ match: 'Zoe Fairbrother', start: 0, end: 15, hint: "'Zoë'" }] },
    { text: 'Zoë Fairbrother read aloud', errors: [{ match: 'Zoë Fairbrother', start: 0, end: 15 }] },
    { text: 'Ella-Mae Dunmore-Price sang', errors: [{ match: 'Ella-Mae Dunmore-Price', start: 0, end: 22 }] },
    { text: 'Ella Mae Dunmore Price sang', errors: [{ match: 'Ella Mae Dunmore Price', start: 0, end: 22 }] },
    { text: 'Declan O’Rourke scored', errors: [{ match: 'Declan O’Rourke', start: 0, end: 15 }] },
    { text: 'declan orourke scored', errors: [{ match: 'declan orourke', start: 0, end: 14 }] },
    { text: 'Luana dos Santos danced', errors: [{ match: 'Luana dos Santos', start: 0, end: 16 }] },
    { name: 'preferred name + surname', text: 'Kit Ashworth helped', errors: [{ match: 'Kit Ashworth', start: 0, end: 12 }] },
    { name: 'zero-width space and soft hyphen inside', text: 'Is\u200bobel Hart\u00adley', errors: [{ match: 'Is\u200bobel Hart\u00adley', start: 0, end: 16 }] },
    { name: 'Cyrillic І look-alike', text: '\u0406sobel Hartley', errors: [{ start: 0, end: 14 }] },
    {
      text: 'Arlo Quince and Arlo Banks',
      errors: [
        { match: 'Arlo Quince', start: 0, end: 11 },
        { match: 'Arlo Banks', start: 16, end: 26 },
      ],
    },
    {
      name: 'OCR text with one wrong letter',
      text: 'Star of the week',
      images: [{ text: 'Awarded to\nIsobel Hartlcy' }],
      errors: [{ match: 'Isobel Hartlcy', source: 'image', image: 0, start: 11, end: 25 }],
    },
  ],
});

ruleTester(
  'pupil-full-name',
  { settings: noNames, pupils, staff },
  {
    valid: ['Year 2 enjoyed the trip'],
    invalid: [
      {
        text: 'Well done Isobel Hartley',
        errors: [{ match: 'Isobel Hartley', message: 'reference classes and year groups', hint: 'a pupil in Kestrel Class' }],
      },
    ],
  },
  'pupil-full-name (naming: none)',
);
