/**
 * The full image-text pipeline in Node (the CLI's path: decode, PP-OCR
 * detection and recognition, tesseract on the same crops, merge) on photos
 * generated here (scripts/gen/text-photos.ts, its own seed so it is not the
 * evaluation set): names, codes and numbers shot at an angle, rotated,
 * blurred and noisy are read; a text-free picture reads as nothing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateTextPhotos, type TextPhotoLabel } from '../../../../scripts/gen/text-photos';
import { found } from '../../../../scripts/eval/text-photos';
import { readImageBytes, terminateImageReader } from '../../../../scripts/cli/ocr-node';

const dir = mkdtempSync(join(tmpdir(), 'safepost-text-photos-'));
let labels: TextPhotoLabel[] = [];

describe.skipIf(!existsSync('/usr/bin/convert'))('text photos through the whole pipeline', () => {
  beforeAll(async () => {
    labels = await generateTextPhotos(dir, 10, 7);
  }, 300_000);
  afterAll(async () => {
    await terminateImageReader();
    rmSync(dir, { recursive: true, force: true });
  });

  test('key words of photographed certificates, boards, whiteboards and signs are read (recall ≥ 0.9); text-free reads as nothing', async () => {
    let keywords = 0;
    let hits = 0;
    const misses: string[] = [];
    for (const label of labels) {
      const { text } = await readImageBytes(readFileSync(join(dir, label.file)), label.file);
      if (label.keywords.length === 0) {
        expect(text, `${label.file} is text-free`).toBe('');
        continue;
      }
      for (const keyword of label.keywords) {
        keywords++;
        if (found(keyword, text)) hits++;
        else misses.push(`${label.file}: ${keyword} in ${JSON.stringify(text)}`);
      }
    }
    expect(labels.filter((l) => l.keywords.length === 0)).toHaveLength(1);
    expect(hits / keywords, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  }, 900_000);
});
