/**
 * Chrome's offscreen document (reason WORKERS): hosts the image analyses
 * (components/vision/: text and faces) whose workers and wasm a service
 * worker cannot run. Answers ImageHostRequest from the background and tells
 * it when the host went idle so it can close this page.
 */
import { browser } from 'wxt/browser';
import { answerImageCheck, createExtensionHost } from '@/components/vision/browser';
import {
  IMAGE_HOST_IDLE_NOTICE,
  IMAGE_HOST_REQUEST,
  IMAGE_STAGE_NOTICE,
  ImageHostRequestSchema,
  failedReply,
  type ImageStageNotice,
} from '@/components/vision/messages';

const host = createExtensionHost((path) => browser.runtime.getURL(path as '/'), {
  onIdle: () => void browser.runtime.sendMessage({ type: IMAGE_HOST_IDLE_NOTICE }).catch(() => undefined),
  // The background passes each stage on to the tab waiting for this image.
  onStage: (stage, hash) => {
    const notice: ImageStageNotice = { type: IMAGE_STAGE_NOTICE, hash, stage };
    void browser.runtime.sendMessage(notice).catch(() => undefined);
  },
});

browser.runtime.onMessage.addListener((message: unknown, sender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  if ((message as { type?: unknown } | null)?.type !== IMAGE_HOST_REQUEST) return undefined;
  const parsed = ImageHostRequestSchema.safeParse(message);
  if (!parsed.success) return Promise.resolve(failedReply('failed', 'Bad image check request'));
  return answerImageCheck(host, parsed.data.image, parsed.data.hash);
});
