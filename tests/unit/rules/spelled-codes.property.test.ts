/**
 * Codes in any spelling (issue 20 item 2). Property: a 4–8 digit code next
 * to a door, gate, keypad, PIN, alarm, code, password or Wi-Fi word is found
 * by safeguarding-secret however it is spelled (spaces, dots, hyphens, number
 * words, "oh" for zero, "double four"), and the finding covers the code as
 * typed. Ordinary numbers ("3 2 1 go", "Year 4", scores, dates, times) with
 * no such word are not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, compileProfile } from '../../../rules/engine';
import { collapseSpelledDigits } from '../../../rules/text/spelled-digits';
import { ruleTester } from './rule-tester';
import { invalid } from './content-helpers';

const RUNS = Number(process.env.SAFEPOST_FC_RUNS) || 150;
const AT = new Date('2026-03-04T10:00:00Z');
const profile = compileProfile();

const WORD = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** One spelling of a digit string: digits or words, each pair joined by a separator. */
const spelling = (digits: string) =>
  fc
    .record({
      words: fc.array(fc.boolean(), { minLength: digits.length, maxLength: digits.length }),
      oh: fc.boolean(),
      capital: fc.boolean(),
      seps: fc.array(fc.constantFrom(' ', '.', '-', ' - ', '  ', ', ', '. '), { minLength: digits.length, maxLength: digits.length }),
      allWords: fc.boolean(),
    })
    .map(({ words, oh, capital, seps, allWords }) => {
      const parts = [...digits].map((d, i) => {
        const asWord = allWords || words[i];
        if (!asWord) return d;
        // "oh" for zero, but never first ("Oh, …" is not a number).
        const w = d === '0' && oh && i > 0 ? 'oh' : WORD[Number(d)]!;
        return capital && i === 0 ? w[0]!.toUpperCase() + w.slice(1) : w;
      });
      // Words are separated by a space or hyphen at least; digits by any separator.
      return parts
        .map((p, i) => (i === 0 ? p : `${/\d/.test(p) && /\d/.test(parts[i - 1]!) ? seps[i] : seps[i]!.trim() === ',' ? ', ' : seps[i]!.includes('.') ? ' ' : seps[i]}${p}`))
        .join('');
    });

const CONTEXTS: Array<(code: string) => string> = [
  (c) => `The keypad is ${c}`,
  (c) => `Door code: ${c}`,
  (c) => `New gate code is ${c} from Monday.`,
  (c) => `Staff PIN ${c}`,
  (c) => `The alarm code will be ${c} after half term`,
  (c) => `Wi-Fi password: ${c}`,
  (c) => `The code for the side gate is ${c}`,
  (c) => `${c} is the new door code`,
  (c) => `Reminder, the passcode is now ${c}.`,
  (c) => `Visitors: the front door ${c} then push.`,
];

const codeArb = fc.stringMatching(/^[0-9]{4,8}$/);

describe('safeguarding-secret: a code in any spelling', () => {
  it('reads every spelling back as the same digits', () => {
    fc.assert(
      fc.property(codeArb.chain((code) => fc.tuple(fc.constant(code), spelling(code))), ([code, spelled]) => {
        // Digit-only spellings with single digits, or any spelling with a word, read back as the code.
        const sd = collapseSpelledDigits(`code ${spelled} ok`);
        if (spelled.replace(/\D/g, '') === code && /^\d+$/.test(spelled)) return; // plain digits: nothing to collapse
        expect(sd.text).toContain(code);
      }),
      { numRuns: RUNS },
    );
  });

  it('finds the code next to a door, gate, keypad, PIN, alarm, code, password or Wi-Fi word', () => {
    fc.assert(
      fc.property(
        codeArb.chain((code) => fc.tuple(spelling(code), fc.constantFrom(...CONTEXTS))),
        ([spelled, context]) => {
          const text = context(spelled);
          const found = check({ text, at: AT }, profile).findings.filter((f) => f.rule === 'safeguarding-secret');
          expect(found.length, text).toBeGreaterThan(0);
          // The highlight covers the code as typed.
          const f = found[0]!;
          expect(f.start, text).toBeLessThanOrEqual(text.indexOf(spelled));
          expect(f.end, text).toBeGreaterThanOrEqual(text.indexOf(spelled) + spelled.length - 1);
        },
      ),
      { numRuns: RUNS },
    );
  });

  const ORDINARY: Array<fc.Arbitrary<string>> = [
    fc.constantFrom('3 2 1 go!', '5, 4, 3, 2, 1 blast off!', 'Ready in 3 2 1…'),
    fc.integer({ min: 1, max: 13 }).map((y) => `Year ${y} had a brilliant morning.`),
    fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 })).map(([a, b]) => `Our netball team won ${a}-${b} against St Anne's!`),
    fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 })).map(([d, m]) => `Sports day is on ${d}.${m}.2026, see you there.`),
    fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 })).map(([d, m]) => `Parents' evening ${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-26 in the hall`),
    fc.tuple(fc.integer({ min: 7, max: 18 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `Doors open at ${h}.${String(m).padStart(2, '0')} and the gates close at ${h + 1}:${String(m).padStart(2, '0')}.`),
    fc.integer({ min: 2020, max: 2030 }).map((y) => `Dress code for ${y}-${String((y + 1) % 100).padStart(2, '0')} is on the website.`),
    fc.constantFrom('Tickets £3.50, doors open 6.30pm', 'Year 4, 5 and 6 used the side door', 'We counted one two three four and ran to the gate!'),
    fc.tuple(fc.integer({ min: 10, max: 99 }), fc.integer({ min: 10, max: 99 }), fc.integer({ min: 10, max: 99 })).map(([a, b, c]) => `Code Club scores: ${a} ${b} ${c} points this week`),
  ];

  it('leaves ordinary numbers alone', () => {
    fc.assert(
      fc.property(fc.oneof(...ORDINARY), (text) => {
        const found = check({ text, at: AT }, profile).findings.filter((f) => f.rule === 'safeguarding-secret' || f.rule === 'personal-data');
        expect(found, text).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

ruleTester('safeguarding-secret', {}, {
  valid: [
    '3 2 1 go! The gates are open.',
    'Gates open at 08.45 every morning.',
    'The gate closes on 12.03.2026 for the holidays.',
    'Dress code for 2026-27 is on the website.',
    'Doors open 6.30 pm, tickets £3.50.',
    'One two three four, let us count the doors in the hall.',
  ],
  invalid: [
    invalid('the keypad is 3 0 5 2', [['3 0 5 2', { message: 'access code' }]]),
    invalid('Door code: four seven one nine', ['four seven one nine']),
    invalid('PIN is three oh five two', [['three oh five two', { message: 'PIN' }]]),
    invalid('the alarm code is 4.7.1.9#', ['4.7.1.9#']),
    invalid('Wi-Fi password: double four one six', [['double four one six', { message: 'Wi-Fi key' }]]),
    invalid('Forty seven nineteen opens the side gate', ['Forty seven nineteen']),
  ],
}, 'safeguarding-secret: spelled codes');

ruleTester('personal-data', {}, {
  valid: ['Count with us: one two three four five!'],
  invalid: [invalid('Ring me on oh seven seven double oh nine oh oh five six two', ['oh seven seven double oh nine oh oh five six two'])],
}, 'personal-data: a phone number in words');
