import { ruleTester } from './rule-tester';
import { firstNamesOnly, pupils, staff } from '../../fixtures/name-school';

ruleTester('targeted-comment', { settings: firstNamesOnly, pupils, staff }, {
  valid: [
    'Well done Year 2, a better lesson today!',
    'Congratulations to Kestrel Class on their assembly',
    'PE kits on Thursday please, Heron Class!',
    'Isobel, Declan and Luana showed visitors around school today.',
    'Thank you Mrs Whitlock for the cakes',
    'We hope the photos make you smile',
  ],
  invalid: [
    {
      text: 'Well done Tobias a better lesson today',
      errors: [{ match: 'Tobias', start: 10, end: 16, severity: 'warn', message: 'Individually targeted content', hint: 'Well done, Year 4!' }],
    },
    { text: 'Isobel – what a star you are!', errors: [{ match: 'Isobel', start: 0, end: 6 }] },
    { text: 'Declan, please remember your reading book', errors: [{ match: 'Declan', start: 0, end: 6 }] },
    { text: 'Congratulations to Luana!', errors: [{ match: 'Luana', start: 19, end: 24 }] },
    { text: 'Massive shout-out to Ruth for sorting the lost property box', errors: [{ match: 'Ruth', start: 21, end: 25 }] },
    { text: 'Great effort from Hope in the cross-country', errors: [{ match: 'Hope', start: 18, end: 22 }] },
  ],
});

// Generalisation cases: an address without a comma, a compound word-name.
ruleTester('targeted-comment', { settings: firstNamesOnly, pupils, staff }, {
  valid: [
    'Hope-filled messages from Kestrel Class to the hospice',
    'Summer-term sports day results are in the newsletter',
    'Isobel and Arlo read the register to the visitors',
  ],
  invalid: [
    { text: 'Isobel you superstar, what a sprint finish', errors: [{ match: 'Isobel', start: 0, end: 6 }] },
    { text: 'Declan you were brilliant in the play', errors: [{ match: 'Declan', start: 0, end: 6 }] },
    { text: 'Best goal of the season from Peregrine!', errors: [{ match: 'Peregrine', start: 29, end: 38 }] },
    { text: 'Luana - what a legend', errors: [{ match: 'Luana', start: 0, end: 5 }] },
  ],
});
