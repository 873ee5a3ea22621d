/**
 * Verdicts on the generated photos of children's work and school signs
 * (scripts/gen/page-photos.ts), through the real image host (PP-OCR +
 * tesseract, lines and boxes) and the real engine, per split of template
 * families. Three figures, as issue 16 asks:
 *
 * - block recall: pictures with a pupil's name or a secret that are blocked;
 * - silent misses: pictures with a name or a secret where no rule about the
 *   picture's text asks or blocks (photo-consent's question does not count:
 *   it is about faces);
 * - false blocks: pictures with neither that are blocked.
 *
 *   npx tsx scripts/eval/page-photos.ts [dir] [--split holdout|tune|all] [--details]   (default: holdout)
 *
 * Generates the set first if `dir` has no labels.json (seeded: always the same set).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePagePhotos, type PagePhotoLabel } from '../gen/page-photos';
import { analyseImageBytes, terminateImageReader } from '../cli/ocr-node';
import { check, compileProfile } from '../../rules/engine';
import { parsePupilCsv } from '../../rules/profile/csv';
import type { CheckResult } from '../../rules/types';

/** Rules about what the picture's text says: a name or a secret. */
const TEXT_RULES = new Set(['pupil-name', 'pupil-full-name', 'name-with-photo', 'possible-pupil-name', 'safeguarding-secret', 'identifiable-name']);
const AT = new Date('2026-03-04T10:00:00Z');

interface Tally {
  shouldBlock: number;
  blocked: number;
  shouldAsk: number;
  asked: number;
  silent: number;
  clean: number;
  falseBlocks: number;
  ms: number[];
}

/** Whether a rule about the picture's text asks or blocks. */
function heldByText(result: CheckResult): boolean {
  return result.findings.some((f) => f.source === 'image' && TEXT_RULES.has(f.rule) && (f.severity === 'block' || f.severity === 'confirm'));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? '.test-results/page-photos';
  const chosen = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'holdout';
  const details = args.includes('--details');
  const labels: PagePhotoLabel[] = existsSync(join(dir, 'labels.json'))
    ? JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'))
    : await generatePagePhotos(dir);
  const pupils = parsePupilCsv(readFileSync(join(dir, 'pupils.csv'), 'utf8')).rows;
  const profiles = {
    'first-name-only': compileProfile({ settings: { school: 'Ferncombe Primary School', naming: 'first-name-only' }, pupils }),
    none: compileProfile({ settings: { school: 'Ferncombe Primary School', naming: 'none' }, pupils }),
  };
  const tallies: Record<string, Tally> = {};
  for (const label of labels) {
    if (chosen !== 'all' && label.split !== chosen) continue;
    const t0 = performance.now();
    const { findings } = await analyseImageBytes(readFileSync(join(dir, label.file)), label.file, ['text']);
    const ms = performance.now() - t0;
    const result = check({ text: 'A look at our week', images: [{ text: findings.text, ...(findings.lines ? { lines: findings.lines } : {}) }], at: AT }, profiles[label.naming]);
    const t = (tallies[label.split] ??= { shouldBlock: 0, blocked: 0, shouldAsk: 0, asked: 0, silent: 0, clean: 0, falseBlocks: 0, ms: [] });
    t.ms.push(ms);
    const held = heldByText(result);
    let wrong = false;
    if (label.expect === 'block') {
      t.shouldBlock++;
      if (result.verdict === 'block') t.blocked++;
      else wrong = true;
      if (!held) t.silent++;
    } else if (label.expect === 'ask') {
      t.shouldAsk++;
      if (held) t.asked++;
      else {
        t.silent++;
        wrong = true;
      }
    } else {
      t.clean++;
      if (result.verdict === 'block') {
        t.falseBlocks++;
        wrong = true;
      }
    }
    if (details && (wrong || args.includes('--all-details'))) {
      const rules = result.findings.filter((f) => f.rule !== 'photo-consent').map((f) => `${f.rule}:${f.severity}:${JSON.stringify(f.match)}`);
      console.log(`${label.file} ${label.family} expect ${label.expect} (${label.target ?? '-'}) got ${result.verdict} [${rules.join(', ')}] read ${JSON.stringify(findings.text)}`);
    }
  }
  for (const [split, t] of Object.entries(tallies)) {
    const sorted = [...t.ms].sort((a, b) => a - b);
    console.log(
      `${split}: block recall ${(t.blocked / Math.max(1, t.shouldBlock)).toFixed(2)} (${t.blocked}/${t.shouldBlock}); ` +
        `bare codes asked ${t.asked}/${t.shouldAsk}; silent misses ${t.silent}; ` +
        `false blocks ${t.falseBlocks}/${t.clean} photos without a name or secret; median ${Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0)} ms/image`,
    );
  }
  await terminateImageReader();
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
