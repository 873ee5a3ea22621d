/**
 * Pixel helpers shared by the analyses, on bare arrays (no canvas, no sharp):
 * the offscreen document and the CLI resample the same way, so they read the
 * same picture.
 */
import { releaseArray } from './release';
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
export function resizePlane(src: PlaneData, width: number, height: number, toWidth: number, toHeight: number): Float32Array {
  if (toWidth === width && toHeight === height) return src instanceof Float32Array ? src.slice() : Float32Array.from(src);
  const out = new Float32Array(toWidth * toHeight);
  const sx = width / toWidth;
  const sy = height / toHeight;
  if (sx >= 1 && sy >= 1) {
    // The box filter is separable: rows first, then columns, each through
    // precomputed source spans and weights (a 2,048 px image to the
    // detector's 960 px: ~4× less work than weighting every pixel of every box).
    const xs = boxSpans(width, toWidth);
    const ys = boxSpans(height, toHeight);
    const rows = new Float32Array(height * toWidth);
    for (let y = 0; y < height; y++) {
      const row = y * width;
      const outRow = y * toWidth;
      for (let x = 0; x < toWidth; x++) {
        const first = xs.first[x]!;
        const count = xs.count[x]!;
        const w = xs.offset[x]!;
        let sum = 0;
        for (let k = 0; k < count; k++) sum += src[row + first + k]! * xs.weight[w + k]!;
        rows[outRow + x] = sum * xs.norm[x]!;
      }
    }
    for (let y = 0; y < toHeight; y++) {
      const first = ys.first[y]!;
      const count = ys.count[y]!;
      const w = ys.offset[y]!;
      const norm = ys.norm[y]!;
      const outRow = y * toWidth;
      for (let k = 0; k < count; k++) {
        const weight = ys.weight[w + k]! * norm;
        const row = (first + k) * toWidth;
        for (let x = 0; x < toWidth; x++) out[outRow + x]! += rows[row + x]! * weight;
      }
    }
    releaseArray(rows);
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

/**
 * For each of `to` target pixels shrinking `from` source pixels: the first
 * source pixel under it, how many, their overlap weights (from `offset` in
 * `weight`) and 1 / the weights' sum.
 */
function boxSpans(from: number, to: number) {
  const scale = from / to;
  const first = new Int32Array(to);
  const count = new Int32Array(to);
  const offset = new Int32Array(to);
  const norm = new Float32Array(to);
  const weights: number[] = [];
  for (let i = 0; i < to; i++) {
    const a = i * scale;
    const b = Math.min(from, a + scale);
    first[i] = Math.floor(a);
    offset[i] = weights.length;
    let total = 0;
    for (let j = Math.floor(a); j < b; j++) {
      const w = Math.min(j + 1, b) - Math.max(j, a);
      // A zero-width sliver at the end still takes its slot so spans stay contiguous.
      weights.push(Math.max(0, w));
      total += Math.max(0, w);
    }
    count[i] = weights.length - offset[i]!;
    norm[i] = total > 0 ? 1 / total : 0;
  }
  return { first, count, offset, norm, weight: Float32Array.from(weights) };
}

/** The plane's value at a fractional position, clamped to the edges. */
export function bilinear(src: PlaneData, width: number, height: number, x: number, y: number): number {
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

/**
 * One colour plane's values (0-255): bytes where they are whole numbers (an
 * opaque image: 9 MB for three 2048×1536 planes instead of 38 MB of floats,
 * alive while the detector runs), floats where transparency was composited.
 */
export type PlaneData = Float32Array | Uint8Array;

/** The three colour planes of RGBA pixels (alpha composited onto white); bytes for an opaque image, the same values. */
export function toPlanes(image: RgbaImage): [PlaneData, PlaneData, PlaneData] {
  const { data, width, height } = image;
  if (isOpaque(data)) {
    const planes: [Uint8Array, Uint8Array, Uint8Array] = [new Uint8Array(width * height), new Uint8Array(width * height), new Uint8Array(width * height)];
    const [r, g, b] = planes;
    for (let i = 0, o = 0; o < width * height; i += 4, o++) {
      r[o] = data[i]!;
      g[o] = data[i + 1]!;
      b[o] = data[i + 2]!;
    }
    return planes;
  }
  const planes: [Float32Array, Float32Array, Float32Array] = [
    new Float32Array(width * height),
    new Float32Array(width * height),
    new Float32Array(width * height),
  ];
  const [r, g, b] = planes;
  for (let i = 0, o = 0; o < width * height; i += 4, o++) {
    const a = data[i + 3]!;
    // Photos are opaque: no blending to do for them.
    if (a === 255) {
      r[o] = data[i]!;
      g[o] = data[i + 1]!;
      b[o] = data[i + 2]!;
    } else {
      const alpha = a / 255;
      const white = 255 * (1 - alpha);
      r[o] = data[i]! * alpha + white;
      g[o] = data[i + 1]! * alpha + white;
      b[o] = data[i + 2]! * alpha + white;
    }
  }
  return planes;
}

/**
 * RGBA pixels as float RGB (transparency composited onto white, as X shows
 * it) at toWidth×toHeight, at most the source size, by one pass of bilinear
 * sampling. For small shrinks only: the host decodes at most 2048 px and the
 * face check wants 1600 (1.28×), where bilinear does not alias; ~50 ms for a
 * 12 MP photo, where an area filter cost 150 ms and tfjs's resize of the
 * full-size tensor more still.
 */
export function toRgbShrunk(image: RgbaImage, toWidth: number, toHeight: number): Float32Array {
  const { width, height } = image;
  if (toWidth > width || toHeight > height) throw new RangeError(`toRgbShrunk only shrinks (${width}x${height} to ${toWidth}x${toHeight})`);
  const src = opaque(image);
  const rgb = new Float32Array(toWidth * toHeight * 3);
  // Where each target column samples: the same for every row.
  const sx = width / toWidth;
  const left = new Int32Array(toWidth);
  const right = new Int32Array(toWidth);
  const share = new Float32Array(toWidth);
  for (let x = 0; x < toWidth; x++) {
    const fx = Math.min(width - 1, Math.max(0, (x + 0.5) * sx - 0.5));
    const x0 = Math.floor(fx);
    left[x] = x0 * 4;
    right[x] = Math.min(width - 1, x0 + 1) * 4;
    share[x] = fx - x0;
  }
  const sy = height / toHeight;
  for (let y = 0, o = 0; y < toHeight; y++) {
    const fy = Math.min(height - 1, Math.max(0, (y + 0.5) * sy - 0.5));
    const y0 = Math.floor(fy);
    const row0 = y0 * width * 4;
    const row1 = Math.min(height - 1, y0 + 1) * width * 4;
    const ay = fy - y0;
    for (let x = 0; x < toWidth; x++, o += 3) {
      const ax = share[x]!;
      const i00 = row0 + left[x]!;
      const i01 = row0 + right[x]!;
      const i10 = row1 + left[x]!;
      const i11 = row1 + right[x]!;
      for (let c = 0; c < 3; c++) {
        const top = src[i00 + c]! + (src[i01 + c]! - src[i00 + c]!) * ax;
        const bottom = src[i10 + c]! + (src[i11 + c]! - src[i10 + c]!) * ax;
        rgb[o + c] = top + (bottom - top) * ay;
      }
    }
  }
  return rgb;
}

/** The pixels with transparency composited onto white; the image's own array when it is opaque (photos: no copy). */
function opaque(image: RgbaImage): Uint8Array | Uint8ClampedArray {
  const { data } = image;
  if (isOpaque(data)) return data;
  const out = new Uint8ClampedArray(data.length);
  for (let i = 0; i < data.length; i += 4) {
    const alpha = data[i + 3]!;
    for (let c = 0; c < 3; c++) out[i + c] = (data[i + c]! * alpha) / 255 + 255 - alpha;
    out[i + 3] = 255;
  }
  return out;
}

/** Whether every pixel of RGBA data is fully opaque (photos are). */
function isOpaque(data: RgbaImage['data']): boolean {
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 255) return false;
  return true;
}
