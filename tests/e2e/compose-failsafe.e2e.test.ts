/**
 * Fail safe: when SafePost cannot check, the send is held and the page says
 * why — X changed its editor markup, the profile is missing or invalid, or
 * the extension was reloaded with the tab open (WXT's context invalidation
 * must not silently open the gate).
 */
import { expect, test } from 'vitest';
import { EDITOR, HOME, openX, panel, posted, serviceWorker, setProfile, testProfile, typeInto, useXSession, waitForDecision } from './fixtures/x-server';

const x = useXSession();

const HOME_BUTTON = `${HOME} [data-testid="tweetButtonInline"]`;

/** The fail-safe banner, once it says `expected` (it reads "still loading" until the profile is in). */
async function bannerText(page: import('playwright-core').Page, expected: RegExp): Promise<string> {
  const banner = panel(page).locator('.banner', { hasText: expected });
  await banner.waitFor({ timeout: 10_000 });
  return banner.innerText();
}

test('editor markup not as expected (no role=textbox): held with the fail-safe banner', async () => {
  const page = await openX(x.session, '/home?broken=1', 1, false);
  await typeInto(page, `${HOME} [data-testid="tweetTextarea_0"]`, 'A perfectly harmless post');
  expect(await bannerText(page, /text box/)).toMatch(/^SafePost can't check this post — the text box .*X may have changed its page/);
  await page.click(HOME_BUTTON);
  await page.keyboard.press('Control+Enter');
  expect(await posted(page)).toEqual([]);
  await page.close();
});

test('an invalid stored profile holds the send and names the bad field', async () => {
  await setProfile(x.session, { version: 1, settings: { naming: 'everyone' }, pupils: [], staff: [] });
  try {
    const page = await openX(x.session, '/home', 1, false);
    await typeInto(page, `${HOME} ${EDITOR(0)}`, 'A perfectly harmless post');
    const text = await bannerText(page, /invalid/);
    expect(text).toMatch(/^SafePost can't check this post — the school profile on this computer is invalid/);
    expect(text).toContain('naming');
    await page.click(HOME_BUTTON);
    expect(await posted(page)).toEqual([]);
    await page.close();
  } finally {
    await setProfile(x.session, testProfile());
  }
});

test('no school profile yet: the built-in default profile guards, and the status says so', async () => {
  const worker = await serviceWorker(x.session);
  await worker.evaluate(() => (globalThis as any).chrome.storage.local.remove('profile'));
  try {
    const page = await openX(x.session, '/home');
    expect(await panel(page).locator('.status').innerText()).toMatch(/built-in default profile/);
    // The default profile has no roster but every other rule: a passcode is still held.
    await typeInto(page, `${HOME} ${EDITOR(0)}`, 'Parents evening on Zoom, passcode: 4417');
    await panel(page).locator('[data-rule="safeguarding-secret"][data-severity="block"]').waitFor({ timeout: 10_000 });
    await waitForDecision(page, false);
    await page.click(HOME_BUTTON);
    expect(await posted(page)).toEqual([]);
    await page.close();
  } finally {
    await setProfile(x.session, testProfile());
  }
});

// Last: it reloads the extension.
test('extension reloaded with the tab open: closed, every send held, the page asks for a reload', async () => {
  const page = await openX(x.session, '/home');
  await typeInto(page, `${HOME} ${EDITOR(0)}`, 'Sports day is on Friday');
  await waitForDecision(page, true);

  const worker = await serviceWorker(x.session);
  await worker.evaluate(() => (globalThis as any).chrome.runtime.reload()).catch(() => undefined);
  expect(await bannerText(page, /Reload this page/)).toMatch(/^SafePost can't check this post — SafePost was updated or restarted/);

  await page.click(HOME_BUTTON);
  await page.focus(`${HOME} ${EDITOR(0)}`);
  await page.keyboard.press('Control+Enter');
  await page.keyboard.press('Meta+Enter');
  expect(await posted(page)).toEqual([]);
  expect(await panel(page).locator('.status').innerText()).toMatch(/reload this page/);

  // Closed stays closed, even for a draft that was clean before.
  await page.waitForTimeout(1500);
  await page.click(HOME_BUTTON);
  expect(await posted(page)).toEqual([]);
  await page.close();
});
