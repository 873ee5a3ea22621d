/**
 * "Cover name" on x.com: a copy of an attached picture with an opaque band
 * over each line SafePost read a pupil's name (or a code) on, put in the post
 * instead of the original through X's own controls, as "Cover faces" does
 * (components/faces/cover-attachment.ts). The guard checks the new file like
 * any attached image, so a name the band missed is found again.
 */
import type { FaceBox } from '../../rules/types';
import { download, type CoverOutcome } from '../faces/cover-attachment';

/** Margin around a line's box, in line heights: a DB box hugs the letters, ascenders and a tilt stick out. */
export const TEXT_COVER_MARGIN = 0.35;
const KEPT_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);
const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

/** The rectangles to paint, in pixels: each box grown by the margin and kept inside the picture. Pure. */
export function textCoverRects(boxes: readonly FaceBox[], width: number, height: number): { x: number; y: number; w: number; h: number }[] {
  return boxes.map((b) => {
    const pad = TEXT_COVER_MARGIN * b.h * height;
    const x = Math.max(0, b.x * width - pad);
    const y = Math.max(0, b.y * height - pad);
    return { x, y, w: Math.min(width, (b.x + b.w) * width + pad) - x, h: Math.min(height, (b.y + b.h) * height + pad) - y };
  });
}

/** A copy of `image` (upright, same size) with the boxes painted over; no metadata (canvas encoders write pixels only). */
export async function coverTextOnCanvas(image: Blob, boxes: readonly FaceBox[]): Promise<Blob> {
  const bitmap = await createImageBitmap(image, { imageOrientation: 'from-image' });
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas to cover the name on');
    context.drawImage(bitmap, 0, 0);
    context.fillStyle = '#f2c200';
    for (const r of textCoverRects(boxes, bitmap.width, bitmap.height)) context.fillRect(r.x, r.y, r.w, r.h);
    return await canvas.convertToBlob({ type: KEPT_TYPES.has(image.type) ? image.type : 'image/png', quality: 0.92 });
  } finally {
    bitmap.close();
  }
}

export interface TextCoverRequest {
  replace(file: File): boolean;
  url: string;
  boxes: readonly FaceBox[];
}

export async function coverTextAttachment(request: TextCoverRequest): Promise<CoverOutcome> {
  let copy: Blob;
  try {
    copy = await coverTextOnCanvas(await (await fetch(request.url)).blob(), request.boxes);
  } catch {
    return { ok: false, message: 'SafePost could not cover the name in this picture. Crop or cover it in a photo app, then attach the picture again.' };
  }
  const file = new File([copy], `photo-name-covered.${EXTENSIONS[copy.type] ?? 'png'}`, { type: copy.type });
  if (request.replace(file)) return { ok: true, message: 'Name covered: the picture in your post is now the covered copy. SafePost checks it again.' };
  download(file);
  return {
    ok: false,
    message: `SafePost saved a covered copy as "${file.name}" in your Downloads. Remove this picture from the post (the × on it), then attach that file with the media button.`,
  };
}
