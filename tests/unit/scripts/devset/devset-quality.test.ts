/**
 * Detection quality floors (issue 9) on sets the rules were not tuned on:
 * the held-out half of the generated development set (scripts/devset) and the
 * text-only drafts of both shared corpora (../shared/eval). Figures are
 * computed as ../shared/eval/score.mjs computes them:
 *
 * - silent_miss_rate = expected block, got ok or warn / expected blocks
 * - false_block_rate = got block where ok or warn was expected / drafts expected ok or warn
 * - ask_rate = expected ok, got confirm / drafts expected ok
 * - block_recall = expected block, got block / expected blocks
 *
 * The README's Detection quality section has the measured figures (npm run eval -- --devset).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, compileProfile, parsePupilCsv, parseSettingsJson, parseStaffCsv, type Verdict } from '../../../../rules';
import { generateDevset, pupilsCsv, splitDrafts, staffCsv } from '../../../../scripts/devset/generate';

const FLOORS = { silentMissRate: 0, falseBlockRate: 0.01, askRate: 0.03, blockRecall: 0.97 };

interface Labelled {
  id: string;
  text: string;
  at: string;
  reply?: boolean;
  dm?: boolean;
  account?: string;
  expect: { verdict: Verdict };
}
interface Corpus {
  settingsJson: string;
  pupilsCsv: string;
  staffCsv: string;
  drafts: Labelled[];
}

function score(corpora: Corpus[]) {
  let blocks = 0, caught = 0, silent = 0, okOrWarn = 0, falseBlocks = 0, oks = 0, asked = 0;
  const report: string[] = [];
  for (const c of corpora) {
    const settings = parseSettingsJson(c.settingsJson);
    if (!settings.ok) throw new Error(settings.errors.join('; '));
    const compiled = compileProfile({ settings: settings.settings, pupils: parsePupilCsv(c.pupilsCsv).rows, staff: parseStaffCsv(c.staffCsv).rows });
    for (const d of c.drafts) {
      const got = check({ text: d.text, at: new Date(d.at), reply: d.reply === true, dm: d.dm === true, ...(d.account ? { account: d.account } : {}) }, compiled).verdict;
      const want = d.expect.verdict;
      if (want === 'block') {
        blocks++;
        if (got === 'block') caught++;
        else report.push(`missed block (${got}) ${d.id}: ${d.text}`);
        if (got === 'ok' || got === 'warn') silent++;
      }
      if (want === 'ok' || want === 'warn') {
        okOrWarn++;
        if (got === 'block') {
          falseBlocks++;
          report.push(`false block ${d.id}: ${d.text}`);
        }
      }
      if (want === 'ok') {
        oks++;
        if (got === 'confirm') {
          asked++;
          report.push(`asked ${d.id}: ${d.text}`);
        }
      }
    }
  }
  return {
    drafts: corpora.reduce((n, c) => n + c.drafts.length, 0),
    silentMissRate: blocks ? silent / blocks : 0,
    falseBlockRate: okOrWarn ? falseBlocks / okOrWarn : 0,
    askRate: oks ? asked / oks : 0,
    blockRecall: blocks ? caught / blocks : 1,
    report: report.slice(0, 40).join('\n'),
  };
}

function expectFloors(s: ReturnType<typeof score>) {
  expect(s.silentMissRate, s.report).toBeLessThanOrEqual(FLOORS.silentMissRate);
  expect(s.falseBlockRate, s.report).toBeLessThanOrEqual(FLOORS.falseBlockRate);
  expect(s.askRate, s.report).toBeLessThanOrEqual(FLOORS.askRate);
  expect(s.blockRecall, s.report).toBeGreaterThanOrEqual(FLOORS.blockRecall);
}

const schools = generateDevset();

describe('generated development set', () => {
  it('has at least 3,000 drafts, split the same way every time into two disjoint halves', () => {
    const total = schools.reduce((n, s) => n + s.drafts.length, 0);
    expect(total).toBeGreaterThanOrEqual(3000);
    for (const s of schools) {
      const a = splitDrafts(s.drafts);
      const b = splitDrafts(generateDevset().find((x) => x.slug === s.slug)!.drafts);
      expect(a.tune.map((d) => d.id)).toEqual(b.tune.map((d) => d.id));
      expect(a.tune.length + a.held.length).toBe(s.drafts.length);
      const tuneIds = new Set(a.tune.map((d) => d.id));
      expect(a.held.some((d) => tuneIds.has(d.id))).toBe(false);
      expect(a.held.length).toBeGreaterThan(s.drafts.length * 0.4);
    }
  });

  it('covers every kind of ambiguous name in both roles, each pattern rule and ordinary posts', () => {
    const kinds = new Set(schools.flatMap((s) => s.drafts.map((d) => d.kind)));
    for (const k of ['name:virtue', 'name:plant', 'name:month', 'name:place', 'name:school-group-staff', 'word:virtue', 'word:plant', 'word:month', 'word:place', 'word:school', 'word:group', 'word:staff', 'word:title']) {
      expect([...kinds].some((x) => x.startsWith(k)), k).toBe(true);
    }
    for (const k of ['secret', 'secret:none', 'dob', 'sensitive', 'swear', 'tone', 'ordinary']) expect(kinds.has(k), k).toBe(true);
  });

  it(`held-out half: silent misses ${FLOORS.silentMissRate}, false blocks <= ${FLOORS.falseBlockRate}, asks <= ${FLOORS.askRate}, block recall >= ${FLOORS.blockRecall}`, () => {
    const held = schools.map((s) => ({
      settingsJson: JSON.stringify(s.settings),
      pupilsCsv: pupilsCsv(s.pupils),
      staffCsv: staffCsv(s.staff),
      drafts: splitDrafts(s.drafts).held,
    }));
    expectFloors(score(held));
  }, 120_000);
});

const SHARED = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'eval');

describe.skipIf(!existsSync(SHARED)).each(['first-names', 'no-names'])('shared corpus %s (text-only drafts)', (name) => {
  it('meets the same floors', () => {
    const dir = join(SHARED, name);
    const drafts = readFileSync(join(dir, 'drafts.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Labelled & { images?: unknown })
      .filter((d) => !d.images);
    const s = score([{ settingsJson: readFileSync(join(dir, 'settings.json'), 'utf8'), pupilsCsv: readFileSync(join(dir, 'pupils.csv'), 'utf8'), staffCsv: readFileSync(join(dir, 'staff.csv'), 'utf8'), drafts }]);
    expect(s.drafts).toBeGreaterThan(30);
    expectFloors(s);
  }, 60_000);
});
