/**
 * Straightening a detected text line: the pixels inside a (possibly tilted,
 * possibly keystoned) quadrilateral are warped onto an upright rectangle.
 * Pure: works on float planes.
 */
import { bilinear } from '../../vision/pixels';
import { applyHomography, homography, quadSize, type Quad } from './geometry';

export interface Plane {
  width: number;
  height: number;
  data: Float32Array;
}

/**
 * The quad's pixels, straightened, at the quad's own size (sides rounded):
 * each output pixel samples the source through the homography that maps the
 * output rectangle onto the quad (bilinear, edges clamped).
 */
export function warpQuad(planes: readonly Plane[], quad: Quad): Plane[] {
  const { width, height } = quadSize(quad);
  const rect = [
    { x: 0, y: 0 },
    { x: width, y: 0 },
    { x: width, y: height },
    { x: 0, y: height },
  ];
  const h = homography(rect, quad);
  const outs = planes.map(() => new Float32Array(width * height));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Pixel centres map to pixel centres.
      const p = applyHomography(h, { x: x + 0.5, y: y + 0.5 });
      for (let c = 0; c < planes.length; c++) {
        const src = planes[c]!;
        outs[c]![y * width + x] = bilinear(src.data, src.width, src.height, p.x - 0.5, p.y - 0.5);
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
