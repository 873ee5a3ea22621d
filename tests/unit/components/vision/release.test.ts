/**
 * releaseArray (components/vision/release.ts): frees a typed array's store at
 * once by detaching its buffer, only when the array is its buffer's sole
 * view. Node 20 has no ArrayBuffer.prototype.transfer (Chrome and Firefox
 * do), so the tests give it the standard one's behaviour through
 * structuredClone's transfer, which really detaches.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseArray } from '../../../../components/vision/release';

type WithTransfer = { transfer?: (length: number) => ArrayBuffer };
const proto = ArrayBuffer.prototype as WithTransfer;
const native = proto.transfer;

describe('releaseArray', () => {
  beforeAll(() => {
    proto.transfer ??= function (this: ArrayBuffer, length: number) {
      const moved = structuredClone(this, { transfer: [this] });
      return moved.slice(0, length);
    };
  });
  afterAll(() => {
    if (!native) delete proto.transfer;
  });

  it('detaches an array that owns its whole buffer', () => {
    const planes = new Float32Array(1024).fill(3);
    expect(releaseArray(planes)).toBe(true);
    expect(planes.buffer.byteLength).toBe(0);
    expect(planes.length).toBe(0);
  });

  it('leaves views into a larger buffer alone (a pooled Buffer, a slice of pixels)', () => {
    const whole = new Uint8Array(64);
    const head = whole.subarray(0, 32);
    const tail = whole.subarray(32);
    expect(releaseArray(head)).toBe(false);
    expect(releaseArray(tail)).toBe(false);
    expect(whole.length).toBe(64);
  });

  it('leaves an already empty buffer and a missing array alone', () => {
    expect(releaseArray(new Uint8Array(0))).toBe(false);
    expect(releaseArray(undefined)).toBe(false);
  });

  it('does nothing where the runtime cannot detach (the collector frees the array later)', () => {
    const saved = proto.transfer;
    delete proto.transfer;
    try {
      const pixels = new Uint8ClampedArray(16);
      expect(releaseArray(pixels)).toBe(false);
      expect(pixels.length).toBe(16);
    } finally {
      proto.transfer = saved;
    }
  });
});
