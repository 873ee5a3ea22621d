/**
 * The reply the extension's image host sends for one image check
 * (components/vision/browser.ts answerImageCheck), with stand-in analyses:
 * every outcome is a reply the asker's schema accepts, never a throw.
 */
import { describe, expect, test } from 'vitest';
import { answerImageCheck } from '../../../../components/vision/browser';
import { VisionHost } from '../../../../components/vision/host';
import { ImageCheckReplySchema, encodeDataUrl } from '../../../../components/vision/messages';
import type { ImageAnalysis } from '../../../../components/vision/types';

const HASH = 'cd'.repeat(32);
const PNG = encodeDataUrl(new Uint8Array([137, 80, 78, 71]), 'image/png');

function hostWith(text: () => Promise<string>, faces: () => Promise<{ x: number; y: number; w: number; h: number }[]>): VisionHost {
  const analysis = (id: 'text' | 'faces', required: boolean, run: () => Promise<never>): ImageAnalysis => ({
    id,
    label: id,
    required,
    timeoutMs: 1_000,
    // An analysis answers with its own key (and the text with its lines).
    run: async () => ({ [id]: await run() }) as never,
    reset: async () => undefined,
  });
  return new VisionHost({
    analyses: [analysis('text', true, text as () => Promise<never>), analysis('faces', false, faces as () => Promise<never>)],
    decode: async () => ({ width: 1, height: 1, data: new Uint8Array(4) }),
    idleMs: Infinity,
  });
}

const face = { x: 0.1, y: 0.2, w: 0.3, h: 0.3 };

describe('answerImageCheck', () => {
  test.each([
    ['text and faces', PNG, hostWith(async () => 'Sports Day', async () => [face]), { ok: true, text: 'Sports Day', faces: [face] }],
    ['faces failing: the text, no faces (the face rules say "not checked")', PNG, hostWith(async () => 'Hi', () => Promise.reject(new Error('no wasm'))), { ok: true, text: 'Hi' }],
    ['text failing: a failed reply', PNG, hostWith(() => Promise.reject(new Error('ocr broke')), async () => []), { ok: false, error: { kind: 'failed', message: 'ocr broke' } }],
    ['a body that is not base64: unreadable', 'data:image/png;base64,<svg>', hostWith(async () => '', async () => []), { ok: false, error: { kind: 'unreadable' } }],
  ])('%s', async (_name, image, host, expected) => {
    const reply = await answerImageCheck(host, image, HASH);
    expect(ImageCheckReplySchema.safeParse(reply).success).toBe(true);
    expect(reply).toMatchObject(expected);
    if (reply.ok && !('faces' in expected)) expect(reply.faces).toBeUndefined();
  });
});
