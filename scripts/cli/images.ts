/**
 * Image text for the CLI, through scripts/cli/ocr-node.ts (tesseract.js, on this
 * machine). A failure is never silent: the caller gets the reason, reports it
 * and exits 3 while still checking the draft as if the image had no text.
 */
type OcrModule = {
  readImageText(path: string): Promise<string>;
  terminateImageReader?: () => Promise<void>;
};

let ocr: Promise<OcrModule> | undefined;
const cache = new Map<string, Promise<string>>();

function loadOcr(): Promise<OcrModule> {
  ocr ??= import('./ocr-node') as Promise<OcrModule>;
  return ocr;
}

export type ImageRead = { ok: true; text: string } | { ok: false; reason: string };

/** Reads each image once per run, however many drafts attach it. */
export async function readImage(path: string): Promise<ImageRead> {
  let pending = cache.get(path);
  if (!pending) {
    pending = loadOcr().then((module) => module.readImageText(path));
    cache.set(path, pending);
  }
  try {
    return { ok: true, text: await pending };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Lets the process exit: the OCR worker keeps it alive otherwise. */
export async function closeImageReader(): Promise<void> {
  if (!ocr) return;
  try {
    await (await ocr).terminateImageReader?.();
  } catch {
    // Nothing to stop.
  }
}
