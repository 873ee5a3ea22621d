/** Deadlines for work that may never settle (tesseract.js can hang silently). */

export class OcrTimeoutError extends Error {
  constructor(readonly ms: number, what = 'Reading the image') {
    super(`${what} took longer than ${Math.round(ms / 1000)} s and was stopped`);
    this.name = 'OcrTimeoutError';
  }
}

/**
 * Settles like `work`, or rejects with OcrTimeoutError after `ms`; then
 * `onTimeout` runs (e.g. to kill the stuck worker). The timer never outlives
 * the work, so a finished call leaves nothing scheduled.
 */
export function withTimeout<T>(
  work: Promise<T>,
  ms: number,
  onTimeout?: () => void,
  what?: string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      reject(new OcrTimeoutError(ms, what));
      try {
        onTimeout?.();
      } catch {
        // Clean-up of a stuck worker is best effort; the caller already has its error.
      }
    }, ms);
    work.then(
      (value) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
