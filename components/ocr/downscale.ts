/** Size math for preparing an image for OCR. Pure: used in the browser and in Node. */
import { OCR_MAX_SIDE, OCR_MIN_SIDE } from './config';

export interface Size {
  width: number;
  height: number;
}

/**
 * The size to scale an image to before OCR: large photos shrink so the longest
 * side is `maxSide` (a 4032x3024 phone photo took 5-20 s and read worse than
 * the same photo at 1600 px); small images grow to `minSide` because
 * tesseract reads text under ~20 px high poorly. Aspect ratio is kept and
 * both sides stay at least 1 px. Returns the input size when no scaling helps.
 */
export function ocrTargetSize(size: Size, maxSide = OCR_MAX_SIDE, minSide = OCR_MIN_SIDE): Size {
  const { width, height } = size;
  if (!(width > 0) || !(height > 0) || !Number.isFinite(width) || !Number.isFinite(height)) {
    throw new RangeError(`Not an image size: ${width}x${height}`);
  }
  const longest = Math.max(width, height);
  let scale = 1;
  if (longest > maxSide) scale = maxSide / longest;
  else if (longest < minSide) scale = Math.min(minSide / longest, 4);
  if (scale === 1) return { width, height };
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

export function needsResize(size: Size, maxSide = OCR_MAX_SIDE, minSide = OCR_MIN_SIDE): boolean {
  const target = ocrTargetSize(size, maxSide, minSide);
  return target.width !== size.width || target.height !== size.height;
}
