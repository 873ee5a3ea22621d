/**
 * Face-check speed and size, `npm run bench` (or `npm run bench -- faces`):
 *  1. Node (the CLI's path): every test photo (tests/fixtures/faces) and two
 *     generated 12-megapixel phone photos (4032x3024: one person, a group),
 *     decode + downscale + detection, median and p95 per image, peak RSS;
 *  2. the offscreen document of the built extension in headless Chromium:
 *     the same photos sent as the content script sends them, the host's own
 *     time (decode, downscale, detect) and the round trip;
 *  3. what ships: the face files in .output/chrome-mv3 and the package size
 *     with and without them.
 * Figures are printed, never asserted. BENCH_FACES_RUNS sets runs per image (default 5).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { decodeForFaces, detectFacesInBytes, faceDetector, terminateFaceDetector } from '../cli/faces-node';
import { percentile } from './stats';
import { FACE_MAX_SIDE } from '../../components/faces/config';
import { detectFaces } from '../../components/faces/detector';

const REPO = resolve(import.meta.dirname, '../..');
const PHOTOS = join(REPO, 'tests/fixtures/faces');
const BUILD = join(REPO, '.output/chrome-mv3');
const RUNS = Number(process.env.BENCH_FACES_RUNS ?? 5);
const GOAL_12MP_MS = 300;

const ms = (x: number) => `${Math.round(x)}`.padStart(6);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

interface Photo {
  name: string;
  bytes: Buffer;
  type: string;
}

/** The test photos, plus two 12 MP phone photos made from them (JPEG, as a phone writes). */
async function photos(): Promise<Photo[]> {
  const manifest = JSON.parse(readFileSync(join(PHOTOS, 'manifest.json'), 'utf8')) as { file: string }[];
  const out: Photo[] = manifest.map(({ file }) => ({ name: file, bytes: readFileSync(join(PHOTOS, file)), type: 'image/jpeg' }));
  const portrait = await sharp(join(PHOTOS, 'single-portrait.jpg')).resize(3024, 3024).toBuffer();
  out.push({
    name: '12MP-one-person.jpg',
    type: 'image/jpeg',
    bytes: await sharp({ create: { width: 4032, height: 3024, channels: 3, background: { r: 200, g: 205, b: 210 } } })
      .composite([{ input: portrait, left: 504, top: 0 }])
      .jpeg({ quality: 88 })
      .toBuffer(),
  });
  out.push({
    name: '12MP-group-12.jpg',
    type: 'image/jpeg',
    bytes: await sharp(join(PHOTOS, 'group-crowd-12.jpg')).resize(4032, 3024, { fit: 'fill' }).jpeg({ quality: 88 }).toBuffer(),
  });
  return out;
}

/** Per image: wall-clock median and p95, and for Node the process's CPU time (main thread + sharp's threads). */
function table(rows: { name: string; times: number[]; cpu?: number[]; faces: number }[], what: string): void {
  const withCpu = rows.some((r) => r.cpu);
  console.log(`image                      ${what} med  p95${withCpu ? '  cpu med  p95' : ''}  faces`);
  const all: number[] = [];
  const allCpu: number[] = [];
  const cpuCols = (cpu: number[]) => (withCpu ? `    ${ms(percentile(cpu, 50))} ${ms(percentile(cpu, 95))}` : '');
  for (const row of rows) {
    all.push(...row.times);
    allCpu.push(...(row.cpu ?? []));
    console.log(`${row.name.padEnd(26)} ${ms(percentile(row.times, 50))} ${ms(percentile(row.times, 95))}${cpuCols(row.cpu ?? [])}  ${String(row.faces).padStart(5)}`);
  }
  console.log(`${'all images'.padEnd(26)} ${ms(percentile(all, 50))} ${ms(percentile(all, 95))}${cpuCols(allCpu)}`);
}

/** CPU time of this process since `start` (process.cpuUsage), in ms: the fairer figure on a shared machine. */
const cpuMs = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

async function benchNode(list: Photo[]): Promise<void> {
  console.log(`## Node (CLI): ${RUNS} runs per image, times in ms (decode + downscale to 1600 px + detection)\n`);
  const startAt = performance.now();
  await faceDetector();
  const startMs = performance.now() - startAt;
  let peakRss = process.memoryUsage().rss;
  const rows = [];
  for (const photo of list) {
    const times: number[] = [];
    const cpu: number[] = [];
    let faces = 0;
    for (let run = 0; run < RUNS; run++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      faces = (await detectFacesInBytes(photo.bytes)).length;
      times.push(performance.now() - t0);
      cpu.push(cpuMs(c0));
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    rows.push({ name: photo.name, times, cpu, faces });
  }
  table(rows, 'node');
  const decode = [];
  const decodeCpu = [];
  for (let run = 0; run < RUNS; run++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await decodeForFaces(list.find((p) => p.name === '12MP-one-person.jpg')!.bytes);
    decode.push(performance.now() - t0);
    decodeCpu.push(cpuMs(c0));
  }
  const twelve = rows
    .filter((r) => r.name.startsWith('12MP'))
    .map((r) => `${r.name} ${Math.round(percentile(r.times, 50))} ms (CPU ${Math.round(percentile(r.cpu, 50))} ms)`);
  // The goal counts detection after the downscale: the decoded 1600x1200 pixels, detectFaces() alone.
  const human = await faceDetector();
  const detectOnly = [];
  for (const photo of list.filter((p) => p.name.startsWith('12MP'))) {
    const image = await decodeForFaces(photo.bytes);
    const times: number[] = [];
    const cpu: number[] = [];
    let faces = 0;
    for (let run = 0; run < RUNS; run++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      faces = (await detectFaces(human, image)).faces.length;
      times.push(performance.now() - t0);
      cpu.push(cpuMs(c0));
    }
    detectOnly.push({ name: `${photo.name} (detect)`, times, cpu, faces });
  }
  console.log(`\nDetection alone, after decode + downscale to ${FACE_MAX_SIDE} px (goal ≤ ${GOAL_12MP_MS} ms median):`);
  table(detectOnly, 'node');
  console.log(`\ndetector start (models + wasm): ${Math.round(startMs)} ms, once per warm detector`);
  console.log(`12 MP photos (median): ${twelve.join(', ')}; of which decode + downscale ${Math.round(percentile(decode, 50))} ms (CPU ${Math.round(percentile(decodeCpu, 50))} ms)`);
  console.log(`peak memory: process RSS ${(peakRss / 2 ** 20).toFixed(0)} MB (Node + sharp + tfjs wasm heap)`);
  await terminateFaceDetector();
}

async function benchOffscreen(list: Photo[]): Promise<void> {
  console.log(`\n## Offscreen document (built extension, headless Chromium): ${RUNS} runs per image, times in ms\n`);
  if (!existsSync(join(BUILD, 'manifest.json'))) {
    console.log('no build at .output/chrome-mv3: run `npm run build` first');
    return;
  }
  const { launchWithExtension } = await import('../../tests/e2e/harness');
  const session = await launchWithExtension();
  try {
    const page = await session.openExtensionPage('popup.html');
    const send = (image: string, hash: string) =>
      page.evaluate(
        async ([image, hash]) => {
          const t0 = performance.now();
          const reply = await (globalThis as any).chrome.runtime.sendMessage({ type: 'safepost:faces', image, hash });
          return { reply, roundTrip: performance.now() - t0 };
        },
        [image, hash] as const,
      );
    // Start-up: the offscreen document, Human's bundle, models and wasm.
    const first = list[0]!;
    const started = await send(`data:${first.type};base64,${first.bytes.toString('base64')}`, randomBytes(32).toString('hex'));
    if (!started.reply?.ok) throw new Error(`face check failed: ${JSON.stringify(started.reply)}`);
    const rows = [];
    const trips = [];
    for (const photo of list) {
      const image = `data:${photo.type};base64,${photo.bytes.toString('base64')}`;
      const times: number[] = [];
      let faces = 0;
      for (let run = 0; run < RUNS; run++) {
        // A fresh hash each run: the host's cache would otherwise answer in 0 ms.
        const { reply, roundTrip } = await send(image, randomBytes(32).toString('hex'));
        if (!reply?.ok) throw new Error(`${photo.name}: ${JSON.stringify(reply)}`);
        times.push(reply.ms);
        trips.push(roundTrip);
        faces = reply.faces.length;
      }
      rows.push({ name: photo.name, times, faces });
    }
    table(rows, 'host');
    console.log(`\nfirst image incl. start-up (document, Human, models, wasm): ${Math.round(started.roundTrip)} ms`);
    console.log(`round trip content → background → offscreen → back (median incl. the host's time): ${Math.round(percentile(trips, 50))} ms`);
    const external = session.externalRequests();
    console.log(`requests that left the extension during the checks: ${external.length}`);
  } finally {
    await session.close();
  }
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function packageSize(): void {
  console.log('\n## What ships\n');
  if (!existsSync(join(BUILD, 'manifest.json'))) {
    console.log('no build at .output/chrome-mv3');
    return;
  }
  const all = files(BUILD);
  const total = all.reduce((n, f) => n + statSync(f).size, 0);
  const faceFiles = all.filter((f) => relative(BUILD, f).startsWith('faces/') || /^chunks\/human\./.test(relative(BUILD, f)));
  const faces = faceFiles.reduce((n, f) => n + statSync(f).size, 0);
  for (const f of faceFiles) console.log(`${relative(BUILD, f).padEnd(44)} ${mb(statSync(f).size)}`);
  console.log(`package (chrome-mv3): ${mb(total)} with faces, ${mb(total - faces)} without (+${mb(faces)})`);
}

const list = await photos();
await benchNode(list);
await benchOffscreen(list);
packageSize();
