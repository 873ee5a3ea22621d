import { describe, expect, test } from 'vitest';
import { applyHomography, convexHull, homography, minAreaRect, quadSize, rectCorners, type Quad } from '../../../../../components/ocr/ppocr/geometry';
import { rotatePlaneLeft, warpQuad } from '../../../../../components/ocr/ppocr/crop';

describe('convexHull and minAreaRect', () => {
  test('the hull drops inner points', () => {
    const hull = convexHull([{ x: 0, y: 0 }, { x: 4, y: 0 }, { x: 4, y: 2 }, { x: 0, y: 2 }, { x: 2, y: 1 }]);
    expect(hull).toHaveLength(4);
    expect(hull).not.toContainEqual({ x: 2, y: 1 });
  });

  test('a rotated rectangle of points is found at its angle and size, width along the text', () => {
    const angle = 0.3;
    const points = [];
    for (let u = -50; u <= 50; u += 5) for (let v = -10; v <= 10; v += 5) points.push({ x: 100 + u * Math.cos(angle) - v * Math.sin(angle), y: 50 + u * Math.sin(angle) + v * Math.cos(angle) });
    const rect = minAreaRect(points);
    expect(rect.angle).toBeCloseTo(angle, 6);
    expect(rect.width).toBeCloseTo(100, 6);
    expect(rect.height).toBeCloseTo(20, 6);
    expect(rect.cx).toBeCloseTo(100, 6);
    expect(rect.cy).toBeCloseTo(50, 6);
  });

  test('corners come top-left, top-right, bottom-right, bottom-left', () => {
    const [tl, tr, br, bl] = rectCorners({ cx: 10, cy: 5, width: 20, height: 10, angle: 0 });
    expect([tl, tr, br, bl]).toEqual([{ x: 0, y: 0 }, { x: 20, y: 0 }, { x: 20, y: 10 }, { x: 0, y: 10 }]);
  });
});

describe('homography and perspective crop', () => {
  const quad: Quad = [{ x: 10, y: 20 }, { x: 90, y: 10 }, { x: 95, y: 50 }, { x: 5, y: 45 }];

  test('maps each corner onto its target', () => {
    const rect = [{ x: 0, y: 0 }, { x: 80, y: 0 }, { x: 80, y: 30 }, { x: 0, y: 30 }];
    const h = homography(rect, quad);
    rect.forEach((p, i) => {
      const q = applyHomography(h, p);
      expect(q.x).toBeCloseTo(quad[i]!.x, 6);
      expect(q.y).toBeCloseTo(quad[i]!.y, 6);
    });
  });

  test('a keystoned stripe comes out straight: the stripe fills the same rows across the crop', () => {
    // A source whose value is the distance, in quad-relative terms, from the top edge: draw a band
    // between 40% and 60% of the way from the quad's top edge to its bottom edge.
    const width = 100;
    const height = 60;
    const data = new Float32Array(width * height).fill(255);
    const h = homography([{ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 1, y: 1 }, { x: 0, y: 1 }], quad);
    for (let s = 0; s <= 1; s += 0.002)
      for (let t = 0.4; t <= 0.6; t += 0.01) {
        const p = applyHomography(h, { x: s, y: t });
        data[Math.round(p.y) * width + Math.round(p.x)] = 0;
      }
    const [out] = warpQuad([{ width, height, data }], quad);
    const size = quadSize(quad);
    expect(out!.width).toBe(size.width);
    expect(out!.height).toBe(size.height);
    // Middle rows dark at the left, middle and right; top and bottom rows light everywhere.
    const at = (fx: number, fy: number) => out!.data[Math.floor(fy * out!.height) * out!.width + Math.floor(fx * out!.width)]!;
    for (const fx of [0.1, 0.5, 0.9]) {
      expect(at(fx, 0.5)).toBeLessThan(80);
      expect(at(fx, 0.1)).toBeGreaterThan(200);
      expect(at(fx, 0.9)).toBeGreaterThan(200);
    }
  });

  test('rotatePlaneLeft turns a column into a row', () => {
    const plane = { width: 2, height: 3, data: new Float32Array([1, 2, 3, 4, 5, 6]) };
    const out = rotatePlaneLeft(plane);
    expect(out.width).toBe(3);
    expect(out.height).toBe(2);
    expect([...out.data]).toEqual([2, 4, 6, 1, 3, 5]);
  });
});
