/**
 * The image host's runtime parts inside the extension (offscreen document on
 * Chrome, background event page on Firefox): decoding with the browser's own
 * image decoder, the extension's own files as assets, and the reply to one
 * image check request.
 */
import { FACE_MODEL_ASSET_DIR, FACE_WASM_ASSET_DIR } from '../faces/config';
import { humanConfig, loadOnWasm } from '../faces/human-setup';
import type { LoadableHuman } from '../faces/tfjs-shim';
import type { StartFaceDetector } from '../faces/face-analysis';
import { imageAnalyses } from './analyses';
import { ImageCheckFailedError, imageCheckErrorKind } from './errors';
import { VisionHost, type VisionHostOptions } from './host';
import { releaseArray } from './release';
import { decodeDataUrl, failedReply, type ImageCheckReply } from './messages';
import type { AssetSource, RgbaImage } from './types';

/**
 * Images are decoded at most this large. A 12-megapixel phone photo becomes
 * 2048×1536: every analysis scales further down for its own model, and a
 * full-size decode would cost 48 MB of pixels for nothing.
 */
export const VISION_DECODE_MAX_SIDE = 2048;

/** The size an image is decoded at: longest side at most `maxSide`, aspect kept. */
export function decodeSize(width: number, height: number, maxSide = VISION_DECODE_MAX_SIDE): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export async function decodeInBrowser(bytes: Uint8Array, type: string): Promise<RgbaImage> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), { imageOrientation: 'from-image' });
  } catch {
    throw new ImageCheckFailedError('This file could not be opened as an image', 'unreadable');
  }
  try {
    const size = decodeSize(bitmap.width, bitmap.height);
    const canvas = new OffscreenCanvas(size.width, size.height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new ImageCheckFailedError('No 2D canvas to prepare the image');
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    const pixels = context.getImageData(0, 0, size.width, size.height);
    // The canvas's own 12 MB copy of the pixels goes now, not at the next garbage collection.
    canvas.width = canvas.height = 0;
    return { width: size.width, height: size.height, data: pixels.data };
  } finally {
    bitmap.close();
  }
}

/** The extension's own files: `getUrl` is browser.runtime.getURL; nothing is fetched from anywhere else. */
export function extensionAssets(getUrl: (path: string) => string): AssetSource {
  const url = (path: string) => getUrl(`/${path.replace(/^\/+/, '')}`);
  return {
    runtime: 'extension',
    url,
    async bytes(path) {
      const response = await fetch(url(path));
      if (!response.ok) throw new ImageCheckFailedError(`A file of the image checks is missing: ${path}`);
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}

/** Human's settings with every load pointed at the extension's own files (never its CDN defaults). */
export function extensionHumanConfig(assets: AssetSource) {
  return {
    ...humanConfig(`${assets.url(FACE_MODEL_ASSET_DIR)}/`, `${assets.url(FACE_WASM_ASSET_DIR)}/`),
    // The weights ship with the extension: never copy them into IndexedDB.
    cacheModels: false,
  };
}

/** Human's browser bundle, imported only once an image is attached (it is 2 MB). */
export function startFaceDetectorInExtension(assets: AssetSource): StartFaceDetector {
  return async () => {
    const { Human } = (await import('@vladmandic/human')) as unknown as { Human: new (config: unknown) => LoadableHuman };
    const human = new Human(extensionHumanConfig(assets));
    await loadOnWasm(human);
    return human;
  };
}

/** The host as the extension runs it. */
export function createExtensionHost(getUrl: (path: string) => string, options: Pick<VisionHostOptions, 'onIdle' | 'idleMs' | 'onStage'> = {}): VisionHost {
  const assets = extensionAssets(getUrl);
  return new VisionHost({
    analyses: imageAnalyses(assets, { startFaceDetector: startFaceDetectorInExtension(assets) }),
    decode: decodeInBrowser,
    // The image's bytes (from the request's data: URL) and pixels are this host's own: freed as soon as they are read.
    release: releaseArray,
    ...options,
  });
}

/** The reply to one (already validated) image check: the host's findings, or why there are none. */
export async function answerImageCheck(host: VisionHost, image: string, hash: string): Promise<ImageCheckReply> {
  try {
    const { bytes, type } = decodeDataUrl(image);
    const { findings, ms, stages, failed } = await host.analyse(bytes, type, hash);
    if (failed.faces) console.warn('SafePost: face check failed', failed.faces);
    return { ok: true, ...findings, ms, stages };
  } catch (error) {
    return failedReply(imageCheckErrorKind(error), error instanceof Error ? error.message : String(error));
  }
}
