import { describe, expect, test } from 'vitest';
import { classLabels, ctcGreedy, isWantedChar, meanConfidence, toHalfwidth, wantedMask, withSpaces, type DecodedChar } from '../../../../../components/ocr/ppocr/ctc';

const labels = classLabels(['a', 'b', '中', '：', 'é', '1']); // ['', a, b, 中, ：, é, 1, ' ']
const mask = wantedMask(labels);

/** Time-major probabilities: one row per step, the given class at p, the rest shared. */
function probs(steps: [number, number][]): Float32Array {
  const out = new Float32Array(steps.length * labels.length);
  steps.forEach(([cls, p], t) => {
    for (let c = 0; c < labels.length; c++) out[t * labels.length + c] = c === cls ? p : (1 - p) / (labels.length - 1);
  });
  return out;
}

describe('ctcGreedy', () => {
  test('collapses runs, drops blanks, keeps doubled letters separated by a blank', () => {
    const chars = ctcGreedy(probs([[1, 0.9], [1, 0.8], [0, 0.9], [1, 0.9], [2, 0.7], [2, 0.9], [0, 0.99]]), 7, labels.length, labels, mask);
    expect(chars.map((c) => c.char).join('')).toBe('aab');
    expect(chars.map((c) => [c.start, c.end])).toEqual([[0, 1], [3, 3], [4, 5]]);
    expect(chars[0]!.confidence).toBeCloseTo(0.85, 5);
  });

  test('never outputs a character outside the wanted set: the best wanted class is taken', () => {
    const p = probs([[3, 0.9]]);
    // The runner-up: 'b' slightly above the rest.
    p[2] = p[2]! + 0.01;
    const chars = ctcGreedy(p, 1, labels.length, labels, mask);
    expect(chars.map((c) => c.char)).toEqual(['b']);
    expect(chars[0]!.confidence).toBeLessThan(0.2);
  });

  test('fullwidth punctuation comes out as ASCII', () => {
    expect(ctcGreedy(probs([[4, 0.9]]), 1, labels.length, labels, mask)[0]!.char).toBe(':');
    expect(toHalfwidth('Ａ')).toBe('A');
  });

  test('wanted characters: Latin with accents, digits, punctuation; not CJK', () => {
    expect(['a', 'é', 'Ë', '7', '-', '£', '’'].every(isWantedChar)).toBe(true);
    expect(['中', '疗', ''].some(isWantedChar)).toBe(false);
    expect([...mask]).toEqual([1, 1, 1, 0, 1, 1, 1, 1]);
  });
});

const c = (char: string, start: number, end = start): DecodedChar => ({ char, start, end, confidence: 0.9 });

describe('withSpaces', () => {
  test('a gap of a quarter line height beyond the usual one becomes a space', () => {
    // Steps of 8 px on a 48 px line: the usual gap is 2 steps; 4 steps = 16 px more ≥ 12 px.
    const chars = [c('a', 0), c('b', 2), c('c', 4), c('d', 8), c('e', 10)];
    expect(withSpaces(chars, 8, 48)).toBe('abc de');
  });

  test('a gap under a quarter line height stays inside the word', () => {
    const chars = [c('a', 0), c('b', 2), c('c', 5), c('d', 7)];
    expect(withSpaces(chars, 8, 48)).toBe('abcd');
  });

  test("the model's own spaces are kept once, never doubled, never leading", () => {
    expect(withSpaces([c(' ', 0), c('a', 1), c(' ', 3), c('b', 9), c('c', 11)], 8, 48)).toBe('a bc');
  });

  test('no characters, no text', () => {
    expect(withSpaces([], 8, 48)).toBe('');
    expect(meanConfidence([])).toBe(0);
  });
});
