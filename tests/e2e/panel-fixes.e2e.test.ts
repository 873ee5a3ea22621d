/**
 * One-click fixes on real Draft.js (the x.com stand-in runs draft-js 0.11.7
 * on React 17): the fix goes through the editor's own paste/cut handling, so
 * the text is as expected, typing continues at the caret, Ctrl+Z undoes the
 * fix, and the re-check passes (the panel clears, the same click sends).
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { EDITOR, HOME, openX, panel, posted, setProfile, testProfile, typeInto, useXSession, waitForDecision } from './fixtures/x-server';

const x = useXSession();
const HOME_EDITOR = `${HOME} ${EDITOR(0)}`;
const HOME_BUTTON = `${HOME} [data-testid="tweetButtonInline"]`;

async function editorText(page: Page): Promise<string> {
  return page.$eval(HOME_EDITOR, (el) =>
    [...el.querySelectorAll('[data-block="true"]')].map((b) => (b.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n'),
  );
}

async function waitForText(page: Page, expected: string): Promise<void> {
  await page
    .waitForFunction(
      ([sel, want]) =>
        [...document.querySelector(sel!)!.querySelectorAll('[data-block="true"]')]
          .map((b) => (b.textContent ?? '').replace(/\u00a0/g, ' '))
          .join('\n') === want,
      [HOME_EDITOR, expected] as const,
      { timeout: 10_000 },
    )
    .catch(async () => {
      throw new Error(`editor reads ${JSON.stringify(await editorText(page))}, expected ${JSON.stringify(expected)}`);
    });
}

function fixButton(page: Page, label: string) {
  return panel(page).locator('button.fix', { hasText: label });
}

test('a full name becomes the first name: text, caret, undo, re-check', async () => {
  const page = await openX(x.session, '/home');
  await typeInto(page, HOME_EDITOR, 'Lovely reading from Tamsin Okonkwo-Reyes today');
  await waitForDecision(page, false);
  // One card for the name, listing the rules it breaks.
  const cards = panel(page).locator('li.card', { hasText: 'Tamsin Okonkwo-Reyes' });
  await expect(cards.count()).resolves.toBe(1);
  await expect(cards.first().locator('.breaks li').allInnerTexts()).resolves.toEqual(expect.arrayContaining(['pupil’s full name']));

  await fixButton(page, "Use 'Tamsin'").click();
  await waitForText(page, 'Lovely reading from Tamsin today');
  await waitForDecision(page, true);

  // Typing goes on where the fix ended.
  await page.keyboard.type(' Lamb');
  await waitForText(page, 'Lovely reading from Tamsin Lamb today');
  // Ctrl+Z takes back the typing, then the fix.
  await page.keyboard.press('Control+z');
  await waitForText(page, 'Lovely reading from Tamsin today');
  await page.keyboard.press('Control+z');
  await waitForText(page, 'Lovely reading from Tamsin Okonkwo-Reyes today');
  await waitForDecision(page, false);
  await page.click(HOME_BUTTON);
  expect(await posted(page)).toEqual([]);

  // Fixed again, the same click sends the fixed text.
  await fixButton(page, 'Say \'a pupil in Year 4\'').click();
  await waitForText(page, 'Lovely reading from a pupil in Year 4 today');
  await waitForDecision(page, true);
  await page.click(HOME_BUTTON);
  expect(await posted(page)).toEqual([{ composer: 'home', texts: ['Lovely reading from a pupil in Year 4 today'], images: 0 }]);
  await page.close();
});

test('a phone number is removed (Draft.js cut), and Ctrl+Z brings it back', async () => {
  const page = await openX(x.session, '/home');
  await typeInto(page, HOME_EDITOR, 'Call 07700 900562 today');
  await waitForDecision(page, false);
  await fixButton(page, "Remove '07700 900562'").click();
  await waitForText(page, 'Call today');
  await waitForDecision(page, true);
  await page.keyboard.type('!');
  await waitForText(page, 'Call! today');
  // One undo a step, each once Draft.js has re-rendered the last: first the typing, then the fix.
  await page.keyboard.press('Control+z');
  await waitForText(page, 'Call today');
  await page.keyboard.press('Control+z');
  await waitForText(page, 'Call 07700 900562 today');
  await waitForDecision(page, false);
  await page.close();
});

test('text-speak is spelt out (from the keyboard), the panel comes clean, typing goes on at the caret', async () => {
  const page = await openX(x.session, '/home');
  await typeInto(page, HOME_EDITOR, 'What a gr8 day at the museum');
  await panel(page).locator('li.card[data-card-rule="text-speak"]').waitFor({ timeout: 10_000 });
  // From the keyboard: the button has focus, Enter applies the fix and puts the caret back in the post.
  await fixButton(page, "Write 'great'").focus();
  await page.keyboard.press('Enter');
  await waitForText(page, 'What a great day at the museum');
  // Clean: the card folds into its chip (or says so, if the teacher had opened it).
  const clean = page.locator('safepost-panel[data-safepost="composer"]').first().locator('section.sp.chip, section.sp .ok', { hasText: 'No problems found' });
  await clean.first().waitFor({ timeout: 10_000 });
  await page.keyboard.type(' out');
  await waitForText(page, 'What a great out day at the museum');
  await page.close();
});

test('in a textarea composer (X Chat) a fix goes through execCommand: React sees it, Ctrl+Z undoes it', async () => {
  const AREA = '[data-testid="dm-composer-textarea"]';
  // Direct messages are blocked by default: let this one through so the sent text shows React's state.
  await setProfile(x.session, testProfile({ rules: { 'direct-message': 'off' } }));
  try {
    const page = await openX(x.session, '/i/chat');
    await typeInto(page, AREA, 'Call 07700 900562 today');
    await waitForDecision(page, false);
    await fixButton(page, "Remove '07700 900562'").click();
    await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLTextAreaElement).value === 'Call today', AREA);
    await waitForDecision(page, true);
    await page.keyboard.press('Control+z');
    await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLTextAreaElement).value === 'Call 07700 900562 today', AREA);
    await waitForDecision(page, false);
    await fixButton(page, "Remove '07700 900562'").click();
    await waitForDecision(page, true);
    await page.keyboard.type('!');
    await page.keyboard.press('Enter');
    expect(await posted(page)).toEqual([{ composer: 'chat', texts: ['Call! today'], images: 0 }]);
    await page.close();
  } finally {
    await setProfile(x.session, testProfile());
  }
});
