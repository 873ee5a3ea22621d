/**
 * The managed policy in real Chromium: a policy file in
 * /etc/chromium/policies/managed/ reaches the extension through
 * storage.managed (validated by assets/managed-schema.json), the options page
 * shows its fields locked, a draft the managed roster forbids is held on the
 * x.com stand-in, and editing the file changes the verdict without a
 * reinstall. Needs root (CI runs as root); the file is removed afterwards.
 */
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildManagedPolicy } from '../../scripts/cli/policy';
import type { Day } from '../../rules/profile/schema';
import { extensionIds } from '../../scripts/cli/extension-id';
import { EXTENSION_DIR, launchWithExtension, type ExtensionSession } from './harness';
import { EDITOR, HOME, openX, serveX, typeInto, waitForDecision } from './fixtures/x-server';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'safepost-e2e.json');
const id = extensionIds().chrome;

const hours = { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as Day[], start: '00:00', end: '23:59', timezone: 'Europe/London' };
const pupil = { forename: 'Perpetua', surname: 'Vanstone', group: 'Year 6', photoConsent: false, nameConsent: false };
const other = { forename: 'Osric', surname: 'Pendleford', group: 'Year 6', photoConsent: true, nameConsent: true };

function writePolicy(policy: unknown): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }, null, 2));
}

const basePolicy = () =>
  buildManagedPolicy({
    name: 'E2E Trust',
    settings: { school: 'Managed Test Academy', hours, rules: { reply: 'block' } },
    pupils: [pupil, other],
  });

let session: ExtensionSession;
let extensionDir: string;

beforeAll(async () => {
  // A private copy of the build: another helper's build cannot wipe it mid-run.
  extensionDir = mkdtempSync(join(tmpdir(), 'safepost-managed-ext-'));
  mkdirSync('/tmp/safepost', { recursive: true });
  execSync(`flock /tmp/safepost/build.lock cp -r ${EXTENSION_DIR}/. ${extensionDir}/`);
  writePolicy(basePolicy());
  session = await launchWithExtension({ fixtures: serveX, extensionDir });
});

afterAll(async () => {
  rmSync(POLICY_FILE, { force: true });
  await session?.close();
  if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
});

/** Policy changes take a few seconds to reach the extension: poll the page. */
async function pollDraft(page: Page, text: string, expected: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let verdict = '';
  while (Date.now() < deadline) {
    await page.reload();
    await page.fill('[data-testid="draft-text"]', text);
    verdict = (await page.getAttribute('[data-testid="draft-result"]', 'data-verdict')) ?? '';
    if (verdict === expected) return;
    await page.waitForTimeout(1000);
  }
  throw new Error(`verdict stayed "${verdict}", expected "${expected}"`);
}

test('the extension id Chromium derives from the manifest key is the one the policy generator computes', () => {
  expect(existsSync(join(extensionDir, 'managed-schema.json'))).toBe(true);
  expect(session.extensionId).toBe(id);
});

test('the options page shows the managed fields locked, the rest editable', async () => {
  const page = await session.openExtensionPage('options.html#settings');
  await expect(page.textContent('[data-testid="school-name"]')).resolves.toBe('Managed Test Academy');
  await page.waitForSelector('text=Managed by your school');
  expect(await page.isDisabled('#school')).toBe(true);
  expect(await page.isDisabled('select[aria-label="Severity of reply"]')).toBe(true);
  expect(await page.inputValue('select[aria-label="Severity of reply"]')).toBe('block');
  // Not in the policy: still the laptop's to change.
  expect(await page.isDisabled('#naming')).toBe(false);
  expect(await page.isDisabled('select[aria-label="Severity of text-speak"]')).toBe(false);
  expect(await page.locator('[data-rule="reply"] [data-locked="true"]').count()).toBe(1);

  await page.goto(`chrome-extension://${session.extensionId}/options.html#pupils`);
  await page.waitForSelector('[data-panel="pupils"] [data-locked="true"]');
  expect(await page.locator('#roster-file').count()).toBe(0);
  expect(await page.locator('[data-testid="pupil-table"] tbody tr').count()).toBe(2);
  await page.close();
});

test('a draft naming a managed pupil is held in "Try a draft" and on the x.com compose box', async () => {
  const page = await session.openExtensionPage('options.html#draft');
  await page.fill('[data-testid="draft-text"]', 'Wonderful singing from Perpetua Vanstone this morning');
  await expect(page.getAttribute('[data-testid="draft-result"]', 'data-verdict')).resolves.toBe('block');
  const rules = await page.locator('[data-finding]').evaluateAll((els) => els.map((e) => JSON.parse(e.getAttribute('data-finding')!).rule));
  expect(rules).toContain('pupil-full-name');
  await page.close();

  const x = await openX(session, '/home');
  await typeInto(x, `${HOME} ${EDITOR(0)}`, 'Wonderful singing from Perpetua Vanstone this morning');
  await waitForDecision(x, false);
  await x.close();
});

test('editing the policy file changes the verdict without reinstalling', async () => {
  const policy = buildManagedPolicy({
    name: 'E2E Trust',
    settings: { school: 'Managed Test Academy', hours, rules: { reply: 'block', 'pupil-full-name': 'warn', 'pupil-name': 'warn', 'identifiable-name': 'off', 'targeted-comment': 'off' } },
    pupils: [pupil, other],
  });
  writePolicy(policy);
  const page = await session.openExtensionPage('options.html#draft');
  await pollDraft(page, 'Wonderful singing from Perpetua Vanstone this morning', 'warn');
  await page.close();
});

test('a value Chrome drops is named, and the last good policy stays in force', async () => {
  const policy = basePolicy() as Record<string, any>;
  policy.settings.school = 'Renamed By Broken Policy';
  policy.settings.naming = 7; // an integer where the schema says string: Chrome drops it silently
  policy.expectedFields['settings.naming'] = 1;
  writePolicy(policy);
  const page = await session.openExtensionPage('options.html#settings');
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && (await page.locator('[data-testid="managed-problems"]').count()) === 0) {
    await page.waitForTimeout(1000);
  }
  const problems = await page.textContent('[data-testid="managed-problems"]');
  expect(problems).toContain('settings.naming');
  expect(problems).toMatch(/last good school policy/);
  // The earlier (second) policy is still the one in force.
  await expect(page.textContent('[data-testid="school-name"]')).resolves.toBe('Managed Test Academy');
  await page.close();
});
