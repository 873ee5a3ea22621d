/**
 * Name matching alone (quick; engine.bench.ts has the whole engine): roster
 * index build, roster.find() and the six name rules through check() on
 * 280-character drafts, typed and as OCR text (one-letter misreads, fuzzy
 * matching), against the shared generated rosters of scripts/bench/generated-roster.ts. Every
 * timed call gets a text nothing has read before (the engine caches
 * tokenisation per text). Prints figures; asserts nothing.
 */
import { loadavg } from 'node:os';
import { check, compileProfile } from '../../rules/engine';
import { RULES_BY_ID } from '../../rules/registry';
import type { Pupil, Staff } from '../../rules/profile/schema';
import type { Rule, RuleId } from '../../rules/types';
import { generateRoster, pick, seeded } from './generated-roster';
import { percentile } from './stats';

const NAME_RULES: RuleId[] = ['pupil-full-name', 'pupil-name', 'identifiable-name', 'name-with-photo', 'photo-consent', 'targeted-comment'];
const rules = NAME_RULES.map((id) => RULES_BY_ID.get(id)).filter((r): r is Rule => !!r);
const RUNS = 300;
const WARM_UP = 200;

/** Names, a word-name ("Summer Fair", "hope"), a group and a staff title in one post. */
function draft(rand: () => number, pupils: readonly Pupil[], staff: readonly Staff[]): string {
  const p = pick(rand, pupils);
  const q = pick(rand, pupils);
  const s = pick(rand, staff);
  return (
    `Well done to ${p.forename} ${p.surname} and ${q.preferred ?? q.forename} in ${q.group} for a brilliant assembly today! ` +
    `We hope the Summer Fair raffle winners like their prizes; thank you ${s.title} ${s.surname} and the PTA for ` +
    `organising everything. Mark your calendars for sports day #proud`
  ).slice(0, 280);
}

const since = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const pct = (xs: number[], fraction: number): string => percentile(xs, fraction * 100).toFixed(3);

console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; times in ms`);
console.log('pupils  build  find p50/p99    name rules p50/p99    OCR text p50/p99');
for (const n of [300, 2000, 10000]) {
  const { pupils, staff } = generateRoster(n);
  const settings = { naming: 'first-name-only' as const };
  let compiled = compileProfile({ pupils, staff, settings });
  const builds: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t0 = process.hrtime.bigint();
    compiled = compileProfile({ pupils, staff, settings });
    builds.push(since(t0));
  }
  const rand = seeded(n + 7);
  const fresh = () => draft(rand, pupils, staff);
  for (let i = 0; i < WARM_UP; i++) {
    const text = fresh();
    compiled.roster.find(text);
    check({ text, images: [{ text: fresh().replace(/e/g, 'c') }] }, compiled, rules);
  }
  const finds: number[] = [];
  const checks: number[] = [];
  const ocr: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let text = fresh();
    let t0 = process.hrtime.bigint();
    compiled.roster.find(text);
    finds.push(since(t0));
    text = fresh();
    t0 = process.hrtime.bigint();
    check({ text }, compiled, rules);
    checks.push(since(t0));
    const ocrText = fresh().replace(/e/g, 'c'); // "Olivcr": one wrong letter per name, as OCR reads them
    t0 = process.hrtime.bigint();
    check({ text: 'Certificate', images: [{ text: ocrText }] }, compiled, rules);
    ocr.push(since(t0));
  }
  console.log(
    `${String(n).padStart(6)}  ${pct(builds, 0.5).padStart(5)}  ${pct(finds, 0.5)}/${pct(finds, 0.99)}    ${pct(checks, 0.5)}/${pct(checks, 0.99)}          ${pct(ocr, 0.5)}/${pct(ocr, 0.99)}`,
  );
}
