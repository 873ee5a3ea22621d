/**
 * OCR for the CLI and benches: the same tesseract.js and the same bundled
 * English data as the extension, read from node_modules, never the network.
 * One warm worker is shared by every image of a run; call
 * `terminateImageReader()` at the end so the process can exit.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { createWorker, type Worker } from 'tesseract.js';
import {
  OCR_LANG,
  OCR_LANG_DATA_DIR,
  OCR_OEM,
  OCR_PSM,
  OCR_RECOGNIZE_TIMEOUT_MS,
  OCR_START_TIMEOUT_MS,
} from '../components/ocr/config';
import { ocrTargetSize } from '../components/ocr/downscale';
import { withTimeout } from '../components/ocr/timeout';

const require = createRequire(import.meta.url);

/** Directory holding eng.traineddata.gz inside @tesseract.js-data/eng. */
export function langDataDir(): string {
  const pkg = require.resolve('@tesseract.js-data/eng/package.json');
  return join(dirname(pkg), OCR_LANG_DATA_DIR);
}

export interface NodeOcrOptions {
  /** Page segmentation mode (tesseract's PSM); defaults to OCR_PSM. */
  psm?: string;
  /** Skip grayscale/normalise (for comparisons). */
  raw?: boolean;
}

let workerPromise: Promise<Worker> | undefined;
let currentPsm: string | undefined;

async function startWorker(psm: string): Promise<Worker> {
  const worker = await createWorker(OCR_LANG, OCR_OEM, {
    langPath: langDataDir(),
    cacheMethod: 'none',
    gzip: true,
  });
  await worker.setParameters({ tessedit_pageseg_mode: psm as never, preserve_interword_spaces: '1' });
  return worker;
}

function getWorker(psm: string): Promise<Worker> {
  if (!workerPromise || currentPsm !== psm) {
    const previous = workerPromise;
    currentPsm = psm;
    workerPromise = (async () => {
      if (previous) await previous.then((w) => w.terminate()).catch(() => undefined);
      return withTimeout(startWorker(psm), OCR_START_TIMEOUT_MS, undefined, 'Starting OCR');
    })();
    workerPromise.catch(() => {
      workerPromise = undefined;
    });
  }
  return workerPromise;
}

/**
 * Decode, orient (EXIF), resize to the OCR size and turn to grayscale with a
 * stretched contrast: what tesseract reads best (see README, image checks).
 */
export async function prepareImage(input: Buffer, options: NodeOcrOptions = {}): Promise<Buffer> {
  const image = sharp(input, { failOn: 'none' }).rotate();
  const meta = await image.metadata();
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? meta.height;
  if (!width || !height) throw new Error('Not a readable image');
  const target = ocrTargetSize({ width, height });
  let pipeline = image.resize(target.width, target.height, { fit: 'fill' });
  if (!options.raw) pipeline = pipeline.grayscale().normalise();
  return pipeline.png({ compressionLevel: 1 }).toBuffer();
}

/** OCR text of an already prepared image buffer (PNG/JPEG bytes). */
export async function recognizeBuffer(buffer: Buffer, options: NodeOcrOptions = {}): Promise<string> {
  const psm = options.psm ?? OCR_PSM;
  const worker = await getWorker(psm);
  try {
    const result = await withTimeout(worker.recognize(buffer), OCR_RECOGNIZE_TIMEOUT_MS, () => {
      // A hung worker never recovers: drop it so the next image starts afresh.
      workerPromise = undefined;
      void worker.terminate().catch(() => undefined);
    });
    return result.data.text;
  } catch (error) {
    if (error instanceof Error && error.name === 'OcrTimeoutError') throw error;
    throw new Error(`OCR failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The text in the image at `path`, read on this machine. */
export async function readImageText(path: string, options: NodeOcrOptions = {}): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new Error(`Cannot read image ${path}: ${(error as Error).message}`);
  }
  let prepared: Buffer;
  try {
    prepared = await prepareImage(bytes, options);
  } catch (error) {
    throw new Error(`Cannot decode image ${path}: ${(error as Error).message}`);
  }
  return recognizeBuffer(prepared, options);
}

/** Stop the warm worker (the CLI calls this before exiting). */
export async function terminateImageReader(): Promise<void> {
  const pending = workerPromise;
  workerPromise = undefined;
  currentPsm = undefined;
  if (pending) await pending.then((w) => w.terminate()).catch(() => undefined);
}
