import { ruleTester } from './rule-tester';
import { firstNamesOnly, noNames, pupils, staff } from '../../fixtures/name-school';

// naming: none — any pupil's name used as a name.
ruleTester(
  'pupil-name',
  { settings: noNames, pupils, staff },
  {
    valid: [
      'Kestrel Class have been learning about volcanoes',
      'We hope you enjoy the holidays',
      'Hope everyone rests well over the break!',
      'Mark the date: Summer Fair on 4 July',
      'Our summer term clubs start on Monday',
      'Say grace before lunch, please',
      'Grace before meals is part of our day',
      'Hazel Class have planted bulbs', // group named after a word-name
      'Thank you Mrs Grace Whitlock for the cakes', // staff full name
      'Thanks to Mrs Whitlock and Mr Anand',
      'Welcome to Harcourt Primary School!', // the school's name
      'Harcourt Chess Club meets on Mondays',
      'Proud to be at Harcourt', // school's short name after a preposition
      'A wonderful Summer to all our families',
      'Have a lovely summer!',
      'Will you join us at the fete?',
      'The Hope Centre visited today',
      '@KitAshworthPhotos took the pictures', // a handle is not a name
    ],
    invalid: [
      { text: 'Well done Isobel!', errors: [{ match: 'Isobel', start: 10, end: 16, hint: 'a pupil in Kestrel Class' }] },
      { text: 'well done isobel', errors: [{ match: 'isobel', start: 10, end: 16 }] },
      { text: 'Grace sang the solo beautifully', errors: [{ match: 'Grace', start: 0, end: 5 }] },
      { text: 'Well done Hope!', errors: [{ match: 'Hope', start: 10, end: 14 }] },
      { text: "Summer's model volcano erupted!", errors: [{ match: 'Summer', start: 0, end: 6 }] },
      { text: 'Congratulations to Mark for his certificate', errors: [{ match: 'Mark', start: 19, end: 23 }] },
      { text: 'Harcourt from Year 2 designed the logo', errors: [{ match: 'Harcourt', start: 0, end: 8 }] },
      { text: 'Hazel from Kestrel Class read aloud', errors: [{ match: 'Hazel', start: 0, end: 5 }] },
      { text: 'Arlo and Grace tidied up', errors: [{ match: 'Arlo', start: 0, end: 4 }, { match: 'Grace', start: 9, end: 14 }] },
      { name: 'preferred name', text: 'Kit helped in the garden', errors: [{ match: 'Kit', start: 0, end: 3 }] },
      { name: 'full name also names the pupil', text: 'Isobel Hartley', errors: [{ match: 'Isobel Hartley', start: 0, end: 14 }] },
      { name: 'accent typed or not', text: 'Zoe helped', errors: [{ match: 'Zoe', start: 0, end: 3 }] },
      { name: 'name alone on a certificate line (OCR)', text: '', images: [{ text: 'Reader of the Week\nHope\nKestrel Class' }], errors: [{ match: 'Hope', source: 'image', start: 19, end: 23 }] },
    ],
  },
  'pupil-name (naming: none)',
);

// naming: first-name-only — only pupils without name consent.
ruleTester(
  'pupil-name',
  { settings: firstNamesOnly, pupils, staff },
  {
    valid: ['Well done Isobel!', 'Hope and Mark led assembly', 'Ruth read her poem'],
    invalid: [
      { text: 'Well done Tobias!', errors: [{ match: 'Tobias', start: 10, end: 16, message: 'have not given consent' }] },
      { text: 'Grace sang the solo', errors: [{ match: 'Grace', start: 0, end: 5 }] },
      {
        name: 'three pupils called Arlo, one without name consent: fail safe',
        text: 'Arlo scored twice',
        errors: [{ match: 'Arlo', start: 0, end: 4, message: 'could be 3 pupils' }],
      },
      { name: 'full name of a pupil without consent', text: 'Tobias Penrose', errors: [{ match: 'Tobias Penrose' }] },
    ],
  },
  'pupil-name (naming: first-name-only)',
);

// Generalisation cases (found by the held-out corpora, written fresh here):
// word-names inside compounds, months in dates, a school-name word with a
// kin noun, a time word-name that something happens to.
ruleTester(
  'pupil-name',
  { settings: noNames, pupils, staff },
  {
    valid: [
      'Hope-filled letters from Year 6 to the care home',
      'Summer-term swimming starts on Monday',
      "Harcourt's new library opens on Monday", // the school, not the pupil
      'Summer has been glorious this year',
    ],
    invalid: [
      { text: "Harcourt's grandad told Year 2 about his time at sea", errors: [{ match: 'Harcourt', start: 0, end: 8 }] },
      { text: 'Summer has been picked to sing a solo at the carol service', errors: [{ match: 'Summer', start: 0, end: 6 }] },
    ],
  },
);

ruleTester(
  'pupil-name',
  {
    settings: noNames,
    pupils: [
      { forename: 'May', surname: 'Castell', group: 'Year 3', photoConsent: true, nameConsent: true },
      { forename: 'June', surname: 'Obi', group: 'Year 4', photoConsent: true, nameConsent: true },
    ],
  },
  {
    valid: [
      'Reports go home on 22 May.',
      'May 5th is a bank holiday, school is closed.',
      'See you all in June!',
      'Sports day moves to June 2027 because of the works.',
      'The fair runs until May.',
    ],
    invalid: [
      { text: 'May read her poem to the whole school', errors: [{ match: 'May', start: 0, end: 3 }] },
      { text: 'Thanks to June for the lovely card', errors: [{ match: 'June', start: 10, end: 14 }] },
    ],
  },
);
