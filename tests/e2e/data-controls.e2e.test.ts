/**
 * "Data on this laptop" end to end in Chromium: it lists what the guard and
 * the background actually stored, and "Erase all SafePost data" leaves
 * nothing in storage. The guard on x.com then works as at first start: the
 * built-in default profile, which says it has no roster and still holds what
 * it can see (a phone number), while the erased pupil's name means nothing
 * to it any more.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { EDITOR, HOME, openX, panel, posted, serviceWorker, setProfile, testProfile, typeInto, useXSession, waitForDecision } from './fixtures/x-server';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const x = useXSession();
const HOME_EDITOR = `${HOME} ${EDITOR(0)}`;
const HOME_BUTTON = `${HOME} [data-testid="tweetButtonInline"]`;
// The test profile's pupil (x-server.ts PUPILS) in full: held while the roster is known.
const FULL_NAME = 'Lovely reading from Tamsin Okonkwo-Reyes today';
const PHONE = 'Ring the office on 01632 960555 to book';
const DEFAULT_LABEL = 'built-in default profile (no pupil roster yet: ask your IT admin)';

async function storedKeys(): Promise<string[]> {
  const worker = await serviceWorker(x.session);
  return worker.evaluate(async () => Object.keys(await (globalThis as any).chrome.storage.local.get(null)).sort());
}

test('the page has no axe violations with every control open', async () => {
  await setProfile(x.session, testProfile());
  const page = await x.session.openExtensionPage('options.html#data');
  await page.waitForSelector('[data-testid="held-data"] table');
  await page.fill('[data-testid="erase-pupil-search"]', 'Tamsin');
  await page.click('[data-testid="erase-pupil-choose"]');
  await page.click('[data-testid="erase"]');
  await page.click('[data-testid="erase-all"]');
  await page.waitForSelector('[data-testid="erase-all-understood"]');
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const results = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v: any) => `${v.id}: ${v.help} (${v.nodes.map((n: any) => JSON.stringify(n.target)).join(', ')})`);
  });
  expect(violations).toEqual([]);
  // Opening the controls erased nothing.
  expect(await storedKeys()).toContain('profile');
  await page.close();
}, 60_000);

test('shortening audit retention deletes the older days at once, in the background', async () => {
  const worker = await serviceWorker(x.session);
  const today = await worker.evaluate(async () => {
    const key = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const now = new Date();
    const older = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 10);
    await (globalThis as any).chrome.storage.local.set({ audit: { [key(older)]: { reply: { warning: 1 } }, [key(now)]: { reply: { warning: 2 } } } });
    return key(now);
  });
  const auditDays = () => worker.evaluate(async () => Object.keys((await (globalThis as any).chrome.storage.local.get('audit')).audit ?? {}));
  expect(await auditDays()).toHaveLength(2);
  await setProfile(x.session, testProfile({ auditRetentionDays: 7 }));
  await expect.poll(auditDays, { timeout: 10_000 }).toEqual([today]);
  await setProfile(x.session, testProfile());
  await worker.evaluate(() => (globalThis as any).chrome.storage.local.remove('audit'));
}, 60_000);

test('erasing all SafePost data empties storage and the guard falls back to the built-in default, still holding what it can see', async () => {
  // Before: the roster is known, a pupil's full name is held, and the hold is counted in the audit log.
  const before = await openX(x.session, '/home');
  await typeInto(before, HOME_EDITOR, FULL_NAME);
  await waitForDecision(before, false);
  await before.click(HOME_BUTTON);
  expect(await posted(before)).toEqual([]);
  await before.close();
  await expect.poll(storedKeys, { timeout: 10_000 }).toEqual(['audit', 'profile']);

  const options = await x.session.openExtensionPage('options.html#data');
  await options.waitForSelector('[data-testid="held-data"] table');
  await expect.poll(() => options.textContent('[data-held="roster"] td')).toMatch(/^3 pupils saved here/);
  await expect.poll(() => options.textContent('[data-held="audit"] td')).toMatch(/^\d+ events? on 1 day/);

  await options.click('[data-testid="erase-all"]');
  await options.check('[data-testid="erase-all-understood"]');
  await options.click('[data-testid="erase-all-confirm"]');
  await options.waitForSelector('[data-testid="data-done"]');
  expect(await storedKeys()).toEqual([]);
  // The page follows: the built-in default is in force, and nothing is listed.
  await expect.poll(() => options.textContent('[data-testid="school-name"]')).toBe('Your school');
  await expect.poll(() => options.textContent('[data-held="roster"] td')).toMatch(/^0 pupils saved here/);
  await expect.poll(() => options.textContent('[data-held="audit"] td')).toMatch(/^no events/);
  await options.close();

  // After: as on a fresh install. The card says there is no roster ...
  const after = await openX(x.session, '/home');
  await panel(after).locator('.status', { hasText: DEFAULT_LABEL }).waitFor({ timeout: 15_000 });
  // ... what it can see without a roster is still held (the phone number), and the
  // erased pupil's full name in the same draft is nothing to it now.
  await typeInto(after, HOME_EDITOR, `${FULL_NAME}. ${PHONE}`);
  await waitForDecision(after, false);
  await panel(after).locator('[data-rule="personal-data"]').first().waitFor();
  expect(await panel(after).locator('[data-rule="pupil-full-name"], [data-rule="pupil-name"]').count()).toBe(0);
  await after.click(HOME_BUTTON);
  expect(await posted(after)).toEqual([]);
  await after.close();
}, 120_000);
