/**
 * Issue 11 item 2: the roster, staff list and profile never enter the page's
 * world. The panel lives in an open shadow root that X's page scripts can
 * read, so for a matrix of drafts a page-world script (page.evaluate runs in
 * the page's own world) collects every text and attribute in the document,
 * open shadow roots included, and no roster or staff name the draft does not
 * itself contain may be in it. The photo-consent card gives a count, and its
 * "See who" opens an extension page (x.com cannot read it) with the names.
 */
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { EDITOR, HOME, PUPILS, openX, panel, panelText, readableByPage, setProfile, testProfile, typeInto, useXSession } from './fixtures/x-server';

const x = useXSession();
const HOME_EDITOR = `${HOME} ${EDITOR(0)}`;
// 2×2 PNG: no text in it.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

// Invented pupils: Year 5 holds three without photo consent.
const pupils = [
  ...PUPILS,
  { forename: 'Amelia', surname: 'Clarke', group: 'Year 5', photoConsent: false, nameConsent: true },
  { forename: 'Percival', surname: 'Thornbury', group: 'Year 5', photoConsent: false, nameConsent: true },
  { forename: 'Marigold', surname: 'Pennyworth', group: 'Year 5', photoConsent: true, nameConsent: true },
];
/** Every roster and staff name part (testProfile's staff: Mrs Gwendolyn Ashcombe). */
const NAMES = ['Tamsin', 'Okonkwo', 'Bartholomew', 'Barty', 'Quayle', 'Ione', 'Fairweather', 'Amelia', 'Clarke', 'Percival', 'Thornbury', 'Marigold', 'Pennyworth', 'Gwendolyn', 'Ashcombe'];

beforeAll(async () => {
  await setProfile(x.session, testProfile({}, pupils));
});

async function attach(page: Page) {
  await page.setInputFiles(`${HOME} [data-testid="fileInput"]`, { name: 'class-photo.png', mimeType: 'image/png', buffer: PNG });
}

/** Until the panel shows a card for `rule` and no image is still being read. */
async function cardFor(page: Page, rule: string): Promise<void> {
  await page.waitForFunction(
    (r) => {
      const root = document.querySelector('safepost-panel[data-safepost="composer"]')?.shadowRoot;
      return !!root?.querySelector(`li.card [data-rule="${r}"]`) && !root.querySelector('.pending');
    },
    rule,
    { timeout: 90_000 },
  );
}

const DRAFTS: { name: string; text: string; image: boolean; rule: string }[] = [
  { name: 'an image with a group mentioned', text: 'Year 5 at the museum today', image: true, rule: 'photo-consent' },
  { name: 'an image with a pupil without photo consent named', text: 'Barty painted this', image: true, rule: 'photo-consent' },
  { name: 'the initials form of a full name', text: 'Well done A. Clarke for a great assembly', image: false, rule: 'pupil-full-name' },
  { name: 'a pupil name without name consent', text: 'Ione read her poem beautifully', image: false, rule: 'pupil-name' },
  { name: "a staff member's surname", text: 'Honestly Mrs Ashcombe was useless today', image: false, rule: 'staff-opinion' },
];

for (const draft of DRAFTS) {
  test(`no roster or staff name the draft does not contain reaches the page: ${draft.name}`, async () => {
    const page = await openX(x.session, '/home');
    await typeInto(page, HOME_EDITOR, draft.text);
    if (draft.image) await attach(page);
    await cardFor(page, draft.rule);
    const seen = await readableByPage(page);
    // The page does hold the draft (proof the collector reads the panel's shadow root too).
    expect(seen).toContain(draft.text);
    expect(seen).toContain(`data-card-rule="`);
    const typed = draft.text.toLowerCase();
    for (const name of NAMES.filter((n) => !typed.includes(n.toLowerCase()))) expect(seen, name).not.toContain(name);
    await page.close();
  });
}

test('the photo-consent card counts the pupils without consent, and "See who" lists them on an extension page', async () => {
  const page = await openX(x.session, '/home');
  await typeInto(page, HOME_EDITOR, 'Year 5 at the museum today');
  await attach(page);
  await cardFor(page, 'photo-consent');
  await expect(panelText(page)).resolves.toContain('No photo consent in Year 5: 3 pupils.');
  const opened = x.session.context.waitForEvent('page', { timeout: 15_000 });
  await panel(page).locator('button[data-see-who]').click();
  const list = await opened;
  expect(list.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/options\.html#see-who\?/);
  const table = list.locator('[data-testid="see-who-table"]');
  await table.waitFor({ timeout: 15_000 });
  const rows = await table.locator('tbody tr').allInnerTexts();
  expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual(['Barty (Bartholomew) Quayle Year 5', 'Amelia Clarke Year 5', 'Percival Thornbury Year 5']);
  await list.close();
  await page.close();
});
