/**
 * What the image host learns from one image, as it crosses context
 * boundaries (validated with zod on arrival, see components/vision/messages.ts).
 * Each key is filled by the analysis with that id (components/vision/analyses.ts),
 * which may bring keys of its own along (the text brings its `lines`).
 * Adding an analysis = one key here + one entry in the analyses list.
 */
// zod/mini: these schemas are in the content script (the image client), which must stay small (issue 17).
import * as z from 'zod/mini';

const Fraction = z.number().check(z.minimum(0), z.maximum(1));

/** A face's box in fractions of the image (rules/types.ts FaceBox). */
export const FaceBoxSchema = z.strictObject({ x: Fraction, y: Fraction, w: Fraction, h: Fraction });

/** One line of an image's text and its box (rules/types.ts ImageLine). */
export const ImageLineSchema = z.strictObject({ text: z.string().check(z.maxLength(2000)), box: FaceBoxSchema });

export const ImageFindingsSchema = z.strictObject({
  /** The text read in the image ('' when there is none). An image whose text cannot be read fails as a whole. */
  text: z.string(),
  /** The same text as lines in reading order with their boxes, filled in with `text` by the text analysis. */
  lines: z.optional(z.array(ImageLineSchema).check(z.maxLength(2000))),
  /**
   * Uncovered human faces. Absent when the face check could not run: the
   * face rules then say the picture was not checked, never "no faces".
   */
  faces: z.optional(z.array(FaceBoxSchema).check(z.maxLength(500))),
});
export type ImageFindings = z.infer<typeof ImageFindingsSchema>;
