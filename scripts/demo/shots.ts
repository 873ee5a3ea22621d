/**
 * Screenshots of SafePost on the layout-faithful X stand-in: the home box in
 * the clean, warn, block and confirm states, the pop-up, and the 700 px
 * layout. Used by `npm run demo -- --headless --screenshot DIR` and by the
 * README's screenshot script (tests/e2e/fixtures/make-screenshots.ts).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from '../../tests/e2e/harness';
import { setProfile } from '../../tests/e2e/fixtures/x-server';
import { demoProfileOpenAllHours, demoProfileOutsideHours } from './demo-profile';

const CARD = 'safepost-panel[data-safepost="composer"]';
const EDITOR = '[data-testid="tweetTextarea_0"][role="textbox"]';

export const DEMO_DRAFTS = {
  clean: 'Year 4 loved their trip to the castle today. Thank you to all our helpers!',
  warn: 'Gr8 trip to the castle today, thx to all the helpers!',
  block: 'Brilliant reading from Poppy Ashgrove-Lund in assembly today! Call 01632 960555 to book a place.',
  confirm:
    'School will be closed tomorrow because of the snow. The roads around the village are icy and the buses are not running. ' +
    'Please check this account and the school website for news about Thursday. Stay safe and warm, everyone!',
};

async function open(session: ExtensionSession, path: string, width: number, height = 760): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width, height });
  // ?shot: without the fixture's request-guard test buttons, which would otherwise show in the pictures.
  await page.goto(`https://x.com${path}?shot=1`);
  await page.waitForFunction(() => (window as any).__fixtureReady === true);
  await page.waitForFunction(
    (sel) => [...document.querySelectorAll(sel)].some((h) => h.shadowRoot?.querySelector('.status[data-active="true"]')),
    CARD,
    { timeout: 20_000 },
  );
  return page;
}

async function type(page: Page, scope: string, text: string): Promise<void> {
  await page.click(`${scope} ${EDITOR}`);
  await page.keyboard.type(text);
}

/** Waits for the card's verdict, then a frame for the card to settle where it goes. */
async function verdict(page: Page, index: number, state: string): Promise<void> {
  await page.locator(CARD).nth(index).locator(`section.sp[data-verdict="${state}"]`).waitFor({ timeout: 15_000 });
  await page.waitForTimeout(400);
}

/**
 * A shot of the timeline column from its left edge to the card's right edge,
 * down to the card's bottom or a little of the timeline under the composer
 * (or the whole window).
 */
async function shoot(page: Page, file: string, composer: string, index: number, whole = false): Promise<void> {
  if (whole) {
    await page.screenshot({ path: file });
  } else {
    const viewport = page.viewportSize()!;
    const column = (await page.locator('[data-testid="primaryColumn"]').boundingBox())!;
    const box = (await page.locator(composer).boundingBox())!;
    const card = (await page.locator(CARD).nth(index).locator('.chip, .frame').boundingBox())!;
    const left = Math.max(0, column.x - 1);
    const right = Math.min(viewport.width, Math.max(column.x + column.width + 1, card.x + card.width + 16));
    const bottom = Math.min(viewport.height, Math.max(box.y + box.height + 110, card.y + card.height + 16));
    await page.screenshot({ path: file, clip: { x: left, y: 0, width: right - left, height: bottom } });
  }
  console.log(file);
}

export async function takeScreenshots(session: ExtensionSession, dir: string): Promise<void> {
  const HOME = '[data-fixture-composer="home"]';
  const POPUP = '[data-fixture-composer="popup"]';
  await setProfile(session, demoProfileOpenAllHours());

  for (const state of ['clean', 'warn', 'block'] as const) {
    const page = await open(session, '/home', 1280);
    await type(page, HOME, DEMO_DRAFTS[state]);
    await verdict(page, 0, state === 'clean' ? 'ok' : state);
    if (state === 'block') {
      // The teacher pressed Post anyway: the card says it was not sent, and why.
      await page.click(`${HOME} [data-testid="tweetButtonInline"]`);
      await page.locator(CARD).first().locator('.held').waitFor();
    }
    await shoot(page, join(dir, `panel-${state}.png`), HOME, 0);
    await page.close();
  }

  await setProfile(session, demoProfileOutsideHours());
  try {
    const page = await open(session, '/home', 1280);
    await type(page, HOME, DEMO_DRAFTS.confirm);
    await verdict(page, 0, 'confirm');
    await shoot(page, join(dir, 'panel-confirm.png'), HOME, 0);
    await page.close();
  } finally {
    await setProfile(session, demoProfileOpenAllHours());
  }

  const popup = await open(session, '/compose/post', 1280);
  await type(popup, POPUP, DEMO_DRAFTS.block);
  await verdict(popup, 1, 'block');
  await shoot(popup, join(dir, 'panel-popup.png'), POPUP, 1, true);
  await popup.close();

  const narrow = await open(session, '/home', 700, 820);
  await type(narrow, HOME, DEMO_DRAFTS.block);
  await verdict(narrow, 0, 'block');
  await shoot(narrow, join(dir, 'panel-700.png'), HOME, 0, true);
  await narrow.close();
}
