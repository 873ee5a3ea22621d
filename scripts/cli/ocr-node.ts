/**
 * Image checks for the CLI and benches: the extension's own image host and
 * analyses (components/vision/: text and faces) with Node's decoder and
 * node_modules as the assets (scripts/cli/vision-node.ts), never the network.
 * Engines stay warm across the images of a run; call `terminateImageReader()`
 * at the end so the process can exit.
 */
import { readFile } from 'node:fs/promises';
import type { AnalysedImage } from '../../components/vision/host';
import type { AnalysisId } from '../../components/vision/types';
import type { FaceBox } from '../../rules/types';
import { CLI_IMAGE_TIMEOUT_MS, nodeAssets, nodeHost, releaseNodeHost } from './vision-node';
import { untilAborted } from '../../components/vision/deadline';
import { TesseractEngine } from '../../components/ocr/tesseract';

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

/**
 * Everything the host learnt from image bytes (text, faces, timings). `name`
 * labels a decoding error; `only` limits the analyses (cover-faces needs no text).
 */
export async function analyseImageBytes(bytes: Uint8Array, name = 'image', only?: readonly AnalysisId[]): Promise<AnalysedImage> {
  muteResolutionNotes();
  try {
    return await nodeHost(only).analyse(bytes, 'image/*');
  } catch (error) {
    if ((error as { kind?: string })?.kind === 'unreadable') throw new Error(`Cannot decode image ${name}: ${(error as Error).message}`);
    throw error;
  }
}

/** The text of image bytes as the extension reads it (the text analysis alone). */
export async function readImageBytes(bytes: Uint8Array, name = 'image'): Promise<{ text: string }> {
  return { text: (await analyseImageBytes(bytes, name, ['text'])).findings.text };
}

async function readImageFile(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new Error(`Cannot read image ${path}: ${(error as Error).message}`);
  }
}

/** Everything the host learnt from the image at `path`. */
export async function analyseImageFile(path: string): Promise<AnalysedImage> {
  return analyseImageBytes(await readImageFile(path), path);
}

/** The text in the image at `path`, read on this machine. */
export async function readImageText(path: string): Promise<string> {
  return (await readImageBytes(await readImageFile(path), path)).text;
}

/** Uncovered faces in image bytes (the face analysis alone), boxes as fractions of the image. Throws when the check failed. */
export async function facesInBytes(bytes: Uint8Array, name = 'image'): Promise<FaceBox[]> {
  const { findings, failed } = await analyseImageBytes(bytes, name, ['faces']);
  if (!findings.faces) throw new Error(`Faces could not be checked in ${name}: ${failed.faces ?? 'unknown reason'}`);
  return findings.faces;
}

let rawTesseract: TesseractEngine | undefined;

/** tesseract alone on encoded image bytes, one block (psm 6): for robustness tests and benches. */
export async function recognizeBuffer(buffer: Uint8Array, psm = '6'): Promise<string> {
  muteResolutionNotes();
  const engine = (rawTesseract ??= new TesseractEngine(nodeAssets()));
  // Not through the image host, so this call sets the one deadline itself.
  const deadline = AbortSignal.timeout(CLI_IMAGE_TIMEOUT_MS);
  try {
    return (await untilAborted(engine.readLines(buffer, psm), deadline)).text;
  } catch (error) {
    if (deadline.aborted) {
      // tesseract.js can hang without rejecting: the next call starts a fresh worker.
      await engine.reset();
      throw error;
    }
    throw new Error(`OCR failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Stop the warm engines (the CLI calls this before exiting). */
export async function terminateImageReader(): Promise<void> {
  const raw = rawTesseract;
  rawTesseract = undefined;
  await Promise.all([releaseNodeHost(), raw?.reset()]);
}
