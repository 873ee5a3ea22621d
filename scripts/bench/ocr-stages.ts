/**
 * Where an image's OCR time goes, stage by stage (not part of `npm run bench`:
 * run it by hand when tuning the pipeline):
 *
 *   npx tsx scripts/bench/ocr-stages.ts [--runs N] [--images N] [--only NAME,…] [--no-photo] [--lines]
 *
 * The 12-megapixel photo (bench-images.ts) and the shared corpora's images,
 * decoded as the CLI decodes them, then each stage of readImageText timed on
 * its own with wall clock and process CPU time (tesseract's worker thread
 * included). `--lines` prints every line's two readings and what the merge kept.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-web/wasm';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { toPlanes } from '../../components/vision/pixels';
import { PpOcrEngine } from '../../components/ocr/ppocr/engine';
import { TesseractEngine } from '../../components/ocr/tesseract';
import { readImageText } from '../../components/ocr/ppocr/read';
import { CLI_IMAGE_TIMEOUT_MS, decodeInNode, nodeAssets } from '../cli/vision-node';
import { twelveMegapixelPhoto } from './bench-images';
import { percentile } from './stats';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const RUNS = opt('--runs', 3);
const LIMIT = opt('--images', Infinity);
const EVAL_DIR = resolve(import.meta.dirname, process.env.SAFEPOST_EVAL_DIR ?? '../../../shared/eval');

async function images(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const out: { name: string; bytes: Uint8Array }[] = [];
  if (!args.includes('--no-photo')) out.push({ name: '12 MP photo', bytes: await twelveMegapixelPhoto() });
  for (const corpus of ['first-names', 'no-names']) {
    const dir = join(EVAL_DIR, corpus, 'img');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort().slice(0, Math.ceil(LIMIT / 2))) if (/\.(jpe?g|png|webp)$/i.test(f)) out.push({ name: `${corpus}/${f}`, bytes: readFileSync(join(dir, f)) });
  }
  // --only a,b: just the images whose name contains one of these.
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1]!.split(',') : undefined;
  return only ? out.filter((i) => only.some((o) => i.name.includes(o))) : out;
}

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** CPU ms spent inside each wrapped call since the last `take()`, by label. */
const spent: Record<string, number> = {};
function timed<T extends object>(target: T, method: keyof T & string, label: string): void {
  const original = target[method] as unknown as (...a: unknown[]) => Promise<unknown>;
  (target as Record<string, unknown>)[method] = async function (this: unknown, ...a: unknown[]) {
    const c = cpuNow();
    try {
      return await original.apply(this, a);
    } finally {
      spent[label] = (spent[label] ?? 0) + cpuNow() - c;
    }
  };
}
function take(): Record<string, number> {
  const out = { ...spent };
  for (const k of Object.keys(spent)) delete spent[k];
  return out;
}

async function main(): Promise<void> {
  const list = await images();
  const assets = nodeAssets();
  const engine = new PpOcrEngine(assets);
  const tesseract = new TesseractEngine(assets);
  // ort's session.run (both models), the engine's calls around it (resizing, normalising, CTC), tesseract.
  // Which model: the recogniser's input is PPOCR_REC_HEIGHT (48) high, the detector's a multiple of 32.
  const proto = (ort.InferenceSession as unknown as { prototype: ort.InferenceSession }).prototype;
  const run = proto.run;
  proto.run = async function (this: ort.InferenceSession, ...a: Parameters<typeof run>) {
    const feeds = a[0] as Record<string, ort.Tensor>;
    const label = Object.values(feeds)[0]!.dims[2] === 48 ? 'ortRec' : 'ortDet';
    const c = cpuNow();
    try {
      return await run.apply(this, a);
    } finally {
      spent[label] = (spent[label] ?? 0) + cpuNow() - c;
    }
  } as typeof run;
  timed(engine, 'detect', 'detect');
  timed(engine, 'recognise', 'recognise');
  // Warm both engines (models, wasm, language data) on the first image.
  await readImageText(await decodeInNode(list[0]!.bytes), engine, tesseract);
  console.log(`${list.length} images, ${RUNS} runs each; ms median (wall / cpu); load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('wall: planes = toPlanes alone; detect/recog/tess = readImageText stages. CPU split: detJS = engine.detect minus its model run');
  console.log('(resizing, normalising), ortDet = detector model; recJS/ortRec likewise; rest = toPlanes, DB, warps, stacking, merge and');
  console.log("tesseract's worker thread (it reads alongside recognition, so its wall time overlaps recog)");
  console.log('image                  size       lines  planes  detect   recog    tess   total wall  total cpu |  detJS ortDet  recJS ortRec   rest');
  const totalsWall: number[] = [];
  const totalsCpu: number[] = [];
  for (const { name, bytes } of list) {
    const image = await decodeInNode(bytes);
    const rows: Record<string, number[]> = { planes: [], detect: [], recognise: [], tesseract: [], wall: [], cpu: [], detJS: [], ortDet: [], recJS: [], ortRec: [], rest: [] };
    let lines = 0;
    let last: Awaited<ReturnType<typeof readImageText>> | undefined;
    for (let run = 0; run < RUNS; run++) {
      const t0 = performance.now();
      const c0 = cpuNow();
      toPlanes(image);
      rows.planes!.push(performance.now() - t0);
      const t1 = performance.now();
      const c1 = cpuNow();
      take();
      const reading = await readImageText(image, engine, tesseract);
      rows.wall!.push(performance.now() - t1);
      rows.cpu!.push(cpuNow() - c1);
      void c0;
      const s = take();
      rows.ortDet!.push(s.ortDet ?? 0);
      rows.ortRec!.push(s.ortRec ?? 0);
      rows.detJS!.push((s.detect ?? 0) - (s.ortDet ?? 0));
      rows.recJS!.push((s.recognise ?? 0) - (s.ortRec ?? 0));
      rows.rest!.push(cpuNow() - c1 - (s.detect ?? 0) - (s.recognise ?? 0));
      rows.detect!.push(reading.ms.detect);
      rows.recognise!.push(reading.ms.recognise);
      rows.tesseract!.push(reading.ms.tesseract);
      lines = reading.lines.length;
      last = reading;
    }
    totalsWall.push(...rows.wall!);
    totalsCpu.push(...rows.cpu!);
    const m = (k: string) => `${Math.round(percentile(rows[k]!, 50))}`.padStart(7);
    console.log(
      `${name.padEnd(22)} ${`${image.width}x${image.height}`.padEnd(10)} ${`${lines}`.padStart(5)} ${m('planes')} ${m('detect')} ${m('recognise')} ${m('tesseract')} ${m('wall')}     ${m('cpu')} |${['detJS', 'ortDet', 'recJS', 'ortRec', 'rest'].map(m).join('')}`,
    );
    if (args.includes('--lines') && last) {
      for (const l of last.lines)
        console.log(`    pp ${l.ppConfidence.toFixed(2)} ${JSON.stringify(l.pp)} | tess ${l.tesseractConfidence ?? '-'} ${JSON.stringify(l.tesseract ?? '')} → ${JSON.stringify(l.primary ?? '')}${l.extra ? ` + ${JSON.stringify(l.extra)}` : ''}`);
      console.log(`    text: ${JSON.stringify(last.text)}`);
    }
  }
  const corpusWall = totalsWall.slice(args.includes('--no-photo') ? 0 : RUNS);
  const corpusCpu = totalsCpu.slice(args.includes('--no-photo') ? 0 : RUNS);
  if (corpusWall.length)
    console.log(`corpus images: wall median ${Math.round(percentile(corpusWall, 50))} p95 ${Math.round(percentile(corpusWall, 95))}; cpu median ${Math.round(percentile(corpusCpu, 50))} p95 ${Math.round(percentile(corpusCpu, 95))}`);
  console.log(`load after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  await Promise.all([engine.reset(), tesseract.reset()]);
}

await main();
