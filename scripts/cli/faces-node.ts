/**
 * Faces for the CLI and benches: the same @vladmandic/human BlazeFace +
 * FaceMesh models and the same detection code (components/faces/detector.ts)
 * as the extension, on TensorFlow.js's wasm backend, read from node_modules;
 * never the network. One warm detector serves every image of a run.
 */
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { FACE_DETECT_TIMEOUT_MS, FACE_START_TIMEOUT_MS, type FaceBox } from '../../components/faces/config';
import { detectFaces, humanConfig, loadOnWasm, type HumanLike, type LoadableHuman, type RgbImage } from '../../components/faces/detector';
import { faceTargetSize } from '../../components/faces/tiles';
import { withTimeout } from '../../components/ocr/timeout';

const require = createRequire(import.meta.url);

/**
 * The installed @vladmandic/human package. Its exports map hides
 * package.json; resolving the package gives dist/human.node.js (only the
 * path is used: that build needs the native tfjs-node, never installed).
 */
export function humanPackageDir(): string {
  return dirname(dirname(require.resolve('@vladmandic/human')));
}

/** Human's model directory and tfjs-backend-wasm's binaries, inside node_modules. */
export function faceModelDir(): string {
  return join(humanPackageDir(), 'models');
}
export function faceWasmDir(): string {
  return join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
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

type HumanInstance = LoadableHuman;
let humanPromise: Promise<HumanInstance> | undefined;

async function startHuman(): Promise<HumanInstance> {
  // The package's exports map only offers the tfjs-node build for Node; the
  // wasm build (no native addon to install) is loaded by its path.
  const bundle = join(humanPackageDir(), 'dist', 'human.node-wasm.js');
  const module = require(bundle) as { Human: new (config: unknown) => HumanInstance };
  const config = { ...humanConfig(pathToFileURL(faceModelDir()).href + '/', faceWasmDir() + '/'), cacheModels: false };
  const human = new module.Human(config);
  await withFileFetch(() => loadOnWasm(human));
  return human;
}

function getHuman(): Promise<HumanInstance> {
  if (!humanPromise) {
    humanPromise = withTimeout(startHuman(), FACE_START_TIMEOUT_MS, undefined, 'Starting the face check');
    humanPromise.catch(() => {
      humanPromise = undefined;
    });
  }
  return humanPromise;
}

/** Decode (EXIF-oriented), scale to FACE_MAX_SIDE, RGB pixels. */
export async function decodeForFaces(bytes: Buffer): Promise<RgbImage> {
  const image = sharp(bytes, { failOn: 'truncated' }).rotate();
  const meta = await image.metadata();
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? meta.height;
  if (!width || !height) throw new Error('Not a readable image');
  const target = faceTargetSize(width, height);
  const { data, info } = await image
    .resize(target.width, target.height, { fit: 'fill' })
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
}

/** Uncovered human faces in image bytes, boxes as fractions of the image. */
export async function detectFacesInBytes(bytes: Buffer): Promise<FaceBox[]> {
  const image = await decodeForFaces(bytes);
  const human = await getHuman();
  const { faces } = await withTimeout(detectFaces(human, image), FACE_DETECT_TIMEOUT_MS, undefined, 'Finding faces');
  return faces;
}

/** Uncovered human faces in the image at `path`. */
export async function detectFacesInFile(path: string): Promise<FaceBox[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new Error(`Cannot read image ${path}: ${(error as Error).message}`);
  }
  return detectFacesInBytes(bytes);
}

/** The loaded detector (benches and tests that need Human's candidates). */
export function faceDetector(): Promise<HumanLike> {
  return getHuman();
}

/** Release the detector (the CLI calls this before exiting; the next call starts a fresh one). */
export async function terminateFaceDetector(): Promise<void> {
  humanPromise = undefined;
}
