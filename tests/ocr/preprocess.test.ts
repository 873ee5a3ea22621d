import { describe, expect, test } from 'vitest';
import { grayscaleStretch } from '../../components/ocr/preprocess';

function rgba(...pixels: [number, number, number, number][]): Uint8ClampedArray {
  return new Uint8ClampedArray(pixels.flat());
}
const grays = (data: Uint8ClampedArray) => Array.from({ length: data.length / 4 }, (_, i) => data[i * 4]);

describe('grayscaleStretch', () => {
  test('washed-out text on a gray background becomes black on white', () => {
    // Mid-gray "ink" on light-gray "paper", as on a photographed whiteboard.
    const data = rgba(...Array.from({ length: 50 }, () => [200, 200, 200, 255] as [number, number, number, number]), ...Array.from({ length: 50 }, () => [120, 120, 120, 255] as [number, number, number, number]));
    grayscaleStretch(data);
    expect(grays(data)[0]).toBe(255);
    expect(grays(data)[99]).toBe(0);
  });

  test('every pixel ends gray and opaque', () => {
    const data = rgba([255, 0, 0, 255], [0, 255, 0, 255], [0, 0, 255, 255], [10, 20, 30, 255]);
    grayscaleStretch(data);
    for (let i = 0; i < data.length; i += 4) {
      expect(data[i]).toBe(data[i + 1]);
      expect(data[i]).toBe(data[i + 2]);
      expect(data[i + 3]).toBe(255);
    }
  });

  test('transparent pixels count as white paper', () => {
    const data = rgba([0, 0, 0, 0], [0, 0, 0, 255]);
    grayscaleStretch(data);
    expect(grays(data)).toEqual([255, 0]);
  });

  test('a flat image is left as it is (no division by zero)', () => {
    const data = rgba([90, 90, 90, 255], [90, 90, 90, 255]);
    grayscaleStretch(data);
    expect(grays(data)).toEqual([90, 90]);
  });

  test('empty input is fine', () => {
    expect(() => grayscaleStretch(new Uint8ClampedArray())).not.toThrow();
  });
});
