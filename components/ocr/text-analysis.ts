/**
 * The "text" analysis of the image host: what an image says, for the rules.
 */
import type { AssetSource, ImageAnalysis, RgbaImage } from '../vision/types';
import { resizePlane, toGray } from '../vision/pixels';
import { OCR_PASSES, OCR_RECOGNIZE_TIMEOUT_MS, OCR_START_TIMEOUT_MS } from './config';
import { ocrTargetSize } from './downscale';
import { readWithPasses } from './passes';
import { planePgm, stretchPlane } from './preprocess';
import { TesseractEngine } from './tesseract';

export function textAnalysis(assets: AssetSource): ImageAnalysis<'text'> {
  const tesseract = new TesseractEngine(assets);
  return {
    id: 'text',
    timeoutMs: OCR_START_TIMEOUT_MS + OCR_RECOGNIZE_TIMEOUT_MS,
    async run(image: RgbaImage) {
      const { text } = await readWithPasses(
        OCR_PASSES,
        async () => {
          const size = ocrTargetSize(image);
          const gray = resizePlane(toGray(image), image.width, image.height, size.width, size.height);
          stretchPlane(gray);
          return planePgm(gray, size.width, size.height);
        },
        (pgm, pass) => tesseract.read(pgm, pass.psm),
      );
      return text;
    },
    reset: () => tesseract.reset(),
  };
}
