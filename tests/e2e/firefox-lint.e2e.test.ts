/**
 * `web-ext lint` on the Firefox build (.output/firefox-mv3, its own directory:
 * the Chrome build other tests load is not touched). The build is shared with
 * firefox.e2e.test.ts (see firefox-build.ts: built once by scripts/test/run-all.sh
 * under the shared build lock, or here when this file runs on its own), so the
 * lint always sees the current source.
 */
import { execSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { firefoxBuildCopy } from './firefox-build';
import { REPO } from './harness';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

/**
 * Warnings that come from bundled libraries, each with the reason it is
 * acceptable. A new kind of warning fails the test until it is looked at.
 */
const ACCEPTED_WARNINGS: Record<string, string> = {
  // zod probes `new Function` to decide whether it may JIT validators (it falls back when CSP forbids it);
  // tesseract.js's worker has the same feature probe. No remote code is ever evaluated.
  DANGEROUS_EVAL: 'feature probes in zod and tesseract.js',
  // Preact's dangerouslySetInnerHTML path and the guard's static shadow-DOM template; no page or user text goes through it.
  UNSAFE_VAR_ASSIGNMENT: 'innerHTML with static markup in Preact and the guard panel',
};

test('web-ext lint passes on the Firefox build', () => {
  const dir = firefoxBuildCopy();
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.browser_specific_settings.gecko.id).toBe('safepost@safepost.school');

  let out = '';
  try {
    out = execSync(`npx web-ext lint -s ${dir} --output json --no-config-discovery`, { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 240_000 });
  } catch (error) {
    out = (error as { stdout?: string }).stdout ?? ''; // exit 1 on errors; the JSON still says which
  }
  rmSync(dirname(dir), { recursive: true, force: true });
  const report = JSON.parse(out) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
  expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  const unexpected = report.warnings.filter((w) => !(w.code in ACCEPTED_WARNINGS));
  expect(unexpected.map((w) => `${w.code} ${w.file ?? ''}: ${w.message}`)).toEqual([]);
}, 300_000);
