/**
 * The image host's runtime parts in Node (CLI, benches, tests): sharp decodes
 * and node_modules holds the assets, at the paths the build copies them from
 * (scripts/build/ocr-assets.ts), so the CLI loads exactly the files the extension ships.
 */
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import sharp from 'sharp';
import { imageAnalyses } from '../../components/vision/analyses';
import { decodeSize } from '../../components/vision/browser';
import { VisionHost } from '../../components/vision/host';
import type { AssetSource, RgbaImage } from '../../components/vision/types';
import { ocrAssetFiles } from '../build/ocr-assets';

/** The shipped files, read from where the build takes them. */
export function nodeAssets(): AssetSource {
  const files = ocrAssetFiles();
  const url = (path: string): string => {
    const clean = path.replace(/^\/+|\/+$/g, '');
    const exact = files.find((f) => f.relativeDest === clean);
    if (exact) return exact.absoluteSrc;
    // A directory: where its first file lives (the build copies each directory from one place).
    const inside = files.find((f) => f.relativeDest.startsWith(`${clean}/`));
    if (inside) return dirname(inside.absoluteSrc);
    throw new Error(`Not a shipped image-check file: ${path}`);
  };
  return { runtime: 'node', url, bytes: async (path) => new Uint8Array(await readFile(url(path))) };
}

/** Bytes → EXIF-oriented RGBA at most VISION_DECODE_MAX_SIDE on its longest side, as the extension decodes. */
export async function decodeInNode(bytes: Uint8Array): Promise<RgbaImage> {
  // A truncated file decodes to a partial picture: text in the missing part
  // would never be read, so it is reported as unreadable rather than half-read.
  const image = sharp(bytes, { failOn: 'truncated' }).rotate();
  const meta = await image.metadata();
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? meta.height;
  if (!width || !height) throw new Error('Not a readable image');
  const size = decodeSize(width, height);
  const { data, info } = await image
    .resize(size.width, size.height, { fit: 'fill', kernel: 'lanczos3' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}

/**
 * The CLI's deadline per image: a batch run on a busy machine may be many
 * times slower than the extension on an idle laptop, and a timed-out image
 * counts as unread. SAFEPOST_OCR_TIMEOUT_MS overrides it.
 */
export const CLI_IMAGE_TIMEOUT_MS = Number(process.env.SAFEPOST_OCR_TIMEOUT_MS) || 180_000;

let host: VisionHost | undefined;

/** The process's one host (engines warm across images); `releaseNodeHost` lets the process exit. */
export function nodeHost(): VisionHost {
  host ??= new VisionHost({ analyses: imageAnalyses(nodeAssets(), { timeoutMs: CLI_IMAGE_TIMEOUT_MS }), decode: (bytes) => decodeInNode(bytes), idleMs: Infinity });
  return host;
}

export async function releaseNodeHost(): Promise<void> {
  const current = host;
  host = undefined;
  await current?.release();
}
