/**
 * The OCR pipeline's pixel work (components/vision/pixels.ts resizePlane and
 * toPlanes, crop.ts warpQuad), checked against the plain definitions they
 * were sped up from: every source pixel weighted by its overlap with the
 * target pixel; applyHomography + bilinear per plane.
 */
import { describe, expect, it } from 'vitest';
import { bilinear, resizePlane, toPlanes } from '../../../../../components/vision/pixels';
import { warpQuad } from '../../../../../components/ocr/ppocr/crop';
import { applyHomography, homography, quadSize, type Quad } from '../../../../../components/ocr/ppocr/geometry';

/** Seeded noise, so a failure repeats. */
function noise(n: number, seed: number): Float32Array {
  let s = seed >>> 0;
  return Float32Array.from({ length: n }, () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32) * 255);
}

/** Box average by definition: each source pixel weighted by its overlap area. */
function naiveShrink(src: Float32Array, width: number, height: number, toWidth: number, toHeight: number): Float32Array {
  const out = new Float32Array(toWidth * toHeight);
  const sx = width / toWidth;
  const sy = height / toHeight;
  for (let y = 0; y < toHeight; y++)
    for (let x = 0; x < toWidth; x++) {
      let sum = 0;
      let weight = 0;
      for (let yy = 0; yy < height; yy++)
        for (let xx = 0; xx < width; xx++) {
          const wx = Math.max(0, Math.min(xx + 1, (x + 1) * sx) - Math.max(xx, x * sx));
          const wy = Math.max(0, Math.min(yy + 1, (y + 1) * sy) - Math.max(yy, y * sy));
          sum += src[yy * width + xx]! * wx * wy;
          weight += wx * wy;
        }
      out[y * toWidth + x] = sum / weight;
    }
  return out;
}

describe('resizePlane (separable box filter when shrinking)', () => {
  it.each([
    [64, 48, 30, 23],
    [100, 37, 33, 17],
    [50, 40, 50, 20],
    [7, 5, 3, 2],
    [96, 64, 32, 32],
  ])('%i×%i → %i×%i is the overlap-weighted mean of the source', (w, h, tw, th) => {
    const src = noise(w * h, w * 31 + h);
    const got = resizePlane(src, w, h, tw, th);
    const want = naiveShrink(src, w, h, tw, th);
    for (let i = 0; i < want.length; i++) expect(got[i]).toBeCloseTo(want[i]!, 2);
  });

  it('a flat plane stays flat', () => {
    const got = resizePlane(new Float32Array(2048 * 3).fill(200), 2048, 3, 896, 1);
    for (const v of got) expect(v).toBeCloseTo(200, 3);
  });
});

describe('toPlanes', () => {
  it('copies opaque pixels and blends translucent ones onto white', () => {
    const data = new Uint8Array([10, 20, 30, 255, 0, 0, 0, 0, 100, 50, 0, 128]);
    const [r, g, b] = toPlanes({ width: 3, height: 1, data });
    expect([r[0], g[0], b[0]]).toEqual([10, 20, 30]);
    expect([r[1], g[1], b[1]]).toEqual([255, 255, 255]);
    const a = 128 / 255;
    expect(r[2]).toBeCloseTo(100 * a + 255 * (1 - a), 3);
    expect(g[2]).toBeCloseTo(50 * a + 255 * (1 - a), 3);
    expect(b[2]).toBeCloseTo(255 * (1 - a), 3);
    // Composited values are fractions: they stay floats.
    expect(r).toBeInstanceOf(Float32Array);
  });

  it('an opaque image gives byte planes (a quarter of the memory) holding exactly the float planes\' values', () => {
    const width = 37;
    const height = 11;
    const data = new Uint8Array(width * height * 4);
    for (let i = 0; i < data.length; i++) data[i] = i % 4 === 3 ? 255 : (i * 97 + 13) % 256;
    const planes = toPlanes({ width, height, data });
    for (const plane of planes) expect(plane).toBeInstanceOf(Uint8Array);
    planes.forEach((plane, c) => expect([...plane]).toEqual(Array.from({ length: width * height }, (_, o) => data[o * 4 + c])));
    // The detector and the line crops read them as they read floats: the same resized values.
    const asFloat = Float32Array.from(planes[0]);
    expect(resizePlane(planes[0], width, height, 16, 5)).toEqual(resizePlane(asFloat, width, height, 16, 5));
    expect(resizePlane(planes[0], width, height, 80, 30)).toEqual(resizePlane(asFloat, width, height, 80, 30));
    expect(resizePlane(planes[0], width, height, width, height)).toEqual(asFloat);
  });
});

describe('warpQuad', () => {
  it('samples every plane through the homography, bilinear, edges clamped', () => {
    const width = 120;
    const height = 90;
    const planes = [1, 2, 3].map((seed) => ({ width, height, data: noise(width * height, seed) }));
    const quads: Quad[] = [
      [{ x: 10.3, y: 20.7 }, { x: 100, y: 15 }, { x: 104, y: 40 }, { x: 12, y: 48 }],
      [{ x: -5, y: -3 }, { x: 125, y: 2 }, { x: 118, y: 95 }, { x: 0, y: 88 }],
    ];
    for (const quad of quads) {
      const out = warpQuad(planes, quad);
      const size = quadSize(quad);
      const rect = [{ x: 0, y: 0 }, { x: size.width, y: 0 }, { x: size.width, y: size.height }, { x: 0, y: size.height }];
      const h = homography(rect, quad);
      for (const [x, y] of [[0, 0], [size.width - 1, size.height - 1], [Math.floor(size.width / 2), Math.floor(size.height / 3)]] as const) {
        const p = applyHomography(h, { x: x + 0.5, y: y + 0.5 });
        for (let c = 0; c < 3; c++) expect(out[c]!.data[y * size.width + x]).toBeCloseTo(bilinear(planes[c]!.data, width, height, p.x - 0.5, p.y - 0.5), 3);
      }
    }
  });
});
