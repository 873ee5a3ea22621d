/**
 * Why an image could not be checked. The guard shows the message and holds
 * the send per profile: an image that was not checked is never silently passed.
 */

export type ImageCheckErrorKind = 'timeout' | 'failed' | 'unavailable' | 'too-large' | 'unreadable';

/** The check ran past its deadline and was stopped. */
export class ImageCheckTimeoutError extends Error {
  readonly kind = 'timeout';
  constructor(message = 'Checking the image took too long and was stopped') {
    super(message);
    this.name = 'ImageCheckTimeoutError';
  }
}

/** Image checks cannot run in this browser or build (no image host). */
export class ImageCheckUnavailableError extends Error {
  readonly kind = 'unavailable';
  constructor(message = 'Image checks are not available in this browser') {
    super(message);
    this.name = 'ImageCheckUnavailableError';
  }
}

/** The check ran and failed, or the image could not be decoded or is too large. */
export class ImageCheckFailedError extends Error {
  constructor(
    message: string,
    readonly kind: Exclude<ImageCheckErrorKind, 'timeout' | 'unavailable'> = 'failed',
  ) {
    super(message);
    this.name = 'ImageCheckFailedError';
  }
}

export type ImageCheckError = ImageCheckTimeoutError | ImageCheckUnavailableError | ImageCheckFailedError;

/** Rebuild a typed error from its wire form (messages.ts ImageCheckReply). */
export function imageCheckErrorFrom(kind: ImageCheckErrorKind, message: string): ImageCheckError {
  switch (kind) {
    case 'timeout':
      return new ImageCheckTimeoutError(message);
    case 'unavailable':
      return new ImageCheckUnavailableError(message);
    default:
      return new ImageCheckFailedError(message, kind);
  }
}

/** The wire kind of any error thrown while checking an image. */
export function imageCheckErrorKind(error: unknown): ImageCheckErrorKind {
  if (error instanceof ImageCheckTimeoutError || error instanceof ImageCheckUnavailableError || error instanceof ImageCheckFailedError) return error.kind;
  return 'failed';
}
