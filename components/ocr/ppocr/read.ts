/**
 * The text of an image: PP-OCR finds the lines, each line is straightened
 * and read by PP-OCR's recogniser (word spaces restored from gaps) and by
 * tesseract, and the two readings are merged. Runtime-agnostic: engines come in.
 */
import type { RgbaImage } from '../../vision/types';
import { toPlanes } from '../../vision/pixels';
import { PPOCR_DET_MAX_SIDE, TESSERACT_LINE_HEIGHT } from '../config';
import { planePgm, stretchPlane } from '../preprocess';
import type { TesseractEngine, TesseractLine } from '../tesseract';
import { meanConfidence, withSpaces } from './ctc';
import { rotatePlaneLeft, warpQuad, type Plane } from './crop';
import { dbBoxes } from './db';
import type { PpOcrEngine } from './engine';
import type { Quad } from './geometry';
import { assembleLines, mergeLine, type PlacedLine } from './merge';
import { resizePlane } from '../../vision/pixels';
import { releaseArray } from '../../vision/release';

/** Detector input size: longest side PPOCR_DET_MAX_SIDE (small images grow, at most 3×), both sides multiples of 32. */
export function detectorSize(width: number, height: number, maxSide = PPOCR_DET_MAX_SIDE): { width: number; height: number } {
  const scale = Math.min(3, maxSide / Math.max(width, height));
  const round32 = (v: number) => Math.max(32, Math.round((v * scale) / 32) * 32);
  return { width: round32(width), height: round32(height) };
}

export interface ReadLine extends PlacedLine {
  quad: Quad;
  pp: string;
  ppConfidence: number;
  tesseract?: string;
  tesseractConfidence?: number;
  primary?: string;
  extra?: string;
}

/** A line of the image's text with its box in fractions of the image (rules/types.ts ImageLine). */
export interface TextLine {
  text: string;
  box: { x: number; y: number; w: number; h: number };
}

export interface TextReading {
  text: string;
  /** The text's lines in reading order, with boxes (fractions of the image): what the rules read. */
  textLines: TextLine[];
  /** Every detected box with both readings: benches and the evaluation. */
  lines: ReadLine[];
  /** Wall-clock ms per stage; tesseract runs alongside recognition (the two overlap). */
  ms: { detect: number; recognise: number; tesseract: number };
}

/**
 * `signal` is checked between stages: once the run was given up (its
 * deadline passed) it must not go on using the CPU, or restart an engine the
 * host has already released.
 */
export async function readImageText(
  image: RgbaImage,
  engine: PpOcrEngine,
  tesseract?: TesseractEngine,
  signal?: AbortSignal,
): Promise<TextReading> {
  const ms = { detect: 0, recognise: 0, tesseract: 0 };
  let t = performance.now();
  const planes: Plane[] = toPlanes(image).map((data) => ({ width: image.width, height: image.height, data }));
  const size = detectorSize(image.width, image.height);
  const prob = await engine.detect(planes, size.width, size.height);
  const sx = image.width / size.width;
  const sy = image.height / size.height;
  signal?.throwIfAborted();
  const boxes = dbBoxes(prob, size.width, size.height);
  ms.detect = performance.now() - t;
  if (boxes.length === 0) {
    for (const plane of planes) releaseArray(plane.data);
    return { text: '', textLines: [], lines: [], ms };
  }

  t = performance.now();
  const lines: ReadLine[] = [];
  const crops: Plane[][] = [];
  for (const box of boxes) {
    const quad = box.quad.map((p) => ({ x: p.x * sx, y: p.y * sy })) as Quad;
    let crop = warpQuad(planes, quad);
    // A line much taller than wide is written downwards: turn it to read across.
    if (crop[0]!.height >= 1.5 * crop[0]!.width) crop = crop.map(rotatePlaneLeft);
    crops.push(crop);
    lines.push({
      quad,
      cx: box.rect.cx * sx,
      cy: box.rect.cy * sy,
      width: box.rect.width * Math.hypot(sx * Math.cos(box.rect.angle), sy * Math.sin(box.rect.angle)),
      height: box.rect.height * Math.hypot(sx * Math.sin(box.rect.angle), sy * Math.cos(box.rect.angle)),
      angle: box.rect.angle,
      pp: '',
      ppConfidence: 0,
    });
  }
  // The full-size colour planes (3 × 4 bytes a pixel: 38 MB for 2048×1536) are done with once the lines are cut out.
  for (const plane of planes) releaseArray(plane.data);
  signal?.throwIfAborted();
  // tesseract reads in its own worker while PP-OCR's recogniser runs here:
  // the two readings overlap, so ms.tesseract and ms.recognise overlap too.
  // (12 MP photo, 2026-11-30: ~0.3 s of tesseract off the wall clock.)
  const tStart = performance.now();
  const stacked = tesseract
    ? readStacked(crops, tesseract).then((read) => {
        ms.tesseract = performance.now() - tStart;
        return read;
      })
    : undefined;
  // Given up while recognising: the reading is dropped, its failure must not go unhandled.
  stacked?.catch(() => undefined);
  const recognised = await engine.recognise(crops);
  signal?.throwIfAborted();
  recognised.forEach((r, i) => {
    lines[i]!.pp = withSpaces(r.chars, r.stepPx, r.heightPx);
    lines[i]!.ppConfidence = meanConfidence(r.chars);
  });
  ms.recognise = performance.now() - t;

  if (stacked) {
    const read = await stacked;
    signal?.throwIfAborted();
    read.forEach((line, i) => {
      if (!line) return;
      lines[i]!.tesseract = line.text;
      lines[i]!.tesseractConfidence = line.confidence;
    });
  }

  for (const line of lines) Object.assign(line, mergeLine(line));
  const textLines = assembleLines(lines).map((l) => ({ text: l.text, box: fractionBox(l.box, image.width, image.height) }));
  return { text: textLines.map((l) => l.text).join('\n'), textLines, lines, ms };
}

/** A pixel box as fractions of the image, clamped to it (a grown DB box may reach past an edge). */
function fractionBox(box: TextLine['box'], width: number, height: number): TextLine['box'] {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const x = clamp(box.x / width);
  const y = clamp(box.y / height);
  return { x, y, w: clamp(box.x / width + box.w / width) - x, h: clamp(box.y / height + box.h / height) - y };
}

/** Gap between stacked crops, and page margin, in pixels. */
const STACK_GAP = 24;

/** Stacked-page geometry: where crop i starts (y) and the page size. */
export function stackLayout(sizes: readonly { width: number; height: number }[], lineHeight = TESSERACT_LINE_HEIGHT, maxWidth = 2400) {
  const widths = sizes.map((s) => Math.max(1, Math.min(maxWidth, Math.round((lineHeight * s.width) / Math.max(1, s.height)))));
  const tops = widths.map((_, i) => STACK_GAP + i * (lineHeight + STACK_GAP));
  return { widths, tops, width: Math.max(...widths) + 2 * STACK_GAP, height: STACK_GAP + sizes.length * (lineHeight + STACK_GAP) };
}

/**
 * tesseract reads all the straightened crops in one call: stacked on one
 * white page, each at TESSERACT_LINE_HEIGHT, dark text on light (a light-on-
 * dark crop is inverted). One call instead of one per line: its per-call
 * cost is most of the time for short lines. Each line tesseract returns is
 * given back to the crop its middle falls on.
 */
export async function readStacked(crops: readonly Plane[][], tesseract: TesseractEngine): Promise<(TesseractLine | undefined)[]> {
  const layout = stackLayout(crops.map((c) => c[0]!));
  const page = new Float32Array(layout.width * layout.height).fill(255);
  crops.forEach((crop, i) => {
    const [r, g, b] = crop as [Plane, Plane, Plane];
    const gray = new Float32Array(r.data.length);
    for (let k = 0; k < gray.length; k++) gray[k] = 0.299 * r.data[k]! + 0.587 * g.data[k]! + 0.114 * b.data[k]!;
    const w = layout.widths[i]!;
    const h = TESSERACT_LINE_HEIGHT;
    const scaled = resizePlane(gray, r.width, r.height, w, h);
    stretchPlane(scaled);
    let sum = 0;
    for (const v of scaled) sum += v;
    const invert = sum / scaled.length < 128;
    for (let y = 0; y < h; y++) {
      const row = (layout.tops[i]! + y) * layout.width + STACK_GAP;
      for (let x = 0; x < w; x++) page[row + x] = invert ? 255 - scaled[y * w + x]! : scaled[y * w + x]!;
    }
  });
  const pgm = planePgm(page, layout.width, layout.height);
  releaseArray(page);
  const { lines } = await tesseract.readLines(pgm, '6');
  const out: (TesseractLine | undefined)[] = crops.map(() => undefined);
  for (const line of lines) {
    const middle = (line.bbox.y0 + line.bbox.y1) / 2;
    const index = Math.floor((middle - STACK_GAP / 2) / (TESSERACT_LINE_HEIGHT + STACK_GAP));
    if (index < 0 || index >= crops.length) continue;
    const previous = out[index];
    out[index] = previous
      ? { ...previous, text: `${previous.text} ${line.text}`, words: [...previous.words, ...line.words], confidence: Math.min(previous.confidence, line.confidence) }
      : line;
  }
  return out;
}
