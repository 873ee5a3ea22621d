import { describe, expect, test } from 'vitest';
import { needsResize, ocrTargetSize } from '../../../../components/ocr/downscale';

describe('ocrTargetSize', () => {
  test.each([
    // [input, expected]
    [{ width: 4032, height: 3024 }, { width: 1600, height: 1200 }], // phone photo, landscape
    [{ width: 3024, height: 4032 }, { width: 1200, height: 1600 }], // portrait
    [{ width: 1600, height: 900 }, { width: 1600, height: 900 }], // exactly the cap
    [{ width: 1200, height: 800 }, { width: 1200, height: 800 }], // already a good size
    [{ width: 1000, height: 10 }, { width: 1000, height: 10 }], // at the lower bound
    [{ width: 500, height: 250 }, { width: 1000, height: 500 }], // small: scaled up
    [{ width: 100, height: 40 }, { width: 400, height: 160 }], // tiny: up by at most 4x
    [{ width: 20000, height: 20 }, { width: 1600, height: 2 }], // banner: aspect kept
    [{ width: 30000, height: 1 }, { width: 1600, height: 1 }], // never 0 px
  ])('%j → %j', (input, expected) => {
    expect(ocrTargetSize(input)).toEqual(expected);
  });

  test.each([
    { width: 0, height: 10 },
    { width: 10, height: -1 },
    { width: Number.NaN, height: 10 },
    { width: Number.POSITIVE_INFINITY, height: 10 },
  ])('rejects %j', (size) => {
    expect(() => ocrTargetSize(size)).toThrow(RangeError);
  });

  test('custom bounds', () => {
    expect(ocrTargetSize({ width: 2000, height: 1000 }, 1000, 100)).toEqual({ width: 1000, height: 500 });
  });

  test('needsResize says whether the image changes', () => {
    expect(needsResize({ width: 4032, height: 3024 })).toBe(true);
    expect(needsResize({ width: 1200, height: 800 })).toBe(false);
  });
});
