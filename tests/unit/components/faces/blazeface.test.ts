import { describe, expect, it } from 'vitest';
import {
  clampBox,
  decodeHead,
  clusterBoxes,
  iou,
  meshCrop,
  meshFaceBox,
  toImagePixels,
  type BlazeFaceHead,
  type ScoredBox,
} from '../../../../components/faces/blazeface';

const logit = (p: number) => Math.log(p / (1 - p));

/** A head with every anchor scoring 0.01 except the ones given: anchor index → [score, dx, dy, w, h]. */
function head(rows: number, cols: number, perCell: number, stride: number, hits: Record<number, [number, number, number, number, number]>): BlazeFaceHead {
  const count = rows * cols * perCell;
  const logits = new Float32Array(count).fill(logit(0.01));
  const regressors = new Float32Array(count * 16);
  for (const [index, [score, dx, dy, w, h]] of Object.entries(hits)) {
    const i = Number(index);
    logits[i] = logit(score);
    regressors.set([dx, dy, w, h], i * 16);
  }
  return { rows, cols, perCell, stride, logits, regressors };
}

const box = (x1: number, y1: number, x2: number, y2: number, score = 0.9): ScoredBox => ({ x1, y1, x2, y2, score });

describe('decodeHead', () => {
  // Anchor index → cell (row-major, anchors of a cell adjacent) → anchor centre stride × (col/row + 0.5).
  it.each([
    // rows, cols, perCell, stride, anchor index, expected centre
    [16, 16, 2, 16, [0], [8, 8]],
    [16, 16, 2, 16, [1], [8, 8]],
    [16, 16, 2, 16, [2], [24, 8]],
    [16, 16, 2, 16, [32], [8, 24]],
    [16, 16, 2, 16, [511], [248, 248]],
    [8, 8, 6, 32, [5], [16, 16]],
    [8, 8, 6, 32, [6], [48, 16]],
    [8, 8, 6, 32, [383], [240, 240]],
    // A 640x480 input: 40 columns, 30 rows; the last anchor is at the bottom right.
    [30, 40, 2, 16, [2 * 40 * 30 - 1], [632, 472]],
    [30, 40, 2, 16, [2 * 40], [8, 24]],
  ] as const)('%ix%i grid, %i per cell, stride %i: anchor %j is centred at %j', (rows, cols, perCell, stride, [index], [cx, cy]) => {
    const [found] = decodeHead(head(rows, cols, perCell, stride, { [index]: [0.9, 0, 0, 20, 10] }), 0.5);
    expect(found).toBeDefined();
    expect((found!.x1 + found!.x2) / 2).toBeCloseTo(cx);
    expect((found!.y1 + found!.y2) / 2).toBeCloseTo(cy);
    expect(found!.x2 - found!.x1).toBeCloseTo(20);
    expect(found!.y2 - found!.y1).toBeCloseTo(10);
  });

  it('adds the regressed offset to the anchor and keeps the sigmoid score', () => {
    const [found] = decodeHead(head(16, 16, 2, 16, { 2: [0.8, 5, -3, 40, 50] }), 0.5);
    expect(found!.x1).toBeCloseTo(24 + 5 - 20);
    expect(found!.y1).toBeCloseTo(8 - 3 - 25);
    expect(found!.x2).toBeCloseTo(24 + 5 + 20);
    expect(found!.y2).toBeCloseTo(8 - 3 + 25);
    expect(found!.score).toBeCloseTo(0.8, 5);
  });

  it('keeps only scores above the minimum (strictly, as tfjs does)', () => {
    const decoded = decodeHead(head(8, 8, 6, 32, { 0: [0.49, 0, 0, 9, 9], 7: [0.51, 0, 0, 9, 9], 8: [0.95, 0, 0, 9, 9] }), 0.5);
    expect(decoded.map((b) => Math.round(b.score * 100))).toEqual([51, 95]);
    expect(decodeHead(head(8, 8, 6, 32, {}), 0.5)).toEqual([]);
  });

  it('refuses outputs that do not fit the grid', () => {
    const h = head(16, 16, 2, 16, {});
    expect(() => decodeHead({ ...h, rows: 15 }, 0.5)).toThrow(RangeError);
    expect(() => decodeHead({ ...h, regressors: (h.regressors as Float32Array).subarray(16) }, 0.5)).toThrow(RangeError);
  });
});

/** The scores of the boxes non-max suppression keeps: one cluster a face. */
const keptScores = (boxes: Parameters<typeof clusterBoxes>[0], maxIou: number, maxBoxes: number) =>
  clusterBoxes(boxes, maxIou, maxBoxes).map((c) => c.box.score);

describe('iou and clusterBoxes', () => {
  it.each([
    [box(0, 0, 10, 10), box(0, 0, 10, 10), 1],
    [box(0, 0, 10, 10), box(5, 0, 15, 10), 50 / 150],
    [box(0, 0, 10, 10), box(10, 0, 20, 10), 0],
    [box(0, 0, 10, 10), box(2, 2, 4, 4), 4 / 100],
    [box(10, 10, 0, 0), box(0, 0, 10, 10), 1],
    [box(0, 0, 0, 10), box(0, 0, 10, 10), 0],
  ])('iou(%j, %j) = %d', (a, b, expected) => {
    expect(iou(a, b)).toBeCloseTo(expected);
    expect(iou(b, a)).toBeCloseTo(expected);
  });

  it('keeps the best box of each face, drops overlapping ones, and stops at the maximum', () => {
    const boxes = [box(0, 0, 10, 10, 0.7), box(1, 0, 11, 10, 0.9), box(50, 50, 60, 60, 0.8), box(100, 0, 110, 10, 0.6)];
    expect(keptScores(boxes, 0.3, 10)).toEqual([0.9, 0.8, 0.6]);
    expect(keptScores(boxes, 0.3, 2)).toEqual([0.9, 0.8]);
    // Overlap exactly at the threshold is kept (suppressed only above it).
    expect(keptScores([box(0, 0, 10, 10, 0.9), box(5, 0, 15, 10, 0.8)], 50 / 150, 10)).toHaveLength(2);
    expect(keptScores([box(0, 0, 10, 10, 0.9), box(5, 0, 15, 10, 0.8)], 0.3, 10)).toHaveLength(1);
  });

  it('clusterBoxes hangs each suppressed box on the best kept box it overlaps, best first', () => {
    const clusters = clusterBoxes([box(1, 0, 11, 10, 0.7), box(0, 0, 10, 10, 0.9), box(50, 50, 60, 60, 0.8), box(2, 0, 12, 10, 0.8), box(51, 50, 61, 60, 0.6)], 0.3, 10);
    expect(clusters.map((c) => [c.box.score, c.others.map((o) => o.score)])).toEqual([
      [0.9, [0.8, 0.7]],
      [0.8, [0.6]],
    ]);
    // Past the maximum, boxes of new faces are dropped but boxes of kept faces still join them.
    expect(clusterBoxes([box(0, 0, 10, 10, 0.9), box(50, 0, 60, 10, 0.8), box(1, 0, 11, 10, 0.7)], 0.3, 1).map((c) => c.others.length)).toEqual([1]);
  });

  it('a small face inside a large false box survives (union, not the smaller box, is the measure)', () => {
    expect(keptScores([box(0, 0, 400, 400, 0.95), box(100, 100, 140, 140, 0.7)], 0.3, 10)).toHaveLength(2);
  });
});

describe('boxes in the image', () => {
  it('toImagePixels scales x and y apart', () => {
    expect(toImagePixels(box(10, 20, 30, 40, 0.5), 2.5, 2)).toEqual(box(25, 40, 75, 80, 0.5));
  });

  it.each([
    // BlazeFace box → FaceMesh's square crop: 1.4x the longer side, same centre, rounded corners.
    [box(100, 100, 200, 200), { x: 80, y: 80, width: 140, height: 140 }],
    [box(100, 100, 200, 150), { x: 80, y: 55, width: 140, height: 140 }],
    [box(0, 0, 10, 20), { x: -9, y: -4, width: 28, height: 28 }],
  ])('meshCrop(%j) = %j', (b, crop) => {
    expect(meshCrop(b)).toEqual(crop);
  });

  it('meshFaceBox centres the crop-sized box on the middle of the landmarks', () => {
    const crop = { x: 100, y: 100, width: 192, height: 192 };
    // Landmarks spanning x 40-80, y 60-100 of the 192 px crop input: middle (60, 80), i.e. image (160, 180).
    const mesh = [40, 60, 0, 80, 100, 0, 60, 70, 0];
    expect(meshFaceBox(crop, mesh, 192, 1000, 1000)).toEqual({ x: 64, y: 84, width: 192, height: 192 });
    // A crop twice the input's size: landmark offsets scale by 2.
    expect(meshFaceBox({ x: 0, y: 0, width: 384, height: 384 }, [96, 96, 0, 106, 116, 0], 192, 1000, 1000)).toEqual({ x: 10, y: 20, width: 384, height: 384 });
    // Clipped to the image.
    expect(meshFaceBox(crop, mesh, 192, 200, 250)).toEqual({ x: 64, y: 84, width: 136, height: 166 });
  });

  it.each([
    [{ x: -5.5, y: 10.7, width: 20, height: 20 }, 100, 100, { x: 0, y: 10, width: 14, height: 20 }],
    [{ x: 90, y: 90, width: 20, height: 20 }, 100, 100, { x: 90, y: 90, width: 10, height: 10 }],
    [{ x: 10, y: 10, width: 20, height: 20 }, 100, 100, { x: 10, y: 10, width: 20, height: 20 }],
  ])('clampBox(%j, %i, %i) = %j', (b, w, h, expected) => {
    expect(clampBox(b, w, h)).toEqual(expected);
  });
});
