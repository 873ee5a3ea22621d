/**
 * The first second after a browser start, with a real managed policy: a
 * fresh browser profile (no local profile, no last good school policy) and a
 * policy file in /etc/chromium/policies/managed/. Chromium answers the first
 * storage.managed read about five seconds after start; until then SafePost
 * must not answer from its built-in default (which has no roster). A pupil's
 * full name typed and sent at once is held ("Loading your school's
 * profile…"); then the panel shows the school's profile and the same draft
 * is still held. Needs root (CI runs as root); the file is removed afterwards.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildManagedPolicy } from '../../scripts/cli/policy';
import type { Day } from '../../rules/profile/schema';
import { extensionIds } from '../../scripts/cli/extension-id';
import { EXTENSION_DIR, launchWithExtension, type ExtensionSession } from './harness';
import { EDITOR, HOME, panel, pasteText, posted, serveX, waitForDecision } from './fixtures/x-server';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'safepost-first-second-e2e.json');
const SCHOOL = 'First Second Academy';
const DRAFT = 'Wonderful singing from Perpetua Vanstone this morning';
const HOME_EDITOR = `${HOME} ${EDITOR(0)}`;
const HOME_BUTTON = `${HOME} [data-testid="tweetButtonInline"]`;

let session: ExtensionSession;
let extensionDir: string;
let launchedAt = 0;

beforeAll(async () => {
  extensionDir = mkdtempSync(join(tmpdir(), 'safepost-first-second-ext-'));
  mkdirSync('/tmp/safepost', { recursive: true });
  execSync(`flock /tmp/safepost/build.lock cp -r ${EXTENSION_DIR}/. ${extensionDir}/`);
  const policy = buildManagedPolicy({
    name: 'First second trust',
    settings: {
      school: SCHOOL,
      hours: { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as Day[], start: '00:00', end: '23:59', timezone: 'Europe/London' },
    },
    pupils: [{ forename: 'Perpetua', surname: 'Vanstone', group: 'Year 6', photoConsent: false, nameConsent: true }],
  });
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [extensionIds().chrome]: policy } } }, null, 2));
  launchedAt = Date.now();
  // A fresh browser profile: nothing in storage.local, no last good policy.
  session = await launchWithExtension({ fixtures: serveX, extensionDir });
});

afterAll(async () => {
  rmSync(POLICY_FILE, { force: true });
  await session?.close();
  if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
});

test("a pupil's full name sent in the first seconds is held until the school's profile is in, and after", async () => {
  const page = await session.context.newPage();
  await page.goto('https://x.com/home');
  await page.waitForFunction(() => (window as any).__fixtureReady === true);
  await panel(page).locator('.status').waitFor({ timeout: 15_000 });

  // Typed and sent at once: paste is what lands a whole name in one go.
  await pasteText(page, HOME_EDITOR, DRAFT);
  await page.click(HOME_BUTTON);
  await page.keyboard.press('Control+Enter');
  const sentAfterMs = Date.now() - launchedAt;
  expect(await posted(page)).toEqual([]);
  // Evidence the send fell in the window before storage.managed answered.
  const atSend = await panel(page).innerText();
  console.info(`first send ${sentAfterMs} ms after launch; panel: ${atSend.replace(/\s+/g, ' ').slice(0, 160)}`);
  expect(atSend).toContain("Loading your school's profile…");

  // storage.managed answers: the panel shows the school's profile, and the same draft is still held.
  await panel(page).locator('.status[data-active="true"]', { hasText: SCHOOL }).waitFor({ timeout: 30_000 });
  console.info(`school profile shown ${Date.now() - launchedAt} ms after launch`);
  await waitForDecision(page, false);
  await expect(panel(page).innerText()).resolves.toContain('Perpetua Vanstone');
  await page.click(HOME_BUTTON);
  await page.keyboard.press('Control+Enter');
  expect(await posted(page)).toEqual([]);
  await page.close();
});
