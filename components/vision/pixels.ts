/**
 * Pixel helpers shared by the analyses, on bare arrays (no canvas, no sharp):
 * the offscreen document and the CLI resample the same way, so they read the
 * same picture.
 */
import type { RgbaImage } from './types';

/** Gray (Rec. 601 luma) of RGBA pixels, alpha composited onto white (transparent PNGs look like that on X). */
export function toGray(image: RgbaImage): Float32Array {
  const { data, width, height } = image;
  const out = new Float32Array(width * height);
  for (let i = 0, o = 0; o < out.length; i += 4, o++) {
    const alpha = data[i + 3]! / 255;
    out[o] = (0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!) * alpha + 255 * (1 - alpha);
  }
  return out;
}

/**
 * Resizes one channel plane (width×height floats). Shrinking averages every
 * source pixel under each target pixel (a box filter: no aliasing on text
 * strokes when a 4000 px photo becomes 960 px); enlarging is bilinear.
 */
export function resizePlane(src: Float32Array, width: number, height: number, toWidth: number, toHeight: number): Float32Array {
  if (toWidth === width && toHeight === height) return src.slice();
  const out = new Float32Array(toWidth * toHeight);
  const sx = width / toWidth;
  const sy = height / toHeight;
  if (sx >= 1 && sy >= 1) {
    for (let y = 0; y < toHeight; y++) {
      const y0 = y * sy;
      const y1 = Math.min(height, y0 + sy);
      for (let x = 0; x < toWidth; x++) {
        const x0 = x * sx;
        const x1 = Math.min(width, x0 + sx);
        let sum = 0;
        let weight = 0;
        for (let yy = Math.floor(y0); yy < y1; yy++) {
          const wy = Math.min(yy + 1, y1) - Math.max(yy, y0);
          if (wy <= 0) continue;
          const row = yy * width;
          for (let xx = Math.floor(x0); xx < x1; xx++) {
            const wx = Math.min(xx + 1, x1) - Math.max(xx, x0);
            if (wx <= 0) continue;
            sum += src[row + xx]! * wx * wy;
            weight += wx * wy;
          }
        }
        out[y * toWidth + x] = weight > 0 ? sum / weight : 0;
      }
    }
    return out;
  }
  for (let y = 0; y < toHeight; y++) {
    const fy = Math.max(0, Math.min(height - 1, (y + 0.5) * sy - 0.5));
    for (let x = 0; x < toWidth; x++) {
      const fx = Math.max(0, Math.min(width - 1, (x + 0.5) * sx - 0.5));
      out[y * toWidth + x] = bilinear(src, width, height, fx, fy);
    }
  }
  return out;
}

/** The plane's value at a fractional position, clamped to the edges. */
export function bilinear(src: Float32Array, width: number, height: number, x: number, y: number): number {
  const cx = Math.max(0, Math.min(width - 1, x));
  const cy = Math.max(0, Math.min(height - 1, y));
  const x0 = Math.floor(cx);
  const y0 = Math.floor(cy);
  const x1 = Math.min(width - 1, x0 + 1);
  const y1 = Math.min(height - 1, y0 + 1);
  const ax = cx - x0;
  const ay = cy - y0;
  const top = src[y0 * width + x0]! * (1 - ax) + src[y0 * width + x1]! * ax;
  const bottom = src[y1 * width + x0]! * (1 - ax) + src[y1 * width + x1]! * ax;
  return top * (1 - ay) + bottom * ay;
}

/** The three colour planes of RGBA pixels (alpha composited onto white). */
export function toPlanes(image: RgbaImage): [Float32Array, Float32Array, Float32Array] {
  const { data, width, height } = image;
  const planes: [Float32Array, Float32Array, Float32Array] = [
    new Float32Array(width * height),
    new Float32Array(width * height),
    new Float32Array(width * height),
  ];
  for (let i = 0, o = 0; o < width * height; i += 4, o++) {
    const alpha = data[i + 3]! / 255;
    for (let c = 0; c < 3; c++) planes[c]![o] = data[i + c]! * alpha + 255 * (1 - alpha);
  }
  return planes;
}
