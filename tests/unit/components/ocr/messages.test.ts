import { describe, expect, test } from 'vitest';
import {
  MAX_IMAGE_DATA_URL_CHARS,
  OcrIdleNoticeSchema,
  OcrRequestSchema,
  OcrResponseSchema,
  OffscreenOcrRequestSchema,
  decodeDataUrl,
  encodeDataUrl,
  failure,
} from '../../../../components/ocr/messages';

const HASH = 'ab'.repeat(32);
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

describe('OcrRequestSchema', () => {
  test.each([
    ['a PNG data URL with its hash', { type: 'safepost:ocr', image: PNG, hash: HASH }],
    ['a JPEG data URL', { type: 'safepost:ocr', image: 'data:image/jpeg;base64,/9j/4AAQ', hash: HASH }],
  ])('accepts %s', (_name, message) => {
    expect(OcrRequestSchema.safeParse(message).success).toBe(true);
  });

  test.each([
    ['another message type', { type: 'audit', image: PNG, hash: HASH }],
    ['a remote URL instead of image bytes', { type: 'safepost:ocr', image: 'https://cdn.example/a.png', hash: HASH }],
    ['a non-image data URL', { type: 'safepost:ocr', image: 'data:text/html;base64,PGI+', hash: HASH }],
    ['a data URL that is not base64', { type: 'safepost:ocr', image: 'data:image/png,<svg>', hash: HASH }],
    ['a short hash', { type: 'safepost:ocr', image: PNG, hash: 'abc' }],
    ['an upper-case hash', { type: 'safepost:ocr', image: PNG, hash: 'AB'.repeat(32) }],
    ['no hash', { type: 'safepost:ocr', image: PNG }],
    ['an extra field', { type: 'safepost:ocr', image: PNG, hash: HASH, url: 'x' }],
    ['null', null],
  ])('rejects %s', (_name, message) => {
    expect(OcrRequestSchema.safeParse(message).success).toBe(false);
  });

  test('rejects an image over the size cap, naming the problem', () => {
    const huge = `data:image/png;base64,${'A'.repeat(MAX_IMAGE_DATA_URL_CHARS)}`;
    const result = OcrRequestSchema.safeParse({ type: 'safepost:ocr', image: huge, hash: HASH });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/too large/);
  });
});

describe('offscreen and idle messages', () => {
  test('the offscreen request has its own type, so the offscreen page never answers a content script directly', () => {
    expect(OffscreenOcrRequestSchema.safeParse({ type: 'safepost:ocr-offscreen', image: PNG, hash: HASH }).success).toBe(true);
    expect(OffscreenOcrRequestSchema.safeParse({ type: 'safepost:ocr', image: PNG, hash: HASH }).success).toBe(false);
  });
  test('idle notice', () => {
    expect(OcrIdleNoticeSchema.safeParse({ type: 'safepost:ocr-idle' }).success).toBe(true);
    expect(OcrIdleNoticeSchema.safeParse({ type: 'safepost:ocr-idle', close: 'all' }).success).toBe(false);
  });
});

describe('OcrResponseSchema', () => {
  test.each([
    [{ ok: true, text: 'Sports Day', ms: 120 }, true],
    [{ ok: true, text: '', ms: 0 }, true],
    [failure('timeout', 'took too long'), true],
    [failure('too-large', 'smaller copy'), true],
    [{ ok: true, ms: 3 }, false],
    [{ ok: true, text: 'x', ms: -1 }, false],
    [{ ok: false, error: { kind: 'exploded', message: 'x' } }, false],
    [{ ok: false }, false],
    [undefined, false],
  ])('%j → valid %s', (response, valid) => {
    expect(OcrResponseSchema.safeParse(response).success).toBe(valid);
  });
});

describe('data URLs', () => {
  test('round-trip bytes larger than one encoding chunk', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) % 256);
    const url = encodeDataUrl(bytes, 'image/jpeg');
    expect(url.startsWith('data:image/jpeg;base64,')).toBe(true);
    const decoded = decodeDataUrl(url);
    expect(decoded.type).toBe('image/jpeg');
    expect(decoded.bytes).toEqual(bytes);
  });
  test('encoded images pass the request schema', () => {
    const url = encodeDataUrl(new Uint8Array([137, 80, 78, 71, 255, 0]), 'image/png');
    expect(OcrRequestSchema.safeParse({ type: 'safepost:ocr', image: url, hash: HASH }).success).toBe(true);
  });
});
