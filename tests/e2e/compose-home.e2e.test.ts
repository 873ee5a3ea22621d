/**
 * The compose guard on the home box and the pop-up composer: the built
 * extension in real Chromium on an X stand-in (real draft-js + React 17).
 */
import { expect, test } from 'vitest';
import { EDITOR, HOME, openX, panel, panelText, pasteText, POPUP, posted, replaceSendButton, typeInto, useXSession, waitForDecision } from './fixtures/x-server';

const x = useXSession();

const HOME_EDITOR = `${HOME} ${EDITOR(0)}`;
const POPUP_EDITOR = `${POPUP} ${EDITOR(0)}`;
const HOME_BUTTON = `${HOME} [data-testid="tweetButtonInline"]`;
const POPUP_BUTTON = `${POPUP} [data-testid="tweetButton"]`;

async function clearEditor(page: import('playwright-core').Page, selector: string) {
  await page.click(selector);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
}

test('home box: a full name is held on click, the panel says why, fixing it lets the same click send', async () => {
  const page = await openX(x.session, '/home');
  await typeInto(page, HOME_EDITOR, 'Lovely reading from Tamsin Okonkwo-Reyes today');
  await waitForDecision(page, false);
  const text = await panelText(page);
  expect(text).toContain('Tamsin Okonkwo-Reyes');
  expect(text).toMatch(/full name/i);
  expect(text).toMatch(/Hollowmere Primary/);

  await page.click(HOME_BUTTON);
  expect(await posted(page)).toEqual([]);
  await expect(panelText(page)).resolves.toMatch(/Not sent/);

  await clearEditor(page, HOME_EDITOR);
  await page.keyboard.type('Lovely reading from Year 4 today');
  await waitForDecision(page, true);
  await page.click(HOME_BUTTON);
  expect(await posted(page)).toEqual([{ composer: 'home', texts: ['Lovely reading from Year 4 today'], images: 0 }]);
  await page.close();
});

test('home box: Ctrl+Enter and Meta+Enter are held too', async () => {
  const page = await openX(x.session, '/home');
  await typeInto(page, HOME_EDITOR, 'Tamsin Okonkwo-Reyes won the spelling bee');
  await page.keyboard.press('Control+Enter');
  await page.keyboard.press('Meta+Enter');
  // Enter/Space on the focused send button.
  await page.focus(HOME_BUTTON);
  await page.keyboard.press('Enter');
  await page.keyboard.press(' ');
  expect(await posted(page)).toEqual([]);
  // The fixture's own shortcut does post once the draft is clean (the hold was SafePost's).
  await clearEditor(page, HOME_EDITOR);
  await page.keyboard.type('Year 4 won the spelling bee');
  await page.keyboard.press('Control+Enter');
  expect((await posted(page)).map((p) => p.texts[0])).toEqual(['Year 4 won the spelling bee']);
  await page.close();
});

test('a name pasted after a clean check is caught at send time', async () => {
  const page = await openX(x.session, '/home');
  await typeInto(page, HOME_EDITOR, 'Great assembly from ');
  await waitForDecision(page, true);
  // Paste and send at once: no frame for the panel to catch up, the send path re-reads the draft.
  await pasteText(page, HOME_EDITOR, 'Ione Fairweather');
  await page.click(HOME_BUTTON);
  await page.keyboard.press('Control+Enter');
  expect(await posted(page)).toEqual([]);
  await expect(panelText(page)).resolves.toContain('Ione Fairweather');
  await page.close();
});

test('a send button node replaced by React still cannot send', async () => {
  const page = await openX(x.session, '/home');
  await typeInto(page, HOME_EDITOR, 'Bartholomew Quayle scored twice');
  const before = await page.getAttribute(HOME_BUTTON, 'data-generation');
  await replaceSendButton(page);
  await page.waitForFunction(
    ([sel, gen]) => document.querySelector(sel!)?.getAttribute('data-generation') !== gen,
    [HOME_BUTTON, before],
  );
  await page.click(HOME_BUTTON);
  expect(await posted(page)).toEqual([]);
  await page.close();
});

test('pop-up composer over the home box: both are guarded, each on its own text', async () => {
  // As on x.com: a draft in the home box, then the side nav's Post button opens the pop-up over it.
  const page = await openX(x.session, '/home');
  await typeInto(page, HOME_EDITOR, 'Sports day is on Friday');
  await page.click('[data-testid="SideNav_NewTweet_Button"]');
  await page.waitForFunction(() => document.querySelectorAll('safepost-panel[data-safepost="composer"]').length === 2);
  await typeInto(page, POPUP_EDITOR, 'Well done Barty Quayle');
  await page.click(POPUP_BUTTON);
  await page.keyboard.press('Meta+Enter');
  expect(await posted(page)).toEqual([]);
  // The home box behind the modal pop-up is a second composer, clean: it may send. The pop-up's mask
  // covers it, so the click is a scripted one; SafePost checks it against the home box's own text.
  await page.evaluate((sel) => (document.querySelector(sel) as HTMLElement).click(), HOME_BUTTON);
  expect((await posted(page)).map((p) => p.composer)).toEqual(['home']);

  await clearEditor(page, POPUP_EDITOR);
  await page.keyboard.type('Well done Year 5');
  await page.click(POPUP_BUTTON);
  expect((await posted(page)).map((p) => p.composer)).toEqual(['home', 'popup']);
  await page.close();
});

test("the card floats outside X's layout, in a shadow root, with a status line and one live region", async () => {
  const page = await openX(x.session, '/home');
  const info = await page.evaluate(() => {
    const host = document.querySelector('safepost-panel[data-safepost="composer"]')!;
    const editor = document.querySelector('[data-testid="tweetTextarea_0"]')!;
    return {
      shadow: Boolean(host.shadowRoot),
      // Not in X's React tree at all: a child of <body>, position:fixed (takes no space in any flex container).
      parent: host.parentElement?.localName,
      outsideReact: !document.getElementById('react-root')!.contains(host),
      position: getComputedStyle(host).position,
      outsideEditor: !editor.contains(host) && !host.contains(editor),
      live: host.shadowRoot!.querySelectorAll('[aria-live]').length,
    };
  });
  expect(info).toEqual({ shadow: true, parent: 'body', outsideReact: true, position: 'fixed', outsideEditor: true, live: 1 });
  // A clean draft shows a chip; its title and the opened card name the profile.
  const chip = panel(page).locator('button.status');
  expect(await chip.getAttribute('title')).toContain('Hollowmere Primary');
  await chip.click();
  expect(await panel(page).locator('.status').innerText()).toContain('Hollowmere Primary');
  await page.close();
});
