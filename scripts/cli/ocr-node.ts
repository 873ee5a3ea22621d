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
  OCR_PASSES,
  type OcrPass,
  OCR_RECOGNIZE_TIMEOUT_MS,
  OCR_START_TIMEOUT_MS,
} from '../../components/ocr/config';
import { ocrTargetSize } from '../../components/ocr/downscale';
import { grayPgm, grayscaleStretch } from '../../components/ocr/preprocess';
import { withTimeout } from '../../components/ocr/timeout';
import { readWithPasses, type Reading, wordsOfBlocks } from '../../components/ocr/passes';

const require = createRequire(import.meta.url);

/** Directory holding eng.traineddata.gz inside @tesseract.js-data/eng. */
export function langDataDir(): string {
  const pkg = require.resolve('@tesseract.js-data/eng/package.json');
  return join(dirname(pkg), OCR_LANG_DATA_DIR);
}

export interface NodeOcrOptions {
  /** The readings to make; defaults to OCR_PASSES (the extension's). */
  passes?: readonly OcrPass[];
}

function passesFromEnv(): readonly OcrPass[] | undefined {
  // Experiments only: SAFEPOST_OCR_PASSES="11:clean,6:clean:fallback" (":raw" skips the clean-up).
  const spec = process.env.SAFEPOST_OCR_PASSES;
  if (!spec) return undefined;
  return spec.split(',').map((p) => {
    const [psm, mode, when] = p.split(':');
    return { psm: psm as OcrPass['psm'], clean: mode !== 'raw', fallback: when === 'fallback' };
  });
}

/** The readings the CLI makes: the extension's OCR_PASSES unless an experiment overrides them. */
export function configuredPasses(): readonly OcrPass[] {
  return passesFromEnv() ?? OCR_PASSES;
}

let workerPromise: Promise<Worker> | undefined;
let muted = false;

/**
 * tesseract prints a resolution guess for every image without DPI metadata
 * (its worker thread's stderr arrives through ours): noise in the CLI's
 * error stream, which is for real problems. Only those two notes are dropped.
 */
function muteResolutionNotes(): void {
  if (muted) return;
  muted = true;
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    if (/^(Warning: Invalid resolution \d+ dpi|Estimating resolution as \d+)/.test(String(chunk))) return true;
    return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stderr.write;
}

async function startWorker(): Promise<Worker> {
  muteResolutionNotes();
  const worker = await createWorker(OCR_LANG, OCR_OEM, {
    langPath: langDataDir(),
    cacheMethod: 'none',
    gzip: true,
    // A job the worker rejects (an image it cannot read) already rejects its
    // recognize() promise. Without a handler tesseract.js also rethrows the
    // error inside its message listener, where nothing can catch it, and the
    // whole process dies instead of reporting one unreadable image.
    errorHandler: () => undefined,
  });
  await worker.setParameters({ preserve_interword_spaces: '1' });
  return worker;
}

function getWorker(): Promise<Worker> {
  if (!workerPromise) {
    workerPromise = withTimeout(startWorker(), OCR_START_TIMEOUT_MS, undefined, 'Starting OCR');
    workerPromise.catch(() => {
      workerPromise = undefined;
    });
  }
  return workerPromise;
}

/**
 * Decode, orient (EXIF), scale to the OCR size and clean the pixels with the
 * same grayscale contrast stretch the extension uses (components/ocr/preprocess.ts),
 * so the CLI reads an image exactly as the browser does. Cleaned images come
 * back as PGM (grayPgm), raw ones as PNG.
 */
export async function prepareImage(input: Buffer, clean = true): Promise<Buffer> {
  // A truncated file decodes to a partial picture: text in the missing part
  // would never be read, so it is reported as unreadable rather than half-read.
  const image = sharp(input, { failOn: 'truncated' }).rotate();
  const meta = await image.metadata();
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? meta.height;
  if (!width || !height) throw new Error('Not a readable image');
  const target = ocrTargetSize({ width, height });
  const resized = image.resize(target.width, target.height, { fit: 'fill' });
  if (!clean) return resized.png({ compressionLevel: 1 }).toBuffer();
  const { data, info } = await resized.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  grayscaleStretch(data);
  const pgm = grayPgm(data, info.width, info.height);
  return Buffer.from(pgm.buffer, pgm.byteOffset, pgm.byteLength);
}

/** One reading of an already prepared image buffer (PNG/JPEG bytes) with one page segmentation mode: text and words. */
export async function recognizeReading(buffer: Buffer, psm: OcrPass['psm'] = OCR_PASSES[0]!.psm): Promise<Reading> {
  const worker = await getWorker();
  try {
    await worker.setParameters({ tessedit_pageseg_mode: psm as never });
    // blocks: the words' confidences decide whether a fallback reading is needed.
    const result = await withTimeout(worker.recognize(buffer, {}, { text: true, blocks: true }), OCR_RECOGNIZE_TIMEOUT_MS, () => {
      // A hung worker never recovers: drop it so the next image starts afresh.
      workerPromise = undefined;
      void worker.terminate().catch(() => undefined);
    });
    return { text: result.data.text, words: wordsOfBlocks(result.data.blocks) };
  } catch (error) {
    if (error instanceof Error && error.name === 'OcrTimeoutError') throw error;
    throw new Error(`OCR failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** OCR text of an already prepared image buffer with one page segmentation mode. */
export async function recognizeBuffer(buffer: Buffer, psm: OcrPass['psm'] = OCR_PASSES[0]!.psm): Promise<string> {
  return (await recognizeReading(buffer, psm)).text;
}

/**
 * The readings of image bytes as the extension makes them (components/ocr/passes.ts
 * decides whether the fallback reading runs): joined text and the passes that ran.
 * `name` labels a decoding error.
 */
export async function readImageBytes(
  bytes: Buffer,
  passes: readonly OcrPass[] = configuredPasses(),
  name = 'image',
): Promise<{ text: string; ran: OcrPass[] }> {
  return readWithPasses(
    passes,
    async (clean) => {
      try {
        return await prepareImage(bytes, clean);
      } catch (error) {
        throw new Error(`Cannot decode image ${name}: ${(error as Error).message}`);
      }
    },
    (buffer, pass) => recognizeReading(buffer, pass.psm),
  );
}

/** The text in the image at `path`, read on this machine (the readings joined). */
export async function readImageText(path: string, options: NodeOcrOptions = {}): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new Error(`Cannot read image ${path}: ${(error as Error).message}`);
  }
  return (await readImageBytes(bytes, options.passes ?? configuredPasses(), path)).text;
}

/** Stop the warm worker (the CLI calls this before exiting). */
export async function terminateImageReader(): Promise<void> {
  const pending = workerPromise;
  workerPromise = undefined;
  if (pending) await pending.then((w) => w.terminate()).catch(() => undefined);
}
