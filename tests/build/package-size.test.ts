/**
 * Pins issue 17's package limit on the built extensions (.output/chrome-mv3
 * and .output/firefox-mv3, built by the test run before these tests): the
 * zip a laptop downloads stays ≤ 20 MB. Measured on a copy taken under the
 * machine-wide build lock, as manifest.test.ts does. `npm run bench -- size`
 * prints the figures.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PACKAGE_MAX_BYTES, mb, packageSize, type PackageSize } from '../../scripts/lib/package-size';
import { REPO } from '../e2e/harness';

const BUILD_LOCK_WAIT_MS = 240_000;
const builds = ['chrome-mv3', 'firefox-mv3'].filter((b) => existsSync(join(REPO, '.output', b, 'manifest.json')));
const sizes = new Map<string, PackageSize>();
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'safepost-size-'));
  for (const build of builds) {
    execSync(`mkdir -p /tmp/safepost && flock /tmp/safepost/build.lock cp -r ${join(REPO, '.output', build)} ${dir}/`, { timeout: BUILD_LOCK_WAIT_MS });
    sizes.set(build, packageSize(join(dir, build)));
  }
}, BUILD_LOCK_WAIT_MS);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the Chrome build is there to measure', () => {
  expect(builds).toContain('chrome-mv3');
});

describe.each(builds)('%s', (build) => {
  test(`the package a laptop downloads is ≤ ${mb(PACKAGE_MAX_BYTES)} (zipped)`, () => {
    const size = sizes.get(build)!;
    const largest = size.files.slice(0, 5).map((f) => `${f.path} ${mb(f.zipped)}`).join(', ');
    expect(size.zipped, `${build}: ${mb(size.zipped)} zipped; largest: ${largest}`).toBeLessThanOrEqual(PACKAGE_MAX_BYTES);
  });

  test('the PP-OCR models shipped are the shrunk ones (int8, Latin classes), never the 15 MB originals', () => {
    const onnx = sizes.get(build)!.files.filter((f) => f.path.endsWith('.onnx'));
    expect(onnx.map((f) => f.path).sort()).toEqual(['ocr/ppocr/ppocr-det-int8.onnx', 'ocr/ppocr/ppocr-rec-latin-int8.onnx']);
    for (const f of onnx) expect(f.bytes, f.path).toBeLessThan(4_000_000);
  });
});
