import { describe, expect, test } from 'vitest';
import {
  MAX_IMAGE_DATA_URL_CHARS,
  ImageCheckReplySchema,
  ImageCheckRequestSchema,
  ImageHostIdleNoticeSchema,
  ImageHostRequestSchema,
  decodeDataUrl,
  encodeDataUrl,
  failedReply,
} from '../../../../components/vision/messages';
import { ImageCheckFailedError } from '../../../../components/vision/errors';

const HASH = 'ab'.repeat(32);
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

describe('ImageCheckRequestSchema', () => {
  test.each([
    ['a PNG data URL with its hash', { type: 'safepost:image-check', image: PNG, hash: HASH }],
    ['a JPEG data URL', { type: 'safepost:image-check', image: 'data:image/jpeg;base64,/9j/4AAQ', hash: HASH }],
  ])('accepts %s', (_name, message) => {
    expect(ImageCheckRequestSchema.safeParse(message).success).toBe(true);
  });

  test.each([
    ['another message type', { type: 'audit', image: PNG, hash: HASH }],
    ['a remote URL instead of image bytes', { type: 'safepost:image-check', image: 'https://cdn.example/a.png', hash: HASH }],
    ['a non-image data URL', { type: 'safepost:image-check', image: 'data:text/html;base64,PGI+', hash: HASH }],
    ['a data URL that is not base64', { type: 'safepost:image-check', image: 'data:image/png,<svg>', hash: HASH }],
    ['a short hash', { type: 'safepost:image-check', image: PNG, hash: 'abc' }],
    ['an upper-case hash', { type: 'safepost:image-check', image: PNG, hash: 'AB'.repeat(32) }],
    ['no hash', { type: 'safepost:image-check', image: PNG }],
    ['an extra field', { type: 'safepost:image-check', image: PNG, hash: HASH, url: 'x' }],
    ['null', null],
  ])('rejects %s', (_name, message) => {
    expect(ImageCheckRequestSchema.safeParse(message).success).toBe(false);
  });

  test('rejects an image over the size cap, naming the problem', () => {
    const huge = `data:image/png;base64,${'A'.repeat(MAX_IMAGE_DATA_URL_CHARS)}`;
    const result = ImageCheckRequestSchema.safeParse({ type: 'safepost:image-check', image: huge, hash: HASH });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/too large/);
  });
});

describe('image host and idle messages', () => {
  test('the image host request has its own type, so the offscreen page never answers a content script directly', () => {
    expect(ImageHostRequestSchema.safeParse({ type: 'safepost:image-host-check', image: PNG, hash: HASH }).success).toBe(true);
    expect(ImageHostRequestSchema.safeParse({ type: 'safepost:image-check', image: PNG, hash: HASH }).success).toBe(false);
  });
  test('idle notice', () => {
    expect(ImageHostIdleNoticeSchema.safeParse({ type: 'safepost:image-host-idle' }).success).toBe(true);
    expect(ImageHostIdleNoticeSchema.safeParse({ type: 'safepost:image-host-idle', close: 'all' }).success).toBe(false);
  });
});

describe('ImageCheckReplySchema', () => {
  test.each([
    [{ ok: true, text: 'Sports Day', ms: 120 }, true],
    [{ ok: true, text: '', ms: 0 }, true],
    [failedReply('timeout', 'took too long'), true],
    [failedReply('too-large', 'smaller copy'), true],
    [{ ok: true, ms: 3 }, false],
    [{ ok: true, text: 'x', ms: -1 }, false],
    [{ ok: false, error: { kind: 'exploded', message: 'x' } }, false],
    [{ ok: false }, false],
    [undefined, false],
  ])('%j → valid %s', (response, valid) => {
    expect(ImageCheckReplySchema.safeParse(response).success).toBe(valid);
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
  test('a body that is not base64 is an unreadable image, found when decoding (the schema reads only the header)', () => {
    const url = 'data:image/png;base64,<svg onload=alert(1)>';
    expect(ImageCheckRequestSchema.safeParse({ type: 'safepost:image-check', image: url, hash: HASH }).success).toBe(true);
    expect(() => decodeDataUrl(url)).toThrow(ImageCheckFailedError);
    try {
      decodeDataUrl(url);
    } catch (error) {
      expect((error as ImageCheckFailedError).kind).toBe('unreadable');
    }
  });
  test('encoded images pass the request schema', () => {
    const url = encodeDataUrl(new Uint8Array([137, 80, 78, 71, 255, 0]), 'image/png');
    expect(ImageCheckRequestSchema.safeParse({ type: 'safepost:image-check', image: url, hash: HASH }).success).toBe(true);
  });
});
