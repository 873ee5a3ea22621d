/**
 * `safepost cover-faces` and faces in `check --json`, end to end: real
 * process, real files (RULES.md "CLI: cover faces" and "CLI output").
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { facesInBytes, terminateImageReader } from '../../../../scripts/cli/ocr-node';

const IN_POSTING_HOURS = '2026-03-04T10:00:00Z';

const repo = join(import.meta.dirname, '../../../..');
const PHOTOS = join(repo, 'tests/fixtures/faces');
let dir = '';

function cli(...args: string[]) {
  const run = spawnSync(join(repo, 'node_modules/.bin/tsx'), [join(repo, 'scripts/cli/main.ts'), ...args], { cwd: dir, encoding: 'utf8', timeout: 240_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'safepost-faces-'));
  copyFileSync(join(PHOTOS, 'group-row-4.jpg'), join(dir, 'group.jpg'));
  copyFileSync(join(PHOTOS, 'single-portrait.jpg'), join(dir, 'portrait.jpg'));
  // A phone photo: EXIF with camera and GPS position.
  await sharp(join(PHOTOS, 'group-row-4.jpg'))
    .withExif({ IFD0: { Make: 'PhoneMaker', Model: 'Phone 12' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' } })
    .jpeg()
    .toFile(join(dir, 'phone.jpg'));
  await sharp(join(PHOTOS, 'single-portrait.jpg')).png().toFile(join(dir, 'portrait.png'));
  writeFileSync(join(dir, 'broken.jpg'), 'this is not a picture');
  writeFileSync(join(dir, 'settings.json'), JSON.stringify({ rules: { 'uncovered-face': 'block', 'group-photos-only': 'warn' } }));
  writeFileSync(
    join(dir, 'drafts.jsonl'),
    [
      { id: 'group', text: 'Our trip', images: ['group.jpg'] },
      { id: 'one', text: 'Star of the week', images: ['portrait.jpg'] },
      { id: 'pet', text: 'Class pet', images: [join(PHOTOS, 'cat.jpg')] },
    ]
      // Within posting hours (a Wednesday morning): without `at` the draft is sent "now", and after 18:00 outside-hours joins the findings.
      .map((d) => JSON.stringify({ ...d, at: IN_POSTING_HOURS }))
      .join('\n'),
  );
}, 60_000);

afterAll(() => terminateImageReader());

describe('check --json', () => {
  it('face findings carry the faces as fractions of the image; a cat is no face', () => {
    const run = cli('check', '--settings', 'settings.json', '--drafts', 'drafts.jsonl', '--json');
    expect(run.code, run.stderr).toBe(0);
    const [group, one, pet] = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const uncovered = group.findings.find((f: { rule: string }) => f.rule === 'uncovered-face');
    expect(uncovered).toMatchObject({ rule: 'uncovered-face', severity: 'block', source: 'image', image: 0, match: '4 faces' });
    expect(uncovered.faces).toHaveLength(4);
    for (const box of uncovered.faces) expect(Object.keys(box)).toEqual(['x', 'y', 'w', 'h']);
    expect(group.findings.some((f: { rule: string }) => f.rule === 'group-photos-only')).toBe(false);
    expect(one.findings.filter((f: { rule: string }) => f.rule !== 'photo-consent').map((f: { rule: string; match: string }) => [f.rule, f.match])).toEqual([
      ['uncovered-face', '1 face'],
      ['group-photos-only', '1 face'],
    ]);
    expect(pet.findings.map((f: { rule: string }) => f.rule)).toEqual(['photo-consent']);
    expect(group.verdict).toBe('block');
  }, 240_000);
});

describe('cover-faces', () => {
  it('writes a same-size, same-format copy with no metadata and no detectable face', async () => {
    const run = cli('cover-faces', '--image', 'phone.jpg', '--out', 'covered.jpg');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ image: 'phone.jpg', out: 'covered.jpg', faces: 4 });
    const before = await sharp(join(dir, 'phone.jpg')).metadata();
    expect(before.exif).toBeDefined();
    const out = readFileSync(join(dir, 'covered.jpg'));
    const meta = await sharp(out).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', before.width, before.height]);
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(out.includes(Buffer.from('PhoneMaker'))).toBe(false);
    expect(await facesInBytes(out)).toEqual([]);
  }, 240_000);

  it('keeps PNG as PNG', async () => {
    const run = cli('cover-faces', '--image', 'portrait.png', '--out', 'portrait-covered.png');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).faces).toBe(1);
    const meta = await sharp(join(dir, 'portrait-covered.png')).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 512, 512]);
    expect(await facesInBytes(readFileSync(join(dir, 'portrait-covered.png')))).toEqual([]);
  }, 240_000);

  it('exit 2 on bad arguments, 3 when the image cannot be read', () => {
    expect(cli('cover-faces', '--image', 'group.jpg').code).toBe(2);
    expect(cli('cover-faces', '--out', 'x.jpg').code).toBe(2);
    expect(cli('cover-faces', '--image', 'group.jpg', '--out', 'x.jpg', '--bogus').code).toBe(2);
    const broken = cli('cover-faces', '--image', 'broken.jpg', '--out', 'x.jpg');
    expect(broken.code).toBe(3);
    expect(broken.stderr).toMatch(/cannot read image broken\.jpg/);
    expect(cli('cover-faces', '--image', 'missing.jpg', '--out', 'x.jpg').code).toBe(3);
  }, 240_000);
});
