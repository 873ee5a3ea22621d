/**
 * Name-matching speed: roster index build at 300/2,000/10,000 generated pupils,
 * roster.find() and the six name rules through check() on 280-character drafts
 * (text and OCR/fuzzy). Targets: check p99 < 1 ms at 2,000 pupils; build < 50 ms
 * at 10,000. Prints figures; asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { check, compileProfile } from '../rules/engine';
import { RULES_BY_ID } from '../rules/registry';
import type { Pupil, Staff } from '../rules/profile/schema';
import type { Rule, RuleId } from '../rules/types';

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = seeded(7);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const syl = ['ka', 'ro', 'mi', 'len', 'tha', 'bel', 'dor', 'vi', 'sa', 'nor', 'el', 'qu', 'ing', 'ash', 'wyn', 'ber'];
const word = (n: number) => {
  let w = '';
  for (let i = 0; i < n; i++) w += pick(syl);
  return w[0]!.toUpperCase() + w.slice(1);
};
const WORDY = ['Grace', 'Hope', 'Summer', 'Mark', 'Ivy', 'Willow'];

function roster(n: number): Pupil[] {
  return Array.from({ length: n }, (_, i) => ({
    forename: i % 50 === 0 ? pick(WORDY) : word(2 + (i % 2)),
    surname: i % 40 === 0 ? `${word(2)}-${word(2)}` : word(3),
    group: `Year ${1 + (i % 6)}`,
    photoConsent: i % 10 !== 0,
    nameConsent: i % 20 !== 0,
  }));
}
const staff: Staff[] = Array.from({ length: 60 }, () => ({ title: pick(['Mr', 'Mrs', 'Ms']), forename: word(2), surname: word(3) }));

function draft(pupils: Pupil[]): string {
  const p = pick(pupils);
  const q = pick(pupils);
  return (
    `Well done to ${p.forename} ${p.surname} and ${q.forename} in Year 4 for a brilliant assembly today! ` +
    `We hope you enjoy the photos from our Summer Fair; thank you Mrs ${staff[0]!.surname} and the PTA for ` +
    `organising everything. Mark your calendars for sports day #proud`
  ).slice(0, 280);
}

const NAME_RULES: RuleId[] = ['pupil-full-name', 'pupil-name', 'identifiable-name', 'name-with-photo', 'photo-consent', 'targeted-comment'];
const rules = NAME_RULES.map((id) => RULES_BY_ID.get(id)).filter((r): r is Rule => !!r);

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] as number;
}

console.log('pupils  build(ms)  find p50/p99 (ms)  name-rules check p50/p99 (ms)  OCR check p99 (ms)');
for (const n of [300, 2000, 10000]) {
  const pupils = roster(n);
  const builds: number[] = [];
  let compiled = compileProfile({ pupils, staff, settings: { naming: 'first-name-only' } });
  for (let k = 0; k < 5; k++) {
    const t = performance.now();
    compiled = compileProfile({ pupils, staff, settings: { naming: 'first-name-only' } });
    builds.push(performance.now() - t);
  }
  const texts = Array.from({ length: 200 }, () => draft(pupils));
  for (const t of texts.slice(0, 50)) check({ text: t }, compiled, rules); // warm-up
  const finds: number[] = [];
  const checks: number[] = [];
  const ocr: number[] = [];
  for (const text of texts) {
    let t = performance.now();
    compiled.roster.find(text);
    finds.push(performance.now() - t);
    t = performance.now();
    check({ text }, compiled, rules);
    checks.push(performance.now() - t);
    t = performance.now();
    check({ text: 'Certificate', images: [{ text: text.replace(/e/g, 'c') }] }, compiled, rules);
    ocr.push(performance.now() - t);
  }
  console.log(
    `${String(n).padStart(6)}  ${pct(builds, 0.5).toFixed(1).padStart(9)}  ${pct(finds, 0.5).toFixed(3)}/${pct(finds, 0.99).toFixed(3)}        ${pct(checks, 0.5).toFixed(3)}/${pct(checks, 0.99).toFixed(3)}                    ${pct(ocr, 0.99).toFixed(3)}`,
  );
}
