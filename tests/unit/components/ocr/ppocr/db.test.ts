import { describe, expect, test } from 'vitest';
import { components, dbBoxes } from '../../../../../components/ocr/ppocr/db';

/** A probability map with the given filled rectangles (value v) on a background of `bg`. */
function map(width: number, height: number, rects: { x: number; y: number; w: number; h: number; v?: number }[], bg = 0) {
  const prob = new Float32Array(width * height).fill(bg);
  for (const r of rects) for (let y = r.y; y < r.y + r.h; y++) for (let x = r.x; x < r.x + r.w; x++) prob[y * width + x] = r.v ?? 0.9;
  return prob;
}

describe('components', () => {
  test('8-connected: diagonal neighbours join, separated pixels do not', () => {
    const mask = new Uint8Array([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1]);
    const parts = components(mask, 4, 3).map((p) => p.sort((a, b) => a - b));
    expect(parts).toEqual([[0, 5], [11]]);
  });
});

describe('dbBoxes', () => {
  test('an empty map gives no boxes (a blank image reads as nothing)', () => {
    expect(dbBoxes(new Float32Array(64 * 64), 64, 64)).toEqual([]);
  });

  test('one horizontal line: one box, grown by the unclip distance on every side', () => {
    const boxes = dbBoxes(map(100, 40, [{ x: 10, y: 15, w: 60, h: 8 }]), 100, 40);
    expect(boxes).toHaveLength(1);
    const { rect, score } = boxes[0]!;
    expect(score).toBeCloseTo(0.9, 5);
    // Core 59×7 (pixel centres); distance = 59·7·1.5 / (2·66) ≈ 4.69 px a side.
    const d = (59 * 7 * 1.5) / (2 * (59 + 7));
    expect(rect.width).toBeCloseTo(59 + 2 * d, 3);
    expect(rect.height).toBeCloseTo(7 + 2 * d, 3);
    expect(rect.cx).toBeCloseTo(39.5, 5);
    expect(rect.cy).toBeCloseTo(18.5, 5);
    expect(Math.abs(rect.angle)).toBeLessThan(1e-9);
  });

  test('a handwritten-like region that fills little of its rectangle is kept (scored over the region)', () => {
    // A zig-zag stroke: about a third of its bounding rectangle.
    const width = 120;
    const height = 40;
    const prob = new Float32Array(width * height);
    for (let x = 10; x < 110; x++) {
      const y = 10 + Math.round(10 + 8 * Math.sin(x / 4));
      for (let dy = -2; dy <= 2; dy++) prob[(y + dy) * width + x] = 0.95;
    }
    const boxes = dbBoxes(prob, width, height);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.score).toBeCloseTo(0.95, 5);
  });

  test('two lines stay two boxes; regions under the box threshold and specks are dropped', () => {
    const prob = map(120, 60, [
      { x: 5, y: 5, w: 50, h: 6 },
      { x: 5, y: 30, w: 80, h: 6 },
      { x: 90, y: 5, w: 20, h: 6, v: 0.45 }, // over the pixel threshold, under the box threshold
      { x: 100, y: 50, w: 2, h: 2 }, // a speck
    ]);
    const boxes = dbBoxes(prob, 120, 60);
    expect(boxes.map((b) => Math.round(b.rect.cy)).sort((a, b) => a - b)).toEqual([8, 33]);
  });

  test('a tilted line gives a box at its angle', () => {
    const width = 200;
    const height = 120;
    const prob = new Float32Array(width * height);
    const angle = (10 * Math.PI) / 180;
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const u = (x - 100) * Math.cos(angle) + (y - 60) * Math.sin(angle);
        const v = -(x - 100) * Math.sin(angle) + (y - 60) * Math.cos(angle);
        if (Math.abs(u) < 70 && Math.abs(v) < 5) prob[y * width + x] = 0.95;
      }
    const [box] = dbBoxes(prob, width, height);
    expect(box!.rect.angle).toBeCloseTo(angle, 1);
    expect(box!.rect.width).toBeGreaterThan(140);
  });
});
