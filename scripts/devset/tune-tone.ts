/**
 * Derives negative-tone's sentiment thresholds (rules/text/tone.ts) from the
 * tune half of the generated development set, and from nothing else: the held
 * half and the shared corpora measure the result and would stop measuring
 * anything once a threshold was chosen by looking at them (issue 19).
 *
 *   npx tsx scripts/devset/tune-tone.ts
 *
 * A tune draft counts when negative-tone is one of its `rules` (it must fire)
 * or in neither `rules` nor `allow` (it must not); drafts where it is merely
 * allowed say nothing. Drafts a phrase signal already decides (a complaint, a
 * debate invitation, upsetting news) fire whatever the thresholds, so they
 * count the same for every pair. For each pair of thresholds it prints the
 * misses and false alarms, and picks the pair with the fewest errors; among
 * equals, the fewest misses (negative-tone only warns: issue 20 asks for
 * recall, with a clear explanation), then the one in the middle of the widest
 * run of equally good `negative` values, so the choice sits as far as the
 * data allow from the values that start to err. It prints the chosen pair and the values in
 * tone.ts, and exits 1 if they differ.
 */
import { fileURLToPath } from 'node:url';
import { tonePhrases } from '../../rules/negative-tone';
import { NEGATIVE_THRESHOLD, readsNegative, SWEARING_THRESHOLD, toneScore, type ToneThresholds } from '../../rules/text/tone';
import { devsetHalves, generateDevset, splitDrafts } from './generate';

export interface ToneCase {
  text: string;
  mustFire: boolean;
  phrase: boolean;
  score: number;
  swearing: number;
}

/** The tune half's drafts that say whether negative-tone must fire. */
export function tuneCases(): ToneCase[] {
  const schools = generateDevset();
  const halves = devsetHalves(schools);
  return schools
    .flatMap((s) => splitDrafts(s.drafts, halves).tune)
    .filter((d) => d.expect.rules.includes('negative-tone') || !d.expect.allow.includes('negative-tone'))
    .map((d) => {
      const p = tonePhrases(d.text);
      const tone = toneScore(d.text);
      return { text: d.text, mustFire: d.expect.rules.includes('negative-tone'), phrase: Boolean(p.debate ?? p.complaint ?? p.upsetting), score: tone.score, swearing: tone.swearing };
    });
}

export function errors(cases: readonly ToneCase[], t: ToneThresholds): { missed: number; falseAlarms: number } {
  let missed = 0;
  let falseAlarms = 0;
  for (const c of cases) {
    const fires = c.phrase || readsNegative(c, t);
    if (c.mustFire && !fires) missed++;
    if (!c.mustFire && fires) falseAlarms++;
  }
  return { missed, falseAlarms };
}

const NEGATIVE_RANGE = [-12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1];
const SWEARING_RANGE = [-6, -5, -4, -3, -2, -1, 0];

/** The pair with the fewest errors, then the fewest misses, in the middle of the widest run of equally good `negative` values. */
export function chooseThresholds(cases: readonly ToneCase[]): ToneThresholds & { errors: number } {
  let best = Infinity;
  let fewestMissed = Infinity;
  const scored = SWEARING_RANGE.flatMap((swearing) =>
    NEGATIVE_RANGE.filter((negative) => swearing >= negative).map((negative) => {
      const e = errors(cases, { negative, swearing });
      return { negative, swearing, total: e.missed + e.falseAlarms, missed: e.missed };
    }),
  );
  for (const s of scored) best = Math.min(best, s.total);
  for (const s of scored) if (s.total === best) fewestMissed = Math.min(fewestMissed, s.missed);
  let choice = { negative: NEGATIVE_RANGE[0] as number, swearing: SWEARING_RANGE[0] as number, width: -1 };
  for (const swearing of SWEARING_RANGE) {
    // Runs of consecutive `negative` values that all reach the best total, for this `swearing`.
    let run: number[] = [];
    const close = () => {
      if (run.length > choice.width) choice = { negative: run[Math.floor((run.length - 1) / 2)] as number, swearing, width: run.length };
      run = [];
    };
    for (const negative of NEGATIVE_RANGE) {
      const s = scored.find((x) => x.negative === negative && x.swearing === swearing);
      if (s && s.total === best && s.missed === fewestMissed) run.push(negative);
      else close();
    }
    close();
  }
  return { negative: choice.negative, swearing: choice.swearing, errors: best };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const cases = tuneCases();
  const decidedByScore = cases.filter((c) => !c.phrase);
  console.log(`tune half: ${cases.length} drafts that say whether negative-tone fires (${cases.filter((c) => c.mustFire).length} must); ${decidedByScore.length} not decided by a phrase`);
  console.log('negative  swearing  missed  false alarms');
  for (const swearing of SWEARING_RANGE) {
    for (const negative of NEGATIVE_RANGE) {
      if (swearing < negative) continue;
      const e = errors(cases, { negative, swearing });
      console.log(`${String(negative).padStart(8)}  ${String(swearing).padStart(8)}  ${String(e.missed).padStart(6)}  ${String(e.falseAlarms).padStart(12)}`);
    }
  }
  const chosen = chooseThresholds(cases);
  console.log(`chosen: NEGATIVE_THRESHOLD=${chosen.negative} SWEARING_THRESHOLD=${chosen.swearing} (${chosen.errors} errors on the tune half)`);
  console.log(`in rules/text/tone.ts: NEGATIVE_THRESHOLD=${NEGATIVE_THRESHOLD} SWEARING_THRESHOLD=${SWEARING_THRESHOLD}`);
  process.exit(chosen.negative === NEGATIVE_THRESHOLD && chosen.swearing === SWEARING_THRESHOLD ? 0 : 1);
}
