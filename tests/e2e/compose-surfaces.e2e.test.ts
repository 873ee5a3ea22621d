/**
 * Every other composer X has: replies (pop-up and inline), quotes, threads,
 * legacy DMs and X Chat. Each: a full name is held by click and by its
 * keyboard send; the fixed draft sends with the same action.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness';
import { EDITOR, POPUP, launchX, openX, panelText, posted, replaceSendButton, setProfile, testProfile, typeInto, waitForDecision } from './fixtures/x-server';

let session: ExtensionSession;
beforeAll(async () => {
  // DMs are blocked outright by default (direct-message: block); here they only warn so the text rules can be seen at work.
  session = await launchX(testProfile({ rules: { 'direct-message': 'warn', reply: 'warn' } }));
});
afterAll(async () => {
  expect(session.externalRequests()).toEqual([]);
  await session?.close();
});

async function retype(page: Page, selector: string, text: string) {
  await page.click(selector);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

interface Surface {
  name: string;
  path: string;
  panels: number;
  editor: string;
  button: string;
  /** Key presses that send from the editor on this surface. */
  shortcuts: string[];
  composer: string;
}

const SURFACES: Surface[] = [
  {
    name: 'pop-up reply',
    path: '/compose/post?reply=1',
    panels: 2,
    editor: `${POPUP} ${EDITOR(0)}`,
    button: `${POPUP} [data-testid="tweetButton"]`,
    shortcuts: ['Control+Enter', 'Meta+Enter'],
    composer: 'popup',
  },
  {
    name: 'quote post',
    path: '/compose/post?quote=1',
    panels: 2,
    editor: `${POPUP} ${EDITOR(0)}`,
    button: `${POPUP} [data-testid="tweetButton"]`,
    shortcuts: ['Control+Enter', 'Meta+Enter'],
    composer: 'popup',
  },
  {
    name: 'inline reply on a status page',
    path: '/AParent/status/1790000000000000001',
    panels: 1,
    editor: `[data-fixture-composer="inline-reply"] ${EDITOR(0)}`,
    button: '[data-fixture-composer="inline-reply"] [data-testid="tweetButtonInline"]',
    shortcuts: ['Control+Enter', 'Meta+Enter'],
    composer: 'inline-reply',
  },
  {
    name: 'legacy direct message',
    path: '/messages',
    panels: 1,
    editor: '[data-testid="dmComposerTextInput"]',
    button: '[data-testid="dmComposerSendButton"]',
    shortcuts: ['Enter', 'Control+Enter'],
    composer: 'dm',
  },
  {
    name: 'X Chat',
    path: '/i/chat',
    panels: 1,
    editor: '[data-testid="dm-composer-textarea"]',
    button: '[data-testid="dm-composer-send-button"]',
    shortcuts: ['Enter', 'Meta+Enter'],
    composer: 'chat',
  },
];

/** A textarea cannot hold Custom Highlight ranges: the match is marked in an overlay over it, the textarea left as typed. */
async function expectTextareaOverlay(page: Page, editor: string, typed: string, match: string) {
  const mark = page.locator('safepost-overlay mark', { hasText: match });
  await mark.first().waitFor({ state: 'attached' });
  expect(await page.locator('safepost-overlay mark').allTextContents()).toEqual([match]);
  const markBox = (await mark.boundingBox())!;
  const areaBox = (await page.locator(editor).boundingBox())!;
  expect(markBox.width).toBeGreaterThan(0);
  expect(markBox.x < areaBox.x + areaBox.width && areaBox.x < markBox.x + markBox.width).toBe(true);
  expect(markBox.y < areaBox.y + areaBox.height && areaBox.y < markBox.y + markBox.height).toBe(true);
  expect(await page.locator('safepost-overlay').getAttribute('aria-hidden')).toBe('true');
  expect(await page.locator(editor).inputValue()).toBe(typed);
}

for (const s of SURFACES) {
  test(`${s.name}: a full name is held by click and keyboard, the fixed draft sends`, async () => {
    const page = await openX(session, s.path, s.panels);
    await typeInto(page, s.editor, 'Thank you Bartholomew Quayle for the flowers');
    await page.click(s.button);
    for (const key of s.shortcuts) {
      await page.focus(s.editor);
      await page.keyboard.press(key);
    }
    await replaceSendButton(page);
    await page.click(s.button);
    expect(await posted(page)).toEqual([]);
    const panelIndex = s.panels - 1;
    expect(await panelText(page, panelIndex)).toContain('Bartholomew Quayle');
    if (s.composer === 'chat') await expectTextareaOverlay(page, s.editor, 'Thank you Bartholomew Quayle for the flowers', 'Bartholomew Quayle');

    await retype(page, s.editor, 'Thank you Year 5 for the flowers');
    await waitForDecision(page, true, panelIndex);
    await page.focus(s.editor);
    await page.keyboard.press(s.shortcuts[0]!);
    expect(await posted(page)).toEqual([{ composer: s.composer, texts: ['Thank you Year 5 for the flowers'], images: 0 }]);
    await typeInto(page, s.editor, 'See you all tomorrow');
    await page.click(s.button);
    expect((await posted(page)).map((p) => p.texts[0])).toEqual(['Thank you Year 5 for the flowers', 'See you all tomorrow']);
    await page.close();
  });
}

test('thread: the second post is checked too, "Post all" and the shortcut are held', async () => {
  const page = await openX(session, '/compose/post?thread=2', 2);
  await typeInto(page, `${POPUP} ${EDITOR(0)}`, 'Year 3 trip to the museum today.');
  await typeInto(page, `${POPUP} ${EDITOR(1)}`, 'Ione Fairweather loved the dinosaurs');
  await page.click(`${POPUP} [data-testid="tweetButton"]`);
  await page.keyboard.press('Control+Enter');
  await page.focus(`${POPUP} ${EDITOR(0)}`);
  await page.keyboard.press('Meta+Enter');
  expect(await posted(page)).toEqual([]);
  const text = await panelText(page, 1);
  expect(text).toContain('Ione Fairweather');
  expect(text).toContain('Post 2');

  await retype(page, `${POPUP} ${EDITOR(1)}`, 'Everyone loved the dinosaurs');
  await waitForDecision(page, true, 1);
  await page.click(`${POPUP} [data-testid="tweetButton"]`);
  expect(await posted(page)).toEqual([{ composer: 'popup', texts: ['Year 3 trip to the museum today.', 'Everyone loved the dinosaurs'], images: 0 }]);
  await page.close();
});

test('replies and DMs are recognised from structure: a school that blocks them gets them held', async () => {
  await setProfile(session, testProfile({ rules: { reply: 'block', 'direct-message': 'block' } }));
  try {
    for (const [path, editor, button, panels, rule] of [
      ['/compose/post?reply=1', `${POPUP} ${EDITOR(0)}`, `${POPUP} [data-testid="tweetButton"]`, 2, 'reply'],
      ['/AParent/status/1790000000000000001', EDITOR(0), '[data-testid="tweetButtonInline"]', 1, 'reply'],
      ['/messages', '[data-testid="dmComposerTextInput"]', '[data-testid="dmComposerSendButton"]', 1, 'direct-message'],
      ['/i/chat', '[data-testid="dm-composer-textarea"]', '[data-testid="dm-composer-send-button"]', 1, 'direct-message'],
    ] as const) {
      const page = await openX(session, path, panels);
      await typeInto(page, editor, 'See you at the fair on Saturday');
      await waitForDecision(page, false, panels - 1);
      await page.click(button);
      expect(await posted(page), path).toEqual([]);
      const rules = await page
        .locator('safepost-panel[data-safepost="composer"] section.sp')
        .nth(panels - 1)
        .locator('li.card ul.breaks li[data-rule]')
        .evaluateAll((items) => items.map((i) => i.getAttribute('data-rule')));
      expect(rules, path).toContain(rule);
      await page.close();
    }
    // The home box and a quote are neither.
    const page = await openX(session, '/compose/post?quote=1', 2);
    await typeInto(page, `${POPUP} ${EDITOR(0)}`, 'See you at the fair on Saturday');
    await waitForDecision(page, true, 1);
    await page.click(`${POPUP} [data-testid="tweetButton"]`);
    expect((await posted(page)).length).toBe(1);
    await page.close();
  } finally {
    await setProfile(session, testProfile({ rules: { 'direct-message': 'warn', reply: 'warn' } }));
  }
});

test('IME composition: Enter that picks a candidate in a DM is not treated as a send', async () => {
  const page = await openX(session, '/i/chat');
  await typeInto(page, '[data-testid="dm-composer-textarea"]', 'Bartholomew Quayle');
  // A composing Enter (keyCode 229) passes through untouched; the fixture ignores it too.
  const prevented = await page.evaluate(() => {
    const area = document.querySelector('[data-testid="dm-composer-textarea"]')!;
    const e = new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true });
    area.dispatchEvent(e);
    return e.defaultPrevented;
  });
  expect(prevented).toBe(false);
  expect(await posted(page)).toEqual([]);
  await page.close();
});
