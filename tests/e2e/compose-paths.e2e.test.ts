/**
 * The composer surfaces issue 15 added, through the built extension in
 * Chromium on the X stand-in: the media editor's image description (alt
 * text), the article editor (/compose/articles) and X Pro's column composer
 * (pro.x.com, x.com/i/tweetdeck). Each is found through the site adapter
 * (components/x/selectors.ts), shows SafePost's card and highlights, and
 * holds its send (Save, Publish, Post) while a blocking rule fires; the
 * clean control goes out exactly once, as typed.
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { attachImage, EDITOR, HOME, openX, posted, typeInto, useXSession, waitForDecision } from './fixtures/x-server';

const x = useXSession();

const RISKY = 'Ring me on 07700 900123 about the trip';
const CLEAN = 'Year 4 loved the museum trip today';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');

async function retype(page: Page, selector: string, text: string) {
  await page.click(selector);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}

/** The rules a panel lists (any severity). */
async function rulesIn(page: Page, panelSelector: string): Promise<string[]> {
  return page.locator(`${panelSelector} [data-rule]`).evaluateAll((items) => [...new Set(items.map((i) => i.getAttribute('data-rule')!))]);
}

/** The text of every Custom Highlight range on the page (SafePost's highlights in rich editors). */
async function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...registry.values()].flatMap((h) => [...h].map((r) => r.toString()));
  });
}

const DIALOG_PANEL = '[role="dialog"] safepost-panel[data-safepost="composer"] section.sp';
const DESCRIPTION = '[role="dialog"] textarea[data-testid="altTextInput"]';
const SAVE = '[role="dialog"] [data-testid="endEditingButton"]';

test("the media editor's image description is a surface: every text rule with highlights, a pupil's name is a name with a photo, Save is held; a clean description saves once; a saved one is part of the post's draft", async () => {
  const page = await openX(x.session, '/home');
  await attachImage(page, PNG, 'fair.png');
  await page.click(`${HOME} [data-testid="editMedia"]`);
  await typeInto(page, DESCRIPTION, RISKY);
  await expect.poll(() => rulesIn(page, DIALOG_PANEL), { timeout: 15_000 }).toContain('personal-data');
  // A textarea cannot hold highlight ranges: the match is marked in SafePost's overlay over it.
  await page.locator('safepost-overlay mark', { hasText: '07700 900123' }).first().waitFor({ state: 'attached' });
  await page.click(SAVE);
  expect(await page.evaluate(() => (window as any).__descriptionSaves)).toEqual([]);

  // A pupil's first name alone is allowed in a post here, but not beside a photo.
  await retype(page, DESCRIPTION, 'Tamsin painting at the fair');
  await expect.poll(() => rulesIn(page, DIALOG_PANEL), { timeout: 15_000 }).toContain('name-with-photo');
  expect(await rulesIn(page, DIALOG_PANEL)).not.toContain('photo-consent');
  await page.click(SAVE);
  expect(await page.evaluate(() => (window as any).__descriptionSaves)).toEqual([]);

  await retype(page, DESCRIPTION, 'Children painting at the fair');
  await expect.poll(() => rulesIn(page, DIALOG_PANEL), { timeout: 15_000 }).toEqual([]);
  await page.click(SAVE);
  expect(await page.evaluate(() => (window as any).__descriptionSaves)).toEqual(['Children painting at the fair']);
  await page.locator(DESCRIPTION).waitFor({ state: 'detached' });

  // Saved with a warning (text-speak), the description counts in the post's own card.
  await page.click(`${HOME} [data-testid="editMedia"]`);
  await retype(page, DESCRIPTION, 'Gr8 day at the fair lol');
  await expect.poll(() => rulesIn(page, DIALOG_PANEL), { timeout: 15_000 }).toContain('text-speak');
  await page.click(SAVE);
  expect(await page.evaluate(() => (window as any).__descriptionSaves)).toEqual(['Children painting at the fair', 'Gr8 day at the fair lol']);
  await typeInto(page, `${HOME} ${EDITOR(0)}`, 'The summer fair');
  await expect.poll(() => rulesIn(page, 'safepost-panel[data-safepost="composer"] section.sp'), { timeout: 30_000 }).toContain('text-speak');
  await page.close();
});

test('articles (/compose/articles): title and body are checked with highlights and the card; Publish is held; a clean article publishes once, as typed', async () => {
  const page = await openX(x.session, '/compose/articles');
  const title = 'textarea[data-testid="articleTitleInput"]';
  const body = '[data-testid="articleBodyEditor"][role="textbox"]';
  const publish = '[data-testid="articlePublishButton"]';
  await typeInto(page, title, 'Call 07700 900123 for tickets');
  await typeInto(page, body, 'Bartholomew Quayle sang beautifully at the concert.');
  await waitForDecision(page, false);
  const rules = await rulesIn(page, 'safepost-panel[data-safepost="composer"] section.sp');
  expect(rules).toEqual(expect.arrayContaining(['personal-data', 'pupil-full-name']));
  await page.locator('safepost-overlay mark', { hasText: '07700 900123' }).first().waitFor({ state: 'attached' });
  await expect.poll(() => highlighted(page)).toContain('Bartholomew Quayle');
  await page.click(publish);
  await page.focus(body);
  await page.keyboard.press('Control+Enter');
  expect(await posted(page)).toEqual([]);

  await retype(page, title, 'Our summer concert');
  await retype(page, body, 'Year 5 sang beautifully at the concert.');
  await waitForDecision(page, true);
  await page.click(publish);
  expect(await posted(page)).toEqual([{ composer: 'article', texts: ['Our summer concert', 'Year 5 sang beautifully at the concert.'], images: 0 }]);
  await page.close();
});

for (const [name, url] of [
  ['X Pro (pro.x.com)', 'https://pro.x.com/'],
  ['X Pro at x.com/i/tweetdeck', 'https://x.com/i/tweetdeck'],
] as const) {
  test(`${name}: the column composer is found, checked with highlights and held; a clean post goes out once`, async () => {
    const page = await x.session.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => (window as any).__fixtureReady === true);
    const editor = `[data-fixture-composer="xpro"] ${EDITOR(0)}`;
    const button = '[data-fixture-composer="xpro"] [data-testid="tweetButton"]';
    await page.locator('safepost-panel[data-safepost="composer"] .status[data-active="true"]').waitFor({ timeout: 15_000 });
    await typeInto(page, editor, RISKY);
    await waitForDecision(page, false);
    expect(await rulesIn(page, 'safepost-panel[data-safepost="composer"] section.sp')).toContain('personal-data');
    await expect.poll(() => highlighted(page)).toContain('07700 900123');
    await page.click(button);
    await page.focus(editor);
    await page.keyboard.press('Control+Enter');
    expect(await posted(page)).toEqual([]);

    await retype(page, editor, CLEAN);
    await waitForDecision(page, true);
    await page.click(button);
    expect(await posted(page)).toEqual([{ composer: 'xpro', texts: [CLEAN], images: 0 }]);
    await page.close();
  });
}
