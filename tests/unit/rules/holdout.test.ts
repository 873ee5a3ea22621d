/**
 * Detection quality on the held-out corpora (tests/fixtures/holdout/<school>/):
 * two fictional schools written apart from the shared eval corpora, in the
 * same layout and labelling conventions (../shared/eval/README.md). The real
 * engine runs over them through the loaders the CLI uses, and the figures are
 * computed exactly as ../shared/eval/score.mjs computes them:
 *
 * - block recall = expected `block` drafts that got `block` / expected blocks
 * - false-block rate = drafts that got `block` where `ok`/`warn` was expected / drafts expected `ok` or `warn`
 * - rule recall = (draft, rule) pairs in `expect.rules` that fired / all such pairs
 * - rule FP = (draft, rule) pairs fired but in neither `rules` nor `allow`
 *
 * The floors are regression guards: a change that makes the engine worse on
 * text it was not written against fails here, with the misses listed.
 */
import { TEST_FIXTURES } from '../../paths';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, compileProfile, parsePupilCsv, parseSettingsJson, parseStaffCsv, type Draft, type Verdict } from '../../../rules';

const ROOT = join(TEST_FIXTURES, 'holdout');
const CORPORA = ['harlow-green', 'rowan-hill'] as const;

/** Quality floors (docs/quality.md has the measured figures). */
const FLOORS = { blockRecall: 0.97, falseBlockRate: 0.03, ruleRecall: 0.95, ruleFp: 3 };

interface Labelled {
  id: string;
  draft: Draft;
  expect: { verdict: Verdict; rules: string[]; allow: string[] };
}

function loadCorpus(name: string) {
  const dir = join(ROOT, name);
  const settings = parseSettingsJson(readFileSync(join(dir, 'settings.json'), 'utf8'));
  if (!settings.ok) throw new Error(`${name}/settings.json: ${settings.errors.join('; ')}`);
  const pupils = parsePupilCsv(readFileSync(join(dir, 'pupils.csv'), 'utf8'));
  const staff = parseStaffCsv(readFileSync(join(dir, 'staff.csv'), 'utf8'));
  const drafts: Labelled[] = readFileSync(join(dir, 'drafts.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const row = JSON.parse(line);
      return {
        id: row.id,
        draft: { text: row.text, at: new Date(row.at), reply: row.reply === true, dm: row.dm === true, account: row.account },
        expect: { verdict: row.expect.verdict, rules: row.expect.rules ?? [], allow: row.expect.allow ?? [] },
      };
    });
  return { settings: settings.settings, pupils, staff, drafts };
}

function score(name: string) {
  const corpus = loadCorpus(name);
  const compiled = compileProfile({ settings: corpus.settings, pupils: corpus.pupils.rows, staff: corpus.staff.rows });
  let expectedBlocks = 0;
  let caughtBlocks = 0;
  let okOrWarn = 0;
  let pairs = 0;
  let firedPairs = 0;
  const falseBlocks: string[] = [];
  const missedBlocks: string[] = [];
  const missed: string[] = [];
  const fps: string[] = [];
  for (const { id, draft, expect: e } of corpus.drafts) {
    const result = check(draft, compiled);
    const fired = new Set<string>(result.findings.map((f) => f.rule));
    if (e.verdict === 'block') {
      expectedBlocks++;
      if (result.verdict === 'block') caughtBlocks++;
      else missedBlocks.push(`${id}(${result.verdict})`);
    }
    if (e.verdict === 'ok' || e.verdict === 'warn') {
      okOrWarn++;
      if (result.verdict === 'block') falseBlocks.push(`${id}(exp ${e.verdict})`);
    }
    for (const rule of e.rules) {
      pairs++;
      if (fired.has(rule)) firedPairs++;
      else missed.push(`${rule} missed on ${id}: ${draft.text.slice(0, 70)}`);
    }
    for (const rule of fired) {
      if (!e.rules.includes(rule) && !e.allow.includes(rule)) fps.push(`${rule} fired on ${id}: ${draft.text.slice(0, 70)}`);
    }
  }
  return {
    counts: { drafts: corpus.drafts.length, pupils: corpus.pupils.rows.length, csvErrors: corpus.pupils.errors.length + corpus.staff.errors.length },
    blockRecall: expectedBlocks ? caughtBlocks / expectedBlocks : 1,
    falseBlockRate: okOrWarn ? falseBlocks.length / okOrWarn : 0,
    ruleRecall: pairs ? firedPairs / pairs : 1,
    ruleFp: fps.length,
    report: [
      `missed blocks: ${missedBlocks.join(' ') || 'none'}`,
      `false blocks: ${falseBlocks.join(' ') || 'none'}`,
      ...missed.sort(),
      ...fps.sort(),
    ].join('\n'),
  };
}

describe.each(CORPORA)('held-out corpus %s', (name) => {
  const s = score(name);

  it('loads cleanly (150-250 pupils, 80-120 drafts, no bad rows)', () => {
    expect(s.counts.csvErrors).toBe(0);
    expect(s.counts.pupils).toBeGreaterThanOrEqual(150);
    expect(s.counts.pupils).toBeLessThanOrEqual(250);
    expect(s.counts.drafts).toBeGreaterThanOrEqual(80);
    expect(s.counts.drafts).toBeLessThanOrEqual(120);
  });

  it(`block recall >= ${FLOORS.blockRecall}`, () => {
    expect(s.blockRecall, s.report).toBeGreaterThanOrEqual(FLOORS.blockRecall);
  });

  it(`false-block rate <= ${FLOORS.falseBlockRate}`, () => {
    expect(s.falseBlockRate, s.report).toBeLessThanOrEqual(FLOORS.falseBlockRate);
  });

  it(`rule recall >= ${FLOORS.ruleRecall}`, () => {
    expect(s.ruleRecall, s.report).toBeGreaterThanOrEqual(FLOORS.ruleRecall);
  });

  it(`at most ${FLOORS.ruleFp} rule false positives`, () => {
    expect(s.ruleFp, s.report).toBeLessThanOrEqual(FLOORS.ruleFp);
  });
});
