/**
 * Key-word recall on the generated text photos (scripts/gen/text-photos.ts):
 * the share of names, codes and numbers found in what the image checks read,
 * per split. "holdout" images were never looked at while choosing settings;
 * "tune" ones may have been. Text-free pictures must read as nothing.
 *
 *   npx tsx scripts/eval/text-photos.ts [dir] [--split holdout|tune|all] [--details]   (default: holdout)
 *
 * Generates the set first if `dir` has no labels.json (seeded: always the same set).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateTextPhotos, type TextPhotoLabel } from '../gen/text-photos';
import { textAnalysis } from '../../components/ocr/text-analysis';
import { assembleText, mergeLine } from '../../components/ocr/ppocr/merge';
import type { TextReading } from '../../components/ocr/ppocr/read';
import { CLI_IMAGE_TIMEOUT_MS, decodeInNode, nodeAssets } from '../cli/vision-node';

/**
 * The shipped merge, and what each engine alone would have given from the
 * same reading (PP-OCR's lines only; tesseract's reading of the same crops
 * only): whether tesseract adds recall is measured, not assumed.
 */
function variants(reading: TextReading): Record<'merged' | 'ppocr' | 'tesseract', string> {
  const only = (which: 'pp' | 'tesseract') =>
    assembleText(reading.lines.map((l) => ({ ...l, ...mergeLine(which === 'pp' ? { pp: l.pp, ppConfidence: l.ppConfidence } : { pp: '', ppConfidence: 0, tesseract: l.tesseract, tesseractConfidence: l.tesseractConfidence }) })));
  return { merged: reading.text, ppocr: only('pp'), tesseract: only('tesseract') };
}

/** Lower case, letters and digits only, single spaces: "MAPLE-6313" and "maple 6313" match. */
export function normalise(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** Whether the key word appears in the text as whole words. */
export function found(keyword: string, text: string): boolean {
  return normalise(text).includes(normalise(keyword));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? '.test-results/text-photos';
  // The held-out half by default: the figure that counts. `--split all` measures both halves.
  const chosen = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'holdout';
  const split = chosen === 'all' ? undefined : chosen;
  const details = args.includes('--details');
  const labels: TextPhotoLabel[] = existsSync(join(dir, 'labels.json'))
    ? JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'))
    : await generateTextPhotos(dir);
  let reading: TextReading | undefined;
  const analysis = textAnalysis(nodeAssets(), { timeoutMs: CLI_IMAGE_TIMEOUT_MS, onReading: (r) => (reading = r) });
  type Total = { keywords: number; found: number; images: number; allFound: number; junkWords: number; blank: number; ms: number[] };
  const totals: Record<string, Total> = {};
  for (const label of labels) {
    if (split && label.split !== split) continue;
    const t0 = performance.now();
    await analysis.run(await decodeInNode(readFileSync(join(dir, label.file))), AbortSignal.timeout(CLI_IMAGE_TIMEOUT_MS));
    const ms = performance.now() - t0;
    for (const [variant, text] of Object.entries(variants(reading!))) {
      const total = (totals[`${label.split} ${variant}`] ??= { keywords: 0, found: 0, images: 0, allFound: 0, junkWords: 0, blank: 0, ms: [] });
      total.ms.push(ms);
      if (label.keywords.length === 0) {
        total.blank++;
        total.junkWords += normalise(text).trim() ? normalise(text).trim().split(' ').length : 0;
        if (details && text.trim()) console.log(`${label.file} text-free, ${variant} read: ${JSON.stringify(text)}`);
        continue;
      }
      const missed = label.keywords.filter((k) => !found(k, text));
      total.images++;
      total.keywords += label.keywords.length;
      total.found += label.keywords.length - missed.length;
      if (missed.length === 0) total.allFound++;
      if (details && missed.length && variant === 'merged') console.log(`${label.file} ${label.kind} ${JSON.stringify(label.camera)} missed ${missed.join(', ')}; read: ${JSON.stringify(text)}`);
    }
  }
  for (const [name, t] of Object.entries(totals)) {
    const sorted = [...t.ms].sort((a, b) => a - b);
    console.log(
      `${name}: key-word recall ${(t.found / Math.max(1, t.keywords)).toFixed(3)} (${t.found}/${t.keywords}), all key words found on ${t.allFound}/${t.images} images; text-free images: ${t.blank}, junk words read on them: ${t.junkWords}; median ${Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0)} ms/image`,
    );
  }
  await analysis.reset();
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
