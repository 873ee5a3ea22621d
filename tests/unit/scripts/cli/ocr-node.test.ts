/**
 * The CLI's OCR (scripts/cli/ocr-node.ts) on images generated here with
 * ImageMagick, through the real engine: a name with one wrong letter in an
 * image still fires the name rules, from the image.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { check, compileProfile } from '../../../../rules/engine';
import { readImageBytes, readImageText, terminateImageReader } from '../../../../scripts/cli/ocr-node';
import { readFileSync } from 'node:fs';

const CONVERT = '/usr/bin/convert';
const dir = mkdtempSync(join(tmpdir(), 'safepost-ocr-'));
afterAll(async () => {
  await terminateImageReader();
  rmSync(dir, { recursive: true, force: true });
});

function image(name: string, lines: string[]): string {
  const path = join(dir, name);
  const args = ['-size', '1000x500', 'xc:white', '-fill', 'black', '-font', 'DejaVu-Sans', '-pointsize', '56', '-gravity', 'center'];
  lines.forEach((line, i) => args.push('-annotate', `+0${i * 110 - 55 >= 0 ? '+' : ''}${i * 110 - 55}`, line));
  execFileSync(CONVERT, [...args, path]);
  return path;
}

const profile = compileProfile({
  settings: { school: 'Hollowmere Primary', naming: 'first-name-only' },
  pupils: [
    { forename: 'Percival', surname: 'Ashdown', group: 'Year 5', photoConsent: true, nameConsent: true },
  ] as never,
});

describe.skipIf(!existsSync(CONVERT))('readImageText', () => {
  test('reads a clean certificate', async () => {
    const text = await readImageText(image('clean.png', ['Star of the Week', 'Percival Ashdown']));
    expect(text).toMatch(/Star of the Week/);
    expect(text).toMatch(/Percival Ashdown/);
  }, 60_000);

  test('a full name with one wrong letter in an image fires pupil-full-name from the image', async () => {
    const text = await readImageText(image('typo.png', ['Star of the Week', 'Percivai Ashdown']));
    const result = check({ text: 'Our star this week', images: [{ text }], at: new Date('2026-03-04T10:00:00Z') }, profile);
    const finding = result.findings.find((f) => f.rule === 'pupil-full-name');
    expect(finding).toMatchObject({ source: 'image', image: 0 });
    expect(result.verdict).toBe('block');
  }, 60_000);

  test('an image that is not an image is a clear error, not empty text', async () => {
    const path = join(dir, 'broken.png');
    writeFileSync(path, 'not a picture');
    await expect(readImageText(path)).rejects.toThrow(/Cannot decode image/);
    await expect(readImageText(join(dir, 'missing.png'))).rejects.toThrow(/Cannot read image/);
  });
});
