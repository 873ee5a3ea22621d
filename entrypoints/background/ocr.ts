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
import { ocrErrorKind } from '@/components/ocr/errors';
import type { VisionHost } from '@/components/vision/host';
import {
  IMAGE_STAGE_NOTICE,
  ImageStageNoticeSchema,
  ImageStageSchema,
  OFFSCREEN_OCR_REQUEST,
  OCR_IDLE_NOTICE,
  OCR_REQUEST,
  OcrIdleNoticeSchema,
  OcrRequestSchema,
  OcrResponseSchema,
  decodeDataUrl,
  failure,
  type ImageStageNotice,
  type OcrRequest,
  type OcrResponse,
  type OffscreenOcrRequest,
} from '@/components/ocr/messages';

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

export function setupOcrService(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only this extension's own content scripts and pages may ask.
    if (sender.id !== browser.runtime.id) return undefined;
    const type = (message as { type?: unknown } | null)?.type;
    if (type === OCR_IDLE_NOTICE && OcrIdleNoticeSchema.safeParse(message).success) {
      if (!import.meta.env.FIREFOX) void closeOffscreen();
      return undefined;
    }
    if (type === IMAGE_STAGE_NOTICE) {
      // From the offscreen document only (a tab has no business reporting the host's progress).
      const notice = ImageStageNoticeSchema.safeParse(message);
      if (notice.success && sender.tab === undefined) forwardStage(notice.data);
      return undefined;
    }
    if (type !== OCR_REQUEST) return undefined;
    const parsed = OcrRequestSchema.safeParse(message);
    if (!parsed.success) {
      return Promise.resolve(failure('failed', `Bad image check request: ${parsed.error.issues[0]?.message ?? 'invalid'}`));
    }
    const done = addWaiting(parsed.data.hash, sender.tab?.id, sender.frameId);
    return (import.meta.env.FIREFOX ? readHere(parsed.data) : readOffscreen(parsed.data))
      .catch((error: unknown): OcrResponse => failure(ocrErrorKind(error), (error as Error)?.message ?? String(error)))
      .finally(done);
  });
}

// ---- Firefox: the event page hosts the worker ------------------------------

let host: Promise<VisionHost> | undefined;

async function readHere(request: OcrRequest): Promise<OcrResponse> {
  host ??= import('@/components/vision/browser').then(({ createExtensionHost }) =>
    createExtensionHost((path) => browser.runtime.getURL(path as '/'), {
      onStage: (stage, hash) => {
        const known = ImageStageSchema.safeParse(stage);
        if (known.success) forwardStage({ type: IMAGE_STAGE_NOTICE, hash, stage: known.data });
      },
    }),
  );
  const { bytes, type } = decodeDataUrl(request.image);
  const { findings, ms, stages, failed } = await (await host).analyse(bytes, type, request.hash);
  if (failed.faces) console.warn('SafePost: face check failed', failed.faces);
  return { ok: true, ...findings, ms, stages };
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
  if (!api) throw Object.assign(new Error('This browser has no offscreen documents'), { name: 'OcrUnavailableError' });
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

/** Opens the offscreen document if needed and hands it one request; its raw answer. */
async function askOffscreen(forward: OffscreenOcrRequest): Promise<unknown> {
  await ensureOffscreen();
  try {
    return await browser.runtime.sendMessage(forward);
  } catch {
    // The document's script may still be registering its listener: one retry.
    await new Promise((resolve) => setTimeout(resolve, 200));
    return await browser.runtime.sendMessage(forward);
  }
}

async function readOffscreen(request: OcrRequest): Promise<OcrResponse> {
  const forward: OffscreenOcrRequest = { type: OFFSCREEN_OCR_REQUEST, image: request.image, hash: request.hash };
  const reply = await askOffscreen(forward);
  const parsed = OcrResponseSchema.safeParse(reply);
  return parsed.success ? parsed.data : failure('unavailable', 'The image reader gave no answer');
}

// ---- "Data on this laptop": the image findings held in memory -------------

/** Whether the image reader is running, and so may hold findings of images checked recently (in memory only). */
export async function imageReaderRunning(): Promise<boolean> {
  if (import.meta.env.FIREFOX) return host !== undefined;
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
    const running = host;
    host = undefined;
    await running?.then((h) => h.release()).catch(() => undefined);
    return;
  }
  await closeOffscreen().catch(() => undefined);
}
