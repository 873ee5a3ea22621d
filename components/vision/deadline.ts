/**
 * Deadlines of image checks, as AbortSignals: whoever starts a check makes
 * one signal (AbortSignal.timeout, joined with its own cancellation through
 * AbortSignal.any) and everything below it stops when that signal fires.
 * Needed because the engines (tesseract.js, wasm models) can hang without
 * ever rejecting.
 */
import { ImageCheckTimeoutError } from './errors';

/**
 * Settles like `work`, or rejects as soon as `signal` aborts: with an
 * ImageCheckTimeoutError saying `timeoutMessage` when it timed out, else
 * with the signal's reason. The work itself is not stopped: its owner resets
 * what it was running.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal, timeoutMessage?: string): Promise<T> {
  if (signal.aborted) return Promise.reject(abortError(signal, timeoutMessage));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(signal, timeoutMessage));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Why an aborted check stopped, as an error the teacher can read. */
export function abortError(signal: AbortSignal, timeoutMessage?: string): Error {
  const reason: unknown = signal.reason;
  // AbortSignal.timeout aborts with a DOMException named TimeoutError.
  if (reason instanceof Error && reason.name === 'TimeoutError') return new ImageCheckTimeoutError(timeoutMessage);
  return reason instanceof Error ? reason : new DOMException('Image check cancelled', 'AbortError');
}
