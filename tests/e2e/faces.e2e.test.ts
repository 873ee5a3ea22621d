/**
 * Faces end to end: the built extension in real Chromium on the X stand-in.
 * Faces are found by Human (BlazeFace + FaceMesh, tfjs wasm) in the offscreen
 * document, on this machine. A school with uncovered-face on is told how many
 * faces are uncovered; "Cover faces" swaps the attachment for a covered,
 * metadata-free copy through X's own file input, and the re-check passes.
 * Test photos: tests/fixtures/faces (made by scripts/gen/face-photos.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness';
import { attachImage, EDITOR, HOME, imagesChecked, launchX, openX, panel, posted, testProfile, typeInto } from './fixtures/x-server';

const PHOTOS = join(import.meta.dirname, '../fixtures/faces');
const GROUP = readFileSync(join(PHOTOS, 'group-row-4.jpg'));
const CAT = readFileSync(join(PHOTOS, 'cat.jpg'));
const HOME_BUTTON = `${HOME} [data-testid="tweetButtonInline"]`;

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchX(testProfile({ rules: { 'uncovered-face': 'block' } }));
});

afterAll(async () => {
  await session?.close();
});

async function thumbnails(page: Page): Promise<string[]> {
  return page.locator(`${HOME} [data-testid="attachments"] img`).evaluateAll((imgs) => imgs.map((i) => i.getAttribute('src') ?? ''));
}

test('a group photo: 4 uncovered faces hold the send; "Cover faces" swaps in a covered copy and the finding is gone', async () => {
  const page = await openX(session, '/home');
  await typeInto(page, `${HOME} ${EDITOR(0)}`, 'Year 4 on their trip');
  // Every progress line the panel shows while the picture is checked.
  await page.evaluate(() => {
    const root = document.querySelector('safepost-panel[data-safepost="composer"]')!.shadowRoot!;
    const seen: string[] = ((window as any).__progress = []);
    new MutationObserver(() => {
      for (const el of root.querySelectorAll('.pending')) if (!seen.includes(el.textContent ?? '')) seen.push(el.textContent ?? '');
    }).observe(root, { subtree: true, childList: true, characterData: true });
  });
  await attachImage(page, GROUP, 'trip.jpg');
  await imagesChecked(page);
  // The host's stages reach the panel through the background: text first, then faces.
  expect(await page.evaluate(() => (window as any).__progress)).toEqual(
    expect.arrayContaining(['Checking image: reading its text…', 'Checking image: looking for faces…']),
  );
  const finding = panel(page).locator('li[data-image="0"] li.card:has([data-rule="uncovered-face"])');
  await finding.waitFor();
  expect(await finding.innerText()).toMatch(/4 faces/);
  expect(await panel(page).locator('li.card:has([data-rule="photo-consent"])').innerText()).toMatch(/4 faces visible/);
  await page.click(HOME_BUTTON);
  expect(await posted(page)).toEqual([]);

  const before = await thumbnails(page);
  expect(before).toHaveLength(1);
  await panel(page).getByRole('button', { name: 'Cover faces' }).click();
  // The old attachment is removed through X's × and the copy attached through X's file input.
  await page.waitForFunction(
    (old) => {
      const imgs = [...document.querySelectorAll('[data-testid="primaryColumn"] [data-testid="attachments"] img')];
      return imgs.length === 1 && imgs[0]!.getAttribute('src') !== old;
    },
    before[0],
    { timeout: 120_000 },
  );
  // The new picture is checked again: no uncovered face is left.
  await page.waitForFunction(
    () => {
      const root = document.querySelector('safepost-panel[data-safepost="composer"]')?.shadowRoot;
      return root && !root.querySelector('.pending') && /No faces visible/.test(root.querySelector('li.card:has([data-rule="photo-consent"])')?.textContent ?? '');
    },
    undefined,
    { timeout: 120_000 },
  );
  expect(await panel(page).locator('[data-rule="uncovered-face"]').count()).toBe(0);

  // The copy is a JPEG of the same size with no EXIF/XMP segment.
  const copy = await page.evaluate(async () => {
    const src = document.querySelector('[data-testid="primaryColumn"] [data-testid="attachments"] img')!.getAttribute('src')!;
    const blob = await (await fetch(src)).blob();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const bitmap = await createImageBitmap(blob);
    let exif = false;
    for (let i = 0; i + 4 < bytes.length && i < 65536; i++) if (bytes[i] === 0xff && bytes[i + 1] === 0xe1) exif = true;
    return { type: blob.type, width: bitmap.width, height: bitmap.height, exif };
  });
  expect(copy).toEqual({ type: 'image/jpeg', width: 1200, height: 300, exif: false });

  // Only the photo-consent confirmation is left: tick it and the post goes out with the covered picture.
  await panel(page).locator('label.attest input').check();
  await page.click(HOME_BUTTON);
  expect(await posted(page)).toEqual([{ composer: 'home', texts: ['Year 4 on their trip'], images: 1 }]);
  await page.close();
}, 400_000);

test('a cat is not a face: no uncovered-face finding, no "Cover faces"', async () => {
  const page = await openX(session, '/home');
  await typeInto(page, `${HOME} ${EDITOR(0)}`, 'Our class pet');
  await attachImage(page, CAT, 'cat.jpg');
  await imagesChecked(page);
  expect(await panel(page).locator('[data-rule="uncovered-face"]').count()).toBe(0);
  expect(await panel(page).getByRole('button', { name: 'Cover faces' }).count()).toBe(0);
  expect(await panel(page).locator('li.card:has([data-rule="photo-consent"])').innerText()).toMatch(/No faces visible/);
  await page.close();
}, 200_000);

test('no request leaves the computer during face checks', async () => {
  expect(session.externalRequests()).toEqual([]);
});
