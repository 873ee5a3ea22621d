import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { OcrTimeoutError, withTimeout } from '../../../../components/ocr/timeout';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('withTimeout', () => {
  test('passes a result that arrives in time and leaves no timer behind', async () => {
    const onTimeout = vi.fn();
    const result = withTimeout(Promise.resolve('text'), 1000, onTimeout);
    await expect(result).resolves.toBe('text');
    expect(vi.getTimerCount()).toBe(0);
    expect(onTimeout).not.toHaveBeenCalled();
  });

  test('passes a rejection through unchanged', async () => {
    const boom = new Error('core failed');
    await expect(withTimeout(Promise.reject(boom), 1000)).rejects.toBe(boom);
    expect(vi.getTimerCount()).toBe(0);
  });

  test('rejects a promise that never settles (a hung tesseract worker) and runs the clean-up', async () => {
    const onTimeout = vi.fn();
    const result = withTimeout(new Promise<string>(() => {}), 20_000, onTimeout, 'Reading the image');
    const assertion = expect(result).rejects.toBeInstanceOf(OcrTimeoutError);
    await vi.advanceTimersByTimeAsync(19_999);
    expect(onTimeout).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await assertion;
    expect(onTimeout).toHaveBeenCalledTimes(1);
    await expect(result).rejects.toThrow('Reading the image took longer than 20 s');
  });

  test('a late result after the deadline is ignored', async () => {
    let resolveLate!: (v: string) => void;
    const onTimeout = vi.fn();
    const result = withTimeout(new Promise<string>((r) => (resolveLate = r)), 100, onTimeout);
    const assertion = expect(result).rejects.toBeInstanceOf(OcrTimeoutError);
    await vi.advanceTimersByTimeAsync(100);
    resolveLate('too late');
    await assertion;
    expect(onTimeout).toHaveBeenCalledTimes(1);
  });

  test('still rejects with the timeout when the clean-up itself throws', async () => {
    const result = withTimeout(new Promise(() => {}), 50, () => {
      throw new Error('terminate failed');
    });
    const assertion = expect(result).rejects.toBeInstanceOf(OcrTimeoutError);
    await vi.advanceTimersByTimeAsync(50);
    await assertion;
  });
});
