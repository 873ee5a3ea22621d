/**
 * DB (Differentiable Binarization) post-processing, after PaddleOCR's
 * DBPostProcess: the detector gives every pixel a text probability; pixels
 * over `threshold` form regions; each region's minimum-area rectangle is kept
 * if the region's mean probability reaches `boxThreshold`, then "unclipped"
 * (grown, because the network marks a shrunk core of each line). Regions are
 * found as 8-connected components rather than OpenCV contours: same regions,
 * no OpenCV. Pure.
 */
import { minAreaRect, rectCorners, unclipRect, type Point, type Quad, type RotatedRect } from './geometry';

export interface DbOptions {
  threshold: number;
  boxThreshold: number;
  unclipRatio: number;
  /** Shorter side below this (map pixels) is noise. */
  minSize: number;
  maxCandidates: number;
}

export const DB_DEFAULTS: DbOptions = { threshold: 0.3, boxThreshold: 0.6, unclipRatio: 1.5, minSize: 3, maxCandidates: 1000 };

export interface DetectedBox {
  /** Corners in probability-map pixels: top-left, top-right, bottom-right, bottom-left. */
  quad: Quad;
  rect: RotatedRect;
  /** Mean text probability over the region. */
  score: number;
}

/** The 8-connected components of `mask`, each as its pixel indices. */
export function components(mask: Uint8Array, width: number, height: number, limit = Infinity): number[][] {
  const seen = new Uint8Array(mask.length);
  const out: number[][] = [];
  const stack: number[] = [];
  for (let start = 0; start < mask.length && out.length < limit; start++) {
    if (!mask[start] || seen[start]) continue;
    const pixels: number[] = [];
    seen[start] = 1;
    stack.push(start);
    while (stack.length) {
      const i = stack.pop()!;
      pixels.push(i);
      const x = i % width;
      const y = (i - x) / width;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= width) continue;
          const j = ny * width + nx;
          if (mask[j] && !seen[j]) {
            seen[j] = 1;
            stack.push(j);
          }
        }
      }
    }
    out.push(pixels);
  }
  return out;
}

/** Text boxes in a probability map (values 0-1, width×height). */
export function dbBoxes(prob: Float32Array, width: number, height: number, options: Partial<DbOptions> = {}): DetectedBox[] {
  const o = { ...DB_DEFAULTS, ...options };
  const mask = new Uint8Array(prob.length);
  for (let i = 0; i < prob.length; i++) mask[i] = prob[i]! > o.threshold ? 1 : 0;
  const boxes: DetectedBox[] = [];
  for (const pixels of components(mask, width, height, o.maxCandidates)) {
    if (pixels.length < o.minSize) continue;
    const points: Point[] = pixels.map((i) => ({ x: i % width, y: Math.floor(i / width) }));
    const rect = minAreaRect(points);
    if (Math.min(rect.width, rect.height) < o.minSize) continue;
    // The region's own mean probability (PaddleOCR's "slow" score, over the
    // region rather than its rectangle): handwriting and script lines fill
    // little of their rectangle, and the rectangle's mean (0.51 on a
    // whiteboard's handwritten lines) dropped whole lines. Texture that the
    // detector half-believes still falls under it; what passes and is not
    // text is dropped by the recogniser's confidence (merge.ts).
    let sum = 0;
    for (const i of pixels) sum += prob[i]!;
    const score = sum / pixels.length;
    if (score < o.boxThreshold) continue;
    const grown = unclipRect(rect, o.unclipRatio);
    if (Math.min(grown.width, grown.height) < o.minSize + 2) continue;
    boxes.push({ quad: rectCorners(grown), rect: grown, score });
  }
  return boxes;
}
