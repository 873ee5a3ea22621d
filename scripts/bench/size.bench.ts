/**
 * Package and content-script size of the built extension (`npm run bench --
 * size`; needs `npm run build` and `npm run build:firefox` first): the zip a
 * laptop downloads, the unpacked size, the content scripts every x.com page
 * parses at document_start, next to issue 17's goals, and the engine module
 * they import after the first paint. tests/build/package-size.test.ts pins
 * both limits.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONTENT_SCRIPTS_MAX_BYTES, PACKAGE_MAX_BYTES, mb, packageSize } from '../lib/package-size';

const OUTPUT = resolve(import.meta.dirname, '../../.output');
const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} KB`;

let missing = 0;
let largest = '';
console.log('| build | package (zip) | goal | unpacked | content scripts (document_start) | goal | engine module (after first paint) |');
console.log('|---|---:|---|---:|---:|---|---:|');
for (const build of ['chrome-mv3', 'firefox-mv3']) {
  const dir = join(OUTPUT, build);
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.log(`| ${build} | not built | | | | | |`);
    missing++;
    continue;
  }
  const s = packageSize(dir);
  const met = (value: number, max: number) => (value <= max ? 'met' : 'NOT met');
  console.log(
    `| ${build} | **${mb(s.zipped)}** | ≤ ${mb(PACKAGE_MAX_BYTES)}: ${met(s.zipped, PACKAGE_MAX_BYTES)} | ${mb(s.unpacked)} | **${kb(s.contentScripts)}** | ≤ ${kb(CONTENT_SCRIPTS_MAX_BYTES)}: ${met(s.contentScripts, CONTENT_SCRIPTS_MAX_BYTES)} | ${kb(s.contentModules)} |`,
  );
  if (build === 'chrome-mv3') largest = s.files.slice(0, 8).map((f) => `  ${f.path}: ${mb(f.bytes)} → ${mb(f.zipped)}`).join('\n');
}
if (largest) console.log(`\nLargest files (chrome-mv3), unpacked → zipped:\n${largest}`);
if (missing) console.log(`\n${missing} build(s) missing: npm run build && npm run build:firefox`);
