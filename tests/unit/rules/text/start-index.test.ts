/**
 * The phrase index (rules/text/start-index.ts) must find exactly what a
 * global scan of each term finds: it only skips places where a term cannot
 * start, read from the term's source (rules/text/regex-start.ts). Property:
 * on generated texts (ASCII, accents, look-alikes that fold onto ASCII
 * letters under the i flag, surrogate pairs), the index and a plain global
 * scan of every term agree, match for match.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StartIndex } from '../../../../rules/text/start-index';
import { regexStart } from '../../../../rules/text/regex-start';

const RUNS = Number(process.env.SAFEPOST_FC_RUNS) || 300;

/** Term shapes the rules use: look-behinds, optional prefixes, classes, acronyms, digits, Unicode properties. */
const TERMS: Array<[string, string]> = [
  [String.raw`allerg(?:y|ies|ic)`, 'iu'],
  [String.raw`(?<=(?:being|been|is)\s+)treat(?:ed|ing)(?!\s+(?:us|them))`, 'iu'],
  [String.raw`SEND?`, 'u'],
  [String.raw`1\s?:\s?1\s+(?:support|TA)`, 'iu'],
  [String.raw`(?:heart|medical)\s+condition`, 'iu'],
  [String.raw`[-\s]?x-ray`, 'iu'],
  [String.raw`(?:his|her)\s+(?:meds|inhaler)`, 'iu'],
  [String.raw`\p{Lu}[\p{Ll}'-]+\s+class`, 'u'],
  [String.raw`kelvin|sick`, 'iu'],
  [String.raw`é\w+`, 'iu'],
  [String.raw`\d{2,}`, 'u'],
  [String.raw`s*k`, 'iu'],
];

const sticky = ([source, flags]: [string, string]) =>
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${source})(?![\p{L}\p{N}])`, `y${flags}`);

/** Every match of `re` as a global scan finds them (empty matches dropped). */
function globalScan(re: RegExp, text: string): Array<[number, number]> {
  const global = new RegExp(re.source, re.flags.replace('y', 'g'));
  const out: Array<[number, number]> = [];
  for (let m = global.exec(text); m; m = global.exec(text)) {
    if (m[0].length === 0) global.lastIndex++;
    else out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

const PIECES = [
  'allergy', 'allergies', 'Allergic', 'is treated', 'been treating them', 'SEND', 'send', 'Send', '1:1 support', '1 : 1 TA',
  'heart condition', 'Medical  condition', 'x-ray', '-x-ray', ' x-ray', 'his meds', 'Her inhaler', 'Oak class', "O'Neill class",
  'kelvin', '\u212Aelvin', 'ſick', 'sick', 'épée', 'Émile', '42', '7', 'sssk', 'k', 'a', ' ', ', ', '.', '\n', '–', '😀', 'x', 'ab1',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(''));

describe('StartIndex', () => {
  const regexes = TERMS.map(sticky);
  const index = new StartIndex(regexes);
  const everywhere = (t: string) => Array.from({ length: t.length }, (_, i) => i);

  it('finds what a global scan of each term finds', () => {
    fc.assert(
      fc.property(text, (t) => {
        const expected = regexes.flatMap((re, term) => globalScan(re, t).map(([start, end]) => ({ term, start, end })));
        expect(index.scan(t, everywhere(t))).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('needs only the places where some term starts', () => {
    const t = 'Sadly his meds and an allergy; SEND forms are due. Oak class';
    const places = [...new Set(regexes.flatMap((re) => globalScan(re, t).map(([start]) => start)))].sort((a, b) => a - b);
    expect(index.scan(t, places)).toEqual(index.scan(t, everywhere(t)));
    expect(index.scan(t, places).map((m) => t.slice(m.start, m.end))).toEqual(['allergy', 'SEND', 'his meds', 'Oak class']); // by term, then by place
  });

  it('refuses a regex that is not sticky', () => {
    expect(() => new StartIndex([/a/g])).toThrow(TypeError);
  });
});

describe('regexStart', () => {
  const chars = (set: Uint8Array | undefined) => (set ? [...set].map((on, c) => (on ? String.fromCharCode(c) : '')).join('') : undefined);

  it('reads the first characters through look-behinds, optional groups and case', () => {
    expect(chars(regexStart(String.raw`(?<![\p{L}\p{N}])(?:(?<=being\s+)treat(?:ed|ing))`, 'yiu')?.first)).toBe('Tt');
    expect(chars(regexStart(String.raw`(?:his|her|their)\s+meds`, 'iu')?.first)).toBe('HTht');
    expect(chars(regexStart(String.raw`SEND?`, 'u')?.first)).toBe('S');
    expect(chars(regexStart(String.raw`[-\s]?x`, 'u')?.first)).toBe('\t\n\v\f\r -x');
  });

  it('lets a non-ASCII letter that folds onto an ASCII one start anywhere a letter can', () => {
    expect(chars(regexStart('ſ', 'iu')?.first)).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
    expect(chars(regexStart('ſ', 'u')?.first)).toBe('');
  });

  it('reads the leading look-behind as the characters that rule a place out', () => {
    expect(chars(regexStart(String.raw`(?<![\p{L}\p{N}£.,])x`, 'u')?.notAfter)).toBe(',.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
    // Not for every alternative: no answer.
    expect(regexStart(String.raw`(?<![\p{L}])x|y`, 'u')?.notAfter).toBeUndefined();
    // Without the u flag \p is a plain "p": no answer.
    expect(regexStart(String.raw`(?<![\p{L}])x`, '')?.notAfter).toBeUndefined();
  });

  it('gives no answer for what can match nothing or what it cannot read', () => {
    expect(regexStart('a*', 'u')).toBeUndefined();
    expect(regexStart(String.raw`(?=a)`, 'u')).toBeUndefined();
    expect(regexStart(String.raw`(a)\1`, 'u')?.first[97]).toBe(1);
    expect(regexStart('[a--b]', 'v')).toBeUndefined();
  });
});
