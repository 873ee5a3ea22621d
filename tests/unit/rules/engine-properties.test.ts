/**
 * Properties of check() over arbitrary drafts: whatever a teacher types (or
 * OCR reads), the engine never throws, every finding's offsets index the text
 * it came from (the compose box highlights them), the verdict is the most
 * severe finding, severities are the profile's, and a check is a pure function.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, compileProfile } from '../../../rules/engine';
import { RULE_IDS, type CheckResult, type CompiledProfile, type Draft, type Verdict } from '../../../rules/types';
import { pupils, staff } from '../../fixtures/name-school';

// SAFEPOST_FC_RUNS=5000 for a long bug hunt; the default keeps the file near 5 s.
const RUNS = Number(process.env.SAFEPOST_FC_RUNS) || 120;
// Generous: a loaded 2-core machine is several times slower than an idle one.
const TIME_LIMIT = 30_000 + RUNS * 60;

const RANK: Record<Verdict, number> = { ok: 0, warn: 1, confirm: 2, block: 3 };

const profiles: Array<[string, CompiledProfile]> = [
  ['default profile', compileProfile()],
  [
    'small roster, naming none, some rules off',
    compileProfile({
      settings: {
        school: 'Harcourt Primary School',
        accounts: ['@HarcourtPri'],
        naming: 'none',
        rules: { 'text-speak': 'off', 'negative-tone': 'off', reply: 'block', 'identifiable-name': 'confirm' },
      },
      pupils,
      staff,
    }),
  ],
  ['small roster, first names only', compileProfile({ settings: { naming: 'first-name-only', accounts: ['@HarcourtPri'] }, pupils, staff })],
];

/** Pieces that stress offsets: surrogates, combining marks, RTL, zero-width, ZWJ emoji, line ends, controls. */
const AWKWARD = [
  '\uD83D\uDE00', // 😀
  '\uD83D', // lone high surrogate
  '\uDE00', // lone low surrogate
  'e\u0301', // e + combining acute
  'Zo\u00EB', // precomposed
  'Zoe\u0308', // decomposed
  '\u05E9\u05DC\u05D5\u05DD', // Hebrew
  '\u202E', // RTL override
  '\u200B', '\u200C', '\u200D', '\uFEFF', // zero-width
  '\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66', // family ZWJ sequence
  '\r\n', '\r', '\n', '\t', '\u0000', '\u0007', '\u2028',
  '\uFB01', // ﬁ ligature
  '\u0130', // İ (lower-cases to two code units)
  '\u1E9E', // ẞ
  'ß',
];

/** Words the rules look for, so arbitrary strings actually produce findings. */
const WORDS = [
  'Isobel', 'Hartley', 'Isobel Hartley', "Isobel Hartley's", 'Hartley, Isobel', 'I. Hartley', 'Isobel H.',
  'Tobias', 'Penrose', 'Zoë Fairbrother', 'ZOË', 'Ella-Mae Dunmore-Price', "Declan O'Rourke", 'Luana dos Santos',
  'Kit', 'Hope', 'Grace', 'Mrs Whitlock', 'Grace Whitlock', 'Mr Anand', 'Arlo', 'Peregrine', 'Kestrel Class', 'Year 2',
  'Well done', 'lol', 'gr8', 'thx', 'u', 'f*ck', 'sh1t', 'awful', 'disgusting', 'terrible',
  '07700 900123', 'someone@example.org', 'SW1A 1AA', 'born 03/04/2016', 'password: hunter2', 'PIN 4821',
  'gate code 1234', 'Zoom id 123 456 7890', 'Wi-Fi key', 'autism', 'ADHD', 'excluded', 'a child in Year 4',
  '© Getty Images', 'Shutterstock', 'Alamy', '@HarcourtPri', 'Harcourt Primary School',
  // OCR-ish and normalisation-sensitive spellings: one wrong letter, digits for letters, case maps that change length.
  'Is0bel Hart1ey', 'lsobel Hartley', 'ISOBEL HARTLEY', '\u0130sobel Hartley', 'Zoe\u0308 Fairbrother', 'Zo\u00EB Fairbrother',
  '\uFF29\uFF53\uFF4F\uFF42\uFF45\uFF4C', 'Isobel\u00ADHartley', 'Isobel\u200BHartley', 'Tob\uFB01as', 'Penro\u00DFe', 'Hartley\u2019s',
  'Dunmore\u2010Price', "O\u2019Rourke", 'Isobel  Hartley', 'Isobel\nHartley', 'Isobel\r\nHartley',
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...AWKWARD) },
  { weight: 2, arbitrary: fc.constantFrom(' ', ', ', '. ', '! ', "'s ", '\u00A0') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

const text = fc.oneof(
  { weight: 8, arbitrary: fc.array(piece, { maxLength: 24 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  // Very long runs: one character, or one word, repeated.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('a', ' ', '\u200B', '\uD83D\uDE00', 'Isobel ', 'lol ', '\r\n', '*', '1'), fc.integer({ min: 100, max: 2000 }))
      .map(([s, n]) => s.repeat(n)),
  },
);

// Any valid Date (1970 ± ~270,000 years); invalid Dates are rejected by the CLI before check().
const validDate = fc.date({ noInvalidDate: true });

const draft: fc.Arbitrary<Draft> = fc.record(
  {
    text,
    images: fc.array(fc.record({ text }), { maxLength: 3 }),
    at: validDate,
    reply: fc.boolean(),
    dm: fc.boolean(),
    account: fc.oneof(fc.constant('@HarcourtPri'), fc.constant('@someone_else'), fc.constant(''), fc.string({ maxLength: 6 })),
  },
  { requiredKeys: ['text'] },
);

function segmentText(d: Draft, source: 'text' | 'image', image: number | undefined): string {
  if (source === 'text') return d.text;
  return d.images![image!]!.text;
}

function assertWellFormed(d: Draft, compiled: CompiledProfile, result: CheckResult): void {
  let worst: Verdict = 'ok';
  for (const f of result.findings) {
    expect(RULE_IDS).toContain(f.rule);
    const severity = compiled.settings.rules[f.rule];
    expect(severity).not.toBe('off');
    expect(f.severity).toBe(severity);
    if (RANK[f.severity] > RANK[worst]) worst = f.severity;
    expect(typeof f.match).toBe('string');
    if (f.source === 'image') {
      expect(Number.isInteger(f.image)).toBe(true);
      expect(f.image).toBeGreaterThanOrEqual(0);
      expect(f.image).toBeLessThan(d.images?.length ?? 0);
    } else {
      expect(f.source).toBe('text');
      expect(f.image).toBeUndefined();
    }
    expect(f.start === undefined).toBe(f.end === undefined);
    if (f.start !== undefined && f.end !== undefined) {
      const source = segmentText(d, f.source, f.image);
      expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.start).toBeLessThanOrEqual(f.end);
      expect(f.end).toBeLessThanOrEqual(source.length);
      expect(source.slice(f.start, f.end), `${f.rule} match in ${JSON.stringify(source)}`).toBe(f.match);
    }
  }
  expect(result.verdict).toBe(worst);
}

function snapshot(d: Draft): unknown {
  return { ...d, at: d.at?.getTime(), images: d.images?.map((i) => ({ ...i })) };
}

describe('check() over arbitrary drafts', () => {
  it.each(profiles)('never throws; findings index their text; verdict and severities match (%s)', (_name, compiled) => {
    fc.assert(
      fc.property(draft, (d) => {
        const before = snapshot(d);
        const first = check(d, compiled);
        assertWellFormed(d, compiled, first);
        // Pure: the draft is untouched and the same input gives the same output.
        expect(snapshot(d)).toEqual(before);
        expect(check(d, compiled)).toEqual(first);
      }),
      { numRuns: RUNS },
    );
  }, TIME_LIMIT);

  it('a rule set to off never appears, whatever else is on', () => {
    const offOne = fc.subarray([...RULE_IDS], { minLength: 1 });
    fc.assert(
      fc.property(offOne, draft, (off, d) => {
        const compiled = compileProfile({
          settings: { naming: 'none', rules: Object.fromEntries(off.map((id) => [id, 'off'])) },
          pupils,
          staff,
        });
        const result = check(d, compiled);
        for (const f of result.findings) expect(off).not.toContain(f.rule);
        assertWellFormed(d, compiled, result);
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  }, TIME_LIMIT);
});

/** Hand-picked drafts the generators reach only by luck: each must keep the invariants. */
describe('check() on adversarial drafts', () => {
  const at = new Date(Date.UTC(2026, 2, 4, 10));
  it.each<[string, Draft]>([
    ['name after a case map that grows (İ)', { text: '\u0130\u0130 Isobel Hartley \u0130', at }],
    ['name split by a soft hyphen and a zero-width space', { text: 'Isobel\u00ADHartley and Isobel\u200BHartley', at }],
    ['decomposed accent in a surname', { text: 'Well done Zoe\u0308 Fairbrother!', at }],
    ['lone surrogates around a name', { text: '\uD83DIsobel Hartley\uDE00', at }],
    ['ZWJ emoji between first name and surname', { text: 'Isobel \uD83D\uDC69\u200D\uD83D\uDC67 Hartley', at }],
    ['CRLF inside a full name', { text: 'Isobel\r\nHartley', at }],
    ['ligature in a name read by OCR', { text: '', images: [{ text: 'Tob\uFB01as Penrose \u00A9 Getty Images' }], at }],
    ['OCR digits for letters', { text: 'Photo', images: [{ text: 'Is0bel Hart1ey 07700 9OO123' }], at }],
    ['far past and far future send times', { text: 'Isobel', at: new Date(-8.64e15) }],
    ['the latest valid Date', { text: 'lol', at: new Date(8.64e15), reply: true, dm: true }],
  ])('%s', (_name, d) => {
    for (const [, compiled] of profiles) assertWellFormed(d, compiled, check(d, compiled));
  });
});
