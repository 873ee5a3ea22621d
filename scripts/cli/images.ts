/**
 * Attached images for the CLI, through the extension's own image host
 * (scripts/cli/ocr-node.ts → components/vision/): their text and their faces,
 * on this machine. Loaded lazily: a draft without images starts no engine.
 * A failure is never silent: the caller gets the reason, reports it and exits
 * 3, while still checking the draft (an unread text as empty, unchecked faces
 * as unchecked: the face rules say so).
 */
import type { FaceBox, ImageLine } from '../../rules/types';

type OcrModule = typeof import('./ocr-node');

let ocr: Promise<OcrModule> | undefined;
const cache = new Map<string, Promise<ImageRead>>();

function loadOcr(): Promise<OcrModule> {
  ocr ??= import('./ocr-node');
  return ocr;
}

export type ImageRead =
  | {
      ok: true;
      text: string;
      /** The text's lines with their boxes (the page's structure the rules read). */
      lines?: ImageLine[];
      /** Absent when the face check could not run; `facesReason` says why. */
      faces?: FaceBox[];
      facesReason?: string;
    }
  | { ok: false; reason: string };

async function analyse(path: string): Promise<ImageRead> {
  try {
    const { findings, failed } = await (await loadOcr()).analyseImageFile(path);
    return { ok: true, text: findings.text, ...(findings.lines ? { lines: findings.lines } : {}), ...(findings.faces ? { faces: findings.faces } : { facesReason: failed.faces ?? 'not checked' }) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Reads each image once per run, however many drafts attach it. */
export function readImage(path: string): Promise<ImageRead> {
  let pending = cache.get(path);
  if (!pending) {
    pending = analyse(path);
    cache.set(path, pending);
  }
  return pending;
}

/** Lets the process exit: the OCR worker keeps it alive otherwise. */
export async function closeImageReader(): Promise<void> {
  if (!ocr) return;
  try {
    await (await ocr).terminateImageReader();
  } catch {
    // Nothing to stop.
  }
}
