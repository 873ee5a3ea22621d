/**
 * What the image host learns from one image, as it crosses context
 * boundaries (validated with zod on arrival, see components/ocr/messages.ts).
 * Each key is filled by the analysis with that id (components/vision/analyses.ts).
 * Adding an analysis = one key here + one entry in the analyses list.
 */
import { z } from 'zod';

export const ImageFindingsSchema = z.strictObject({
  /** The text read in the image ('' when there is none). */
  text: z.string(),
});
export type ImageFindings = z.infer<typeof ImageFindingsSchema>;
