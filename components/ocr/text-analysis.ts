/**
 * The "text" analysis of the image host: what an image says, for the rules.
 * PP-OCR detects and reads the lines; tesseract reads the same straightened
 * lines; both readings are merged (components/ocr/ppocr/read.ts).
 */
import type { AssetSource, ImageAnalysis, RgbaImage } from '../vision/types';
import { OCR_RECOGNIZE_TIMEOUT_MS, OCR_START_TIMEOUT_MS } from './config';
import { PpOcrEngine } from './ppocr/engine';
import { readImageText, type TextReading } from './ppocr/read';
import { TesseractEngine } from './tesseract';

export interface TextAnalysisOptions {
  /** Read the line crops with tesseract too (default): it adds recall (README, image checks). */
  tesseract?: boolean;
  /** Every reading, with its lines and stage times: benches and the evaluation use it. */
  onReading?(reading: TextReading): void;
  /** Deadline for one image, engine start-up included (default OCR_START_TIMEOUT_MS + OCR_RECOGNIZE_TIMEOUT_MS). */
  timeoutMs?: number;
}

export function textAnalysis(assets: AssetSource, options: TextAnalysisOptions = {}): ImageAnalysis<'text'> {
  const ppocr = new PpOcrEngine(assets);
  const tesseract = options.tesseract === false ? undefined : new TesseractEngine(assets);
  return {
    id: 'text',
    label: 'Reading the image',
    required: true,
    timeoutMs: options.timeoutMs ?? OCR_START_TIMEOUT_MS + OCR_RECOGNIZE_TIMEOUT_MS,
    async run(image: RgbaImage, signal: AbortSignal) {
      const reading = await readImageText(image, ppocr, tesseract, signal);
      options.onReading?.(reading);
      return { text: reading.text, lines: reading.textLines };
    },
    async reset() {
      await Promise.all([ppocr.reset(), tesseract?.reset()]);
    },
  };
}
