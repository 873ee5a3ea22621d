/**
 * Chrome's offscreen document (reason WORKERS): hosts the image analyses
 * (components/vision/: text and faces) whose workers and wasm a service
 * worker cannot run. Answers OffscreenOcrRequest from the background and
 * tells it when the host went idle so it can close this page.
 */
import { browser } from 'wxt/browser';
import { ocrErrorKind } from '@/components/ocr/errors';
import { createExtensionHost } from '@/components/vision/browser';
import {
  IMAGE_STAGE_NOTICE,
  ImageStageSchema,
  OCR_IDLE_NOTICE,
  OFFSCREEN_OCR_REQUEST,
  OffscreenOcrRequestSchema,
  decodeDataUrl,
  failure,
  type ImageStageNotice,
  type OcrResponse,
} from '@/components/ocr/messages';

const host = createExtensionHost((path) => browser.runtime.getURL(path as '/'), {
  onIdle: () => void browser.runtime.sendMessage({ type: OCR_IDLE_NOTICE }).catch(() => undefined),
  // The background passes each stage on to the tab waiting for this image.
  onStage: (stage, hash) => {
    const known = ImageStageSchema.safeParse(stage);
    if (!known.success) return;
    const notice: ImageStageNotice = { type: IMAGE_STAGE_NOTICE, hash, stage: known.data };
    void browser.runtime.sendMessage(notice).catch(() => undefined);
  },
});

browser.runtime.onMessage.addListener((message: unknown, sender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  if ((message as { type?: unknown } | null)?.type !== OFFSCREEN_OCR_REQUEST) return undefined;
  const parsed = OffscreenOcrRequestSchema.safeParse(message);
  if (!parsed.success) return Promise.resolve(failure('failed', 'Bad image check request'));
  const { bytes, type } = decodeDataUrl(parsed.data.image);
  return host.analyse(bytes, type, parsed.data.hash).then(
    ({ findings, ms, stages, failed }): OcrResponse => {
      if (failed.faces) console.warn('SafePost: face check failed', failed.faces);
      return { ok: true, ...findings, ms, stages };
    },
    (error: unknown): OcrResponse => failure(ocrErrorKind(error), (error as Error)?.message ?? String(error)),
  );
});
