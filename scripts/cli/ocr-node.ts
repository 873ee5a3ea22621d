/**
 * OCR for the CLI and benches: the extension's own image host and analyses
 * (components/vision/) with Node's decoder and node_modules as the assets
 * (scripts/cli/vision-node.ts), never the network. Engines stay warm across the
 * images of a run; call `terminateImageReader()` at the end so the process can exit.
 */
import { readFile } from 'node:fs/promises';
import type { AnalysedImage } from '../../components/vision/host';
import { nodeAssets, nodeHost, releaseNodeHost } from './vision-node';
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

/** Everything the host learnt from image bytes (text, timings). `name` labels a decoding error. */
export async function analyseImageBytes(bytes: Uint8Array, name = 'image'): Promise<AnalysedImage> {
  muteResolutionNotes();
  try {
    return await nodeHost().analyse(bytes, 'image/*');
  } catch (error) {
    if ((error as { kind?: string })?.kind === 'unreadable') throw new Error(`Cannot decode image ${name}: ${(error as Error).message}`);
    throw error;
  }
}

/** The text of image bytes as the extension reads it. */
export async function readImageBytes(bytes: Uint8Array, name = 'image'): Promise<{ text: string }> {
  return { text: (await analyseImageBytes(bytes, name)).findings.text };
}

/** The text in the image at `path`, read on this machine. */
export async function readImageText(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new Error(`Cannot read image ${path}: ${(error as Error).message}`);
  }
  return (await readImageBytes(bytes, path)).text;
}

let rawTesseract: TesseractEngine | undefined;

/** tesseract alone on encoded image bytes, one block (psm 6): for robustness tests and benches. */
export async function recognizeBuffer(buffer: Uint8Array, psm = '6'): Promise<string> {
  muteResolutionNotes();
  rawTesseract ??= new TesseractEngine(nodeAssets());
  try {
    return (await rawTesseract.readLines(buffer, psm)).text;
  } catch (error) {
    if (error instanceof Error && error.name === 'OcrTimeoutError') throw error;
    throw new Error(`OCR failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Stop the warm engines (the CLI calls this before exiting). */
export async function terminateImageReader(): Promise<void> {
  const raw = rawTesseract;
  rawTesseract = undefined;
  await Promise.all([releaseNodeHost(), raw?.reset()]);
}
