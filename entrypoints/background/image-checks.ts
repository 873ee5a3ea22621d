/**
 * Routes image checks from content scripts and extension pages to the image
 * host (components/vision/: text and faces).
 *
 * Chrome: a service worker cannot start Workers, so the host lives in an
 * offscreen document (reason WORKERS), created on the first image and closed
 * when the host reports it has been idle.
 * Firefox: the MV3 background is an event page, which can start Workers, so
 * the host runs right here. The engines are imported lazily either way: they
 * load only once an image is attached.
 */
import { browser } from 'wxt/browser';
import type { VisionHost } from '@/components/vision/host';
import { ImageCheckUnavailableError, imageCheckErrorKind } from '@/components/vision/errors';
import {
  IMAGE_CHECK_REQUEST,
  IMAGE_HOST_IDLE_NOTICE,
  IMAGE_HOST_REQUEST,
  IMAGE_STAGE_NOTICE,
  ImageCheckRequestSchema,
  ImageHostIdleNoticeSchema,
  ImageStageNoticeSchema,
  failedReply,
  type ImageCheckReply,
  type ImageCheckRequest,
  type ImageHostRequest,
  type ImageStageNotice,
} from '@/components/vision/messages';

/** The tab frames waiting on each image, by hash: where its stage notices go. */
const waiting = new Map<string, Map<string, { tabId: number; frameId: number }>>();

function addWaiting(hash: string, tabId: number | undefined, frameId: number | undefined): () => void {
  if (tabId === undefined) return () => undefined;
  const key = `${tabId}:${frameId ?? 0}`;
  const frames = waiting.get(hash) ?? new Map();
  frames.set(key, { tabId, frameId: frameId ?? 0 });
  waiting.set(hash, frames);
  return () => {
    frames.delete(key);
    if (frames.size === 0) waiting.delete(hash);
  };
}

/** Tells the frames waiting on an image which stage its check has reached (progress in the panel). */
function forwardStage(notice: ImageStageNotice): void {
  for (const { tabId, frameId } of waiting.get(notice.hash)?.values() ?? []) {
    void browser.tabs.sendMessage(tabId, notice, { frameId }).catch(() => undefined);
  }
}

export function setupImageCheckService(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only this extension's own content scripts and pages may ask.
    if (sender.id !== browser.runtime.id) return undefined;
    const type = (message as { type?: unknown } | null)?.type;
    if (type === IMAGE_HOST_IDLE_NOTICE && ImageHostIdleNoticeSchema.safeParse(message).success) {
      if (!import.meta.env.FIREFOX) void closeOffscreen();
      return undefined;
    }
    if (type === IMAGE_STAGE_NOTICE) {
      // From the offscreen document only (a tab has no business reporting the host's progress).
      const notice = ImageStageNoticeSchema.safeParse(message);
      if (notice.success && sender.tab === undefined) forwardStage(notice.data);
      return undefined;
    }
    if (type !== IMAGE_CHECK_REQUEST) return undefined;
    const parsed = ImageCheckRequestSchema.safeParse(message);
    if (!parsed.success) {
      return Promise.resolve(failedReply('failed', `Bad image check request: ${parsed.error.issues[0]?.message ?? 'invalid'}`));
    }
    const done = addWaiting(parsed.data.hash, sender.tab?.id, sender.frameId);
    return (import.meta.env.FIREFOX ? checkHere(parsed.data) : checkOffscreen(parsed.data))
      .catch((error: unknown): ImageCheckReply => failedReply(imageCheckErrorKind(error), (error as Error)?.message ?? String(error)))
      .finally(done);
  });
}

// ---- Firefox: the event page hosts the worker ------------------------------

/** The host, kept beside its answer so "Data on this laptop" can ask whether it runs and make it forget. */
let answering: Promise<{ host: VisionHost; answer: (request: ImageCheckRequest) => Promise<ImageCheckReply> }> | undefined;

async function checkHere(request: ImageCheckRequest): Promise<ImageCheckReply> {
  answering ??= import('@/components/vision/browser').then(({ answerImageCheck, createExtensionHost }) => {
    const host = createExtensionHost((path) => browser.runtime.getURL(path as '/'), {
      onStage: (stage, hash) => forwardStage({ type: IMAGE_STAGE_NOTICE, hash, stage }),
    });
    return { host, answer: (r) => answerImageCheck(host, r.image, r.hash) };
  });
  return (await answering).answer(request);
}

// ---- Chrome: the offscreen document hosts the worker -----------------------

/** The subset of chrome.offscreen / chrome.runtime.getContexts used here (Chrome 116+). */
interface ChromeOffscreenApi {
  offscreen?: {
    createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
    closeDocument(): Promise<void>;
  };
  runtime: {
    getContexts?(filter: { contextTypes: string[]; documentUrls?: string[] }): Promise<unknown[]>;
  };
}

const OFFSCREEN_PATH = 'offscreen.html';
let creating: Promise<void> | undefined;

function chromeApi(): ChromeOffscreenApi {
  return (globalThis as unknown as { chrome: ChromeOffscreenApi }).chrome;
}

async function offscreenOpen(): Promise<boolean> {
  const contexts = await chromeApi().runtime.getContexts?.({
    contextTypes: ['OFFSCREEN_DOCUMENT'],
    documentUrls: [browser.runtime.getURL(`/${OFFSCREEN_PATH}` as '/')],
  });
  return (contexts?.length ?? 0) > 0;
}

/** Opens the offscreen document that hosts the image checks (text and faces) if it is not open. */
async function ensureOffscreen(): Promise<void> {
  const api = chromeApi().offscreen;
  if (!api) throw new ImageCheckUnavailableError('This browser has no offscreen documents');
  if (await offscreenOpen()) return;
  creating ??= api
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['WORKERS'],
      justification: 'Reads the text and finds the faces in images attached to a post, on this computer, so SafePost can check them.',
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

async function closeOffscreen(): Promise<void> {
  if (creating) return;
  if (await offscreenOpen()) await chromeApi().offscreen?.closeDocument().catch(() => undefined);
}

/**
 * Opens the offscreen document if needed and hands it one request. Its reply
 * goes back to the asker as is: the asker validates it on arrival.
 */
async function askOffscreen(forward: ImageHostRequest): Promise<unknown> {
  await ensureOffscreen();
  try {
    return await browser.runtime.sendMessage(forward);
  } catch {
    // The document's script may still be registering its listener: one retry.
    await new Promise((resolve) => setTimeout(resolve, 200));
    return await browser.runtime.sendMessage(forward);
  }
}

async function checkOffscreen(request: ImageCheckRequest): Promise<unknown> {
  return askOffscreen({ type: IMAGE_HOST_REQUEST, image: request.image, hash: request.hash });
}

// ---- "Data on this laptop": the image findings held in memory -------------

/** Whether the image reader is running, and so may hold findings of images checked recently (in memory only). */
export async function imageReaderRunning(): Promise<boolean> {
  if (import.meta.env.FIREFOX) return answering !== undefined;
  return offscreenOpen().catch(() => false);
}

/**
 * Forgets every image finding the reader holds (the text read from images
 * may name a pupil): closes the offscreen document on Chrome, drops the host
 * on Firefox. The next attached image starts a fresh reader.
 */
export async function forgetImageFindings(): Promise<void> {
  if (import.meta.env.FIREFOX) {
    // Drop the host (and its cache) and stop its engines' workers, which would otherwise outlive it until garbage collection.
    const running = answering;
    answering = undefined;
    await running?.then(({ host }) => host.release()).catch(() => undefined);
    return;
  }
  await closeOffscreen().catch(() => undefined);
}
