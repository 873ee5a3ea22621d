/**
 * OCR speed, `npm run bench` (or `npm run bench -- ocr`): every image of the
 * shared corpora through tesseract.js in Node (the CLI's path: same worker,
 * language data and readings as the extension, a fallback reading only where
 * the extension would make it) and through the native Debian `tesseract` CLI
 * (OMP_THREAD_LIMIT=1, the same best_int English data, the same readings js
 * made of that image) in the same run, with the ratio. Figures are printed, never asserted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { OCR_LANG, OCR_OEM } from '../../components/ocr/config';
import { configuredPasses, langDataDir, prepareImage, readImageBytes, recognizeBuffer, terminateImageReader } from '../cli/ocr-node';
import { percentile } from './stats';

const EVAL_DIR = resolve(import.meta.dirname, process.env.SAFEPOST_EVAL_DIR ?? '../../../shared/eval');
const RUNS = Number(process.env.BENCH_OCR_RUNS ?? 5);
const NATIVE = '/usr/bin/tesseract';

function images(): string[] {
  const out: string[] = [];
  for (const corpus of ['first-names', 'no-names']) {
    const dir = join(EVAL_DIR, corpus, 'img');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (/\.(jpe?g|png|webp)$/i.test(f)) out.push(join(dir, f));
  }
  return out;
}

const median = (xs: number[]) => percentile(xs, 50);
const p95 = (xs: number[]) => percentile(xs, 95);
const ms = (x: number) => `${Math.round(x)}`.padStart(6);

async function main(): Promise<void> {
  const files = images();
  if (files.length === 0) {
    console.log(`no corpus images under ${EVAL_DIR}: nothing to measure`);
    return;
  }
  const haveNative = existsSync(NATIVE);
  const tessdata = mkdtempSync(join(tmpdir(), 'safepost-tessdata-'));
  writeFileSync(join(tessdata, `${OCR_LANG}.traineddata`), gunzipSync(readFileSync(join(langDataDir(), `${OCR_LANG}.traineddata.gz`))));

  // Worker start-up, measured once (the extension keeps one warm worker).
  const passes = configuredPasses();
  const startAt = performance.now();
  await recognizeBuffer(await prepareImage(readFileSync(files[0]!)), passes[0]!.psm);
  const startMs = performance.now() - startAt;

  console.log(`${files.length} images, ${RUNS} runs each; readings per image: ${passes.map((p) => `psm ${p.psm}${p.fallback ? ' (fallback)' : ''}`).join(' + ')}`);
  console.log('times in ms; "js" = prepare (decode, downscale, clean) + the readings made in tesseract.js (wasm) in Node;');
  console.log('"native" = /usr/bin/tesseract 5.3, OMP_THREAD_LIMIT=1, the same readings on the same prepared pixels (PGM); "psm" = readings made\n');
  console.log('image                    js med  js p95  nat med  nat p95  ratio  psm');
  const jsAll: number[] = [];
  const nativeAll: number[] = [];
  const ratios: number[] = [];
  let worst = { file: '', ms: 0 };
  for (const file of files) {
    const bytes = readFileSync(file);
    const js: number[] = [];
    const native: number[] = [];
    const preparedPath = join(tessdata, 'prepared.pgm');
    let ran: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const t0 = performance.now();
      const read = await readImageBytes(bytes, passes);
      js.push(performance.now() - t0);
      ran = read.ran.map((p) => p.psm);
      if (haveNative) {
        // Native reads a file: the PGM (the same prepared pixels) is written before its clock starts.
        writeFileSync(preparedPath, await prepareImage(bytes, true));
        const n0 = performance.now();
        for (const pass of read.ran) {
          const result = spawnSync(NATIVE, [preparedPath, 'stdout', '--tessdata-dir', tessdata, '--oem', String(OCR_OEM), '--psm', pass.psm, '-l', OCR_LANG], {
            env: { ...process.env, OMP_THREAD_LIMIT: '1' },
            // tesseract reports its resolution guess on stderr for every image: keep the table readable.
            stdio: ['ignore', 'pipe', 'pipe'],
            encoding: 'utf8',
          });
          if (result.status !== 0) throw new Error(`native tesseract failed: ${result.stderr}`);
        }
        native.push(performance.now() - n0);
      }
    }
    const name = file.slice(EVAL_DIR.length + 1).replace('/img/', '/');
    const jm = median(js);
    const nm = haveNative ? median(native) : Number.NaN;
    jsAll.push(...js);
    nativeAll.push(...native);
    if (haveNative) ratios.push(jm / nm);
    if (p95(js) > worst.ms) worst = { file: name, ms: p95(js) };
    console.log(`${name.padEnd(24)} ${ms(jm)}  ${ms(p95(js))}   ${haveNative ? ms(nm) : '     -'}   ${haveNative ? ms(p95(native)) : '     -'}  ${haveNative ? (jm / nm).toFixed(2).padStart(5) : '    -'}  ${ran.join('+')}`);
  }
  console.log(`${'all images'.padEnd(24)} ${ms(median(jsAll))}  ${ms(p95(jsAll))}   ${haveNative ? ms(median(nativeAll)) : '     -'}   ${haveNative ? ms(p95(nativeAll)) : '     -'}  ${haveNative ? (median(jsAll) / median(nativeAll)).toFixed(2).padStart(5) : '    -'}`);
  if (!haveNative) console.log('(native tesseract not installed: apt-get install tesseract-ocr for the comparison)');
  console.log(`\nworker start (wasm + language data): ${Math.round(startMs)} ms, once per warm worker`);
  console.log(`slowest image (p95): ${worst.file} ${Math.round(worst.ms)} ms (goal: none over 2000 ms after downscaling)`);
  if (ratios.length) console.log(`median of per-image ratios js/native: ${median(ratios).toFixed(2)} (goal ≤ 1.5)`);
  const mem = process.memoryUsage();
  console.log(
    `memory: process RSS ${(mem.rss / 2 ** 20).toFixed(0)} MB (Node + tesseract worker thread + its wasm heap), JS heap ${(mem.heapUsed / 2 ** 20).toFixed(0)} MB`,
  );
  rmSync(tessdata, { recursive: true, force: true });
  await terminateImageReader();
}

await main();
