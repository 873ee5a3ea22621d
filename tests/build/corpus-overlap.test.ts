/**
 * No sentence of the shared evaluation corpora (../shared/eval) in any tracked
 * file: a run of 8 words shared with a corpus draft (or the text on one of its
 * images) fails, naming the file, the line and the run. The corpora measure
 * the rules only while nothing was fitted to their sentences (issue 19).
 *
 * `npx tsx scripts/eval/corpus-overlap.ts --words 6` lists the shorter runs too.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRun, repoOverlap, sharedRuns, shingleIndex } from '../../scripts/eval/corpus-overlap';
import { REPO, SHARED } from '../paths';

const RUN = 8;
const EVAL_DIR = process.env.SAFEPOST_EVAL_DIR ?? join(SHARED, 'eval');

describe('finding shared runs (an invented corpus)', () => {
  const corpus = [{ source: 'demo.jsonl d1', text: 'The allotment club dug twelve rows of leeks before the frost came.' }];
  const index = shingleIndex(corpus, RUN);
  it.each([
    ['the same words', 'x\ndug twelve rows of leeks before the frost came', 2, 'dug twelve rows of leeks before the frost came'],
    ['other case and punctuation', "const s = 'Dug, TWELVE rows — of leeks: before the FROST came';", 1, 'dug twelve rows of leeks before the frost came'],
    ['split over lines and string pieces', "'club dug twelve ' +\n  'rows of leeks before the'", 1, 'club dug twelve rows of leeks before the'],
  ])('finds %s', (_, text, line, run) => {
    const found = sharedRuns('f.ts', text, index, RUN);
    expect(found.map((r) => [r.line, r.words.join(' '), r.source])).toEqual([[line, run, 'demo.jsonl d1']]);
  });
  it.each([
    ['7 words', 'dug twelve rows of leeks before the'],
    ['8 words with one changed', 'dug twelve rows of onions before the frost came'],
    ['the words in another order', 'before the frost came dug twelve rows of leeks'],
  ])('does not flag %s', (_, text) => {
    expect(sharedRuns('f.ts', text, index, RUN)).toEqual([]);
  });
  it('reads accents and apostrophes as the same word', () => {
    const accented = shingleIndex([{ source: 's', text: "Chloé's café didn't open on the first wet Monday" }], RUN);
    expect(sharedRuns('f.ts', "chloes cafe didnt open on the first wet monday", accented, RUN)).toHaveLength(1);
  });
  it("counts a possessive 's as a word when apostrophes split words", () => {
    const possessive = [{ source: 's', text: "Tomasz's gran baked two loaves for the harvest table" }];
    const copied = "Tomasz's gran baked two loaves for the";
    expect(sharedRuns('f.ts', copied, shingleIndex(possessive, RUN), RUN)).toEqual([]);
    expect(sharedRuns('f.ts', copied, shingleIndex(possessive, RUN, 'split'), RUN, 'split').map((r) => r.words.join(' '))).toEqual([
      'tomasz s gran baked two loaves for the',
    ]);
  });
});

describe('the repository', () => {
  it('has the corpora to compare with', () => {
    expect(existsSync(EVAL_DIR), `no corpora at ${EVAL_DIR} (set SAFEPOST_EVAL_DIR)`).toBe(true);
  });
  it.runIf(existsSync(EVAL_DIR))(`shares no run of ${RUN} words with a corpus draft`, () => {
    const runs = repoOverlap(REPO, EVAL_DIR, RUN);
    expect(runs.map(describeRun)).toEqual([]);
  });
});
