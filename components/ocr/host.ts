/**
 * The OCR host: one warm tesseract.js worker inside an extension context that
 * may start workers: the offscreen document on Chrome, the background event
 * page on Firefox. Loads the worker script, core wasm and language data from
 * the extension's own files (wxt.config.ts copies them from node_modules);
 * tesseract.js's CDN defaults are all overridden, so nothing is fetched from
 * anywhere else.
 */
import { createWorker, type Worker } from 'tesseract.js';
import { LruCache, sha256Hex } from './cache';
import {
  OCR_CORE_ASSET_DIR,
  OCR_IDLE_MS,
  OCR_LANG,
  OCR_LANG_ASSET_DIR,
  OCR_OEM,
  OCR_PASSES,
  OCR_RECOGNIZE_TIMEOUT_MS,
  OCR_START_TIMEOUT_MS,
  OCR_WORKER_ASSET,
} from './config';
import { ocrTargetSize } from './downscale';
import { OcrFailedError } from './errors';
import { readWithPasses, wordsOfBlocks } from './passes';
import { grayPgm, grayscaleStretch } from './preprocess';
import { withTimeout } from './timeout';

export interface OcrHostOptions {
  /** Absolute URL of an extension file, e.g. browser.runtime.getURL. */
  assetUrl(path: string): string;
  idleMs?: number;
  startTimeoutMs?: number;
  recognizeTimeoutMs?: number;
  /** Called after the idle worker was released (Chrome closes the offscreen document). */
  onIdle?(): void;
}

/** tesseract.js options that keep every load inside the extension. */
export function tesseractOptions(assetUrl: (path: string) => string) {
  return {
    workerPath: assetUrl(`/${OCR_WORKER_ASSET}`),
    corePath: assetUrl(`/${OCR_CORE_ASSET_DIR}`),
    langPath: assetUrl(`/${OCR_LANG_ASSET_DIR}`),
    // A blob: worker would be created from a CDN importScripts shim; load our file instead.
    workerBlobURL: false,
    // Never write the language data to IndexedDB: it ships with the extension.
    cacheMethod: 'none',
    gzip: true,
  } as const;
}

export class OcrHost {
  private worker: Promise<Worker> | undefined;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly cache = new LruCache<string>(128);
  /** Images are read one at a time: a single worker, and two cores shared with the page. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly options: Required<Omit<OcrHostOptions, 'onIdle'>> & Pick<OcrHostOptions, 'onIdle'>;

  constructor(options: OcrHostOptions) {
    this.options = {
      idleMs: OCR_IDLE_MS,
      startTimeoutMs: OCR_START_TIMEOUT_MS,
      recognizeTimeoutMs: OCR_RECOGNIZE_TIMEOUT_MS,
      ...options,
    };
  }

  /** OCR text of the image bytes; cached by SHA-256 of the bytes. */
  async read(bytes: Uint8Array, type: string, knownHash?: string): Promise<{ text: string; ms: number }> {
    const hash = knownHash ?? (await sha256Hex(bytes));
    const cached = this.cache.get(hash);
    if (cached !== undefined) return { text: cached, ms: 0 };
    const run = this.queue.then(() => this.readNow(bytes, type, hash));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async readNow(bytes: Uint8Array, type: string, hash: string): Promise<{ text: string; ms: number }> {
    const cached = this.cache.get(hash);
    if (cached !== undefined) return { text: cached, ms: 0 };
    this.cancelIdle();
    const started = performance.now();
    try {
      const source = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
      const { text } = await readWithPasses(
        OCR_PASSES,
        (clean) => prepareForOcr(source, clean),
        async (image, pass) => {
          const worker = await this.getWorker();
          await worker.setParameters({ tessedit_pageseg_mode: pass.psm as never });
          // blocks: the words' confidences decide whether a fallback reading is needed.
          const result = await withTimeout(
            worker.recognize(image, {}, { text: true, blocks: true }),
            this.options.recognizeTimeoutMs,
            () => this.discardWorker(),
          );
          return { text: result.data.text, words: wordsOfBlocks(result.data.blocks) };
        },
      );
      this.cache.set(hash, text);
      return { text, ms: Math.round(performance.now() - started) };
    } finally {
      this.scheduleIdle();
    }
  }

  private getWorker(): Promise<Worker> {
    if (!this.worker) {
      const starting = (async () => {
        const worker = await createWorker(OCR_LANG, OCR_OEM, tesseractOptions(this.options.assetUrl));
        await worker.setParameters({ preserve_interword_spaces: '1' });
        return worker;
      })();
      this.worker = withTimeout(starting, this.options.startTimeoutMs, () => {
        // A worker that finishes starting after the deadline is stopped at once.
        void starting.then((w) => w.terminate()).catch(() => undefined);
        this.worker = undefined;
      }, 'Starting image checks');
      this.worker.catch(() => {
        this.worker = undefined;
      });
    }
    return this.worker;
  }

  /** Kill the worker (hung or idle); the next image starts a fresh one. */
  discardWorker(): void {
    const current = this.worker;
    this.worker = undefined;
    void current?.then((w) => w.terminate()).catch(() => undefined);
  }

  get warm(): boolean {
    return this.worker !== undefined;
  }

  private cancelIdle(): void {
    if (this.idleTimer !== undefined) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }

  private scheduleIdle(): void {
    this.cancelIdle();
    this.idleTimer = setTimeout(() => {
      this.discardWorker();
      this.options.onIdle?.();
    }, this.options.idleMs);
  }
}

/**
 * Decode, scale to the OCR size (large photos down, small text up) and clean
 * the pixels, off the page's main thread (this runs in the offscreen document
 * or the Firefox background page).
 */
export async function prepareForOcr(blob: Blob, clean = true): Promise<Blob> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  } catch {
    throw new OcrFailedError('This file could not be opened as an image', 'unreadable');
  }
  try {
    const size = ocrTargetSize({ width: bitmap.width, height: bitmap.height });
    const canvas = new OffscreenCanvas(size.width, size.height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new OcrFailedError('No 2D canvas to prepare the image');
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    const pixels = context.getImageData(0, 0, size.width, size.height);
    if (clean) {
      grayscaleStretch(pixels.data);
      return new Blob([grayPgm(pixels.data, size.width, size.height) as Uint8Array<ArrayBuffer>], { type: 'image/x-portable-graymap' });
    }
    return await canvas.convertToBlob({ type: 'image/png' });
  } finally {
    bitmap.close();
  }
}
