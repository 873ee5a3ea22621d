/**
 * tesseract.js fetches its worker, wasm core and language data from public
 * CDNs unless told otherwise. This checks, without a browser:
 *  1. every tesseract.js code path that falls back to a CDN (found by reading
 *     its source, so a new one in an upgrade fails this test) is an option
 *     SafePost overrides with an extension URL;
 *  2. the build output has CDN URLs only inside tesseract.js's own code
 *     (the offscreen chunk / Firefox background and ocr/worker.min.js), never
 *     in the content script, and ships the files those overrides point at.
 * The runtime half (no request leaves during OCR in Chromium) is in
 * tests/e2e/images.e2e.test.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tesseractOptions } from '../../components/ocr/tesseract';
import { extensionAssets, extensionHumanConfig } from '../../components/vision/browser';
import { OCR_CORE_FILES, OCR_LANG } from '../../components/ocr/config';
import { ocrAssetFiles } from '../../scripts/build/ocr-assets';
import { ortWasmPaths } from '../../components/ocr/ppocr/engine';
import { OCR_CORE_FILE, PPOCR_DET_ASSET, PPOCR_DICT_ASSET, PPOCR_NOTICE_ASSET, PPOCR_REC_ASSET } from '../../components/ocr/config';
import { FACE_MODEL_FILES, FACE_WASM_FILES } from '../../components/faces/config';
import { faceAssetFiles, stripHumanCdnDefaults } from '../../scripts/build/face-assets';

const REPO = join(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const TESSERACT_SRC = join(dirname(require.resolve('tesseract.js/package.json')), 'src');
const CDN = /https?:\/\/(cdn\.jsdelivr\.net|unpkg\.com|tessdata\.projectnaptha\.com|raw\.githubusercontent\.com|github\.com\/naptha)[^\s'"`)]*/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const BASE = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const options = tesseractOptions(extensionAssets((path) => `${BASE}${path}`));

describe('tesseract.js options', () => {
  test('every CDN fallback in tesseract.js source is an option SafePost sets to an extension URL', () => {
    const fallbacks = new Set<string>();
    for (const file of files(TESSERACT_SRC).filter((f) => f.endsWith('.js'))) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(CDN)) {
        const line = source.slice(source.lastIndexOf('\n', match.index) + 1, source.indexOf('\n', match.index));
        const option = /\b(workerPath|corePath|langPath)\b/.exec(line)?.[1];
        // A CDN URL we cannot tie to an overridable option is a new remote load: fail.
        expect(option, `${relative(TESSERACT_SRC, file)}: ${line.trim()}`).toBeDefined();
        fallbacks.add(option!);
      }
    }
    expect([...fallbacks].sort()).toEqual(['corePath', 'langPath', 'workerPath']);
    for (const option of fallbacks) {
      expect((options as unknown as Record<string, unknown>)[option]).toMatch(new RegExp(`^${BASE}/ocr/`));
    }
  });

  test('no blob worker, no IndexedDB copy of the language data', () => {
    expect(options.workerBlobURL).toBe(false);
    expect(options.cacheMethod).toBe('none');
  });

  test('the asset list copies exactly the files the options point at', () => {
    const dests = ocrAssetFiles().map((f) => f.relativeDest);
    expect(dests).toContain(options.workerPath!.slice(BASE.length + 1));
    for (const core of OCR_CORE_FILES) expect(dests).toContain(`${options.corePath!.slice(BASE.length + 1, -core.length - 1)}/${core}`);
    expect(dests).toContain(`${options.langPath.slice(BASE.length + 1)}/${OCR_LANG}.traineddata.gz`);
    for (const file of ocrAssetFiles()) expect(existsSync(file.absoluteSrc), file.absoluteSrc).toBe(true);
  });
});

describe('PP-OCR and onnxruntime-web', () => {
  test('the ORT wasm and its loader are extension files, and the build ships them with the models and their NOTICE', () => {
    const paths = ortWasmPaths(extensionAssets((path) => `${BASE}${path}`));
    const dests = ocrAssetFiles().map((f) => f.relativeDest);
    for (const url of [paths.wasm, paths.mjs]) {
      expect(url).toMatch(new RegExp(`^${BASE}/ocr/ort/`));
      expect(dests).toContain(url.slice(BASE.length + 1));
    }
    for (const asset of [PPOCR_DET_ASSET, PPOCR_REC_ASSET, PPOCR_DICT_ASSET, PPOCR_NOTICE_ASSET]) expect(dests).toContain(asset);
  });

  test('onnxruntime-web carries no CDN URL of its own', () => {
    const dist = dirname(require.resolve('onnxruntime-web/ort-wasm-simd-threaded.wasm'));
    for (const file of ['ort.wasm.bundle.min.mjs', 'ort-wasm-simd-threaded.mjs']) {
      expect(readFileSync(join(dist, file), 'utf8').match(CDN), file).toBeNull();
      expect(readFileSync(join(dist, file), 'utf8'), file).not.toMatch(/https?:\/\/(cdn|unpkg|jsdelivr)/);
    }
  });
});

const BUILDS = ['chrome-mv3', 'firefox-mv3'].map((b) => join(REPO, '.output', b)).filter((dir) => existsSync(join(dir, 'manifest.json')));

describe.skipIf(BUILDS.length === 0)('built extension', () => {
  test.each(BUILDS)('%s: CDN URLs appear only inside tesseract.js code, and the OCR files are shipped', (dir) => {
    const texts = files(dir).filter((f) => /\.(js|html|json|css)$/.test(f));
    const carriers: string[] = [];
    for (const file of texts) {
      const source = readFileSync(file, 'utf8');
      if (!source.match(CDN)) continue;
      const rel = relative(dir, file);
      carriers.push(rel);
      // Only the lazily loaded tesseract.js wrapper and its worker script carry its defaults.
      expect(rel === 'ocr/worker.min.js' || /createWorker|tesseract/i.test(source), rel).toBe(true);
      expect(rel, 'the content script must not carry tesseract.js').not.toMatch(/^content-scripts\//);
    }
    expect(carriers).toContain('ocr/worker.min.js');
    for (const file of ocrAssetFiles()) expect(existsSync(join(dir, file.relativeDest)), file.relativeDest).toBe(true);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(JSON.stringify(manifest)).not.toMatch(CDN);
  });

  test.each(BUILDS)('%s: one tesseract core ships, and no onnxruntime code reaches the content script', (dir) => {
    expect(readdirSync(join(dir, 'ocr/core'))).toEqual([OCR_CORE_FILE]);
    for (const script of files(join(dir, 'content-scripts')).filter((f) => f.endsWith('.js'))) {
      expect(readFileSync(script, 'utf8')).not.toMatch(/InferenceSession|onnxruntime/);
    }
  });

  test.each(BUILDS)('%s: the content script stays small and has no OCR engine in it', (dir) => {
    const scripts = files(join(dir, 'content-scripts')).filter((f) => f.endsWith('.js'));
    for (const script of scripts) {
      const source = readFileSync(script, 'utf8');
      expect(source).not.toMatch(/createWorker|TesseractCore|traineddata/);
    }
  });
});

// ---- Faces: @vladmandic/human ------------------------------------------------

const HUMAN_DIR = dirname(dirname(require.resolve('@vladmandic/human')));
const HUMAN_BROWSER_BUNDLE = join(HUMAN_DIR, 'dist', 'human.esm.js');

describe('Human (face checks) options', () => {
  const config = extensionHumanConfig(extensionAssets((path) => `${BASE}${path}`));

  test('models and wasm load from the extension, and nothing is copied into IndexedDB', () => {
    expect(config.modelBasePath).toBe(`${BASE}/faces/models/`);
    expect(config.wasmPath).toBe(`${BASE}/faces/wasm/`);
    expect(config.cacheModels).toBe(false);
    expect(config.backend).toBe('wasm');
  });

  test("every CDN URL in Human's browser bundle is the wasmPath default SafePost overrides, and the build strips it", () => {
    const source = readFileSync(HUMAN_BROWSER_BUNDLE, 'utf8');
    const found = [...source.matchAll(CDN)];
    expect(found.length).toBeGreaterThan(0);
    for (const match of found) {
      const line = source.slice(source.lastIndexOf('\n', match.index) + 1, source.indexOf('\n', match.index));
      expect(line, line.trim()).toMatch(/\bwasmPath\b/);
    }
    const stripped = stripHumanCdnDefaults().transform(source, HUMAN_BROWSER_BUNDLE);
    expect(stripped?.code.match(CDN) ?? []).toEqual([]);
  });

  test('the asset list ships the models and wasm the options point at', () => {
    const dests = faceAssetFiles().map((f) => f.relativeDest);
    for (const file of FACE_MODEL_FILES) expect(dests).toContain(`faces/models/${file}`);
    for (const file of FACE_WASM_FILES) expect(dests).toContain(`faces/wasm/${file}`);
    for (const file of faceAssetFiles()) expect(existsSync(file.absoluteSrc), file.absoluteSrc).toBe(true);
  });
});

describe.skipIf(BUILDS.length === 0)('built extension: faces', () => {
  test.each(BUILDS)('%s: Human ships with no CDN URL, with its models and wasm, and stays out of the content script', (dir) => {
    const texts = files(dir).filter((f) => f.endsWith('.js'));
    const human = texts.filter((f) => /blazeface|FaceMesh|human/i.test(readFileSync(f, 'utf8')) && /tfjs/i.test(readFileSync(f, 'utf8')));
    expect(human.length).toBeGreaterThan(0);
    for (const file of human) {
      // Firefox bundles Human and tesseract.js into one background.js: tesseract's defaults are the test above's.
      const humanCdn = [...readFileSync(file, 'utf8').matchAll(CDN)].map((m) => m[0]).filter((url) => /tensorflow|tfjs|vladmandic|human/i.test(url));
      expect(humanCdn, relative(dir, file)).toEqual([]);
      expect(relative(dir, file)).not.toMatch(/^content-scripts\//);
    }
    for (const file of faceAssetFiles()) expect(existsSync(join(dir, file.relativeDest)), file.relativeDest).toBe(true);
  });
});
