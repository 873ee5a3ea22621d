/**
 * The image host's runtime parts in Node (CLI, benches, tests): sharp decodes
 * and node_modules holds the assets, at the paths the build copies them from
 * (scripts/build/ocr-assets.ts, face-assets.ts), so the CLI loads exactly the
 * files the extension ships, and runs the same analyses on them.
 */
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { FACE_MODEL_ASSET_DIR, FACE_WASM_ASSET_DIR } from '../../components/faces/config';
import { humanConfig, loadOnWasm } from '../../components/faces/human-setup';
import type { LoadableHuman } from '../../components/faces/tfjs-shim';
import type { StartFaceDetector } from '../../components/faces/face-analysis';
import { imageAnalyses, type AnalysesOptions } from '../../components/vision/analyses';
import { decodeSize } from '../../components/vision/browser';
import { VisionHost } from '../../components/vision/host';
import type { AnalysisId, AssetSource, RgbaImage } from '../../components/vision/types';
import { faceAssetFiles } from '../build/face-assets';
import { ocrAssetFiles } from '../build/ocr-assets';

const require = createRequire(import.meta.url);

/** The shipped files, read from where the build takes them. */
export function nodeAssets(): AssetSource {
  const files = [...ocrAssetFiles(), ...faceAssetFiles()];
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
 * tfjs loads models with fetch(), which in Node cannot read file: URLs. While
 * the detector starts, fetch reads file: URLs from disk and refuses anything
 * else: starting the face check never touches the network.
 */
async function withFileFetch<T>(work: () => Promise<T>): Promise<T> {
  const networkFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) throw new Error(`The face check loads only local files, not ${url}`);
    return new Response(await readFile(fileURLToPath(url)), { status: 200 });
  }) as typeof fetch;
  try {
    return await work();
  } finally {
    globalThis.fetch = networkFetch;
  }
}

/**
 * Human's node-wasm bundle, loaded by its path: the package's exports map
 * only offers the build that needs the native tfjs-node, never installed here.
 */
export function startFaceDetectorInNode(assets: AssetSource): StartFaceDetector {
  return async () => {
    const human = dirname(dirname(require.resolve('@vladmandic/human')));
    const module = require(join(human, 'dist', 'human.node-wasm.js')) as { Human: new (config: unknown) => LoadableHuman };
    const config = {
      ...humanConfig(`${pathToFileURL(assets.url(FACE_MODEL_ASSET_DIR)).href}/`, `${assets.url(FACE_WASM_ASSET_DIR)}/`),
      cacheModels: false,
    };
    const detector = new module.Human(config);
    await withFileFetch(() => loadOnWasm(detector));
    return detector;
  };
}

/**
 * The CLI's deadline per image: a batch run on a busy machine may be many
 * times slower than the extension on an idle laptop, and a timed-out image
 * counts as unread. SAFEPOST_OCR_TIMEOUT_MS overrides it.
 */
export const CLI_IMAGE_TIMEOUT_MS = Number(process.env.SAFEPOST_OCR_TIMEOUT_MS) || 180_000;

/** A host in Node: every analysis the extension runs, or `only` some (cover-faces needs no text). */
export function createNodeHost(options: Partial<AnalysesOptions> = {}): VisionHost {
  const assets = nodeAssets();
  return new VisionHost({
    analyses: imageAnalyses(assets, { startFaceDetector: startFaceDetectorInNode(assets), timeoutMs: CLI_IMAGE_TIMEOUT_MS, ...options }),
    decode: (bytes) => decodeInNode(bytes),
    idleMs: Infinity,
  });
}

const hosts = new Map<string, VisionHost>();

/** The process's one host per set of analyses (engines warm across images); `releaseNodeHost` lets the process exit. */
export function nodeHost(only?: readonly AnalysisId[]): VisionHost {
  const key = only?.join(',') ?? '*';
  let host = hosts.get(key);
  if (!host) {
    host = createNodeHost(only ? { only } : {});
    hosts.set(key, host);
  }
  return host;
}

export async function releaseNodeHost(): Promise<void> {
  const current = [...hosts.values()];
  hosts.clear();
  await Promise.all(current.map((host) => host.release()));
}
