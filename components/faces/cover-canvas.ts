/**
 * "Cover faces" in the browser: draws the round stickers of cover.ts onto a
 * copy of the picture and re-encodes it. Drawing on a canvas and encoding
 * anew is also what removes the metadata: the copy carries no EXIF, no GPS
 * position, no camera details (canvas encoders write pixels only).
 */
import { STICKER_FILL, STICKER_RIM, STICKER_STAR, starPoints, stickersFor, type Sticker } from './cover';
import type { FaceBox } from './config';

/** Formats the copy keeps; anything else (GIF, HEIC...) becomes PNG. */
const KEPT_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);

function drawSticker(context: OffscreenCanvasRenderingContext2D, s: Sticker): void {
  const rim = Math.max(2, s.r * 0.08);
  context.fillStyle = STICKER_RIM;
  context.beginPath();
  context.arc(s.cx, s.cy, s.r, 0, Math.PI * 2);
  context.fill();
  context.fillStyle = STICKER_FILL;
  context.beginPath();
  context.arc(s.cx, s.cy, s.r - rim, 0, Math.PI * 2);
  context.fill();
  context.fillStyle = STICKER_STAR;
  context.beginPath();
  starPoints(s).forEach(([x, y], i) => (i === 0 ? context.moveTo(x, y) : context.lineTo(x, y)));
  context.closePath();
  context.fill();
}

/** A copy of `image` (upright, same size) with a sticker over each face; no metadata. */
export async function coverFacesOnCanvas(image: Blob, faces: readonly FaceBox[]): Promise<Blob> {
  const bitmap = await createImageBitmap(image, { imageOrientation: 'from-image' });
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas to cover the faces on');
    context.drawImage(bitmap, 0, 0);
    for (const sticker of stickersFor(faces, bitmap.width, bitmap.height)) drawSticker(context, sticker);
    const type = KEPT_TYPES.has(image.type) ? image.type : 'image/png';
    return await canvas.convertToBlob({ type, quality: 0.92 });
  } finally {
    bitmap.close();
  }
}
