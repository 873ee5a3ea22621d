/**
 * Image checks from a content script or an extension page: hand an attached
 * image to the extension's image host (components/vision/host.ts) and get
 * back what it found: its text and its uncovered faces. Nothing here runs a
 * model (tesseract.js, PP-OCR and Human never enter the content script); the
 * page only hashes the bytes and posts one runtime message, so typing never
 * stutters. The host caches findings by that hash: there is no cache here.
 *
 * Rejects with ImageCheckTimeoutError, ImageCheckFailedError or
 * ImageCheckUnavailableError (all carry a teacher-readable message): the
 * guard holds the send per profile.
 */
import { browser } from 'wxt/browser';
import { sha256Hex } from './cache';
import { FACE_DETECT_TIMEOUT_MS, FACE_START_TIMEOUT_MS } from '../faces/config';
import { OCR_RECOGNIZE_TIMEOUT_MS, OCR_START_TIMEOUT_MS } from '../ocr/config';
import { abortError, untilAborted } from './deadline';
import { ImageCheckFailedError, ImageCheckUnavailableError, imageCheckErrorFrom } from './errors';
import type { ImageFindings } from './findings';
import {
  IMAGE_CHECK_REQUEST,
  IMAGE_STAGE_NOTICE,
  ImageCheckReplySchema,
  ImageStageNoticeSchema,
  MAX_IMAGE_DATA_URL_CHARS,
  encodeDataUrl,
  type ImageCheckRequest,
  type ImageStage,
} from './messages';

/**
 * The deadline of one image check, as the asker sets it: every analysis's
 * start-up and run (text, then faces) and the hop through the background.
 */
export const IMAGE_CHECK_TIMEOUT_MS = OCR_START_TIMEOUT_MS + OCR_RECOGNIZE_TIMEOUT_MS + FACE_START_TIMEOUT_MS + FACE_DETECT_TIMEOUT_MS + 5_000;

/** Stage listeners of the images being checked, by hash (one runtime listener serves them all). */
const stageListeners = new Map<string, Set<(stage: ImageStage) => void>>();
let listening = false;

function onStage(hash: string, listener: (stage: ImageStage) => void): () => void {
  if (!listening) {
    listening = true;
    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (sender.id !== browser.runtime.id || (message as { type?: unknown } | null)?.type !== IMAGE_STAGE_NOTICE) return undefined;
      const notice = ImageStageNoticeSchema.safeParse(message);
      if (notice.success) for (const listener of stageListeners.get(notice.data.hash) ?? []) listener(notice.data.stage);
      return undefined;
    });
  }
  const listeners = stageListeners.get(hash) ?? new Set();
  listeners.add(listener);
  stageListeners.set(hash, listeners);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) stageListeners.delete(hash);
  };
}

/**
 * What an attached image holds (its text, its faces), found on this computer.
 * `signal` is the check's one deadline and cancellation (by default
 * IMAGE_CHECK_TIMEOUT_MS); `progress` hears each stage the host starts on it
 * (decode, text, faces).
 */
export async function readImage(
  image: Blob,
  signal: AbortSignal = AbortSignal.timeout(IMAGE_CHECK_TIMEOUT_MS),
  progress?: (stage: ImageStage) => void,
): Promise<ImageFindings> {
  if (signal.aborted) throw abortError(signal);
  const bytes = await ownBytes(image);
  const hash = await sha256Hex(bytes);
  const type = image.type.startsWith('image/') ? image.type : 'image/png';
  const dataUrl = encodeDataUrl(bytes, type);
  if (dataUrl.length > MAX_IMAGE_DATA_URL_CHARS) {
    throw new ImageCheckFailedError('This image is too large to check: attach a smaller copy', 'too-large');
  }
  const request: ImageCheckRequest = { type: IMAGE_CHECK_REQUEST, image: dataUrl, hash };

  let reply: unknown;
  const stopListening = progress ? onStage(hash, progress) : () => undefined;
  try {
    reply = await untilAborted(browser.runtime.sendMessage(request), signal);
  } catch (error) {
    if (signal.aborted) throw abortError(signal);
    // No background listener (extension reloaded, context invalidated…).
    throw new ImageCheckUnavailableError(`Image checks are not running: ${(error as Error)?.message ?? String(error)}`);
  } finally {
    stopListening();
  }
  const parsed = ImageCheckReplySchema.safeParse(reply);
  if (!parsed.success) throw new ImageCheckUnavailableError('Image checks gave no answer');
  if (!parsed.data.ok) throw imageCheckErrorFrom(parsed.data.error.kind, parsed.data.error.message);
  const { ok: _ok, ms: _ms, stages: _stages, ...findings } = parsed.data;
  return findings;
}

/**
 * The image's bytes in an array of this script's own. In a Firefox content
 * script a File from the page's file input gives an ArrayBuffer of the page's
 * compartment, and a typed array over it cannot be sliced (subarray reads
 * `constructor` through a wrapper the content script may not open:
 * "Permission denied to access property constructor"). One copy fixes that.
 */
async function ownBytes(image: Blob): Promise<Uint8Array> {
  const view = new Uint8Array(await image.arrayBuffer());
  const own = new Uint8Array(view.length);
  own.set(view);
  return own;
}
