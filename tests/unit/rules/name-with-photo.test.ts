import { ruleTester } from './rule-tester';
import { firstNamesOnly, pupils, staff } from '../../fixtures/name-school';

const photo = [{ text: '' }];

ruleTester('name-with-photo', { settings: firstNamesOnly, pupils, staff }, {
  valid: [
    'Well done Isobel!', // no image
    { text: 'Kestrel Class on the beach', images: photo },
    { text: 'We hope you enjoy these photos', images: photo },
    { text: 'Sports day!', images: [{ text: 'SPORTS DAY\nWednesday 8 July' }] },
    { name: 'two wrong letters in OCR are not a match', text: 'Art display', images: [{ text: 'Tobays' }] },
  ],
  invalid: [
    {
      text: 'Well done Isobel!',
      images: photo,
      errors: [{ match: 'Isobel', start: 10, end: 16, source: 'text', message: 'No names are used alongside pictures of pupils' }],
    },
    { text: 'Grace sang the solo', images: photo, errors: [{ match: 'Grace', start: 0, end: 5 }] },
    {
      name: 'name in the image (OCR with one wrong letter)',
      text: 'Handwriting awards today',
      images: [{ text: 'Handwriting Award\nTobiaz\nfor joined-up writing' }],
      errors: [{ match: 'Tobiaz', source: 'image', image: 0, start: 18, end: 24, message: 'The attached image shows the name' }],
    },
    {
      name: 'OCR digit for a letter',
      text: 'Look!',
      images: [{ text: 'BY PERECRINE H0LT' }],
      errors: [{ match: 'PERECRINE H0LT', source: 'image', start: 3, end: 17 }],
    },
    {
      name: 'second image',
      text: 'Our readers',
      images: [{ text: '' }, { text: 'Reading Heroes\nDeclan\nLuana' }],
      errors: [
        { match: 'Declan', source: 'image', image: 1, start: 15, end: 21 },
        { match: 'Luana', source: 'image', image: 1, start: 22, end: 27 },
      ],
    },
  ],
});
