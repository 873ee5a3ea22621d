/**
 * The generated tone data (scripts/devset/tone-data.ts) measures the tone
 * rules and the classifier only while its halves are apart: whole template
 * families are held out, and both halves carry both labels of both tasks.
 */
import { describe, expect, it } from 'vitest';
import { toneExamples, toneHalves } from '../../../../scripts/devset/tone-data';

describe('generated tone data', () => {
  const { tune, held } = toneHalves();

  it('is the same on every run', () => {
    expect(toneExamples().map((e) => e.text)).toEqual(toneExamples().map((e) => e.text));
  });

  it('puts each family wholly in one half', () => {
    const tuneFamilies = new Set(tune.map((e) => e.family));
    expect(held.filter((e) => tuneFamilies.has(e.family))).toEqual([]);
    expect(tune.length + held.length).toBe(toneExamples().length);
  });

  it('has both labels of both tasks in each half', () => {
    for (const half of [tune, held]) {
      for (const task of ['negative', 'staff'] as const) {
        expect(half.some((e) => e[task])).toBe(true);
        expect(half.some((e) => !e[task])).toBe(true);
      }
    }
  });
});
