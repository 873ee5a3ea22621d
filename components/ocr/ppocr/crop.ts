/**
 * Straightening a detected text line: the pixels inside a (possibly tilted,
 * possibly keystoned) quadrilateral are warped onto an upright rectangle.
 * Pure: works on float planes.
 */
import type { PlaneData } from '../../vision/pixels';
import { homography, quadSize, type Quad } from './geometry';

export interface Plane {
  width: number;
  height: number;
  /** Bytes for an opaque image's full-size planes (vision/pixels.ts toPlanes), floats otherwise. */
  data: PlaneData;
}

/**
 * The quad's pixels, straightened, at the quad's own size (sides rounded):
 * each output pixel samples the source through the homography that maps the
 * output rectangle onto the quad (bilinear, edges clamped). All planes are
 * the same size.
 */
export function warpQuad(planes: readonly Plane[], quad: Quad): Plane[] {
  const { width, height } = quadSize(quad);
  const rect = [
    { x: 0, y: 0 },
    { x: width, y: 0 },
    { x: width, y: height },
    { x: 0, y: height },
  ];
  const [h0, h1, h2, h3, h4, h5, h6, h7, h8] = homography(rect, quad) as [number, number, number, number, number, number, number, number, number];
  const outs = planes.map(() => new Float32Array(width * height));
  const { width: sw, height: sh } = planes[0]!;
  const datas = planes.map((p) => p.data);
  // The same as applyHomography + bilinear per plane, inlined: the sample
  // position and its four weights are worked out once for all three planes.
  for (let y = 0; y < height; y++) {
    const py = y + 0.5;
    for (let x = 0; x < width; x++) {
      // Pixel centres map to pixel centres.
      const px = x + 0.5;
      const w = h6 * px + h7 * py + h8;
      const fx = Math.max(0, Math.min(sw - 1, (h0 * px + h1 * py + h2) / w - 0.5));
      const fy = Math.max(0, Math.min(sh - 1, (h3 * px + h4 * py + h5) / w - 0.5));
      const x0 = Math.floor(fx);
      const y0 = Math.floor(fy);
      const x1 = Math.min(sw - 1, x0 + 1);
      const y1 = Math.min(sh - 1, y0 + 1);
      const ax = fx - x0;
      const ay = fy - y0;
      const i00 = y0 * sw + x0;
      const i01 = y0 * sw + x1;
      const i10 = y1 * sw + x0;
      const i11 = y1 * sw + x1;
      const o = y * width + x;
      for (let c = 0; c < datas.length; c++) {
        const d = datas[c]!;
        const top = d[i00]! * (1 - ax) + d[i01]! * ax;
        const bottom = d[i10]! * (1 - ax) + d[i11]! * ax;
        outs[c]![o] = top * (1 - ay) + bottom * ay;
      }
    }
  }
  return outs.map((data) => ({ width, height, data }));
}

/** A plane turned 90° anticlockwise (text written downwards reads left to right). */
export function rotatePlaneLeft(plane: Plane): Plane {
  const { width, height, data } = plane;
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) out[(width - 1 - x) * height + y] = data[y * width + x]!;
  return { width: height, height: width, data: out };
}
