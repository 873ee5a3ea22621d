/**
 * Runtime messages of image checks. Everything crossing a context boundary is
 * validated with zod on arrival: a malformed message is refused, never guessed.
 *
 *   content script / extension page ──OcrRequest──▶ background
 *   background (Chrome) ──OffscreenOcrRequest──▶ offscreen document
 *   offscreen document ──OcrIdleNotice──▶ background (closes the document)
 *   image host ──ImageStageNotice──▶ background ──▶ the tab that asked
 *
 * Chrome JSON-serialises runtime messages, so images travel as base64 data URLs.
 */
import { z } from 'zod';
import { ImageFindingsSchema } from '../vision/findings';

/** ~36 MB of image bytes once base64 is decoded; Chrome's message cap is 64 MiB. */
export const MAX_IMAGE_DATA_URL_CHARS = 48 * 1024 * 1024;

const DataUrlSchema = z
  .string()
  .max(MAX_IMAGE_DATA_URL_CHARS, 'image is too large to check')
  .regex(/^data:image\/[a-z0-9.+-]+;base64,[A-Za-z0-9+/]+={0,2}$/i, 'image must be a base64 image data URL');

const HashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'hash must be a hex SHA-256');

export const OCR_REQUEST = 'safepost:ocr';
export const OFFSCREEN_OCR_REQUEST = 'safepost:ocr-offscreen';
export const OCR_IDLE_NOTICE = 'safepost:ocr-idle';

export const OcrRequestSchema = z.strictObject({
  type: z.literal(OCR_REQUEST),
  image: DataUrlSchema,
  /** SHA-256 of the original bytes, so the host can answer from its cache. */
  hash: HashSchema,
});
export type OcrRequest = z.infer<typeof OcrRequestSchema>;

export const OffscreenOcrRequestSchema = z.strictObject({
  type: z.literal(OFFSCREEN_OCR_REQUEST),
  image: DataUrlSchema,
  hash: HashSchema,
});
export type OffscreenOcrRequest = z.infer<typeof OffscreenOcrRequestSchema>;

export const OcrIdleNoticeSchema = z.strictObject({ type: z.literal(OCR_IDLE_NOTICE) });

/**
 * Progress of one image: the host starts a stage (decode, then each
 * analysis). Host → background → the tab that asked; the panel says what is
 * being done ("Looking for faces…"). Carries the image's hash, nothing of it.
 */
export const IMAGE_STAGE_NOTICE = 'safepost:image-stage';
export const ImageStageSchema = z.enum(['decode', 'text', 'faces']);
export type ImageStage = z.infer<typeof ImageStageSchema>;
export const ImageStageNoticeSchema = z.strictObject({ type: z.literal(IMAGE_STAGE_NOTICE), hash: HashSchema, stage: ImageStageSchema });
export type ImageStageNotice = z.infer<typeof ImageStageNoticeSchema>;

export const OcrErrorKindSchema = z.enum(['timeout', 'failed', 'unavailable', 'too-large', 'unreadable']);

export const OcrResponseSchema = z.discriminatedUnion('ok', [
  // Everything the image host learnt (components/vision/findings.ts: text and faces).
  ImageFindingsSchema.extend({
    ok: z.literal(true),
    /** Milliseconds the host spent (0 for a cache hit): for diagnostics and benches. */
    ms: z.number().nonnegative(),
    /** …of which per stage ("decode", "text", "faces"), for the same. */
    stages: z.record(z.string().max(20), z.number().nonnegative()).optional(),
  }),
  z.strictObject({
    ok: z.literal(false),
    error: z.strictObject({ kind: OcrErrorKindSchema, message: z.string() }),
  }),
]);
export type OcrResponse = z.infer<typeof OcrResponseSchema>;

export function failure(kind: z.infer<typeof OcrErrorKindSchema>, message: string): OcrResponse {
  return { ok: false, error: { kind, message } };
}

/** Split a data URL into its MIME type and bytes (no fetch: extension CSPs and logs stay clean). */
export function decodeDataUrl(dataUrl: string): { type: string; bytes: Uint8Array } {
  const comma = dataUrl.indexOf(',');
  const header = dataUrl.slice(5, comma);
  const type = header.split(';')[0] || 'application/octet-stream';
  const binary = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { type, bytes };
}

/** Bytes → base64 data URL, in chunks (String.fromCharCode(...huge) overflows the stack). */
export function encodeDataUrl(bytes: Uint8Array, type: string): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return `data:${type};base64,${btoa(binary)}`;
}
