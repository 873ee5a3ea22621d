/**
 * The runtime messages of image checks: one module for every sender and
 * receiver (content script, extension pages, background, offscreen document,
 * benches). Each is validated with zod on arrival: a malformed message is
 * refused, never guessed.
 *
 *   content script / extension page ──ImageCheckRequest──▶ background
 *   background (Chrome) ──ImageHostRequest──▶ offscreen document (the image host)
 *   image host ──ImageCheckReply──▶ background ──▶ the asker (passed on as is; the asker validates it)
 *   image host ──ImageStageNotice──▶ background ──▶ the tab that asked
 *   offscreen document ──ImageHostIdleNotice──▶ background (closes the document)
 *
 * Chrome JSON-serialises runtime messages, so images travel as base64 data
 * URLs. Those can be 48 MB: they are checked by length and header only (a
 * body that is not base64 fails when the host decodes it, as an unreadable image).
 */
// zod/mini: the content script's image client validates with these, and it must stay small (issue 17).
import * as z from 'zod/mini';
import { ImageCheckFailedError, type ImageCheckErrorKind } from './errors';
import { ImageFindingsSchema } from './findings';
import type { HostStage } from './host';

/** ~36 MB of image bytes once base64 is decoded; Chrome's message cap is 64 MiB. */
export const MAX_IMAGE_DATA_URL_CHARS = 48 * 1024 * 1024;

/** "data:image/<subtype>;base64," — matched against the URL's first characters only. */
const IMAGE_DATA_URL_HEADER = /^data:image\/[a-z0-9.+-]{1,40};base64,/i;
const HEADER_MAX_CHARS = 64;

const ImageDataUrlSchema = z.string().check(
  z.maxLength(MAX_IMAGE_DATA_URL_CHARS, 'image is too large to check'),
  z.refine((url) => IMAGE_DATA_URL_HEADER.test(url.slice(0, HEADER_MAX_CHARS)), 'image must be a base64 image data URL'),
);

const HashSchema = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'hash must be a hex SHA-256'));

export const IMAGE_CHECK_REQUEST = 'safepost:image-check';
export const IMAGE_HOST_REQUEST = 'safepost:image-host-check';
export const IMAGE_HOST_IDLE_NOTICE = 'safepost:image-host-idle';
export const IMAGE_STAGE_NOTICE = 'safepost:image-stage';

/** One image to check: its bytes and their SHA-256, so the host can answer from its cache. */
function imageMessageSchema<T extends string>(type: T) {
  return z.strictObject({ type: z.literal(type), image: ImageDataUrlSchema, hash: HashSchema });
}

/** From a content script or extension page to the background. */
export const ImageCheckRequestSchema = imageMessageSchema(IMAGE_CHECK_REQUEST);
export type ImageCheckRequest = z.infer<typeof ImageCheckRequestSchema>;

/** From the background to the offscreen document: a type of its own, so that page never answers a content script directly. */
export const ImageHostRequestSchema = imageMessageSchema(IMAGE_HOST_REQUEST);
export type ImageHostRequest = z.infer<typeof ImageHostRequestSchema>;

export const ImageHostIdleNoticeSchema = z.strictObject({ type: z.literal(IMAGE_HOST_IDLE_NOTICE) });

/**
 * Progress of one image: the host starts a stage (decode, then each
 * analysis). Host → background → the tab that asked; the panel says what is
 * being done ("Looking for faces…"). Carries the image's hash, nothing of it.
 */
export const ImageStageSchema = z.enum(['decode', 'text', 'faces']) satisfies z.ZodMiniType<HostStage>;
export type ImageStage = z.infer<typeof ImageStageSchema>;
export const ImageStageNoticeSchema = z.strictObject({ type: z.literal(IMAGE_STAGE_NOTICE), hash: HashSchema, stage: ImageStageSchema });
export type ImageStageNotice = z.infer<typeof ImageStageNoticeSchema>;

const ImageCheckErrorKindSchema = z.enum(['timeout', 'failed', 'unavailable', 'too-large', 'unreadable']) satisfies z.ZodMiniType<ImageCheckErrorKind>;

export const ImageCheckReplySchema = z.discriminatedUnion('ok', [
  // Everything the image host learnt (components/vision/findings.ts: text and faces).
  z.extend(ImageFindingsSchema, {
    ok: z.literal(true),
    /** Milliseconds the host spent (0 for a cache hit): for diagnostics and benches. */
    ms: z.number().check(z.nonnegative()),
    /** …of which per stage ("decode", "text", "faces"), for the same. */
    stages: z.optional(z.record(z.string().check(z.maxLength(20)), z.number().check(z.nonnegative()))),
  }),
  z.strictObject({
    ok: z.literal(false),
    error: z.strictObject({ kind: ImageCheckErrorKindSchema, message: z.string() }),
  }),
]);
export type ImageCheckReply = z.infer<typeof ImageCheckReplySchema>;

export function failedReply(kind: ImageCheckErrorKind, message: string): ImageCheckReply {
  return { ok: false, error: { kind, message } };
}

/**
 * Split a data URL into its MIME type and bytes (no fetch: extension CSPs
 * and logs stay clean). A body that is not base64 is an unreadable image.
 */
export function decodeDataUrl(dataUrl: string): { type: string; bytes: Uint8Array } {
  const comma = dataUrl.indexOf(',');
  const header = dataUrl.slice(5, comma);
  const type = header.split(';')[0] || 'application/octet-stream';
  let binary: string;
  try {
    binary = atob(dataUrl.slice(comma + 1));
  } catch {
    throw new ImageCheckFailedError('This file could not be opened as an image', 'unreadable');
  }
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
