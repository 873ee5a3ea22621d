/**
 * Why an image could not be read. The guard shows the message and holds the
 * send per profile: an unread image is never silently passed.
 */
import { OcrTimeoutError } from './timeout';

export { OcrTimeoutError };

export type OcrErrorKind = 'timeout' | 'failed' | 'unavailable' | 'too-large' | 'unreadable';

/** Image checks cannot run in this browser or build (no OCR host). */
export class OcrUnavailableError extends Error {
  readonly kind = 'unavailable';
  constructor(message = 'Image checks are not available in this browser') {
    super(message);
    this.name = 'OcrUnavailableError';
  }
}

/** OCR ran and failed, or the image could not be decoded or is too large. */
export class OcrFailedError extends Error {
  constructor(
    message: string,
    readonly kind: Exclude<OcrErrorKind, 'timeout' | 'unavailable'> = 'failed',
  ) {
    super(message);
    this.name = 'OcrFailedError';
  }
}

export type OcrError = OcrTimeoutError | OcrUnavailableError | OcrFailedError;

/** Rebuild a typed error from its wire form (messages.ts OcrErrorPayload). */
export function ocrErrorFrom(kind: OcrErrorKind, message: string): OcrError {
  switch (kind) {
    case 'timeout': {
      const error = new OcrTimeoutError(0);
      error.message = message;
      return error;
    }
    case 'unavailable':
      return new OcrUnavailableError(message);
    default:
      return new OcrFailedError(message, kind);
  }
}

/** The wire kind of any error thrown while reading an image. */
export function ocrErrorKind(error: unknown): OcrErrorKind {
  if (error instanceof OcrTimeoutError) return 'timeout';
  if (error instanceof OcrUnavailableError) return 'unavailable';
  if (error instanceof OcrFailedError) return error.kind;
  return 'failed';
}
