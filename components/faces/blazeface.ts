/**
 * BlazeFace's output, decoded in plain TypeScript: the detector runs Human's
 * BlazeFace graph itself (components/faces/detector.ts) on an input of any
 * size, once per scale (components/faces/scales.ts).
 * The maths follows @vladmandic/human 3.3.6 (src/face/blazeface.ts,
 * facemeshutil.ts), so boxes match what Human reported. Pure: no tfjs.
 */
import type { Rect } from './scales';

/**
 * BlazeFace's two heads: a grid of cells `stride` input pixels apart
 * (16 and 32), `perCell` anchors per cell (2 and 6). Laid out as the graph
 * outputs them before its final reshape, row by row, then anchor by anchor:
 * `logits[(row * cols + col) * perCell + a]`, and 16 numbers an anchor in
 * `regressors` (centre dx, dy, width, height, then 6 landmarks, in input pixels).
 */
export interface BlazeFaceHead {
  rows: number;
  cols: number;
  perCell: number;
  stride: number;
  logits: ArrayLike<number>;
  regressors: ArrayLike<number>;
}

/** A box BlazeFace found, in pixels of its input, with its confidence (0-1). */
export interface ScoredBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  score: number;
}

const REGRESSORS_PER_ANCHOR = 16;

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** A sigmoid score above `minScore` means a logit above this (no exp for the thousands of empty anchors). */
const logitOf = (p: number) => Math.log(p / (1 - p));

/**
 * The boxes of one head whose score is above `minScore`. Anchor centres sit
 * in the middle of their cell (stride × (col + 0.5)); BlazeFace's unit
 * anchors mean the regressed width and height are the box's own.
 */
export function decodeHead(head: BlazeFaceHead, minScore: number): ScoredBox[] {
  const { rows, cols, perCell, stride, logits, regressors } = head;
  const count = rows * cols * perCell;
  if (logits.length !== count || regressors.length !== count * REGRESSORS_PER_ANCHOR) {
    throw new RangeError(`BlazeFace head ${rows}x${cols}x${perCell}: ${logits.length} scores, ${regressors.length} regressors`);
  }
  const minLogit = logitOf(minScore);
  const out: ScoredBox[] = [];
  for (let i = 0; i < count; i++) {
    if (!(logits[i]! > minLogit)) continue;
    const cell = Math.floor(i / perCell);
    const anchorX = stride * ((cell % cols) + 0.5);
    const anchorY = stride * (Math.floor(cell / cols) + 0.5);
    const r = i * REGRESSORS_PER_ANCHOR;
    const cx = regressors[r]! + anchorX;
    const cy = regressors[r + 1]! + anchorY;
    const w = regressors[r + 2]!;
    const h = regressors[r + 3]!;
    out.push({ x1: cx - w / 2, y1: cy - h / 2, x2: cx + w / 2, y2: cy + h / 2, score: sigmoid(logits[i]!) });
  }
  return out;
}

/** Intersection over union, as tfjs's non-max suppression measures it (corners in any order). */
export function iou(a: ScoredBox, b: ScoredBox): number {
  const ax1 = Math.min(a.x1, a.x2), ax2 = Math.max(a.x1, a.x2), ay1 = Math.min(a.y1, a.y2), ay2 = Math.max(a.y1, a.y2);
  const bx1 = Math.min(b.x1, b.x2), bx2 = Math.max(b.x1, b.x2), by1 = Math.min(b.y1, b.y2), by2 = Math.max(b.y1, b.y2);
  const areaA = (ax2 - ax1) * (ay2 - ay1);
  const areaB = (bx2 - bx1) * (by2 - by1);
  if (areaA <= 0 || areaB <= 0) return 0;
  const w = Math.max(0, Math.min(ax2, bx2) - Math.max(ax1, bx1));
  const h = Math.max(0, Math.min(ay2, by2) - Math.max(ay1, by1));
  const inter = w * h;
  return inter / (areaA + areaB - inter);
}

/** A face-like box kept by non-max suppression, and the weaker boxes of the same thing it suppressed. */
export interface BoxCluster {
  box: ScoredBox;
  /** Suppressed boxes overlapping `box` by more than the threshold, best first. */
  others: ScoredBox[];
}

/**
 * Greedy non-max suppression (tfjs's nonMaxSuppression, which Human uses):
 * best score first; a box overlapping a kept one by more than `maxIou` is
 * the same face and joins the first (best) kept box it overlaps. At most
 * `maxBoxes` kept.
 */
export function clusterBoxes(boxes: readonly ScoredBox[], maxIou: number, maxBoxes: number): BoxCluster[] {
  const sorted = [...boxes].sort((a, b) => b.score - a.score);
  const kept: BoxCluster[] = [];
  for (const box of sorted) {
    const same = kept.find((k) => iou(k.box, box) > maxIou);
    if (same) same.others.push(box);
    else if (kept.length < maxBoxes) kept.push({ box, others: [] });
  }
  return kept;
}

/** A box in pixels of a scaled input, in pixels of the image it was scaled from (`scaleX`, `scaleY`: image px per input px). */
export function toImagePixels(box: ScoredBox, scaleX: number, scaleY: number): ScoredBox {
  return { x1: box.x1 * scaleX, y1: box.y1 * scaleY, x2: box.x2 * scaleX, y2: box.y2 * scaleY, score: box.score };
}

/**
 * The square FaceMesh looks at for a BlazeFace box: 1.4 times the box
 * (Human's detector.scale: forehead, chin), squared on its longer side,
 * corners rounded (Human's enlargeBox + squarifyBox).
 */
export function meshCrop(box: ScoredBox, enlarge = 1.4): Rect {
  const cx = (box.x1 + box.x2) / 2;
  const cy = (box.y1 + box.y2) / 2;
  const half = (Math.max(Math.abs(box.x2 - box.x1), Math.abs(box.y2 - box.y1)) * enlarge) / 2;
  const x1 = Math.round(cx - half);
  const y1 = Math.round(cy - half);
  return { x: x1, y: y1, width: Math.round(cx + half) - x1, height: Math.round(cy + half) - y1 };
}

/**
 * The face box Human reports after the mesh fits: the crop's size, centred
 * on the middle of the mesh's landmarks (`mesh`: x, y, z triples in the
 * crop's `meshSize` px input), clipped to the image, whole pixels.
 */
export function meshFaceBox(crop: Rect, mesh: ArrayLike<number>, meshSize: number, imageWidth: number, imageHeight: number): Rect {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  const cropCx = crop.x + crop.width / 2;
  const cropCy = crop.y + crop.height / 2;
  for (let i = 0; i + 1 < mesh.length; i += 3) {
    const x = Math.trunc((crop.width / meshSize) * (mesh[i]! - meshSize / 2) + cropCx);
    const y = Math.trunc((crop.height / meshSize) * (mesh[i + 1]! - meshSize / 2) + cropCy);
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const cx = mesh.length >= 3 ? (minX + maxX) / 2 : cropCx;
  const cy = mesh.length >= 3 ? (minY + maxY) / 2 : cropCy;
  return clampBox({ x: cx - crop.width / 2, y: cy - crop.height / 2, width: crop.width, height: crop.height }, imageWidth, imageHeight);
}

/** A box clipped to the image, whole pixels (Human's clampBox). */
export function clampBox(box: Rect, imageWidth: number, imageHeight: number): Rect {
  const x = Math.max(0, box.x);
  const y = Math.max(0, box.y);
  return {
    x: Math.trunc(x),
    y: Math.trunc(y),
    width: Math.trunc(Math.min(imageWidth, box.x + box.width) - x),
    height: Math.trunc(Math.min(imageHeight, box.y + box.height) - y),
  };
}
