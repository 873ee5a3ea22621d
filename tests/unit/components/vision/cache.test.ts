import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { LruCache, sha256Hex } from '../../../../components/vision/cache';

describe('sha256Hex', () => {
  test.each([
    ['empty', new Uint8Array()],
    ['a few bytes', new Uint8Array([0, 1, 2, 250, 255])],
    ['a megabyte', new Uint8Array(1 << 20).map((_, i) => i & 0xff)],
  ])('matches node:crypto for %s', async (_name, bytes) => {
    expect(await sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
  test('accepts an ArrayBuffer', async () => {
    const bytes = new Uint8Array([9, 8, 7]);
    expect(await sha256Hex(bytes.buffer)).toBe(await sha256Hex(bytes));
  });
  test('different images get different keys', async () => {
    expect(await sha256Hex(new Uint8Array([1]))).not.toBe(await sha256Hex(new Uint8Array([2])));
  });
});

describe('LruCache', () => {
  test('returns what was stored, including empty OCR text', () => {
    const cache = new LruCache<string>(2);
    cache.set('a', '');
    expect(cache.get('a')).toBe('');
    expect(cache.get('missing')).toBeUndefined();
  });
  test('evicts the least recently used entry, not the oldest written', () => {
    const cache = new LruCache<string>(2);
    cache.set('a', 'A');
    cache.set('b', 'B');
    cache.get('a');
    cache.set('c', 'C');
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('A');
    expect(cache.get('c')).toBe('C');
    expect(cache.size).toBe(2);
  });
  test('overwriting refreshes the value without growing', () => {
    const cache = new LruCache<string>(2);
    cache.set('a', '1');
    cache.set('a', '2');
    expect(cache.size).toBe(1);
    expect(cache.get('a')).toBe('2');
  });
  test('rejects a capacity below one', () => {
    expect(() => new LruCache(0)).toThrow(RangeError);
  });
});
