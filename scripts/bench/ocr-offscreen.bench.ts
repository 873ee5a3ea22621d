/**
 * OCR speed in the offscreen document, `npm run bench -- offscreen`: the
 * BUILT extension (.output/chrome-mv3, `npm run build` first) in real
 * Chromium; an extension page sends each image to the background exactly as
 * the content script does, the background hands it to the offscreen
 * document's image host. Per image: the host's own time (decode + analyses)
 * and the round trip, median and p95 over BENCH_OCR_RUNS runs (default 3;
 * a fresh hash each run so the host's cache never answers), start-up once,
 * and the peak memory of the extension's renderer process. Printed, never asserted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { launchWithExtension, EXTENSION_DIR, CHROMIUM } from '../../tests/e2e/harness';
import { percentile } from './stats';
import { twelveMegapixelPhoto } from './bench-images';
import { OCR_REQUEST } from '../../components/ocr/messages';

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

const fakeHash = (n: number) => n.toString(16).padStart(64, '0');
const ms = (x: number) => `${Math.round(x)}`.padStart(6);

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')) || !existsSync(CHROMIUM)) {
    console.log('no built extension or no Chromium: run `npm run build` (and apt-get install chromium) first');
    return;
  }
  const list = [...images(), { name: '12-megapixel photo (generated)', bytes: await twelveMegapixelPhoto(), type: 'image/jpeg' }];
  const session = await launchWithExtension();
  try {
    const page = await session.openExtensionPage('popup.html');
    const send = (dataUrl: string, hash: string) =>
      page.evaluate(
        async ([type, image, h]) => {
          const t0 = performance.now();
          const reply = await (globalThis as any).chrome.runtime.sendMessage({ type, image, hash: h });
          return { reply, wall: performance.now() - t0 };
        },
        [OCR_REQUEST, dataUrl, hash] as const,
      );
    let n = 1;
    const first = list[0]!;
    const start = await send(`data:${first.type};base64,${Buffer.from(first.bytes).toString('base64')}`, fakeHash(n++));
    if (!start.reply?.ok) throw new Error(`offscreen OCR failed: ${JSON.stringify(start.reply)}`);
    console.log(`${list.length} images, ${RUNS} runs each, Chromium offscreen document; times in ms (wall clock; CPU is shared)`);
    console.log(`first image incl. start-up (offscreen document, ORT wasm, models, tesseract): ${Math.round(start.wall)} ms`);
    console.log('image                              host med  host p95  round trip med');
    const all: number[] = [];
    for (const image of list) {
      const dataUrl = `data:${image.type};base64,${Buffer.from(image.bytes).toString('base64')}`;
      const host: number[] = [];
      const trip: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const { reply, wall } = await send(dataUrl, fakeHash(n++));
        if (!reply?.ok) throw new Error(`${image.name}: ${JSON.stringify(reply)}`);
        host.push(reply.ms);
        trip.push(wall);
      }
      all.push(...host);
      console.log(`${image.name.padEnd(32)} ${ms(percentile(host, 50))}    ${ms(percentile(host, 95))}    ${ms(percentile(trip, 50))}`);
    }
    console.log(`${'all images'.padEnd(32)} ${ms(percentile(all, 50))}    ${ms(percentile(all, 95))}`);
    // Peak resident memory of Chromium's renderer processes that host extension pages.
    const peaks: number[] = [];
    for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
      try {
        const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        if (!cmd.includes('--type=renderer') || !cmd.includes('--extension-process')) continue;
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (hwm) peaks.push(Number(hwm[1]) / 1024);
      } catch {
        // The process ended.
      }
    }
    console.log(`peak memory: extension renderer process max RSS ${peaks.length ? Math.round(Math.max(...peaks)) : '?'} MB`);
    console.log(`load average during the run: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log(`external requests during the run: ${session.externalRequests().length}`);
  } finally {
    await session.close();
  }
}

await main();
