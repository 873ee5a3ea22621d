/**
 * The one bounded edit distance (rules/text/fuzzy.ts), used for OCR misreads
 * of names (1 and 2 edits), brand names in copyright and meeting platforms in
 * safeguarding-secret (1 edit).
 */
import { describe, expect, it } from 'vitest';
import { deletions1, withinEditDistance } from '../../../../rules/text/fuzzy';

describe('withinEditDistance', () => {
  it.each([
    // [a, b, max edits, within?]
    ['oliver', 'oliver', 0, true],
    ['oliver', 'olivcr', 0, false],
    ['oliver', 'olivcr', 1, true], // substitution
    ['oliver', 'olver', 1, true], // deletion
    ['oliver', 'olliver', 1, true], // insertion
    ['oliver', 'olievr', 1, true], // neighbours swapped: one edit
    ['oliver', 'loiver', 1, true], // swap at the start
    ['oliver', 'olivre', 1, true], // swap at the end
    ['oliver', 'olivera1', 1, false], // two letters longer
    ['oliver', 'ovliera', 1, false],
    ['oliver', 'olvcr', 1, false],
    ['oliver', 'olvcr', 2, true],
    ['femi', 'emt', 2, true], // first letter lost, one misread
    ['oliver', 'oxvcr', 2, false],
    ['amelia', 'am', 2, false], // four letters apart: rejected on length
    ['ab', 'ba', 1, true],
    ['abcd', 'badc', 1, false], // two swaps
    ['abcd', 'badc', 2, true],
    ['ca', 'abc', 2, false], // optimal string alignment: a swapped pair is not edited again
    ['', '', 0, true],
    ['', 'a', 1, true],
    ['', 'ab', 1, false],
    ['zoom', 'zooom', 1, true],
    ['microsoft', 'microsfot', 1, true],
  ])('%s ~ %s within %i → %s', (a, b, maxEdits, expected) => {
    expect(withinEditDistance(a, b, maxEdits)).toBe(expected);
    expect(withinEditDistance(b, a, maxEdits), 'symmetric').toBe(expected);
  });

  /** Unbounded optimal string alignment distance, the textbook full table: what the banded version must agree with. */
  function referenceDistance(a: string, b: string): number {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        const row = d[i] as number[];
        const up = d[i - 1] as number[];
        row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
    return (d[a.length] as number[])[b.length] as number;
  }

  it('agrees with the full table on every pair of short strings over a small alphabet, for bounds 0 to 3 (132,496 pairs)', () => {
    // All strings of up to 5 letters over {a, b, c}: every kind of edit, in every position, long and short strings mixed.
    const words = [''];
    for (let length = 1; length <= 5; length++) {
      for (const w of words.filter((x) => x.length === length - 1)) for (const letter of 'abc') words.push(w + letter);
    }
    let disagreements = 0;
    for (const a of words) {
      for (const b of words) {
        const distance = referenceDistance(a, b);
        for (let maxEdits = 0; maxEdits <= 3; maxEdits++) if (withinEditDistance(a, b, maxEdits) !== distance <= maxEdits) disagreements++;
      }
    }
    expect(disagreements).toBe(0);
  });
});

describe('deletions1', () => {
  it('gives each string one letter shorter', () => {
    expect(deletions1('abc')).toEqual(['bc', 'ac', 'ab']);
    expect(deletions1('')).toEqual([]);
  });
});
