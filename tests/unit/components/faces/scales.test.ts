import { describe, expect, it } from 'vitest';
import { facePasses, faceTargetSize } from '../../../../components/faces/scales';

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

describe('facePasses', () => {
  // [image width, height] → the BlazeFace inputs: up to 960 px, the whole picture at 256 px on the
  // long side; past that, at 128 px (large faces) and at 256/640 of its size (small faces).
  // Sides in multiples of 32.
  it.each([
    [512, 512, [[256, 256]]],
    [256, 256, [[256, 256]]],
    [100, 40, [[256, 96]]],
    [960, 720, [[256, 192]]],
    [961, 720, [[128, 96], [384, 288]]],
    [1600, 1200, [[128, 96], [640, 480]]],
    [1200, 1600, [[96, 128], [480, 640]]],
    [1600, 1066, [[128, 96], [640, 416]]],
    [1200, 300, [[128, 32], [1024, 256]]],
    [2400, 300, [[128, 32], [2048, 256]]],
  ])('%ix%i', (width, height, sizes) => {
    expect(facePasses(width, height).map((p) => [p.width, p.height])).toEqual(sizes);
  });

  it('the fine pass reads a 1600 px photo at 256/fineSide of its size, whatever fineSide is', () => {
    const [, fine] = facePasses(1600, 1200, 800);
    expect(fine).toEqual({ width: 512, height: 384 });
    expect(facePasses(1600, 1200, 1200)).toEqual([{ width: 256, height: 192 }]);
    expect(facePasses(1600, 1200, 640, 256, 256)[0]).toEqual({ width: 256, height: 192 });
  });

  it('every pass keeps the picture\'s shape to within one stride (32 px)', () => {
    for (const [w, h] of [[1600, 1200], [1600, 901], [777, 1600], [1024, 1000]] as const) {
      for (const p of facePasses(w, h)) {
        expect(p.width % 32).toBe(0);
        expect(p.height % 32).toBe(0);
        expect(Math.abs(p.height - (p.width * h) / w)).toBeLessThanOrEqual(32);
      }
    }
  });
});
