/**
 * Making an image's OCR readings and combining their texts. Pure (no DOM, no
 * node:): the extension's host (components/ocr/host.ts) and the CLI
 * (scripts/cli/ocr-node.ts) pass in their own decode and recognise steps, so both
 * decide the same way which readings to make.
 */
import { OCR_CONFIDENT_WORD, OCR_ENOUGH_CONFIDENT_WORDS, type OcrPass } from './config';

/** A word of one reading, with tesseract's confidence (0-100). */
export interface ReadWord {
  text: string;
  confidence: number;
}

/** One reading's result: its text and its words. */
export interface Reading {
  text: string;
  words: readonly ReadWord[];
}

/**
 * Joins the readings with a blank line (rules never match across it), leaving
 * out a reading whose text adds nothing a previous one did not already have.
 */
export function joinPassTexts(texts: readonly string[]): string {
  const kept: string[] = [];
  for (const raw of texts) {
    const text = raw.trim();
    if (!text) continue;
    if (kept.some((k) => k.replace(/\s+/g, ' ') === text.replace(/\s+/g, ' '))) continue;
    kept.push(text);
  }
  return kept.join('\n\n');
}

/**
 * Words read at `minConfidence` or more that have at least two letters or
 * digits: tesseract reads picture edges and texture as confident one-letter
 * "words" ("A", "|", "\\"), which say nothing about whether it found text.
 */
export function confidentWordCount(words: readonly ReadWord[], minConfidence = OCR_CONFIDENT_WORD): number {
  let count = 0;
  for (const word of words) {
    if (!(word.confidence >= minConfidence)) continue;
    if ((word.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 2) count++;
  }
  return count;
}

/**
 * Whether a fallback reading should be made after `readings`: yes unless one
 * of them already read at least `enough` words confidently.
 */
export function fallbackNeeded(
  readings: readonly Reading[],
  enough = OCR_ENOUGH_CONFIDENT_WORDS,
  minConfidence = OCR_CONFIDENT_WORD,
): boolean {
  return !readings.some((reading) => confidentWordCount(reading.words, minConfidence) >= enough);
}

/** The words of tesseract.js's `data.blocks` (block → paragraph → line → word). */
export function wordsOfBlocks(
  blocks: readonly { paragraphs: readonly { lines: readonly { words: readonly ReadWord[] }[] }[] }[] | null | undefined,
): ReadWord[] {
  const words: ReadWord[] = [];
  for (const block of blocks ?? [])
    for (const paragraph of block.paragraphs)
      for (const line of paragraph.lines)
        for (const word of line.words) words.push({ text: word.text, confidence: word.confidence });
  return words;
}

/**
 * Makes the readings `passes` ask for, in order: a fallback pass only when
 * `fallbackNeeded` says the readings so far missed the text. Each pixel
 * preparation (clean or raw) is made once. Returns the joined text and which
 * passes ran.
 */
export async function readWithPasses<Image>(
  passes: readonly OcrPass[],
  prepare: (clean: boolean) => Promise<Image>,
  recognize: (image: Image, pass: OcrPass) => Promise<Reading>,
): Promise<{ text: string; ran: OcrPass[] }> {
  const prepared = new Map<boolean, Image>();
  const readings: Reading[] = [];
  const ran: OcrPass[] = [];
  for (const pass of passes) {
    if (pass.fallback && readings.length > 0 && !fallbackNeeded(readings)) continue;
    let image = prepared.get(pass.clean);
    if (image === undefined) {
      image = await prepare(pass.clean);
      prepared.set(pass.clean, image);
    }
    readings.push(await recognize(image, pass));
    ran.push(pass);
  }
  return { text: joinPassTexts(readings.map((r) => r.text)), ran };
}
