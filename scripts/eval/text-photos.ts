/**
 * Key-word recall on the generated text photos (scripts/gen/text-photos.ts):
 * the share of names, codes and numbers found in what the image checks read,
 * per split. "holdout" images were never looked at while choosing settings;
 * "tune" ones may have been. Text-free pictures must read as nothing.
 *
 *   npx tsx scripts/eval/text-photos.ts [dir] [--split holdout|tune] [--details]
 *
 * Generates the set first if `dir` has no labels.json (seeded: always the same set).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateTextPhotos, type TextPhotoLabel } from '../gen/text-photos';
import { readImageBytes, terminateImageReader } from '../cli/ocr-node';

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
  const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;
  const details = args.includes('--details');
  const labels: TextPhotoLabel[] = existsSync(join(dir, 'labels.json'))
    ? JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'))
    : await generateTextPhotos(dir);
  const totals: Record<string, { keywords: number; found: number; images: number; allFound: number; junkWords: number; blank: number; ms: number[] }> = {};
  for (const label of labels) {
    if (split && label.split !== split) continue;
    const t0 = performance.now();
    const { text } = await readImageBytes(readFileSync(join(dir, label.file)), label.file);
    const ms = performance.now() - t0;
    const total = (totals[label.split] ??= { keywords: 0, found: 0, images: 0, allFound: 0, junkWords: 0, blank: 0, ms: [] });
    total.ms.push(ms);
    if (label.keywords.length === 0) {
      total.blank++;
      total.junkWords += normalise(text).trim() ? normalise(text).trim().split(' ').length : 0;
      if (details && text.trim()) console.log(`${label.file} text-free, read: ${JSON.stringify(text)}`);
      continue;
    }
    const missed = label.keywords.filter((k) => !found(k, text));
    total.images++;
    total.keywords += label.keywords.length;
    total.found += label.keywords.length - missed.length;
    if (missed.length === 0) total.allFound++;
    if (details && missed.length) console.log(`${label.file} ${label.kind} ${JSON.stringify(label.camera)} missed ${missed.join(', ')}; read: ${JSON.stringify(text)}`);
  }
  for (const [name, t] of Object.entries(totals)) {
    const sorted = [...t.ms].sort((a, b) => a - b);
    console.log(
      `${name}: key-word recall ${(t.found / Math.max(1, t.keywords)).toFixed(3)} (${t.found}/${t.keywords}), all key words found on ${t.allFound}/${t.images} images; text-free images: ${t.blank}, junk words read on them: ${t.junkWords}; median ${Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0)} ms/image`,
    );
  }
  await terminateImageReader();
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
