/**
 * The "text" analysis of the image host: what an image says, for the rules.
 * PP-OCR detects and reads the lines; tesseract reads the same straightened
 * lines; both readings are merged (components/ocr/ppocr/read.ts).
 */
import { RunGenerations } from '../vision/abandon';
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
  // A longer deadline (the CLI's) holds for tesseract's own start-up and reading too.
  const tesseract =
    options.tesseract === false
      ? undefined
      : options.timeoutMs
        ? new TesseractEngine(assets, options.timeoutMs, options.timeoutMs)
        : new TesseractEngine(assets);
  const generations = new RunGenerations();
  return {
    id: 'text',
    label: 'Reading the image',
    required: true,
    timeoutMs: options.timeoutMs ?? OCR_START_TIMEOUT_MS + OCR_RECOGNIZE_TIMEOUT_MS,
    async run(image: RgbaImage) {
      const reading = await readImageText(image, ppocr, tesseract, generations.checkpoint());
      options.onReading?.(reading);
      return reading.text;
    },
    async reset() {
      generations.abandonAll();
      await Promise.all([ppocr.reset(), tesseract?.reset()]);
    },
  };
}
