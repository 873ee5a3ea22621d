import { describe, expect, test } from 'vitest';
import { grayPgm, grayscaleStretch } from '../../../../components/ocr/preprocess';

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

describe('grayPgm', () => {
  const header = (pgm: Uint8Array) => new TextDecoder().decode(pgm.subarray(0, 500));

  test.each([
    [1, 1],
    [3, 2],
    [1600, 1067],
    [123456, 1], // a header long enough to need no padding room at all still parses
  ])('%ix%i: P5 header with the size, maxval 255, then one byte a pixel', (width, height) => {
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i++) rgba.fill(i % 251, i * 4, i * 4 + 3);
    const pgm = grayPgm(rgba, width, height);
    const text = new TextDecoder('latin1').decode(pgm.subarray(0, pgm.length - width * height));
    expect(text).toMatch(new RegExp(`^P5\\n#[ ]*\\n${width} ${height}\\n255\\n$`));
    const pixels = pgm.subarray(pgm.length - width * height);
    expect(pixels.length).toBe(width * height);
    expect(pixels[0]).toBe(0);
    expect(pixels[width * height - 1]).toBe((width * height - 1) % 251);
  });

  test('the first 500 bytes are all header: pixel rows can never pose as an EXIF orientation tag', () => {
    // tesseract.js looks for the bytes "1 18 0 3 0 0 0 1 0 n" in an image's first 500 bytes.
    const tag = [1, 18, 0, 3, 0, 0, 0, 1, 0, 6];
    const width = 40;
    const rgba = new Uint8ClampedArray(width * 4);
    tag.forEach((v, i) => rgba.fill(v, i * 4, i * 4 + 3));
    const pgm = grayPgm(rgba, width, 1);
    expect(pgm.length).toBeGreaterThanOrEqual(500 + width);
    expect(header(pgm)).toMatch(/^P5\n#/);
    expect(Array.from(pgm.subarray(0, 500)).join(' ')).not.toMatch(/1 18 0 3 0 0 0 1 0 (\d)/);
    expect(Array.from(pgm.subarray(pgm.length - width, pgm.length - width + tag.length))).toEqual(tag);
  });

  test.each([
    [0, 1, 0],
    [2, 2, 15],
    [2, 2, 17],
    [Number.NaN, 1, 4],
  ])('%ix%i with %i bytes is refused', (width, height, bytes) => {
    expect(() => grayPgm(new Uint8Array(bytes), width, height)).toThrow(RangeError);
  });
});
