/**
 * The face host: one warm @vladmandic/human detector (BlazeFace + FaceMesh on
 * TensorFlow.js's wasm backend) in the same extension context as the OCR
 * host: the offscreen document on Chrome, the background page on Firefox.
 * Models and wasm load from the extension's own files (wxt.config.ts copies
 * them); Human's CDN defaults are overridden and nothing is cached in
 * IndexedDB. Cached by image hash, time-limited, idle-released, like OCR.
 */
import { LruCache, sha256Hex } from '../ocr/cache';
import { OcrFailedError } from '../ocr/errors';
import { withTimeout } from '../ocr/timeout';
import {
  FACE_DETECT_TIMEOUT_MS,
  FACE_IDLE_MS,
  FACE_MODEL_ASSET_DIR,
  FACE_START_TIMEOUT_MS,
  FACE_WASM_ASSET_DIR,
  type FaceBox,
} from './config';
import { detectFaces, humanConfig, loadOnWasm, type LoadableHuman, type RgbImage } from './detector';
import { faceTargetSize } from './tiles';

export interface FaceHostOptions {
  /** Absolute URL of an extension file, e.g. browser.runtime.getURL. */
  assetUrl(path: string): string;
  idleMs?: number;
  startTimeoutMs?: number;
  detectTimeoutMs?: number;
}

type Human = LoadableHuman;

/** Human's settings with every load pointed at the extension's files. */
export function extensionHumanConfig(assetUrl: (path: string) => string) {
  return {
    ...humanConfig(assetUrl(`/${FACE_MODEL_ASSET_DIR}/`), assetUrl(`/${FACE_WASM_ASSET_DIR}/`)),
    // The weights ship with the extension: never copy them into IndexedDB.
    cacheModels: false,
  };
}

export class FaceHost {
  private human: Promise<Human> | undefined;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly cache = new LruCache<FaceBox[]>(128);
  private queue: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private readonly options: Required<FaceHostOptions>;

  constructor(options: FaceHostOptions) {
    this.options = { idleMs: FACE_IDLE_MS, startTimeoutMs: FACE_START_TIMEOUT_MS, detectTimeoutMs: FACE_DETECT_TIMEOUT_MS, ...options };
  }

  /** Whether an image is being checked or waiting (the offscreen document stays open meanwhile). */
  get busy(): boolean {
    return this.pending > 0;
  }

  /** Uncovered human faces in the image bytes; cached by SHA-256 of the bytes. */
  async detect(bytes: Uint8Array, type: string, knownHash?: string): Promise<{ faces: FaceBox[]; ms: number }> {
    const hash = knownHash ?? (await sha256Hex(bytes));
    const cached = this.cache.get(hash);
    if (cached !== undefined) return { faces: cached, ms: 0 };
    this.pending++;
    const run = this.queue.then(() => this.detectNow(bytes, type, hash)).finally(() => this.pending--);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async detectNow(bytes: Uint8Array, type: string, hash: string): Promise<{ faces: FaceBox[]; ms: number }> {
    const cached = this.cache.get(hash);
    if (cached !== undefined) return { faces: cached, ms: 0 };
    this.cancelIdle();
    const started = performance.now();
    try {
      const image = await rgbForFaces(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
      const human = await this.getHuman();
      const { faces } = await withTimeout(detectFaces(human, image), this.options.detectTimeoutMs, () => this.discard(), 'Finding faces');
      this.cache.set(hash, faces);
      return { faces, ms: Math.round(performance.now() - started) };
    } finally {
      this.scheduleIdle();
    }
  }

  private getHuman(): Promise<Human> {
    if (!this.human) {
      const starting = (async () => {
        // Lazy: the 2 MB bundle loads only once an image is attached.
        const { Human } = (await import('@vladmandic/human')) as unknown as { Human: new (config: unknown) => Human };
        const human = new Human(extensionHumanConfig(this.options.assetUrl));
        await loadOnWasm(human);
        return human;
      })();
      this.human = withTimeout(starting, this.options.startTimeoutMs, () => {
        this.human = undefined;
      }, 'Starting the face check');
      this.human.catch(() => {
        this.human = undefined;
      });
    }
    return this.human;
  }

  /** Drop the detector (hung or idle); the next image loads a fresh one. */
  discard(): void {
    this.human = undefined;
  }

  private cancelIdle(): void {
    if (this.idleTimer !== undefined) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }

  private scheduleIdle(): void {
    this.cancelIdle();
    this.idleTimer = setTimeout(() => this.discard(), this.options.idleMs);
  }
}

/** Decode (EXIF-oriented), scale to FACE_MAX_SIDE and take RGB pixels, off the page's main thread. */
export async function rgbForFaces(blob: Blob): Promise<RgbImage> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  } catch {
    throw new OcrFailedError('This file could not be opened as an image', 'unreadable');
  }
  try {
    const { width, height } = faceTargetSize(bitmap.width, bitmap.height);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new OcrFailedError('No 2D canvas to prepare the image');
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    const rgba = context.getImageData(0, 0, width, height).data;
    const rgb = new Uint8Array(width * height * 3);
    for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
      rgb[j] = rgba[i]!;
      rgb[j + 1] = rgba[i + 1]!;
      rgb[j + 2] = rgba[i + 2]!;
    }
    return { data: rgb, width, height };
  } finally {
    bitmap.close();
  }
}
