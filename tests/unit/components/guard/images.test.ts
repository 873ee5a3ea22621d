/** Per-image state machine (components/guard/images.ts): pending → done | failed, never a silent pass. */
import { describe, expect, test, vi } from 'vitest';
import { ComposerImages } from '../../../../components/guard/images';
import { ImageCheckUnavailableError } from '../../../../components/vision/errors';

const blob = (type = 'image/png') => new Blob(['x'], { type });
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('ComposerImages', () => {
  test('a thumbnail is pending, then done with the OCR text', async () => {
    const ocr = deferred<{ text: string }>();
    const onChange = vi.fn();
    const images = new ComposerImages({ onChange, read: () => ocr.promise, fetchBlob: async () => blob() });
    expect(images.sync(['blob:1'])).toBe(true);
    expect(images.statuses()).toEqual([{ state: 'pending' }]);
    ocr.resolve({ text: 'Certificate for Ione' });
    await settle();
    expect(images.statuses()).toEqual([{ state: 'done', text: 'Certificate for Ione' }]);
    expect(onChange).toHaveBeenCalled();
  });

  test('while pending, the stage the image host has reached shows; a late stage never reopens a finished image', async () => {
    const ocr = deferred<{ text: string; faces: [] }>();
    let progress: ((stage: 'decode' | 'text' | 'faces') => void) | undefined;
    const images = new ComposerImages({
      onChange: () => {},
      read: (_blob, _signal, onProgress) => {
        progress = onProgress;
        return ocr.promise;
      },
      fetchBlob: async () => blob(),
    });
    images.sync(['blob:1']);
    await settle();
    progress!('text');
    expect(images.statuses()).toEqual([{ state: 'pending', stage: 'text' }]);
    progress!('faces');
    expect(images.statuses()).toEqual([{ state: 'pending', stage: 'faces' }]);
    ocr.resolve({ text: '', faces: [] });
    await settle();
    progress!('faces');
    expect(images.statuses()).toEqual([{ state: 'done', text: '', faces: [] }]);
  });

  test('OCR failure (the placeholder client) is failed with a reason', async () => {
    const images = new ComposerImages({ onChange: () => {}, read: async () => Promise.reject(new ImageCheckUnavailableError()), fetchBlob: async () => blob() });
    images.sync(['blob:1']);
    await settle();
    expect(images.statuses()).toEqual([{ state: 'failed', reason: new ImageCheckUnavailableError().message }]);
  });

  test('a blob that cannot be fetched is failed', async () => {
    const images = new ComposerImages({ onChange: () => {}, read: async () => ({ text: '' }), fetchBlob: async () => Promise.reject(new Error('gone')) });
    images.sync(['blob:1']);
    await settle();
    expect(images.statuses()[0]).toMatchObject({ state: 'failed', reason: 'gone' });
  });

  test('a check that hangs fails at its deadline, and its reader is told to stop', async () => {
    let readerSignal: AbortSignal | undefined;
    const read = (_blob: Blob, signal: AbortSignal) => ((readerSignal = signal), new Promise<never>(() => {}));
    const images = new ComposerImages({ onChange: () => {}, read, fetchBlob: async () => blob(), timeoutMs: 30 });
    images.sync(['blob:1']);
    await new Promise((r) => setTimeout(r, 80));
    expect(images.statuses()[0]).toMatchObject({ state: 'failed', reason: 'Checking the image took too long and was stopped' });
    expect(readerSignal?.aborted).toBe(true);
  });

  test('a just-attached file counts at once and is adopted by the next thumbnail (no second OCR)', async () => {
    const read = vi.fn(async () => ({ text: 'hello' }));
    const fetchBlob = vi.fn(async () => blob());
    const images = new ComposerImages({ onChange: () => {}, read, fetchBlob });
    images.addFiles([blob(), blob('text/plain')]);
    expect(images.list()).toHaveLength(1);
    expect(images.list()[0]!.key).toMatch(/^file:/);
    await settle();
    images.sync(['blob:thumb']);
    expect(images.list()).toEqual([{ key: 'blob:thumb', status: { state: 'done', text: 'hello' } }]);
    expect(read).toHaveBeenCalledTimes(1);
    expect(fetchBlob).not.toHaveBeenCalled();
  });

  test('a file X never shows a thumbnail for is dropped after a while', () => {
    const images = new ComposerImages({ onChange: () => {}, read: () => new Promise(() => {}), unclaimedFileMs: 100 });
    images.addFiles([blob()]);
    const t = Date.now();
    images.sync([], t + 50);
    expect(images.list()).toHaveLength(1);
    images.sync([], t + 150);
    expect(images.list()).toHaveLength(0);
  });

  test('a removed image is forgotten and its late OCR answer ignored', async () => {
    const ocr = deferred<{ text: string }>();
    let signal: AbortSignal | undefined;
    const images = new ComposerImages({ onChange: () => {}, read: (_b, s) => ((signal = s), ocr.promise), fetchBlob: async () => blob() });
    images.sync(['blob:1']);
    await settle();
    images.sync([]);
    expect(signal?.aborted).toBe(true);
    ocr.resolve({ text: 'late' });
    await settle();
    expect(images.list()).toEqual([]);
  });
});
