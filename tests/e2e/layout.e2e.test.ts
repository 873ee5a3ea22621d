/**
 * SafePost takes no space in X's layout. On the layout-faithful fixture
 * (x.css: React Native for Web base view rules, avatar row, pop-up in
 * #layers, compact layout under 700 px), the editor's and the Post button's
 * boxes are measured with the built extension and in a browser without it:
 * they must match (±2 px) on every surface, in every panel state, at 1280,
 * 700 and 600 px. The card must not overlap either box, and inside the
 * pop-up it must stay usable without closing the dialog or losing focus to
 * its focus trap.
 *
 * SAFEPOST_LAYOUT_SHOTS=<dir> also saves a screenshot of every case.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, type ExtensionSession } from './harness';
import { EDITOR, launchX, openX, serveX, setProfile, testProfile } from './fixtures/x-server';

const SHOTS = process.env.SAFEPOST_LAYOUT_SHOTS;
if (SHOTS) mkdirSync(SHOTS, { recursive: true });

// Replies are off so the inline reply's clean draft is clean too; confirm comes from posting hours that never open.
const PROFILE = testProfile({ rules: { reply: 'off' } });
const CONFIRM_PROFILE = testProfile({ rules: { reply: 'off' }, hours: { days: [], start: '08:00', end: '18:00', timezone: 'Europe/London' } });

interface Surface {
  name: string;
  path: string;
  panels: number;
  composer: string;
  button: string;
}
const SURFACES: Surface[] = [
  { name: 'home box', path: '/home', panels: 1, composer: '[data-fixture-composer="home"]', button: '[data-testid="tweetButtonInline"]' },
  { name: 'pop-up', path: '/compose/post', panels: 2, composer: '[data-fixture-composer="popup"]', button: '[data-testid="tweetButton"]' },
  {
    name: 'inline reply',
    path: '/AParent/status/1790000000000000001',
    panels: 1,
    composer: '[data-fixture-composer="inline-reply"]',
    button: '[data-testid="tweetButtonInline"]',
  },
];
const WIDTHS = [1280, 700, 600];
const LONG =
  'School will be closed tomorrow because of the snow. The roads around the village are icy and the buses are not running. ' +
  'Please keep an eye on this account and on the school website for news about Thursday. Stay safe and warm, everyone, and enjoy building snowmen!';
const STATES = [
  { state: 'empty', text: '', verdict: 'ok' },
  { state: 'clean', text: 'Year 4 loved their trip to the castle today.', verdict: 'ok' },
  { state: 'warn', text: 'Gr8 trip to the castle today, thx everyone', verdict: 'warn' },
  { state: 'block', text: 'Lovely reading from Tamsin Okonkwo-Reyes today', verdict: 'block' },
  { state: 'confirm', text: LONG, verdict: 'confirm' },
] as const;

type Box = { x: number; y: number; width: number; height: number };
interface Measure {
  editor: Box;
  button: Box;
}

let session: ExtensionSession;
let plain: Browser;
beforeAll(async () => {
  session = await launchX(PROFILE);
  plain = await chromium.launch({ executablePath: CHROMIUM, headless: true });
});
afterAll(async () => {
  await plain?.close();
  expect(session.externalRequests()).toEqual([]);
  await session?.close();
});

async function baselinePage(path: string, width: number): Promise<Page> {
  const context = await plain.newContext({ viewport: { width, height: 800 } });
  await context.route('**/*', (route, request) => (new URL(request.url()).hostname === 'x.com' ? serveX(route, request) : route.abort()));
  const page = await context.newPage();
  await page.goto(`https://x.com${path}`);
  await page.waitForFunction(() => (window as any).__fixtureReady === true);
  return page;
}

async function retype(page: Page, s: Surface, text: string) {
  await page.click(`${s.composer} ${EDITOR(0)}`);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}

async function measure(page: Page, s: Surface): Promise<Measure> {
  const editor = await page.locator(`${s.composer} ${EDITOR(0)}`).boundingBox();
  const button = await page.locator(`${s.composer} ${s.button}`).boundingBox();
  if (!editor || !button) throw new Error(`${s.name}: editor or button not rendered`);
  return { editor, button };
}

/** The visible part of this surface's SafePost card (the chip or the framed panel). */
function card(page: Page, s: Surface) {
  return page.locator('safepost-panel[data-safepost="composer"]').nth(s.panels - 1).locator('.chip, .frame');
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function expectSameBox(actual: Box, expected: Box, what: string) {
  for (const k of ['x', 'y', 'width', 'height'] as const) {
    expect(Math.abs(actual[k] - expected[k]), `${what}.${k}: ${actual[k]} vs ${expected[k]}`).toBeLessThanOrEqual(2);
  }
}

for (const s of SURFACES) {
  for (const width of WIDTHS) {
    test(`${s.name} at ${width} px: editor and Post button as without SafePost, card beside them, in every state`, async () => {
      const base = await baselinePage(s.path, width);
      const page = await openX(session, s.path, s.panels);
      await page.setViewportSize({ width, height: 800 });
      try {
        // The old bug: the composer column squeezed to nothing. Guard the guard: a usable editor in the baseline.
        const initial = await measure(base, s);
        expect(initial.editor.width).toBeGreaterThan(150);
        for (const { state, text, verdict } of STATES) {
          if (state === 'confirm') await setProfile(session, CONFIRM_PROFILE);
          await retype(base, s, text);
          await retype(page, s, text);
          const panel = page.locator('safepost-panel[data-safepost="composer"]').nth(s.panels - 1).locator('section.sp');
          await panel.and(page.locator(`[data-verdict="${verdict}"]`)).waitFor({ timeout: 10_000 });
          await page.waitForTimeout(100); // one frame for the anchor to follow a composer that grew
          const want = await measure(base, s);
          const got = await measure(page, s);
          expectSameBox(got.editor, want.editor, `${state} editor`);
          expectSameBox(got.button, want.button, `${state} button`);
          const box = await card(page, s).boundingBox();
          expect(box, `${state}: card visible`).not.toBeNull();
          expect(box!.width).toBeGreaterThan(20);
          expect(box!.x).toBeGreaterThanOrEqual(0);
          expect(box!.x + box!.width).toBeLessThanOrEqual(width + 1);
          expect(overlaps(box!, got.editor), `${state}: card over the editor`).toBe(false);
          expect(overlaps(box!, got.button), `${state}: card over the Post button`).toBe(false);
          if (SHOTS) await page.screenshot({ path: join(SHOTS, `${s.name.replace(/\W+/g, '-')}-${width}-${state}.png`) });
        }
      } finally {
        await setProfile(session, PROFILE);
        await base.context().close();
        await page.close();
      }
    }, 240_000);
  }
}

test('the pop-up fixture closes on a click outside and traps focus (so the next test means something)', async () => {
  const page = await openX(session, '/compose/post', 2);
  const outside = await page.evaluate(() => {
    (document.querySelector('[data-testid="AppTabBar_Home_Link"]') as HTMLElement).focus();
    return document.querySelector('[role="dialog"]')!.contains(document.activeElement);
  });
  expect(outside).toBe(true);
  await page.mouse.click(5, 400);
  await page.waitForFunction(() => !document.querySelector('[role="dialog"]'));
  expect(await page.evaluate(() => (window as any).__dialogCloses)).toBe(1);
  await page.close();
});

for (const width of [1280, 600]) {
  test(`pop-up at ${width} px: clicking and ticking the card keeps the dialog open and focus in the card`, async () => {
    const page = await openX(session, '/compose/post', 2);
    await page.setViewportSize({ width, height: 800 });
    try {
      const popup = SURFACES[1]!;
      // Clean draft first: the chip opens on a click.
      await retype(page, popup, 'Year 4 loved their trip to the castle today.');
      await card(page, popup).and(page.locator('.chip')).waitFor();
      await card(page, popup).click();
      await page.locator('safepost-panel').nth(1).locator('.frame .ok').waitFor();
      // Clicking the card's text, not a control.
      await page.locator('safepost-panel').nth(1).locator('.frame .status').click();
      // Then a confirm: the attestation checkbox is ticked inside the card.
      await setProfile(session, CONFIRM_PROFILE);
      const tick = page.locator('safepost-panel').nth(1).locator('label.attest input');
      await tick.waitFor();
      await tick.click();
      expect(await tick.isChecked()).toBe(true);
      const state = await page.evaluate(() => ({
        open: Boolean(document.querySelector('[role="dialog"]')),
        closes: (window as any).__dialogCloses,
        focus: document.activeElement?.localName,
        focusInShadow: (document.activeElement?.shadowRoot?.activeElement as HTMLInputElement | null)?.type,
      }));
      expect(state).toEqual({ open: true, closes: 0, focus: 'safepost-panel', focusInShadow: 'checkbox' });
      await page.click(`${popup.composer} ${popup.button}`);
      expect(await page.evaluate(() => (window as any).__posted.length)).toBe(1);
    } finally {
      await setProfile(session, PROFILE);
      await page.close();
    }
  });
}

test('a transformed pop-up (a containing block for fixed elements) does not move the card onto the composer', async () => {
  const page = await openX(session, '/compose/post', 2);
  const popup = SURFACES[1]!;
  await retype(page, popup, 'Lovely reading from Tamsin Okonkwo-Reyes today');
  await page.locator('safepost-panel').nth(1).locator('section.sp[data-verdict="block"]').waitFor();
  await page.evaluate(() => {
    const dialog = document.querySelector('[role="dialog"]') as HTMLElement;
    dialog.style.transform = 'translate(0px, 0px)';
    dialog.style.overflow = 'visible';
  });
  // The window changes size: the card is placed again, now inside a transformed containing block.
  await page.setViewportSize({ width: 1300, height: 800 });
  await page.waitForTimeout(300);
  const composer = (await page.locator(popup.composer).boundingBox())!;
  const box = (await card(page, popup).boundingBox())!;
  expect(Math.abs(box.x - (composer.x + composer.width + 8)), JSON.stringify({ composer, box })).toBeLessThanOrEqual(2);
  expect(Math.abs(box.y - composer.y)).toBeLessThanOrEqual(2);
  await page.close();
});
