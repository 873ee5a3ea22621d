/**
 * The human faces of one image as one list: a face that two of BlazeFace's
 * boxes found (at both scales, or two boxes FaceMesh both fitted) is
 * reported once, and each face becomes a box in fractions of the image. Pure.
 */
import { FACE_MERGE_OVERLAP, type FaceBox } from './config';
import type { Rect } from './scales';

/** A face found in one region, in pixels of the (scaled) image, with its scores. */
export interface FaceCandidate extends Rect {
  /** BlazeFace: how sure it is there is a face-like thing here (0-1). */
  boxScore: number;
  /** Human's faceScore as reported (the mesh's confidence when the mesh ran). */
  faceScore?: number;
  /** FaceMesh: how well a human face's 468 landmarks fit it (0-1); 0 when no mesh was fitted. */
  meshScore: number;
}

function area(r: Rect): number {
  return Math.max(0, r.width) * Math.max(0, r.height);
}

/** Intersection over the smaller box: a tight box of a face inside a looser box of the same face still matches it. */
export function overlapOfSmaller(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  const smaller = Math.min(area(a), area(b));
  return smaller > 0 ? (w * h) / smaller : 0;
}

/**
 * One candidate per face: candidates are taken best first (mesh score, then
 * box score, then larger), and any that overlaps a kept one by `minOverlap`
 * is the same face; the best-fitted box of each face is the one kept.
 */
export function mergeCandidates(candidates: readonly FaceCandidate[], minOverlap = FACE_MERGE_OVERLAP): FaceCandidate[] {
  const sorted = [...candidates].sort(
    (a, b) => b.meshScore - a.meshScore || b.boxScore - a.boxScore || area(b) - area(a),
  );
  const kept: FaceCandidate[] = [];
  for (const c of sorted) {
    if (kept.some((k) => overlapOfSmaller(k, c) >= minOverlap)) continue;
    kept.push(c);
  }
  // Reading order: top to bottom, then left to right.
  return kept.sort((a, b) => a.y - b.y || a.x - b.x);
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** A pixel box as fractions of the image (RULES.md: {x, y, w, h}), clipped to the picture. */
export function toFraction(box: Rect, width: number, height: number): FaceBox {
  const x0 = Math.max(0, Math.min(width, box.x));
  const y0 = Math.max(0, Math.min(height, box.y));
  const x1 = Math.max(0, Math.min(width, box.x + box.width));
  const y1 = Math.max(0, Math.min(height, box.y + box.height));
  return { x: round4(x0 / width), y: round4(y0 / height), w: round4((x1 - x0) / width), h: round4((y1 - y0) / height) };
}
