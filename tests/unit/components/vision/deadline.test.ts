import { describe, expect, test } from 'vitest';
import { untilAborted } from '../../../../components/vision/deadline';
import { ImageCheckTimeoutError } from '../../../../components/vision/errors';

const never = () => new Promise<string>(() => {});

describe('untilAborted', () => {
  test('settles like the work when the signal never fires', async () => {
    const signal = new AbortController().signal;
    await expect(untilAborted(Promise.resolve('text'), signal)).resolves.toBe('text');
    const boom = new Error('boom');
    await expect(untilAborted(Promise.reject(boom), signal)).rejects.toBe(boom);
  });

  test.each([
    ['a deadline that passes while the work hangs', () => AbortSignal.timeout(10), ImageCheckTimeoutError, /Finding faces took too long/],
    ['a deadline already passed', () => AbortSignal.abort(new DOMException('late', 'TimeoutError')), ImageCheckTimeoutError, /Finding faces took too long/],
    ['a cancellation (the image was removed)', () => AbortSignal.abort(new Error('gone')), Error, /gone/],
    ['a deadline joined with a cancellation, the deadline first', () => AbortSignal.any([new AbortController().signal, AbortSignal.timeout(10)]), ImageCheckTimeoutError, /Finding faces/],
  ])('rejects on %s, with an error the teacher can read', async (_name, signal, type, message) => {
    const result = untilAborted(never(), signal(), 'Finding faces took too long');
    await expect(result).rejects.toBeInstanceOf(type);
    await expect(result).rejects.toThrow(message);
  });

  test('a timeout with no message of its own says the image check took too long', async () => {
    await expect(untilAborted(never(), AbortSignal.timeout(5))).rejects.toThrow('Checking the image took too long and was stopped');
  });

  test('an answer after the deadline changes nothing', async () => {
    let answer: (text: string) => void = () => undefined;
    const result = untilAborted(new Promise<string>((resolve) => (answer = resolve)), AbortSignal.timeout(5));
    await expect(result).rejects.toBeInstanceOf(ImageCheckTimeoutError);
    answer('late');
    await expect(result).rejects.toBeInstanceOf(ImageCheckTimeoutError);
  });
});
