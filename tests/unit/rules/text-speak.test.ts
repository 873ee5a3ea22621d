import { ruleTester } from './rule-tester';
import { invalid } from './content-helpers';

ruleTester('text-speak', {}, {
  valid: [
    'Y6 SATs papers arrive on Monday; KS2 results follow in July.',
    'Our U11s and U9 girls both won at the county tournament.',
    'Year 6 U11s training moves to Thursday.',
    'PE kits on Monday please, Hazel Class.',
    'Reception practised the vowel sounds a, e, i, o, u today.',
    'Can you hear the letter u at the start of umbrella?',
    'Film night: Paddington (U) in the hall on Friday.',
    'Year 5 are learning about the ancient city of Ur.',
    'Print your poster on A4 or B4 paper.',
    'Visit @LolworthPrimary for their sports day news.',
    'Ultra-fast broadband has arrived in the ICT suite, plus new headphones.',
    'Please bring a coat, thank you.',
    // Stray OCR fragments of a photo are not text-speak.
    { text: 'Our display', images: [{ text: 'n\nu\nur\ncu\nRAINFOREST' }] },
  ],
  invalid: [
    invalid('Gr8 effort at the cross country!', [['Gr8', { severity: 'warn', message: 'text language like lol, gr8 or l8r', hint: 'great' }]]),
    invalid('C u 2moro at the fair', ['C u', '2moro']),
    invalid('Pls bring ur wellies thx', ['Pls', 'ur', 'thx']),
    invalid('so proud of u all lol', ['u', 'lol']),
    invalid('OMG what a match! btw kick-off is l8r tomorrow', ['OMG', 'btw', 'l8r']),
    invalid('Plz can every1 reply b4 Friday, imo it matters', ['Plz', 'every1', 'b4', 'imo']),
    invalid('Ur child’s forms r due', ['Ur']),
    invalid('Thanks u lot!', ['u']),
    { text: 'Note from the trip', images: [{ text: 'gr8 day, thx!' }], errors: [{ match: 'gr8', source: 'image', image: 0 }, { match: 'thx', source: 'image', image: 0 }] },
  ],
});
