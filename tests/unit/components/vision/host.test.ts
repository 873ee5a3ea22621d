/**
 * The image host (components/vision/host.ts) with stand-in analyses: what it
 * promises every analysis, whatever the analysis does. The real analyses run
 * through it in tests/unit/components/faces/face-analysis.test.ts and the OCR tests.
 */
import { describe, expect, it } from 'vitest';
import { VisionHost, type VisionHostOptions } from '../../../../components/vision/host';
import type { AnalysisId, ImageAnalysis, RgbaImage } from '../../../../components/vision/types';

const PIXELS: RgbaImage = { width: 2, height: 1, data: new Uint8Array(8) };

type Behaviour = 'answer' | 'throw' | 'hang';

interface StandIn extends ImageAnalysis {
  runs: number;
  resets: number;
}

function standIn(id: AnalysisId, required: boolean, behaviour: () => Behaviour, answer: unknown): StandIn {
  const analysis: StandIn = {
    id,
    label: `Stand-in ${id}`,
    required,
    timeoutMs: 50,
    runs: 0,
    resets: 0,
    async run() {
      analysis.runs++;
      const now = behaviour();
      if (now === 'throw') throw new Error(`${id} broke`);
      if (now === 'hang') return new Promise(() => undefined);
      return { [id]: answer } as never;
    },
    async reset() {
      analysis.resets++;
    },
  };
  return analysis;
}

function hostWith(
  text: Behaviour | (() => Behaviour),
  faces: Behaviour | (() => Behaviour),
  options: Partial<Pick<VisionHostOptions, 'idleMs' | 'onIdle'>> = {},
) {
  const asFn = (b: Behaviour | (() => Behaviour)) => (typeof b === 'function' ? b : () => b);
  const textAnalysis = standIn('text', true, asFn(text), 'Star of the week');
  const faceAnalysis = standIn('faces', false, asFn(faces), [{ x: 0.1, y: 0.1, w: 0.2, h: 0.2 }]);
  const decoded: string[] = [];
  /** What the host gave back, in order: "bytes" once decoded, "pixels" once every analysis was done. */
  const released: string[] = [];
  const pixels: RgbaImage = { ...PIXELS, data: new Uint8Array(8) };
  const host = new VisionHost({
    analyses: [textAnalysis, faceAnalysis],
    decode: async (bytes) => {
      decoded.push(String(bytes[0]));
      if (bytes[0] === 0) throw new Error('not an image');
      return pixels;
    },
    release: (array) => released.push(array === pixels.data ? 'pixels' : `bytes ${(array as Uint8Array)[0]}`),
    idleMs: Infinity,
    ...options,
  });
  return { host, textAnalysis, faceAnalysis, decoded, released };
}

const image = (n: number) => new Uint8Array([n, 1, 2, 3]);

describe('VisionHost', () => {
  it('decodes once and gives every analysis the same pixels; the findings carry each key', async () => {
    const { host, decoded } = hostWith('answer', 'answer');
    const { findings, stages, failed } = await host.analyse(image(1), 'image/png');
    expect(findings).toEqual({ text: 'Star of the week', faces: [{ x: 0.1, y: 0.1, w: 0.2, h: 0.2 }] });
    expect(decoded).toEqual(['1']);
    expect(Object.keys(stages).sort()).toEqual(['decode', 'faces', 'text']);
    expect(failed).toEqual({});
  });

  it.each([
    { text: 'answer', faces: 'throw', outcome: 'faces left out', reason: /faces broke/ },
    { text: 'answer', faces: 'hang', outcome: 'faces left out', reason: /took longer than/ },
    { text: 'throw', faces: 'answer', outcome: 'image fails', reason: /text broke/ },
    { text: 'hang', faces: 'answer', outcome: 'image fails', reason: /took longer than/ },
  ] as const)('text $text, faces $faces: $outcome', async ({ text, faces, outcome, reason }) => {
    const { host, textAnalysis, faceAnalysis } = hostWith(text, faces);
    if (outcome === 'image fails') {
      await expect(host.analyse(image(2), 'image/png')).rejects.toThrow(reason);
      return;
    }
    const { findings, failed } = await host.analyse(image(2), 'image/png');
    // Never "no faces": the key is absent and the reason kept.
    expect(findings).toEqual({ text: 'Star of the week' });
    expect('faces' in findings).toBe(false);
    expect(failed.faces).toMatch(reason);
    // A hung analysis is reset (its engines dropped); the other one is not.
    expect(faceAnalysis.resets).toBe(faces === 'hang' ? 1 : 0);
    expect(textAnalysis.resets).toBe(0);
  });

  it('caches complete findings by content, and never findings with a failed analysis', async () => {
    let facesBehaviour: Behaviour = 'throw';
    const { host, textAnalysis, faceAnalysis } = hostWith('answer', () => facesBehaviour);
    await host.analyse(image(3), 'image/png');
    facesBehaviour = 'answer';
    const second = await host.analyse(image(3), 'image/png');
    expect(second.findings.faces).toHaveLength(1);
    const third = await host.analyse(image(3), 'image/png');
    expect(third.ms).toBe(0);
    expect(textAnalysis.runs).toBe(2);
    expect(faceAnalysis.runs).toBe(2);
  });

  it('an undecodable file fails as unreadable before any analysis runs', async () => {
    const { host, textAnalysis } = hostWith('answer', 'answer');
    await expect(host.analyse(image(0), 'image/png')).rejects.toMatchObject({ kind: 'unreadable' });
    expect(textAnalysis.runs).toBe(0);
  });

  it('checks one image at a time, in the order asked', async () => {
    const order: string[] = [];
    const { host } = hostWith('answer', 'answer');
    await Promise.all([4, 5, 6].map((n) => host.analyse(image(n), 'image/png').then(() => order.push(String(n)))));
    expect(order).toEqual(['4', '5', '6']);
  });

  it('release() resets every analysis and forgets it was warm', async () => {
    const { host, textAnalysis, faceAnalysis } = hostWith('answer', 'answer');
    await host.analyse(image(7), 'image/png');
    expect(host.warm).toBe(true);
    await host.release();
    expect(host.warm).toBe(false);
    expect([textAnalysis.resets, faceAnalysis.resets]).toEqual([1, 1]);
  });

  it('frees the bytes once decoded and the pixels once both analyses are done, never while one may still read them', async () => {
    const answered = hostWith('answer', 'answer');
    await answered.host.analyse(image(8), 'image/png');
    expect(answered.released).toEqual(['bytes 8', 'pixels']);
    // A hung analysis was given up on but may still be reading the pixels: the collector frees them later.
    const hung = hostWith('answer', 'hang');
    await hung.host.analyse(image(9), 'image/png');
    expect(hung.released).toEqual(['bytes 9']);
    // An image that fails keeps its pixels too (the text analysis threw midway).
    const failed = hostWith('throw', 'answer');
    await expect(failed.host.analyse(image(10), 'image/png')).rejects.toThrow(/text broke/);
    expect(failed.released).toEqual(['bytes 10']);
  });

  it('releases every engine once idle for idleMs after the last image, then says so (the Firefox event page relies on it)', async () => {
    let idle = 0;
    const { host, textAnalysis, faceAnalysis } = hostWith('answer', 'answer', { idleMs: 40, onIdle: () => idle++ });
    await host.analyse(image(11), 'image/png');
    await new Promise((r) => setTimeout(r, 20));
    // A second image within the idle period keeps the engines warm and starts the wait again.
    await host.analyse(image(12), 'image/png');
    await new Promise((r) => setTimeout(r, 25));
    expect([textAnalysis.resets, faceAnalysis.resets, idle]).toEqual([0, 0, 0]);
    await new Promise((r) => setTimeout(r, 60));
    expect([textAnalysis.resets, faceAnalysis.resets, idle]).toEqual([1, 1, 1]);
    expect(host.warm).toBe(false);
  });
});
