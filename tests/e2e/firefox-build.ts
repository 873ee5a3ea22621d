/**
 * The Firefox build (.output/firefox-mv3) for the Firefox end-to-end tests,
 * built once per `npm test`: scripts/test/run-all.sh builds it under the shared
 * build lock and sets SAFEPOST_FIREFOX_BUILT=1; a test file run on its own
 * builds it here instead. Each caller gets a private copy taken under the
 * same lock, so another helper's build wiping .output mid-run cannot break it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from './harness';

export const FIREFOX_BUILD_DIR = join(REPO, '.output/firefox-mv3');
const BUILD_LOCK = '/tmp/safepost/build.lock';

/** Path of a private copy of the current Firefox build (the caller may delete it). */
export function firefoxBuildCopy(): string {
  mkdirSync('/tmp/safepost', { recursive: true });
  const copy = join(mkdtempSync(join(tmpdir(), 'safepost-firefox-')), 'firefox-mv3');
  const build = process.env.SAFEPOST_FIREFOX_BUILT === '1' ? '' : 'npx wxt build -b firefox >/dev/null && ';
  execFileSync('flock', [BUILD_LOCK, 'sh', '-c', `${build}cp -r "${FIREFOX_BUILD_DIR}" "${copy}"`], {
    cwd: REPO,
    // Quiet on success; on failure the thrown error carries the build's stderr.
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 240_000,
  });
  if (!existsSync(join(copy, 'manifest.json'))) throw new Error(`No Firefox build at ${FIREFOX_BUILD_DIR}`);
  return copy;
}
