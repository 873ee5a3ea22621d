/**
 * Where the "Cover faces" stickers go. Pure geometry shared by the panel's
 * canvas drawing (components/faces/cover-canvas.ts) and the CLI's
 * (scripts/cli/cover-faces.ts), so both cover exactly the same area.
 */
import { FACE_COVER_MARGIN, type FaceBox } from './config';

/** A round sticker, in pixels of the picture it is drawn on. */
export interface Sticker {
  cx: number;
  cy: number;
  /** Radius: covers the face box grown by the margin, corners included. */
  r: number;
}

/**
 * One sticker per face: a circle around the face box grown by `margin` of
 * its size on every side (hair, ears, chin and a detector box that sits a
 * little off). The box is BlazeFace's, which ends at the eyebrows and the
 * chin, so the circle reaches a bit higher than the box's centre suggests.
 */
export function stickersFor(faces: readonly FaceBox[], width: number, height: number, margin = FACE_COVER_MARGIN): Sticker[] {
  return faces.map((face) => {
    const w = face.w * width;
    const h = face.h * height;
    const cx = (face.x + face.w / 2) * width;
    const cy = (face.y + face.h / 2) * height - h * 0.08;
    // Half the diagonal of the grown box: the circle contains the whole box.
    const r = (Math.hypot(w, h) / 2) * (1 + margin);
    return { cx, cy, r: Math.max(4, r) };
  });
}

/** Sticker colours: soft and friendly, opaque, with a white rim so it reads as a sticker, not damage. */
export const STICKER_FILL = '#ffd45c';
export const STICKER_RIM = '#ffffff';
export const STICKER_STAR = '#ff9f1c';

/** A five-pointed star inside the sticker (a star, not a smiley: a drawn face could be read as a face). */
export function starPoints(s: Sticker, share = 0.55): Array<[number, number]> {
  const outer = s.r * share;
  const inner = outer * 0.45;
  const points: Array<[number, number]> = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([s.cx + radius * Math.cos(angle), s.cy + radius * Math.sin(angle)]);
  }
  return points;
}

/** The stickers as an SVG overlay of the picture's size (the CLI composites it with sharp). */
export function stickersSvg(stickers: readonly Sticker[], width: number, height: number): string {
  const shapes = stickers
    .map((s) => {
      const rim = Math.max(2, s.r * 0.08);
      const star = starPoints(s).map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
      return (
        `<circle cx="${s.cx.toFixed(1)}" cy="${s.cy.toFixed(1)}" r="${s.r.toFixed(1)}" fill="${STICKER_RIM}"/>` +
        `<circle cx="${s.cx.toFixed(1)}" cy="${s.cy.toFixed(1)}" r="${(s.r - rim).toFixed(1)}" fill="${STICKER_FILL}"/>` +
        `<polygon points="${star}" fill="${STICKER_STAR}"/>`
      );
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${shapes}</svg>`;
}
