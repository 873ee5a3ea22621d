/**
 * OCR speed in the offscreen document, `npm run bench -- offscreen`: the
 * BUILT extension (.output/chrome-mv3, `npm run build` first) in real
 * Chromium; an extension page sends each image to the background exactly as
 * the content script does, the background hands it to the offscreen
 * document's image host. Per image: the text analysis's own time, the host's
 * (decode + text + faces) and the round trip, median and p95 over BENCH_OCR_RUNS runs (default 3;
 * a fresh hash each run so the host's cache never answers), start-up once,
 * and the peak memory of the extension's renderer process. Printed, never asserted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { percentile } from './stats';
import { twelveMegapixelPhoto } from './bench-images';
import { extensionPeakMemoryMb, offscreenBenchReady, withOffscreenHost } from './offscreen';

const EVAL_DIR = resolve(import.meta.dirname, process.env.SAFEPOST_EVAL_DIR ?? '../../../shared/eval');
const RUNS = Number(process.env.BENCH_OCR_RUNS ?? 3);
const LIMIT = Number(process.env.BENCH_OCR_IMAGES ?? 6);

function images(): { name: string; bytes: Uint8Array; type: string }[] {
  const out: { name: string; bytes: Uint8Array; type: string }[] = [];
  for (const corpus of ['first-names', 'no-names']) {
    const dir = join(EVAL_DIR, corpus, 'img');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort().slice(0, Math.ceil(LIMIT / 2)))
      if (/\.(jpe?g|png)$/i.test(f)) out.push({ name: `${corpus}/${f}`, bytes: readFileSync(join(dir, f)), type: f.endsWith('.png') ? 'image/png' : 'image/jpeg' });
  }
  return out;
}

const ms = (x: number) => `${Math.round(x)}`.padStart(6);

async function main(): Promise<void> {
  if (!offscreenBenchReady()) return;
  const list = [...images(), { name: '12-megapixel photo (generated)', bytes: await twelveMegapixelPhoto(), type: 'image/jpeg' }];
  await withOffscreenHost(async ({ send, session }) => {
    const first = list[0]!;
    const start = await send(first.bytes, first.type);
    if (!start.reply?.ok) throw new Error(`offscreen image check failed: ${JSON.stringify(start.reply)}`);
    console.log(`${list.length} images, ${RUNS} runs each, Chromium offscreen document; times in ms (wall clock; CPU is shared)`);
    console.log(`first image incl. start-up (offscreen document, ORT wasm, models, tesseract, Human): ${Math.round(start.wall)} ms`);
    console.log('"text" = the text analysis alone; "host" = decode + text + faces; faces: scripts/bench/faces.bench.ts');
    console.log('image                              text med  text p95  host med  host p95  round trip med');
    const allText: number[] = [];
    const allHost: number[] = [];
    for (const image of list) {
      const host: number[] = [];
      const text: number[] = [];
      const trip: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const { reply, wall } = await send(image.bytes, image.type);
        if (!reply?.ok) throw new Error(`${image.name}: ${JSON.stringify(reply)}`);
        host.push(reply.ms);
        text.push(reply.stages?.text ?? Number.NaN);
        trip.push(wall);
      }
      allText.push(...text);
      allHost.push(...host);
      console.log(
        `${image.name.padEnd(32)} ${ms(percentile(text, 50))}    ${ms(percentile(text, 95))}    ${ms(percentile(host, 50))}    ${ms(percentile(host, 95))}    ${ms(percentile(trip, 50))}`,
      );
    }
    console.log(`${'all images'.padEnd(32)} ${ms(percentile(allText, 50))}    ${ms(percentile(allText, 95))}    ${ms(percentile(allHost, 50))}    ${ms(percentile(allHost, 95))}`);
    console.log(`peak memory: extension renderer process max RSS ${extensionPeakMemoryMb() ?? '?'} MB (text and face engines both warm)`);
    console.log(`load average during the run: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log(`external requests during the run: ${session.externalRequests().length}`);
  });
}

await main();
