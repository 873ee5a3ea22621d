/**
 * An image's OCR text as lines on a page: where each line starts in the
 * segment's text, which lines are neighbours, and which boxes a span of the
 * text covers. Pure: the rules that read a page's structure (names on labels,
 * a Wi-Fi name above its key) and the engine (boxes on findings) share it.
 *
 * The segment's text is the lines joined by "\n" (components/ocr/ppocr/merge.ts),
 * but the lines are located by search rather than assumed, so a text that
 * differs (a caller that built its own) only loses the page structure, never
 * gets offsets into the wrong words.
 */
import type { FaceBox, ImageLine } from '../types';

export interface PlacedLine extends ImageLine {
  /** Position in reading order. */
  index: number;
  /** Offsets of the line in the segment's text. */
  start: number;
  end: number;
}

const located = new WeakMap<readonly ImageLine[], { text: string; placed: PlacedLine[] }>();

/** Each line with its offsets in `text`; lines that cannot be found in order are left out. */
export function placeLines(text: string, lines: readonly ImageLine[]): PlacedLine[] {
  const cached = located.get(lines);
  if (cached && cached.text === text) return cached.placed;
  const placed: PlacedLine[] = [];
  let from = 0;
  lines.forEach((line, index) => {
    if (!line.text) return;
    const start = text.indexOf(line.text, from);
    if (start < 0) return;
    placed.push({ ...line, index, start, end: start + line.text.length });
    from = start + line.text.length;
  });
  located.set(lines, { text, placed });
  return placed;
}

/**
 * Lines next to each other on the page: the next in reading order, if it
 * starts below this one within about two line heights (a label above its
 * value on a whiteboard, a title above a name on a certificate).
 */
export function isBelow(upper: ImageLine, lower: ImageLine): boolean {
  const gap = lower.box.y - (upper.box.y + upper.box.h);
  const height = Math.max(upper.box.h, lower.box.h);
  return gap > -0.5 * height && gap < 2.5 * height;
}

/** The boxes of the lines that span [start, end) of the text touches. */
export function boxesOfSpan(text: string, lines: readonly ImageLine[], start: number, end: number): FaceBox[] {
  return placeLines(text, lines)
    .filter((l) => l.start < end && start < l.end)
    .map((l) => ({ ...l.box }));
}

/** Vertical position on the page: top (a worksheet's header), middle (a certificate's name), bottom. */
export function pagePosition(line: ImageLine): 'top' | 'middle' | 'bottom' {
  const centre = line.box.y + line.box.h / 2;
  return centre < 1 / 3 ? 'top' : centre > 2 / 3 ? 'bottom' : 'middle';
}
