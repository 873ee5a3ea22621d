/** toRgbScaled: the face analysis's view of the decoded image. */
import { describe, expect, it } from 'vitest';
import { toRgbScaled } from '../../../../components/vision/pixels';
import type { RgbaImage } from '../../../../components/vision/types';

/** A width×height RGBA image whose pixel (x, y) is colour(x, y). */
function image(width: number, height: number, colour: (x: number, y: number) => [number, number, number, number]): RgbaImage {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set(colour(x, y), (y * width + x) * 4);
  return { width, height, data };
}

describe('toRgbScaled', () => {
  it.each([
    { what: 'same size: RGB copied, alpha dropped', src: image(2, 1, (x) => (x ? [10, 20, 30, 255] : [200, 100, 50, 255])), to: [2, 1], rgb: [200, 100, 50, 10, 20, 30] },
    { what: 'halved: each target pixel the mean of the 2x2 under it', src: image(2, 2, (x, y) => [x * 100, y * 100, 0, 255]), to: [1, 1], rgb: [50, 50, 0] },
    { what: 'transparent pixels read as white, as X shows them', src: image(1, 1, () => [0, 0, 0, 0]), to: [1, 1], rgb: [255, 255, 255] },
    { what: 'half-transparent black is mid grey', src: image(1, 1, () => [0, 0, 0, 128]), to: [1, 1], rgb: [127, 127, 127] },
    { what: 'a 3:2 shrink weighs the straddled pixel by its share', src: image(3, 1, (x) => [x === 1 ? 90 : 0, 0, 0, 255]), to: [2, 1], rgb: [30, 0, 0, 30, 0, 0] },
  ])('$what', ({ src, to, rgb }) => {
    expect([...toRgbScaled(src, to[0]!, to[1]!)]).toEqual(rgb);
  });

  it('refuses to enlarge (the detector is given at most the decoded pixels)', () => {
    expect(() => toRgbScaled(image(1, 1, () => [0, 0, 0, 255]), 2, 2)).toThrow(RangeError);
  });
});
