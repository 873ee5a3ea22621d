/**
 * Accessibility of what SafePost shows, checked with axe-core in real
 * Chromium: the card in the compose box in every state (chip, clean card,
 * warn, block, held, confirm), the toolbar popup and the options page; the
 * Alt+Shift+S shortcut to the card and Escape back to the caret; and the
 * live region that announces a change of verdict once, not per keystroke.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { EDITOR, HOME, openX, panel, POPUP, setProfile, testProfile, typeInto, useXSession, waitForDecision } from './fixtures/x-server';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const x = useXSession();
const HOME_EDITOR = `${HOME} ${EDITOR(0)}`;

interface AxeSummary {
  violations: { id: string; help: string; targets: string[] }[];
  /** How many nodes inside a shadow root axe looked at (proves the card was checked, not skipped). */
  shadowNodes: number;
}

/**
 * Runs axe in the page. page.evaluate is not subject to the page's CSP (X
 * forbids inline scripts), so axe needs no script tag. `within`: a host
 * selector to check only SafePost's card (X's page is not ours to fix).
 */
async function axe(page: Page, within?: string): Promise<AxeSummary> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (sel) => {
    const w = window as any;
    const context = sel ? { include: [[sel]] } : document;
    const results = await w.axe.run(context, { resultTypes: ['violations', 'passes'] });
    const targets = (r: any) => r.nodes.map((n: any) => JSON.stringify(n.target));
    return {
      violations: results.violations.map((v: any) => ({ id: v.id, help: v.help, targets: targets(v) })),
      shadowNodes: results.passes.flatMap((p: any) => p.nodes).filter((n: any) => Array.isArray(n.target[0]) || n.target.length > 1).length,
    };
  }, within);
}

const CARD = 'safepost-panel[data-safepost="composer"]';

async function expectCardAccessible(page: Page, state: string) {
  const result = await axe(page, CARD);
  expect(result.violations, state).toEqual([]);
  expect(result.shadowNodes, `${state}: axe looked inside the card`).toBeGreaterThan(0);
}

async function retype(page: Page, text: string) {
  await page.click(HOME_EDITOR);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

test('the card has no axe violations in any state', async () => {
  const page = await openX(x.session, '/home');
  await expectCardAccessible(page, 'chip (empty draft)');
  await retype(page, 'Year 4 loved their trip to the castle today.');
  await panel(page).locator('button.status').click();
  await panel(page).locator('.ok').waitFor();
  await expectCardAccessible(page, 'clean card');
  await retype(page, 'Gr8 trip to the castle today, thx everyone');
  await panel(page).and(page.locator('[data-verdict="warn"]')).waitFor();
  await expectCardAccessible(page, 'warn');
  await retype(page, 'Lovely reading from Tamsin Okonkwo-Reyes today');
  await waitForDecision(page, false);
  await expectCardAccessible(page, 'block');
  await page.click(`${HOME} [data-testid="tweetButtonInline"]`);
  await expect(panel(page).innerText()).resolves.toMatch(/Not sent/);
  await expectCardAccessible(page, 'held after a send');
  await setProfile(x.session, testProfile({ hours: { days: [], start: '08:00', end: '18:00', timezone: 'Europe/London' } }));
  try {
    await retype(page, 'School is closed tomorrow because of the snow.');
    await panel(page).locator('label.attest').waitFor();
    await expectCardAccessible(page, 'confirm');
  } finally {
    await setProfile(x.session, testProfile());
  }
  await page.close();
});

test('the toolbar popup and the options page have no axe violations', async () => {
  for (const path of ['popup.html', 'options.html', 'options.html#pupils', 'options.html#draft', 'options.html#audit', 'options.html#data']) {
    const page = await x.session.openExtensionPage(path);
    await page.waitForSelector('[data-testid="school-name"], [data-testid="popup-profile"]', { timeout: 30_000 });
    await page.waitForTimeout(300);
    const result = await axe(page);
    expect(result.violations, path).toEqual([]);
    await page.close();
  }
});

test('Alt+Shift+S moves focus to the card; Escape returns to the editor with the caret where it was', async () => {
  const page = await openX(x.session, '/home');
  await typeInto(page, HOME_EDITOR, 'Hello Tamsin Okonkwo-Reyes');
  await waitForDecision(page, false);
  await page.keyboard.press('Home');
  for (let i = 0; i < 'Hello '.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Alt+Shift+S');
  const focused = await page.evaluate(() => ({
    host: document.activeElement?.localName,
    inside: document.activeElement?.shadowRoot?.activeElement?.className,
  }));
  expect(focused).toEqual({ host: 'safepost-panel', inside: 'frame' });
  // The card's controls are reachable from there with Tab; Escape goes back.
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tweetTextarea_0');
  await page.keyboard.type('dear ');
  await expect(page.locator(HOME_EDITOR).innerText()).resolves.toBe('Hello dear Tamsin Okonkwo-Reyes');
  await page.close();
});

test('in the pop-up, the shortcut and Escape keep the dialog open, and a clean chip opens for the keyboard too', async () => {
  const page = await openX(x.session, '/compose/post', 2);
  await typeInto(page, `${POPUP} ${EDITOR(0)}`, 'Year 4 loved the castle');
  await panel(page, 1).locator('button.status').waitFor();
  await page.keyboard.press('Alt+Shift+S');
  await panel(page, 1).locator('.ok').waitFor();
  expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className)).toBe('frame');
  await page.keyboard.press('Escape');
  const after = await page.evaluate(() => ({
    open: Boolean(document.querySelector('[role="dialog"]')),
    closes: (window as any).__dialogCloses,
    focus: document.activeElement?.closest('[data-fixture-composer]')?.getAttribute('data-fixture-composer'),
  }));
  expect(after).toEqual({ open: true, closes: 0, focus: 'popup' });
  await page.close();
});

test('a change of verdict is announced once it settles, not on every keystroke', async () => {
  const page = await openX(x.session, '/home');
  await page.evaluate((sel) => {
    const live = document.querySelector(sel)!.shadowRoot!.querySelector('[aria-live]')!;
    (window as any).__announced = [];
    new MutationObserver(() => (window as any).__announced.push(live.textContent)).observe(live, { childList: true, characterData: true, subtree: true });
  }, CARD);
  await typeInto(page, HOME_EDITOR, 'Lovely reading from Tamsin Okonkwo-Reyes today');
  await waitForDecision(page, false);
  await page.waitForTimeout(1500);
  const first: string[] = await page.evaluate(() => (window as any).__announced);
  expect(first.length).toBeGreaterThanOrEqual(1);
  expect(first.length).toBeLessThanOrEqual(2);
  expect(first.at(-1)).toMatch(/Not sent: 1 problem/);
  // Thirty more keystrokes that do not change the verdict: nothing more is said.
  await page.keyboard.type(' in the hall with all of Year 4');
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => (window as any).__announced.length)).toBe(first.length);
  await page.close();
});
