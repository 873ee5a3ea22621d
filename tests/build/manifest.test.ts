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

// X Pro (pro.x.com) posts through the same API; x.com/i/tweetdeck is inside https://x.com/*.
const X_PAGES = ['https://mobile.twitter.com/*', 'https://mobile.x.com/*', 'https://pro.x.com/*', 'https://twitter.com/*', 'https://x.com/*'];

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
  expect(manifest.externally_connectable).toBeUndefined();
});

test("one web-accessible resource: the engine module, to X's pages only, by a per-session URL", () => {
  // The content script imports the engine module (rules, profile store, panel) after the first paint
  // (components/guard/engine-loader.ts), and import() from a content script fetches it as X's page
  // would: so it must be web-accessible, to X's origins and nothing else. use_dynamic_url hides it
  // behind a per-session id, so no page can tell SafePost is installed by fetching it.
  expect(manifest.web_accessible_resources).toHaveLength(1);
  const [resource] = manifest.web_accessible_resources;
  expect(resource.resources).toEqual(['content-modules/engine.js']);
  expect([...resource.matches].sort()).toEqual(X_PAGES);
  expect(resource.use_dynamic_url).toBe(true);
});

test('both X scripts (composer guard, page-world request guard) run in X Pro and in every same-origin and about:blank frame', () => {
  const scripts: { matches: string[]; all_frames?: boolean; match_about_blank?: boolean; world?: string }[] = manifest.content_scripts;
  expect(scripts).toHaveLength(2);
  expect(scripts.map((c) => c.world ?? 'ISOLATED').sort()).toEqual(['ISOLATED', 'MAIN']);
  for (const script of scripts) {
    expect([...script.matches].sort()).toEqual(X_PAGES);
    expect(script.all_frames).toBe(true);
    expect(script.match_about_blank).toBe(true);
  }
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
