/**
 * Images in the composer: an attached image counts at once, the send is held
 * until it is read, an unreadable image is never passed silently, image
 * findings show under "Image N", and the photo reminder follows a post with
 * images. Works whether OCR is available in this build or not.
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { EDITOR, HOME, openX, panel, panelText, posted, setProfile, testProfile, typeInto, useXSession } from './fixtures/x-server';

const x = useXSession();

const HOME_BUTTON = `${HOME} [data-testid="tweetButtonInline"]`;
// 2×2 PNG: no text in it.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

async function attach(page: Page) {
  await page.setInputFiles(`${HOME} [data-testid="fileInput"]`, { name: 'class-photo.png', mimeType: 'image/png', buffer: PNG });
}

/** Wait until image 1 is no longer "checking". */
async function imageSettled(page: Page): Promise<'done' | 'failed'> {
  await page.waitForFunction(
    () => {
      const host = document.querySelector('safepost-panel[data-safepost="composer"]');
      const group = host?.shadowRoot?.querySelector('li[data-image="0"]');
      return !host?.shadowRoot?.querySelector('.pending') && (group !== null || host?.shadowRoot?.querySelector('[data-rule="photo-consent"]'));
    },
    undefined,
    { timeout: 90_000 },
  );
  return (await panel(page).locator('.img-failed').count()) > 0 ? 'failed' : 'done';
}

test('an attached image holds the send until it is checked; a failed read is never a silent pass', async () => {
  const page = await openX(x.session, '/home');
  await typeInto(page, `${HOME} ${EDITOR(0)}`, 'Year 4 at the museum');
  await attach(page);
  // Whatever OCR does, sending right now is held: pending, failed or awaiting the photo-consent tick.
  await page.click(HOME_BUTTON);
  expect(await posted(page)).toEqual([]);
  const state = await imageSettled(page);
  await page.click(HOME_BUTTON);
  expect(await posted(page)).toEqual([]);
  const text = await panelText(page);
  if (state === 'failed') {
    expect(text).toMatch(/Image 1/);
    expect(text).toMatch(/could not be read/);
  }
  await page.close();
});

test('confirm flow: unticked holds, ticked sends, a material change clears the ticks; then the photo reminder', async () => {
  // Unreadable images ask for the teacher's own check instead of blocking.
  await setProfile(x.session, testProfile({ unreadableImage: 'confirm' }));
  try {
    const page = await openX(x.session, '/home');
    await typeInto(page, `${HOME} ${EDITOR(0)}`, 'Year 4 at the museum');
    await attach(page);
    await imageSettled(page);
    const boxes = panel(page).locator('label.attest input[type="checkbox"]');
    await boxes.first().waitFor();
    const labels = await panel(page).locator('label.attest').allInnerTexts();
    expect(labels).toContain('Every face pictured has photo consent (faces only: a name in the picture still needs removing)');

    await page.click(HOME_BUTTON);
    expect(await posted(page)).toEqual([]);

    // Tick all but one: still held.
    const count = await boxes.count();
    for (let i = 0; i < count - 1; i++) await boxes.nth(i).check();
    await page.click(HOME_BUTTON);
    expect(await posted(page)).toEqual([]);
    await boxes.nth(count - 1).check();

    // A new word clears every tick.
    await page.click(`${HOME} ${EDITOR(0)}`);
    await page.keyboard.press('End');
    await page.keyboard.type(' today');
    await page.waitForFunction(() => {
      const host = document.querySelector('safepost-panel[data-safepost="composer"]')!;
      return [...host.shadowRoot!.querySelectorAll<HTMLInputElement>('label.attest input')].every((b) => !b.checked);
    });
    await page.click(HOME_BUTTON);
    expect(await posted(page)).toEqual([]);

    for (let i = 0; i < count; i++) await boxes.nth(i).check();
    await page.click(HOME_BUTTON);
    expect(await posted(page)).toEqual([{ composer: 'home', texts: ['Year 4 at the museum today'], images: 1 }]);
    const reminder = page.locator('safepost-panel[data-safepost="photo-reminder"] section');
    await reminder.waitFor();
    expect(await reminder.innerText()).toMatch(/delete the photos/i);
    await page.close();
  } finally {
    await setProfile(x.session, testProfile());
  }
});

test('outside posting hours: the attestation "This is a school event or urgent news" unlocks the send', async () => {
  await setProfile(x.session, testProfile({ hours: { days: [], start: '08:00', end: '18:00', timezone: 'Europe/London' } }));
  try {
    const page = await openX(x.session, '/home');
    await typeInto(page, `${HOME} ${EDITOR(0)}`, 'School is closed tomorrow because of snow');
    const box = panel(page).locator('label.attest', { hasText: 'This is a school event or urgent news' }).locator('input');
    await box.waitFor();
    await page.click(HOME_BUTTON);
    expect(await posted(page)).toEqual([]);
    await box.check();
    await page.click(HOME_BUTTON);
    expect((await posted(page)).length).toBe(1);
    await page.close();
  } finally {
    await setProfile(x.session, testProfile());
  }
});
