/**
 * Pins issue 17's size limits on the built extensions (.output/chrome-mv3
 * and .output/firefox-mv3, built by the test run before these tests): the
 * zip a laptop downloads stays ≤ 20 MB, and the content scripts every x.com
 * page parses at document_start stay ≤ 150 KB with none of the engine's
 * heavy parts in them (those come with the engine module after the first
 * paint: components/guard/engine-loader.ts). Measured on a copy taken under
 * the machine-wide build lock, as manifest.test.ts does. `npm run bench --
 * size` prints the figures.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CONTENT_SCRIPTS_MAX_BYTES, PACKAGE_MAX_BYTES, mb, packageSize, type PackageSize } from '../../scripts/lib/package-size';
import { ENGINE_MODULE_FILE } from '../../scripts/build/engine-module';
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

/**
 * Text only the engine's heavy parts carry, each one that must stay out of the
 * content scripts: found in the engine module (so a marker that no longer
 * matches anything fails here rather than passing for ever).
 */
const HEAVY_MARKERS: Record<string, string> = {
  'the word set of names that are words (rules/names/data/common-words.ts)': '0aah2rdvark8s1back4us6es',
  "full zod's English error messages (the content script's schemas are zod/mini)": 'Invalid input: expected',
  "obscenity's English data set": 'originalWord',
  "sentiment's AFINN lexicon": 'abandon:-2',
  "papaparse (the managed policy's CSV)": 'UndetectableDelimiter',
  "Preact's hooks (the panel)": '__H',
};

function contentScriptFiles(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts: { js?: string[] }[] };
  return [...new Set(manifest.content_scripts.flatMap((c) => c.js ?? []))];
}

describe.each(builds)('%s', (build) => {
  test(`the content scripts x.com pages parse at document_start are ≤ ${CONTENT_SCRIPTS_MAX_BYTES / 1000} KB together`, () => {
    const files = contentScriptFiles(join(dir, build));
    expect(files.length, 'the compose guard and the page-world request guard').toBe(2);
    expect(sizes.get(build)!.contentScripts, files.join(' + ')).toBeLessThanOrEqual(CONTENT_SCRIPTS_MAX_BYTES);
  });

  test.each(Object.entries(HEAVY_MARKERS))('%s is in the engine module, never in a content script', (_part, marker) => {
    expect(readFileSync(join(dir, build, ENGINE_MODULE_FILE), 'utf8')).toContain(marker);
    for (const js of contentScriptFiles(join(dir, build))) expect(readFileSync(join(dir, build, js), 'utf8'), js).not.toContain(marker);
  });

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
