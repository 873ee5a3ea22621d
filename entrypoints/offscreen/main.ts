/**
 * Chrome's offscreen document (reason WORKERS): hosts the image analyses
 * (components/vision/) whose workers and wasm a service worker cannot run. Answers OffscreenOcrRequest from the
 * background and tells it when the worker went idle so it can close this page.
 */
import { browser } from 'wxt/browser';
import { ocrErrorKind } from '@/components/ocr/errors';
import { createExtensionHost } from '@/components/vision/browser';
import { FaceHost } from '@/components/faces/host';
import { OFFSCREEN_FACES_REQUEST, OffscreenFacesRequestSchema, facesFailure, type FacesResponse } from '@/components/faces/messages';
import {
  OCR_IDLE_NOTICE,
  OFFSCREEN_OCR_REQUEST,
  OffscreenOcrRequestSchema,
  decodeDataUrl,
  failure,
  type OcrResponse,
} from '@/components/ocr/messages';

const faces = new FaceHost({ assetUrl: (path) => browser.runtime.getURL(path as '/') });

const host = createExtensionHost((path) => browser.runtime.getURL(path as '/'), {
  // The document closes when OCR is idle, unless a face check is still running.
  onIdle: () => {
    if (!faces.busy) void browser.runtime.sendMessage({ type: OCR_IDLE_NOTICE }).catch(() => undefined);
  },
});

browser.runtime.onMessage.addListener((message: unknown, sender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  if ((message as { type?: unknown } | null)?.type !== OFFSCREEN_FACES_REQUEST) return undefined;
  const parsed = OffscreenFacesRequestSchema.safeParse(message);
  if (!parsed.success) return Promise.resolve(facesFailure('failed', 'Bad face check request'));
  const { bytes, type } = decodeDataUrl(parsed.data.image);
  return faces.detect(bytes, type, parsed.data.hash).then(
    ({ faces: found, ms }): FacesResponse => ({ ok: true, faces: found, ms }),
    (error: unknown): FacesResponse => facesFailure(ocrErrorKind(error), (error as Error)?.message ?? String(error)),
  );
});

browser.runtime.onMessage.addListener((message: unknown, sender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  if ((message as { type?: unknown } | null)?.type !== OFFSCREEN_OCR_REQUEST) return undefined;
  const parsed = OffscreenOcrRequestSchema.safeParse(message);
  if (!parsed.success) return Promise.resolve(failure('failed', 'Bad image check request'));
  const { bytes, type } = decodeDataUrl(parsed.data.image);
  return host.analyse(bytes, type, parsed.data.hash).then(
    ({ findings, ms }): OcrResponse => ({ ok: true, ...findings, ms }),
    (error: unknown): OcrResponse => failure(ocrErrorKind(error), (error as Error)?.message ?? String(error)),
  );
});
