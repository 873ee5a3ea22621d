/** toRgbShrunk: how the face check sees the decoded image. */
import { describe, expect, it } from 'vitest';
import { toRgbShrunk } from '../../../../components/vision/pixels';
import type { RgbaImage } from '../../../../components/vision/types';

function image(width: number, height: number, colour: (x: number, y: number) => [number, number, number, number]): RgbaImage {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set(colour(x, y), (y * width + x) * 4);
  return { width, height, data };
}

describe('toRgbShrunk', () => {
  it.each([
    { what: 'same size: RGB copied, alpha dropped', src: image(2, 1, (x) => (x ? [10, 20, 30, 255] : [200, 100, 50, 255])), to: [2, 1], rgb: [200, 100, 50, 10, 20, 30] },
    { what: 'halved: each target pixel samples between the four under it', src: image(2, 2, (x, y) => [x * 100, y * 100, 0, 255]), to: [1, 1], rgb: [50, 50, 0] },
    { what: 'transparent pixels read as white', src: image(1, 1, () => [0, 0, 0, 0]), to: [1, 1], rgb: [255, 255, 255] },
    { what: 'half-transparent black is mid grey', src: image(1, 1, () => [0, 0, 0, 128]), to: [1, 1], rgb: [127, 127, 127] },
  ])('$what', ({ src, to, rgb }) => {
    expect([...toRgbShrunk(src, to[0]!, to[1]!)].map((v) => Math.round(v))).toEqual(rgb);
  });

  it('refuses to enlarge', () => {
    expect(() => toRgbShrunk(image(1, 1, () => [0, 0, 0, 255]), 2, 2)).toThrow(RangeError);
  });
});
