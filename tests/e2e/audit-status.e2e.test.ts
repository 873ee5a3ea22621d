/**
 * The compose guard wired to the profile side, in real Chromium on the X
 * stand-in: audit counts reach storage.local (and the options page and
 * popup show them), and the content script answers the popup's guard-status
 * question with the state of the guard on that tab.
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { EDITOR, HOME, openX, posted, serviceWorker, setProfile, testProfile, typeInto, useXSession, waitForDecision } from './fixtures/x-server';

const x = useXSession();

const HOME_EDITOR = `${HOME} ${EDITOR(0)}`;
const HOME_BUTTON = `${HOME} [data-testid="tweetButtonInline"]`;

/** Count of one event for one rule in the stored audit log, over all days (the browser profile is fresh). */
async function auditCount(rule: string, event: string): Promise<number> {
  const worker = await serviceWorker(x.session);
  return worker.evaluate(
    async ([r, e]) => {
      const { audit } = await (globalThis as any).chrome.storage.local.get('audit');
      let n = 0;
      for (const rules of Object.values((audit ?? {}) as Record<string, Record<string, Record<string, number>>>)) n += rules[r!]?.[e!] ?? 0;
      return n;
    },
    [rule, event] as const,
  );
}

/** What every guarded tab answers to the popup's question (only x.com tabs have a content script to answer). */
async function guardStatuses(): Promise<{ state: string; detail?: string }[]> {
  const worker = await serviceWorker(x.session);
  return worker.evaluate(async () => {
    const chrome = (globalThis as any).chrome;
    const answers = [];
    for (const tab of await chrome.tabs.query({})) {
      try {
        const answer = await chrome.tabs.sendMessage(tab.id, { type: 'guard-status' });
        if (answer !== undefined) answers.push(answer);
      } catch {
        // No receiver: not an X tab.
      }
    }
    return answers;
  });
}

/** Wait until the panel has checked the editor's current text (the render that may count a warning). */
async function waitForCheckedLength(page: Page, length: number): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelector('safepost-panel[data-safepost="composer"]')?.getAttribute('data-checked-length') === String(n),
    length,
  );
}

test('a held send counts a block per attempt; a warning is counted once however much is typed; sending with it is an override', async () => {
  const page = await openX(x.session, '/home');
  await typeInto(page, HOME_EDITOR, 'Lovely reading from Tamsin Okonkwo-Reyes today');
  await waitForDecision(page, false);
  await page.click(HOME_BUTTON);
  expect(await posted(page)).toEqual([]);
  await expect.poll(() => auditCount('pupil-full-name', 'block')).toBe(1);
  // A second attempt is a second hold.
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => auditCount('pupil-full-name', 'block')).toBe(2);

  await page.click(HOME_EDITOR);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('thx for coming');
  await waitForDecision(page, true);
  await expect.poll(() => auditCount('text-speak', 'warning')).toBe(1);
  const more = ' to the Year 4 assembly, the hall was full';
  await page.keyboard.type(more);
  await waitForCheckedLength(page, 'thx for coming'.length + more.length);
  // The send's override is counted after every render before it: once it is in, nothing else is on its way.
  await page.click(HOME_BUTTON);
  expect((await posted(page)).map((p) => p.texts[0])).toEqual([`thx for coming${more}`]);
  await expect.poll(() => auditCount('text-speak', 'override')).toBe(1);
  expect(await auditCount('text-speak', 'warning')).toBe(1);
  expect(await auditCount('pupil-full-name', 'block')).toBe(2);
  // No text, no names: only rule ids and counts are stored.
  const stored = JSON.stringify(await (await serviceWorker(x.session)).evaluate(() => (globalThis as any).chrome.storage.local.get('audit')));
  expect(stored).not.toMatch(/Tamsin|Okonkwo|thx|assembly/);
  await page.close();
});

test('the options page audit section shows the counts', async () => {
  const options = await x.session.openExtensionPage('options.html#audit');
  const row = (rule: string) => options.locator('[data-testid="audit-table"] tbody tr', { has: options.locator(`code:text-is("${rule}")`) });
  await row('pupil-full-name').waitFor({ timeout: 15_000 });
  const cells = async (rule: string) => (await row(rule).locator('td').allInnerTexts()).slice(2);
  // Warnings, Held, Attested, Sent anyway.
  expect(await cells('pupil-full-name')).toEqual(['0', '2', '0', '0']);
  expect(await cells('text-speak')).toEqual(['1', '0', '0', '1']);
  await options.close();
});

test('the guard answers the popup: watching with the number of compose boxes and the profile, no-composer, and why it holds', async () => {
  const home = await openX(x.session, '/home');
  expect(await guardStatuses()).toEqual([{ state: 'watching', detail: '1 compose box guarded · Hollowmere Primary profile (on this computer)' }]);
  await home.close();

  const popup = await openX(x.session, '/compose/post', 2);
  expect(await guardStatuses()).toEqual([{ state: 'watching', detail: '2 compose boxes guarded · Hollowmere Primary profile (on this computer)' }]);
  // X navigates away from every compose box (e.g. to a profile page).
  await popup.evaluate(() => document.querySelectorAll('main, #layers').forEach((n) => n.remove()));
  await expect.poll(guardStatuses).toEqual([{ state: 'no-composer', detail: 'Open the compose box to write a post · Hollowmere Primary profile (on this computer)' }]);
  await popup.close();

  await setProfile(x.session, { version: 1, settings: { naming: 'everyone' }, pupils: [], staff: [] });
  try {
    const page = await openX(x.session, '/home', 1, false);
    const [status] = await guardStatuses();
    expect(status?.state).toBe('error');
    expect(status?.detail).toMatch(/^Posts are held: the school profile on this computer is invalid \(.*naming/);
    await page.close();
  } finally {
    await setProfile(x.session, testProfile());
  }
});

test('the popup shows the guard of the active x.com tab and today\'s counts', async () => {
  const xTab = await openX(x.session, '/home');
  // The popup opened as a tab asks for the active tab: bring X to the front, then let the popup ask again.
  const popup = await x.session.openExtensionPage('popup.html');
  await xTab.bringToFront();
  await popup.reload();
  const guard = popup.locator('[data-testid="guard-status"]');
  await expect.poll(() => guard.innerText()).toMatch(/Checking posts on this tab/);
  expect(await guard.innerText()).toContain('1 compose box guarded · Hollowmere Primary profile (on this computer)');
  expect(await popup.locator('[data-testid="popup-today"]').innerText()).toMatch(/2\s*Posts held today/);
  await popup.close();
  await xTab.close();
});
