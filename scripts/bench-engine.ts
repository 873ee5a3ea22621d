/**
 * Rule engine speed: check() latency for 280- and 4,000-character drafts
 * against generated rosters of 300, 2,000 and 10,000 pupils, and the time to
 * build the roster and staff indexes (compileProfile).
 *
 * Targets: p99 < 1 ms for 280 characters at 2,000 pupils (the check runs on
 * every keystroke); index build < 50 ms at 10,000 pupils (a profile change).
 * Rosters are generated from a fixed seed, so runs compare like with like.
 */
import { performance } from 'node:perf_hooks';
import { cpus, loadavg } from 'node:os';
import { check, compileProfile } from '../rules/engine';
import { ALL_RULES } from '../rules/registry';
import type { Pupil, Settings, Staff } from '../rules/profile/schema';

/** mulberry32: small, fast, deterministic. */
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

const COMMON = `Olivia Amelia Isla Ava Mia Ivy Lily Isabella Rosie Sophia Grace Freya Willow Florence Emily Ella Poppy Evie
Elsie Charlotte Evelyn Sienna Daisy Phoebe Harper Sofia Alice Ruby Matilda Chloe Noah Oliver George Arthur Leo Muhammad
Harry Oscar Archie Henry Theodore Freddie Jack Charlie Theo Alfie Jacob Thomas Finley Arlo Lucas Teddy William Tommy
Isaac James Joshua Max Mohammed Ethan Adam Reuben Samuel Joseph Hugo Ali Ibrahim Zara Aisha Amir Hannah Sam Ben Joe
Daniel Ryan Mason Logan Dylan Lewis Jessica Megan Lucy Holly Katie`.split(/\s+/);
const RARE = `Zephyrine Ottoline Caspian Wolfgang Bartholomew Persephone Thaddeus Leocadia Ignatius Eulalie Marigold Peregrine
Seraphina Cosimo Araminta Lysander Ondine Barnaby Xanthe Evander Clementine Ptolemy Temperance Ambrose Philippa Cassius`.split(/\s+/);
const ACCENTED = `Chloé Zoë Anaïs Renée Adrián Mátyás Łucja Bartłomiej Søren Björn Inés José Noémie Aurélie Dawid Oskar`.split(/\s+/);
const SURNAMES = `Smith Jones Taylor Brown Williams Wilson Johnson Davies Patel Robinson Wright Thompson Evans Walker White
Roberts Green Hall Thomas Clarke Jackson Wood Harris Edwards Turner Martin Cooper Hill Ward Hughes Moore Clark King
Harrison Lewis Baker Lee Allen Morris Khan Scott Watson Davis Parker James Bennett Young Phillips Richardson Mitchell
Bailey Carter Cook Singh Shaw Bell Collins Morgan Kelly Begum Miller Cox Hussain Marshall Simpson Price Anderson Adams
Wilkinson Ali Ahmed Foster Ellis Murphy Chapman Mason Gray Richards Webb Griffiths Hunt Palmer Campbell Holmes Mills
Rogers Barnes Knight Matthews Barker Powell Stevens Kaur Fisher Butler Dixon Russell Harvey Pearson Graham Fletcher
Nowak Kowalski Wiśniewski Szymański Okafor Adeyemi Mensah Osei Nguyen Ferreira Rossi Müller`.split(/\s+/);
const PARTICLE_SURNAMES = ['da Silva', 'van der Berg', "O'Neill", "O'Brien", 'de Souza', "D'Arcy", 'McAllister'];
const TREES = ['Oak', 'Ash', 'Elm', 'Birch', 'Rowan', 'Hazel', 'Willow', 'Cedar', 'Maple', 'Holly', 'Beech', 'Larch'];
const TITLES = ['Mrs', 'Mr', 'Miss', 'Ms', 'Dr'];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function forename(rand: () => number): string {
  const r = rand();
  if (r < 0.75) return pick(rand, COMMON);
  if (r < 0.85) return pick(rand, ACCENTED);
  if (r < 0.93) return pick(rand, RARE);
  return `${pick(rand, COMMON)}-${pick(rand, COMMON)}`; // Ella-Rose
}

function surname(rand: () => number): string {
  const r = rand();
  if (r < 0.88) return pick(rand, SURNAMES);
  if (r < 0.95) return `${pick(rand, SURNAMES)}-${pick(rand, SURNAMES)}`; // Smith-Jones
  return pick(rand, PARTICLE_SURNAMES);
}

export function generateRoster(size: number, seed = 20261121): { pupils: Pupil[]; staff: Staff[] } {
  const rand = seeded(seed + size);
  const classSize = 30;
  const pupils: Pupil[] = [];
  for (let i = 0; i < size; i++) {
    const classIndex = Math.floor(i / classSize);
    const year = (classIndex % 7) || 'R';
    const tree = TREES[classIndex % TREES.length]!;
    const stream = Math.floor(classIndex / (7 * TREES.length)) + 1;
    const first = forename(rand);
    const pupil: Pupil = {
      forename: first,
      surname: surname(rand),
      group: `${year === 'R' ? 'Reception' : `Year ${year}`} ${tree}${stream > 1 ? ` ${stream}` : ''} Class`,
      photoConsent: rand() >= 0.1,
      nameConsent: rand() >= 0.05,
    };
    if (rand() < 0.04) pupil.preferred = first.slice(0, Math.max(3, Math.ceil(first.length / 2)));
    pupils.push(pupil);
  }
  const staff: Staff[] = Array.from({ length: Math.max(20, Math.round(size / 15)) }, () => ({
    title: pick(rand, TITLES),
    forename: pick(rand, COMMON),
    surname: surname(rand),
  }));
  return { pupils, staff };
}

const SENTENCES = [
  'What a fantastic morning in {group} – the children built bridges out of spaghetti and tested them with marbles!',
  'Well done to {first} for a brilliant piece of writing about the Romans this week.',
  'Reminder: PE kits are needed on Tuesday and Thursday, and please label all jumpers.',
  "{full}'s poem has been chosen for the county anthology – we are all very proud.",
  'Thank you to {staff} for organising the trip to the science museum.',
  'Our harvest festival collection raised over 200 tins for the local food bank.',
  'The library will be open after school on Wednesday for parents to borrow books with their children.',
  'Swimming lessons for {group} start after half term; the coach leaves at 9:15 sharp.',
  'Great teamwork in the football tournament today, with three wins and a draw.',
  'Please remember that the school office closes at 4pm on Fridays.',
];

function draftOf(length: number, rand: () => number, pupils: readonly Pupil[], staff: readonly Staff[]): string {
  let text = '';
  while (text.length < length) {
    const pupil = pick(rand, pupils);
    const member = pick(rand, staff);
    const sentence = pick(rand, SENTENCES)
      .replace('{group}', pupil.group)
      .replace('{first}', pupil.preferred ?? pupil.forename)
      .replace('{full}', `${pupil.forename} ${pupil.surname}`)
      .replace('{staff}', `${member.title} ${member.surname}`);
    text += (text ? ' ' : '') + sentence;
  }
  return text.slice(0, length);
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function ms(value: number): string {
  return value < 0.1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value.toFixed(1);
}

const SETTINGS: Settings = {
  school: 'Bench Lane Primary School',
  accounts: ['@BenchLanePri'],
  naming: 'first-name-only',
};
const SIZES = [300, 2000, 10000];
const LENGTHS = [280, 4000];
const RUNS: Record<number, number> = { 280: 2000, 4000: 300 };

/** Each rule alone at 2,000 pupils: where the keystroke time goes (includes its share of name lookups). */
function perRuleRows(): string[] {
  const { pupils, staff } = generateRoster(2000);
  const compiled = compileProfile({ settings: SETTINGS, pupils, staff });
  const rand = seeded(4242);
  const drafts = Array.from({ length: 20 }, () => draftOf(280, rand, pupils, staff));
  const long = Array.from({ length: 5 }, () => draftOf(4000, rand, pupils, staff));
  const at = new Date('2026-03-04T10:30:00Z');
  const measure = (rule: (typeof ALL_RULES)[number], texts: string[], runs: number) => {
    const times: number[] = [];
    for (let i = 0; i < runs + 20; i++) {
      // A personal account, so school-account does its full work too.
      const draft = { text: texts[i % texts.length]!, at, account: '@a_teacher', images: [{ text: texts[(i + 1) % texts.length]! }] };
      const t0 = performance.now();
      check(draft, compiled, [rule]);
      if (i >= 20) times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b);
  };
  const rows = ALL_RULES.map((rule) => {
    const short = measure(rule, drafts, 300);
    const big = measure(rule, long, 40);
    return { id: rule.id, median: percentile(short, 50), p99: percentile(short, 99), long: percentile(big, 50) };
  });
  rows.sort((a, b) => b.median - a.median);
  return rows.map((r) => `| ${r.id} | ${ms(r.median)} | ${ms(r.p99)} | ${ms(r.long)} |`);
}

const compileRows: string[] = [];
const checkRows: string[] = [];
for (const size of SIZES) {
  const { pupils, staff } = generateRoster(size);
  const builds: number[] = [];
  let compiled = compileProfile({ settings: SETTINGS, pupils, staff });
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    compiled = compileProfile({ settings: SETTINGS, pupils, staff });
    builds.push(performance.now() - t0);
  }
  builds.sort((a, b) => a - b);
  compileRows.push(`| ${size.toLocaleString('en-GB')} | ${ms(percentile(builds, 50))} | ${ms(builds[builds.length - 1]!)} |`);

  for (const length of LENGTHS) {
    const rand = seeded(size * 31 + length);
    const drafts = Array.from({ length: 50 }, () => draftOf(length, rand, pupils, staff));
    const at = new Date('2026-03-04T10:30:00Z');
    for (let i = 0; i < 50; i++) check({ text: drafts[i % drafts.length]!, at }, compiled); // warm up the JIT
    const runs = RUNS[length]!;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const text = drafts[i % drafts.length]!;
      const t0 = performance.now();
      check({ text, at }, compiled);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    checkRows.push(
      `| ${size.toLocaleString('en-GB')} | ${length.toLocaleString('en-GB')} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 99))} | ${runs} |`,
    );
  }
}

const load = loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`Rule engine on node ${process.version}, ${cpus().length} cores, load average ${load} (times in ms)`);
console.log('p99 on a busy machine mostly measures the scheduler: compare medians across runs.\n');
console.log('check(draft, profile): one keystroke');
console.log('| pupils | draft chars | median | p99 | runs |');
console.log('|---:|---:|---:|---:|---:|');
for (const row of checkRows) console.log(row);
console.log('\ncompileProfile: roster and staff indexes, once per profile change');
console.log('| pupils | median | max (of 7) |');
console.log('|---:|---:|---:|');
for (const row of compileRows) console.log(row);
console.log('\nEach rule alone, 2,000 pupils, draft text plus one image text of the same length');
console.log('| rule | median, 280 chars | p99, 280 chars | median, 4,000 chars |');
console.log('|---|---:|---:|---:|');
for (const row of perRuleRows()) console.log(row);
console.log('\nTargets: p99 < 1 ms for 280 chars at 2,000 pupils; index build < 50 ms at 10,000 pupils.');
