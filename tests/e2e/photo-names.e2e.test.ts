/**
 * A name written on a child's work, end to end (issue 16): the built
 * extension in real Chromium on the X stand-in, the photo read by PP-OCR +
 * tesseract in the offscreen document. The photo-consent tick is about faces;
 * it must not clear the pupil's name on the worksheet. The card points at the
 * name on the thumbnail and "Cover name" swaps in a covered copy.
 *
 * Fixture (invented name of the test roster), made with ImageMagick:
 *   convert -size 1000x700 xc:'#fdfdf8' -font DejaVu-Sans -fill '#1b2a6b' -pointsize 40 -annotate +60+90 'name: tamsin' \
 *     -font DejaVu-Sans-Bold -pointsize 52 -annotate +260+200 'Halving numbers' -font DejaVu-Sans -pointsize 42 \
 *     -annotate +100+320 'Half of 18 =' -annotate +100+420 'Half of 30 =' -annotate +100+520 'Half of 54 =' \
 *     -background '#777' -rotate 5 -resize 900x -quality 88 worksheet-name.jpg
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ExtensionSession } from './harness';
import { attachImage, EDITOR, HOME, imagesChecked, launchX, openX, panel, posted, typeInto } from './fixtures/x-server';

const WORKSHEET = readFileSync(join(import.meta.dirname, 'fixtures/img/worksheet-name.jpg')); // "name: tamsin", lower case, tilted
const HOME_BUTTON = `${HOME} [data-testid="tweetButtonInline"]`;

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchX();
});

afterAll(async () => {
  await session?.close();
});

test('a worksheet photo with a name line is blocked even after the photo-consent box is ticked; the card marks the name and covers it', async () => {
  const page = await openX(session, '/home');
  await typeInto(page, `${HOME} ${EDITOR(0)}`, 'Super halving in Year 4 today');
  await attachImage(page, WORKSHEET, 'worksheet.jpg');
  await imagesChecked(page, 120_000);

  const image = panel(page).locator('li[data-image="0"]');
  const name = image.locator('[data-rule="name-with-photo"]');
  await name.first().waitFor();
  expect(await name.first().getAttribute('data-severity')).toBe('block');

  // Tick every box there is, photo consent included: the name still holds the post.
  const consent = panel(page).locator('label.attest', { hasText: 'faces only' });
  expect(await consent.count()).toBe(1);
  const boxes = panel(page).locator('label.attest input[type="checkbox"]');
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
  await page.click(HOME_BUTTON);
  expect(await posted(page)).toEqual([]);
  expect(await name.count()).toBeGreaterThan(0);

  // The card points at the name on the picture, and offers one click to cover it.
  const marks = image.locator('.thumb .mark');
  expect(await marks.count()).toBeGreaterThan(0);
  const cover = image.locator('button', { hasText: 'Cover name' });
  await cover.click();
  // The covered copy replaces the attachment and is checked again: no name left in it.
  await page.waitForFunction(
    () => {
      const root = document.querySelector('safepost-panel[data-safepost="composer"]')?.shadowRoot;
      return root && !root.querySelector('.pending') && root.querySelector('[data-rule="photo-consent"]') && !root.querySelector('[data-rule="name-with-photo"]');
    },
    undefined,
    { timeout: 120_000 },
  );
  await page.close();
}, 360_000);
