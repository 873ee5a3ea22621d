/**
 * Runtime messages of face checks, alongside OCR's (components/ocr/messages.ts)
 * and shaped like them: same image data URL and hash, validated with zod on
 * arrival.
 *
 *   content script ──FacesRequest──▶ background
 *   background (Chrome) ──OffscreenFacesRequest──▶ offscreen document
 */
import { z } from 'zod';
import { OcrErrorKindSchema, OcrRequestSchema } from '../ocr/messages';

export const FACES_REQUEST = 'safepost:faces';
export const OFFSCREEN_FACES_REQUEST = 'safepost:faces-offscreen';

export const FacesRequestSchema = OcrRequestSchema.extend({ type: z.literal(FACES_REQUEST) });
export type FacesRequest = z.infer<typeof FacesRequestSchema>;

export const OffscreenFacesRequestSchema = OcrRequestSchema.extend({ type: z.literal(OFFSCREEN_FACES_REQUEST) });
export type OffscreenFacesRequest = z.infer<typeof OffscreenFacesRequestSchema>;

const Fraction = z.number().min(0).max(1);
export const FaceBoxSchema = z.strictObject({ x: Fraction, y: Fraction, w: Fraction, h: Fraction });

export const FacesResponseSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    faces: z.array(FaceBoxSchema).max(500),
    /** Milliseconds the host spent (0 for a cache hit). */
    ms: z.number().nonnegative(),
  }),
  z.strictObject({
    ok: z.literal(false),
    error: z.strictObject({ kind: OcrErrorKindSchema, message: z.string() }),
  }),
]);
export type FacesResponse = z.infer<typeof FacesResponseSchema>;

export function facesFailure(kind: z.infer<typeof OcrErrorKindSchema>, message: string): FacesResponse {
  return { ok: false, error: { kind, message } };
}
