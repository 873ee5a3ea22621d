/**
 * What the image host learns from one image, as it crosses context
 * boundaries (validated with zod on arrival, see components/vision/messages.ts).
 * Each key is filled by the analysis with that id (components/vision/analyses.ts),
 * which may bring keys of its own along (the text brings its `lines`).
 * Adding an analysis = one key here + one entry in the analyses list.
 */
import { z } from 'zod';

const Fraction = z.number().min(0).max(1);

/** A face's box in fractions of the image (rules/types.ts FaceBox). */
export const FaceBoxSchema = z.strictObject({ x: Fraction, y: Fraction, w: Fraction, h: Fraction });

/** One line of an image's text and its box (rules/types.ts ImageLine). */
export const ImageLineSchema = z.strictObject({ text: z.string().max(2000), box: FaceBoxSchema });

export const ImageFindingsSchema = z.strictObject({
  /** The text read in the image ('' when there is none). An image whose text cannot be read fails as a whole. */
  text: z.string(),
  /** The same text as lines in reading order with their boxes, filled in with `text` by the text analysis. */
  lines: z.array(ImageLineSchema).max(2000).optional(),
  /**
   * Uncovered human faces. Absent when the face check could not run: the
   * face rules then say the picture was not checked, never "no faces".
   */
  faces: z.array(FaceBoxSchema).max(500).optional(),
});
export type ImageFindings = z.infer<typeof ImageFindingsSchema>;
