/**
 * The face analysis on the project's own test photos (tests/fixtures/faces,
 * made by scripts/gen/face-photos.ts from skimage's public-domain and
 * CC0 pictures), through the image host as the CLI runs it: the same
 * decode, analyses, Human models and code as the extension.
 * Must show: exact counts within ±1, no cat, no covered face, no drawing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { facesInBytes, terminateImageReader } from '../../../../scripts/cli/ocr-node';
import { faceAnalysis, facePixels } from '../../../../components/faces/face-analysis';
import { decodeInNode, nodeAssets, startFaceDetectorInNode } from '../../../../scripts/cli/vision-node';
import type { LoadableHuman } from '../../../../components/faces/tfjs-shim';

const PHOTOS = join(import.meta.dirname, '../../../fixtures/faces');
const manifest = JSON.parse(readFileSync(join(PHOTOS, 'manifest.json'), 'utf8')) as { file: string; faces: number; what: string }[];

afterAll(() => terminateImageReader());

describe('faces on the test photos', () => {
  it.each(manifest)('$file ($what): $faces', async ({ file, faces }) => {
    const found = await facesInBytes(readFileSync(join(PHOTOS, file)));
    if (faces === 0) {
      // No cat, no covered face, no drawing: zero means zero.
      expect(found).toEqual([]);
    } else {
      expect(Math.abs(found.length - faces), `found ${found.length}`).toBeLessThanOrEqual(1);
    }
    for (const box of found) {
      for (const v of [box.x, box.y, box.w, box.h]) expect(v).toBeGreaterThanOrEqual(0);
      expect(box.x + box.w).toBeLessThanOrEqual(1.0001);
      expect(box.y + box.h).toBeLessThanOrEqual(1.0001);
    }
  }, 120_000);

  it('the single portrait: one box around the face, as fractions of the image', async () => {
    const [box] = await facesInBytes(readFileSync(join(PHOTOS, 'single-portrait.jpg')));
    // Eileen Collins's face in astronaut.png is at about x 150-300, y 50-200 of 512.
    expect(box!.x).toBeGreaterThan(0.2);
    expect(box!.x + box!.w).toBeLessThan(0.65);
    expect(box!.y).toBeLessThan(0.25);
    expect(box!.h).toBeGreaterThan(0.15);
  }, 120_000);

  it('a file that is not an image is an error, never "no faces"', async () => {
    await expect(facesInBytes(Buffer.from('not an image'))).rejects.toThrow();
  }, 60_000);
});

describe('facePixels: the decoded image as the detector reads it', () => {
  it.each([
    { what: 'opaque pixels keep their colour, alpha dropped', rgba: [200, 100, 50, 255, 10, 20, 30, 255], rgb: [200, 100, 50, 10, 20, 30] },
    { what: 'transparent pixels read as white, as X shows them', rgba: [0, 0, 0, 0, 9, 9, 9, 0], rgb: [255, 255, 255, 255, 255, 255] },
    { what: 'half-transparent black is mid grey', rgba: [0, 0, 0, 51, 255, 0, 0, 102], rgb: [204, 204, 204, 255, 153, 153] },
  ])('$what', ({ rgba, rgb }) => {
    const pixels = facePixels({ width: 2, height: 1, data: new Uint8Array(rgba) });
    expect({ width: pixels.width, height: pixels.height }).toEqual({ width: 2, height: 1 });
    expect([...pixels.data].map((v) => Math.round(v))).toEqual(rgb);
  });
});

describe('reset and restart: nothing loaded twice', () => {
  it('a detector started again after an idle release finds the same faces and loads no model twice', async () => {
    const start = startFaceDetectorInNode(nodeAssets());
    const humans: LoadableHuman[] = [];
    const analysis = faceAnalysis(async () => {
      const human = await start();
      humans.push(human);
      return human;
    });
    // tfjs's engine is the bundle's, shared with every Human of this process (the Firefox event page keeps it between releases).
    const held = () => (humans[0]!.tf as unknown as { memory(): { numBytes: number } }).memory().numBytes;
    const photo = await decodeInNode(readFileSync(join(PHOTOS, 'group-row-4.jpg')));
    const first = await analysis.run(photo, new AbortController().signal);
    expect(first.faces.length).toBeGreaterThan(0);
    const warm = held();
    for (let cycle = 0; cycle < 2; cycle++) {
      await analysis.reset();
      const again = await analysis.run(photo, new AbortController().signal);
      expect(again.faces).toEqual(first.faces);
      // Models reloaded beside the old ones would add MBs (BlazeFace 0.5 MB, FaceMesh 1.5 MB); each new Human keeps a few KB of its own tensors (7 KB, 2026-12-07).
      expect(held() - warm).toBeLessThan(64 * 1024 * (cycle + 1));
    }
    expect(humans).toHaveLength(3);
  }, 120_000);
});
