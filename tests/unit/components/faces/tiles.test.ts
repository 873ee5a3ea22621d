import { describe, expect, it } from 'vitest';
import { faceRegions, faceTargetSize } from '../../../../components/faces/tiles';
import { FACE_TILE_SIDE } from '../../../../components/faces/config';

describe('faceTargetSize', () => {
  it('shrinks a 12 MP phone photo to 1600 px on the long side, keeping the shape', () => {
    expect(faceTargetSize(4032, 3024)).toEqual({ width: 1600, height: 1200 });
    expect(faceTargetSize(3024, 4032)).toEqual({ width: 1200, height: 1600 });
  });
  it('never enlarges', () => {
    expect(faceTargetSize(300, 200)).toEqual({ width: 300, height: 200 });
  });
  it('refuses sizes that are not images', () => {
    expect(() => faceTargetSize(0, 10)).toThrow(RangeError);
    expect(() => faceTargetSize(Number.NaN, 10)).toThrow(RangeError);
  });
});

describe('faceRegions', () => {
  it('a small picture is looked at once, whole', () => {
    expect(faceRegions(512, 512)).toEqual([{ x: 0, y: 0, width: 512, height: 512 }]);
  });

  it('a large photo: the whole picture, then overlapping square tiles covering every pixel', () => {
    const [whole, ...tiles] = faceRegions(1600, 1200);
    expect(whole).toEqual({ x: 0, y: 0, width: 1600, height: 1200 });
    expect(tiles.length).toBeGreaterThan(4);
    for (const t of tiles) {
      expect(t.width).toBe(FACE_TILE_SIDE);
      expect(t.height).toBe(FACE_TILE_SIDE);
      expect(t.x + t.width).toBeLessThanOrEqual(1600);
      expect(t.y + t.height).toBeLessThanOrEqual(1200);
    }
    // Every pixel (sampled) lies in a tile, and neighbours overlap so a face on a seam is whole in one.
    for (let y = 0; y < 1200; y += 37) {
      for (let x = 0; x < 1600; x += 37) {
        expect(tiles.some((t) => x >= t.x && x < t.x + t.width && y >= t.y && y < t.y + t.height)).toBe(true);
      }
    }
    const xs = [...new Set(tiles.map((t) => t.x))].sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeLessThan(FACE_TILE_SIDE * 0.8);
  });

  it('a wide strip gets square tiles the height of the strip', () => {
    const [, ...tiles] = faceRegions(2400, 300);
    expect(tiles.length).toBeGreaterThan(1);
    for (const t of tiles) expect([t.width, t.height]).toEqual([300, 300]);
    expect(Math.max(...tiles.map((t) => t.x + t.width))).toBe(2400);
  });
});
