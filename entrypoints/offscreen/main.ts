/**
 * Chrome's offscreen document (reason WORKERS): hosts the tesseract.js worker
 * that a service worker cannot start. Answers OffscreenOcrRequest from the
 * background and tells it when the worker went idle so it can close this page.
 */
import { browser } from 'wxt/browser';
import { ocrErrorKind } from '@/components/ocr/errors';
import { OcrHost } from '@/components/ocr/host';
import {
  OCR_IDLE_NOTICE,
  OFFSCREEN_OCR_REQUEST,
  OffscreenOcrRequestSchema,
  decodeDataUrl,
  failure,
  type OcrResponse,
} from '@/components/ocr/messages';

const host = new OcrHost({
  assetUrl: (path) => browser.runtime.getURL(path as '/'),
  onIdle: () => void browser.runtime.sendMessage({ type: OCR_IDLE_NOTICE }).catch(() => undefined),
});

browser.runtime.onMessage.addListener((message: unknown, sender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  if ((message as { type?: unknown } | null)?.type !== OFFSCREEN_OCR_REQUEST) return undefined;
  const parsed = OffscreenOcrRequestSchema.safeParse(message);
  if (!parsed.success) return Promise.resolve(failure('failed', 'Bad image check request'));
  const { bytes, type } = decodeDataUrl(parsed.data.image);
  return host.read(bytes, type, parsed.data.hash).then(
    ({ text, ms }): OcrResponse => ({ ok: true, text, ms }),
    (error: unknown): OcrResponse => failure(ocrErrorKind(error), (error as Error)?.message ?? String(error)),
  );
});
