/**
 * How to look for faces in an image: its size after downscaling, and the
 * scales BlazeFace reads it at (large faces, then the small faces of a group
 * photo). Pure.
 */
import { FACE_COARSE_SIDE, FACE_DETECTOR_INPUT, FACE_FINE_SCALE_SIDE, FACE_MAX_SIDE } from './config';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The size a photo is scaled to before detection (never up): longest side at most maxSide. */
export function faceTargetSize(width: number, height: number, maxSide = FACE_MAX_SIDE): { width: number; height: number } {
  if (!(width > 0) || !(height > 0) || !Number.isFinite(width) || !Number.isFinite(height)) {
    throw new RangeError(`Not an image size: ${width}x${height}`);
  }
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** One BlazeFace pass: the whole image scaled to `width`x`height` px. */
export interface FacePass {
  width: number;
  height: number;
}

/** BlazeFace's coarsest stride: its grid of anchors lines up with an input whose sides are multiples of this. */
const DETECTOR_STRIDE = 32;

const toStride = (px: number) => Math.max(DETECTOR_STRIDE, Math.round(px / DETECTOR_STRIDE) * DETECTOR_STRIDE);

function scaled(width: number, height: number, scale: number): FacePass {
  return { width: toStride(width * scale), height: toStride(height * scale) };
}

/**
 * The scales BlazeFace reads the image at, each one pass over the whole
 * picture (the graph is convolutional: an input of any size gives a grid of
 * anchors over all of it):
 * - a picture up to 1.5 × `fineSide`: once, the longest side at the
 *   detector's input (`input`, 256 px), as human.detect() saw it;
 * - a larger one: at `input`/`fineSide` of its size (256/640: 640x480 for a
 *   1600x1200 photo), where 60-100 px faces of a group photo are still 24-40
 *   px, and for faces too large for that pass, whole at `coarse` px on the
 *   longest side.
 * Sides are rounded to multiples of the stride (the box decoder scales x and y apart).
 */
export function facePasses(width: number, height: number, fineSide = FACE_FINE_SCALE_SIDE, input = FACE_DETECTOR_INPUT, coarse = FACE_COARSE_SIDE): FacePass[] {
  const long = Math.max(width, height);
  if (long <= fineSide * 1.5) return [scaled(width, height, input / long)];
  return [scaled(width, height, coarse / long), scaled(width, height, input / Math.min(fineSide, width, height))];
}
