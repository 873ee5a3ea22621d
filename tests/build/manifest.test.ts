/**
 * Pins the built Chrome manifest (.output/chrome-mv3, built by the test run
 * before the end-to-end tests): exactly the permissions SafePost needs, no
 * hosts beyond the content script's X pages, no remote code, the managed
 * policy schema shipped, and the fixed key behind the policy's extension id.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { extensionIdFromKey, readManifestKey } from '../../scripts/cli/extension-id';
import { EXTENSION_DIR, REPO } from '../e2e/harness';

let dir: string;
let manifest: Record<string, any>;
// The copy waits for the build lock, which any build on this machine may hold
// for minutes (another checkout's `npm test` included): 10 s was too short.
const BUILD_LOCK_WAIT_MS = 240_000;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'safepost-manifest-'));
  execSync(`mkdir -p /tmp/safepost && flock /tmp/safepost/build.lock cp -r ${EXTENSION_DIR}/. ${dir}/`, { timeout: BUILD_LOCK_WAIT_MS });
  manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}, BUILD_LOCK_WAIT_MS);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const X_PAGES = ['https://mobile.twitter.com/*', 'https://mobile.x.com/*', 'https://twitter.com/*', 'https://x.com/*'];

test('permissions are exactly storage (profile, audit) and offscreen (OCR host)', () => {
  expect([...manifest.permissions].sort()).toEqual(['offscreen', 'storage']);
  expect(manifest.optional_permissions).toBeUndefined();
});

test('no host permissions: the content script reaches X pages only', () => {
  expect(manifest.host_permissions).toBeUndefined();
  expect(manifest.optional_host_permissions).toBeUndefined();
  const matches = new Set(manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches));
  expect([...matches].sort()).toEqual(X_PAGES);
});

test('no remote code: the CSP allows only the extension itself (and WebAssembly for OCR)', () => {
  const csp: string = manifest.content_security_policy.extension_pages;
  expect(csp).toBe("script-src 'self' 'wasm-unsafe-eval'; object-src 'self';");
  expect(csp).not.toMatch(/https?:|'unsafe-eval'|'unsafe-inline'/);
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.externally_connectable).toBeUndefined();
});

test('the managed policy schema ships and the key fixes the extension id', () => {
  expect(manifest.storage).toEqual({ managed_schema: 'managed-schema.json' });
  expect(JSON.parse(readFileSync(join(dir, 'managed-schema.json'), 'utf8'))).toEqual(JSON.parse(readFileSync(join(REPO, 'assets/managed-schema.json'), 'utf8')));
  expect(manifest.key).toBe(readManifestKey());
  expect(extensionIdFromKey(manifest.key)).toMatch(/^[a-p]{32}$/);
});

test('popup and a full-page options page', () => {
  expect(manifest.action.default_popup).toBe('popup.html');
  expect(manifest.options_ui).toEqual({ open_in_tab: true, page: 'options.html' });
});
