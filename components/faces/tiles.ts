/**
 * Where to look for faces in an image: the whole picture once (large faces),
 * then overlapping square tiles (small faces in group photos). Pure.
 */
import { FACE_MAX_SIDE, FACE_TILE_OVERLAP, FACE_TILE_SIDE } from './config';

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

/** Start offsets of windows of `window` px covering `length` px with the given overlap. */
function starts(length: number, window: number, overlap: number): number[] {
  if (length <= window) return [0];
  const step = Math.max(1, Math.floor(window * (1 - overlap)));
  const count = Math.ceil((length - window) / step) + 1;
  const out: number[] = [];
  // Spread the windows evenly so the last one ends exactly at the edge.
  for (let i = 0; i < count; i++) out.push(Math.round((i * (length - window)) / (count - 1)));
  return out;
}

/**
 * The regions to run the detector on: the whole image first, then tiles when
 * the image is big enough that small faces would vanish in one pass (longest
 * side over 1.5 tiles). Tiles are squares clipped to the image.
 */
export function faceRegions(width: number, height: number, tile = FACE_TILE_SIDE, overlap = FACE_TILE_OVERLAP): Rect[] {
  const whole: Rect = { x: 0, y: 0, width, height };
  if (Math.max(width, height) <= tile * 1.5) return [whole];
  const side = Math.min(tile, width, height) === tile ? tile : Math.min(width, height);
  const regions: Rect[] = [whole];
  for (const y of starts(height, side, overlap)) {
    for (const x of starts(width, side, overlap)) {
      regions.push({ x, y, width: Math.min(side, width - x), height: Math.min(side, height - y) });
    }
  }
  return regions;
}
