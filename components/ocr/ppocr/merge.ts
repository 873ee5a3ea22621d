/**
 * Combining PP-OCR's and tesseract's readings of the same line crops into the
 * text the rules see. PP-OCR finds and reads more in photos; tesseract reads
 * some fonts better and knows where word spaces are. Pure.
 */
import { PPOCR_MIN_LINE_CONFIDENCE, TESSERACT_MIN_LINE_CONFIDENCE } from '../config';

export interface LineReadings {
  pp: string;
  /** Mean character probability, 0-1. */
  ppConfidence: number;
  tesseract?: string;
  /** Mean word confidence, 0-100. */
  tesseractConfidence?: number;
}

const letters = (text: string) => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * What a line contributes: `primary` goes into the line's row; `extra` is a
 * second reading that has words the first lacks (a name PP-OCR misread), kept
 * on a line of its own. Readings below their engine's confidence floor, or
 * with fewer than two letters or digits, are dropped: blank and text-free
 * pictures give no text.
 */
export function mergeLine(line: LineReadings): { primary?: string; extra?: string } {
  const pp = line.pp.trim();
  const tess = (line.tesseract ?? '').replace(/\s+/g, ' ').trim();
  const ppOk = line.ppConfidence >= PPOCR_MIN_LINE_CONFIDENCE && letters(pp) >= 2;
  const tessOk = (line.tesseractConfidence ?? 0) >= TESSERACT_MIN_LINE_CONFIDENCE && letters(tess) >= 2;
  if (ppOk && tessOk) {
    // Same characters: tesseract's word spaces are measured, PP-OCR's restored from gaps.
    if (squash(pp) === squash(tess)) return { primary: tess };
    const seen = squash(pp);
    const adds = tess.split(' ').some((word) => letters(word) >= 2 && !seen.includes(squash(word)));
    return adds ? { primary: pp, extra: tess } : { primary: pp };
  }
  if (ppOk) return { primary: pp };
  if (tessOk) return { primary: tess };
  return {};
}

/** A line's place in the image: centre and size in image pixels, the angle of its baseline. */
export interface PlacedLine {
  cx: number;
  cy: number;
  width: number;
  height: number;
  angle: number;
}

/** A line of the page as the rules see it: its text and the pixel box around every detected box it joins. */
export interface AssembledLine {
  text: string;
  box: { x: number; y: number; w: number; h: number };
}

/**
 * Lines in reading order, those on one row (overlapping vertically, close
 * horizontally) joined by a space so a name split into two boxes ("Percival"
 * "Ashdown") still reads as one. Extras follow their row on lines of their own,
 * with the row's box. Each line keeps where it is: rules read the page's
 * structure (a label and its value, a name alone on a tray), the card points at it.
 */
export function assembleLines(lines: readonly (PlacedLine & { primary?: string; extra?: string; quad?: readonly { x: number; y: number }[] })[]): AssembledLine[] {
  const kept = lines.filter((l) => l.primary);
  // Rows along the text's own slope: compare positions rotated by the median angle.
  const angles = kept.map((l) => l.angle).sort((a, b) => a - b);
  const angle = angles.length ? angles[Math.floor(angles.length / 2)]! : 0;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const placed = kept.map((l) => ({ ...l, u: l.cx * cos + l.cy * sin, v: -l.cx * sin + l.cy * cos }));
  placed.sort((a, b) => a.v - b.v || a.u - b.u);
  const rows: (typeof placed)[] = [];
  for (const line of placed) {
    const row = rows.find((r) =>
      r.some((o) => Math.abs(o.v - line.v) < 0.5 * Math.min(o.height, line.height) && horizontalGap(o, line) < 2 * Math.max(o.height, line.height)),
    );
    if (row) row.push(line);
    else rows.push([line]);
  }
  const out: AssembledLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.u - b.u);
    const box = rowBox(row);
    out.push({ text: row.map((l) => l.primary).join(' '), box });
    for (const l of row) if (l.extra) out.push({ text: l.extra, box });
  }
  return out;
}

/** The text the rules read: the lines joined by line breaks. */
export function assembleText(lines: Parameters<typeof assembleLines>[0]): string {
  return assembleLines(lines).map((l) => l.text).join('\n');
}

/** The upright box around a row's detected boxes (their corners when known, else centre and size). */
function rowBox(row: readonly (PlacedLine & { quad?: readonly { x: number; y: number }[] })[]): AssembledLine['box'] {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const l of row) {
    const corners = l.quad ?? [
      { x: l.cx - l.width / 2, y: l.cy - l.height / 2 },
      { x: l.cx + l.width / 2, y: l.cy + l.height / 2 },
    ];
    for (const p of corners) {
      x0 = Math.min(x0, p.x);
      y0 = Math.min(y0, p.y);
      x1 = Math.max(x1, p.x);
      y1 = Math.max(y1, p.y);
    }
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

function horizontalGap(a: { u: number; width: number }, b: { u: number; width: number }): number {
  return Math.max(0, Math.abs(a.u - b.u) - (a.width + b.width) / 2);
}
