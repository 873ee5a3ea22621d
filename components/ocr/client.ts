/**
 * Content-script side of OCR: send an attached image to the extension's OCR
 * host and get its text back. Placeholder until the image-checks work lands:
 * every call fails, which the guard treats per profile (never a silent pass).
 */
export class OcrUnavailableError extends Error {
  constructor(message = 'Image checks are not available in this build') {
    super(message);
    this.name = 'OcrUnavailableError';
  }
}

export interface OcrResult {
  text: string;
}

export async function readImage(_image: Blob, _signal?: AbortSignal): Promise<OcrResult> {
  throw new OcrUnavailableError();
}
