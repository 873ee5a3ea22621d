/**
 * tesseract.js, set up once for every place SafePost reads images (offscreen
 * document, Firefox background page, CLI): the same language data, engine
 * mode, parameters and error handler everywhere. Deadlines are the image
 * host's: on expiry it resets the text analysis, which stops this worker. Only where the
 * files come from differs (AssetSource); tesseract.js's CDN defaults are all
 * overridden in the extension, so nothing is fetched from anywhere else.
 */
import { createWorker, type Worker } from 'tesseract.js';
import type { AssetSource } from '../vision/types';
import {
  OCR_CORE_ASSET_DIR,
  OCR_CORE_FILE,
  OCR_LANG,
  OCR_LANG_ASSET_DIR,
  OCR_OEM,
  OCR_WORKER_ASSET,
} from './config';

export interface TesseractOptions {
  langPath: string;
  cacheMethod: 'none';
  gzip: true;
  errorHandler: () => undefined;
  /** Extension only (Node's tesseract.js takes its worker and core from node_modules). */
  workerPath?: string;
  corePath?: string;
  workerBlobURL?: false;
}

/** tesseract.js options that keep every load inside the extension (or node_modules). */
export function tesseractOptions(assets: AssetSource): TesseractOptions {
  const common = {
    langPath: assets.url(OCR_LANG_ASSET_DIR),
    // Never write the language data to IndexedDB or the working directory: it ships with SafePost.
    cacheMethod: 'none',
    gzip: true,
    // A job the worker rejects (an image it cannot read) already rejects its
    // recognize() promise. Without a handler tesseract.js also rethrows the
    // error inside its message listener, where nothing can catch it: the CLI
    // process dies, the offscreen document logs an uncaught error.
    errorHandler: () => undefined,
  } satisfies TesseractOptions;
  if (assets.runtime === 'node') return common;
  return {
    ...common,
    workerPath: assets.url(OCR_WORKER_ASSET),
    // A full file name: tesseract.js loads exactly this core instead of choosing one by feature detection.
    corePath: assets.url(`${OCR_CORE_ASSET_DIR}/${OCR_CORE_FILE}`),
    // A blob: worker would be created from a CDN importScripts shim; load our file instead.
    workerBlobURL: false,
  } as const;
}

/** A word of a reading, with tesseract's confidence (0-100). */
export interface ReadWord {
  text: string;
  confidence: number;
}

/** A line of tesseract's reading with its words' confidences and its box in the image read. */
export interface TesseractLine {
  text: string;
  confidence: number;
  words: ReadWord[];
  bbox: { x0: number; y0: number; x1: number; y1: number };
}

/** One warm tesseract.js worker, started on first use, dropped after a hang or when idle. */
export class TesseractEngine {
  private worker: Promise<Worker> | undefined;
  /** The page segmentation mode each worker was last given. */
  private readonly psm = new WeakMap<Worker, string>();
  /** Workers that have finished starting (a reset waits for those to stop, never for one still starting). */
  private readonly started = new WeakSet<Promise<Worker>>();

  constructor(private readonly assets: AssetSource) {}

  /** Lines read from `image` (PNG/PGM/JPEG bytes) with page segmentation mode `psm`. */
  async readLines(image: Uint8Array, psm: string): Promise<{ text: string; lines: TesseractLine[] }> {
    const worker = await this.getWorker();
    // A round trip to the worker only when the mode changes: the image checks
    // start tesseract's reading and then keep the main thread busy with
    // PP-OCR, so the recognise job must be posted without waiting on a reply.
    if (this.psm.get(worker) !== psm) {
      await worker.setParameters({ tessedit_pageseg_mode: psm as never });
      this.psm.set(worker, psm);
    }
    const input = this.assets.runtime === 'node' ? Buffer.from(image.buffer, image.byteOffset, image.byteLength) : new Blob([image as Uint8Array<ArrayBuffer>]);
    const result = await worker.recognize(input as never, {}, { text: true, blocks: true });
    const lines: TesseractLine[] = [];
    for (const block of result.data.blocks ?? [])
      for (const paragraph of block.paragraphs)
        for (const line of paragraph.lines)
          lines.push({
            text: line.text.trim(),
            confidence: line.confidence,
            words: line.words.map((w) => ({ text: w.text, confidence: w.confidence })),
            bbox: line.bbox,
          });
    return { text: result.data.text, lines };
  }

  private getWorker(): Promise<Worker> {
    if (!this.worker) {
      const starting = (async () => {
        const worker = await createWorker(OCR_LANG, OCR_OEM, tesseractOptions(this.assets) as never);
        await worker.setParameters({ preserve_interword_spaces: '1' });
        return worker;
      })();
      this.worker = starting;
      starting.then(
        () => this.started.add(starting),
        () => {
          if (this.worker === starting) this.worker = undefined;
        },
      );
    }
    return this.worker;
  }

  /** Kill the worker (hung or idle); the next read starts a fresh one. */
  async reset(): Promise<void> {
    const current = this.worker;
    this.worker = undefined;
    if (!current) return;
    // A worker still starting is stopped once it has started; a start that hangs must not hold up the reset.
    const stopping = current.then((w) => w.terminate()).catch(() => undefined);
    if (this.started.has(current)) await stopping;
  }
}
