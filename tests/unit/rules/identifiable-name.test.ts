import { ruleTester } from './rule-tester';
import { firstNamesOnly, pupils, staff } from '../../fixtures/name-school';

ruleTester('identifiable-name', { settings: firstNamesOnly, pupils, staff }, {
  valid: [
    'Well done Isobel!', // common given name
    'Arlo scored twice', // three pupils share it: not identifying
    'Grace sang', // word-name, common
    'Kestrel Class visited the farm',
  ],
  invalid: [
    {
      text: 'Well done Peregrine on your swimming badge',
      errors: [{ match: 'Peregrine', start: 10, end: 19, severity: 'warn', message: 'very unusual first name', hint: 'a pupil in Hazel Class' }],
    },
    { text: "Peregrine's rocket flew highest", errors: [{ match: 'Peregrine', start: 0, end: 9 }] },
    { name: 'also in a full name', text: 'Peregrine Holt', errors: [{ match: 'Peregrine Holt', start: 0, end: 14 }] },
  ],
});
