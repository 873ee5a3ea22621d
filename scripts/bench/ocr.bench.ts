/**
 * OCR speed in Node, `npm run bench` (or `npm run bench -- ocr`): every image
 * of the shared corpora through the CLI's image host (the extension's own
 * analyses, scripts/cli/ocr-node.ts), plus a 12-megapixel photo made here.
 * Per image: median and p95 over BENCH_OCR_RUNS runs (default 3) with the
 * cache bypassed, worker start-up once, peak memory. Figures are printed,
 * never asserted. The offscreen-document figures: scripts/bench/ocr-offscreen.bench.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { analyseImageBytes, terminateImageReader } from '../cli/ocr-node';
import { percentile } from './stats';
import { twelveMegapixelPhoto, uncached } from './bench-images';

const EVAL_DIR = resolve(import.meta.dirname, process.env.SAFEPOST_EVAL_DIR ?? '../../../shared/eval');
const RUNS = Number(process.env.BENCH_OCR_RUNS ?? 3);
/** Corpus images measured (the first of each corpus in turn); all by default. */
const LIMIT = Number(process.env.BENCH_OCR_IMAGES ?? Infinity);

function corpusImages(): { name: string; bytes: Uint8Array }[] {
  const out: { name: string; bytes: Uint8Array }[] = [];
  for (const corpus of ['first-names', 'no-names']) {
    const dir = join(EVAL_DIR, corpus, 'img');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort().slice(0, Math.ceil(LIMIT / 2))) if (/\.(jpe?g|png|webp)$/i.test(f)) out.push({ name: `${corpus}/${f}`, bytes: readFileSync(join(dir, f)) });
  }
  return out;
}

const ms = (x: number) => `${Math.round(x)}`.padStart(6);

async function main(): Promise<void> {
  const images = [...corpusImages(), { name: '12-megapixel photo (generated)', bytes: await twelveMegapixelPhoto() }];
  const startAt = performance.now();
  await analyseImageBytes(images[0]!.bytes, 'first image', ['text']);
  const startMs = performance.now() - startAt;
  console.log(`${images.length} images, ${RUNS} runs each, Node ${process.version}, one thread; times in ms (wall clock; CPU is shared)`);
  console.log('"cpu" = CPU time of the process (main thread + tesseract worker thread): what the image costs whatever else runs');
  console.log('image                              med     p95   decode    text  cpu med  cpu p95');
  const cpuAll: number[] = [];
  const all: number[] = [];
  for (const image of images) {
    const times: number[] = [];
    const decode: number[] = [];
    const text: number[] = [];
    const cpu: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const before = process.cpuUsage();
      const result = await analyseImageBytes(uncached(image.bytes, run), image.name, ['text']);
      const used = process.cpuUsage(before);
      cpu.push((used.user + used.system) / 1000);
      times.push(result.ms);
      decode.push(result.stages.decode ?? 0);
      text.push(result.stages.text ?? 0);
    }
    all.push(...times);
    cpuAll.push(...cpu);
    console.log(
      `${image.name.padEnd(32)} ${ms(percentile(times, 50))}  ${ms(percentile(times, 95))}  ${ms(percentile(decode, 50))}  ${ms(percentile(text, 50))}   ${ms(percentile(cpu, 50))}   ${ms(percentile(cpu, 95))}`,
    );
  }
  console.log(`${'all images'.padEnd(32)} ${ms(percentile(all, 50))}  ${ms(percentile(all, 95))}                  ${ms(percentile(cpuAll, 50))}   ${ms(percentile(cpuAll, 95))}`);
  console.log(`load average during the run: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`\nengine start (first image, wasm + models + language data): ${Math.round(startMs)} ms, once per warm host`);
  const usage = process.resourceUsage();
  console.log(`peak memory: process max RSS ${(usage.maxRSS / 1024).toFixed(0)} MB (Node + wasm heaps + tesseract worker thread)`);
  await terminateImageReader();
}

await main();
