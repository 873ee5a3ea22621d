/**
 * Face checks from the content script: hand an attached image to the
 * extension's face host (offscreen document / background page) and get the
 * uncovered faces back. Nothing here runs a model.
 */
import { browser } from 'wxt/browser';
import { LruCache, sha256Hex } from '../ocr/cache';
import { readImage, type OcrResult } from '../ocr/client';
import { OcrFailedError, OcrUnavailableError, ocrErrorFrom } from '../ocr/errors';
import { MAX_IMAGE_DATA_URL_CHARS, encodeDataUrl } from '../ocr/messages';
import { withTimeout } from '../ocr/timeout';
import { FACE_DETECT_TIMEOUT_MS, FACE_START_TIMEOUT_MS, type FaceBox } from './config';
import { FACES_REQUEST, FacesResponseSchema, type FacesRequest } from './messages';

/** What the guard learns about one image: its text and its faces (absent when the face check failed). */
export interface ImageReading extends OcrResult {
  faces?: FaceBox[];
}

/** Host start-up, one image, and the hop through the background. */
const DETECT_TIMEOUT_MS = FACE_START_TIMEOUT_MS + FACE_DETECT_TIMEOUT_MS + 5_000;
const results = new LruCache<FaceBox[]>(64);

/** Uncovered human faces in an image, found on this computer. */
export async function detectFaces(image: Blob): Promise<FaceBox[]> {
  const bytes = new Uint8Array(await image.arrayBuffer()).slice();
  const hash = await sha256Hex(bytes);
  const cached = results.get(hash);
  if (cached) return cached;
  const dataUrl = encodeDataUrl(bytes, image.type.startsWith('image/') ? image.type : 'image/png');
  if (dataUrl.length > MAX_IMAGE_DATA_URL_CHARS) throw new OcrFailedError('This image is too large to check', 'too-large');
  const request: FacesRequest = { type: FACES_REQUEST, image: dataUrl, hash };
  let reply: unknown;
  try {
    reply = await withTimeout(browser.runtime.sendMessage(request), DETECT_TIMEOUT_MS, undefined, 'Finding faces');
  } catch (error) {
    if (error instanceof Error && error.name === 'OcrTimeoutError') throw error;
    throw new OcrUnavailableError(`Face checks are not running: ${(error as Error)?.message ?? String(error)}`);
  }
  const parsed = FacesResponseSchema.safeParse(reply);
  if (!parsed.success) throw new OcrUnavailableError('Face checks gave no answer');
  if (!parsed.data.ok) throw ocrErrorFrom(parsed.data.error.kind, parsed.data.error.message);
  results.set(hash, parsed.data.faces);
  return parsed.data.faces;
}

/**
 * The guard's image check: OCR text and faces, side by side. A face check
 * that fails leaves `faces` out, so the face rules say the picture was not
 * checked; it never reads as "no faces".
 */
export async function readImageAndFaces(image: Blob, signal?: AbortSignal): Promise<ImageReading> {
  const [reading, faces] = await Promise.all([
    readImage(image, signal),
    detectFaces(image).catch((error: unknown) => {
      console.warn('SafePost: face check failed', error);
      return undefined;
    }),
  ]);
  return faces ? { ...reading, faces } : reading;
}
