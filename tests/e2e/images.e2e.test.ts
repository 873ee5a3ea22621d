/**
 * Image checks end to end: the built extension in real Chromium on the X
 * stand-in. Images are read by the PP-OCR + tesseract.js pipeline in the
 * offscreen document, on this machine; their findings hold the send like text findings. Test images
 * are generated with ImageMagick (tests/e2e/fixtures/img, invented names).
 *
 * Privacy: besides the harness's request log (pages and the service worker),
 * the offscreen document, which Playwright does not attach to, is watched
 * over the DevTools protocol; a deliberate probe request proves the watch
 * really sees that document's requests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionSession } from './harness';
import { attachImage, EDITOR, HOME, imagesChecked, launchX, openX, panel, posted, serviceWorker, typeInto, waitForDecision } from './fixtures/x-server';
import { ORT_WASM_ASSET, PPOCR_DET_ASSET, PPOCR_REC_ASSET } from '../../components/ocr/config';

const IMG = join(import.meta.dirname, 'fixtures/img');
const CERTIFICATE = readFileSync(join(IMG, 'cert-full-name.png')); // "Tamsin Okonkwo-Reyes", a pupil of the test roster
const POSTER = readFileSync(join(IMG, 'benign-poster.png')); // "Autumn Harvest Festival…": no names
const HOME_BUTTON = `${HOME} [data-testid="tweetButtonInline"]`;
const PROBE = 'https://probe.invalid/offscreen-watch-check';

let session: ExtensionSession;
let offscreen: OffscreenWatch;

/** Requests of the offscreen document, seen through a browser-level DevTools session. */
class OffscreenWatch {
  readonly urls: string[] = [];
  private nextId = 1;
  private sessionId = '';
  constructor(private readonly cdp: CDPSession) {}

  /** Open the document ourselves (as the background would) so the watch starts before any OCR request. */
  async attach(extensionId: string, opener: Page): Promise<void> {
    await opener.evaluate(() =>
      (globalThis as any).chrome.offscreen.createDocument({ url: 'offscreen.html', reasons: ['WORKERS'], justification: 'test' }),
    );
    const { targetInfos } = (await this.cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
    const target = targetInfos.find((t) => t.url === `chrome-extension://${extensionId}/offscreen.html`);
    if (!target) throw new Error('offscreen document not found');
    this.cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      const message = JSON.parse(event.message) as { method?: string; params?: { request?: { url: string } } };
      if (message.method === 'Network.requestWillBeSent' && message.params?.request) this.urls.push(message.params.request.url);
    });
    // Playwright's session API speaks only flat sessions; the offscreen target is reached non-flat.
    const attached = (await this.cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
    this.sessionId = attached.sessionId;
    await this.send('Network.enable', {});
  }

  async send(method: string, params: object): Promise<void> {
    await this.cdp.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({ id: this.nextId++, method, params }),
    });
  }

  /** Make the document fetch a URL that goes nowhere: the watch must log it. */
  async probe(): Promise<void> {
    await this.send('Runtime.evaluate', { expression: `fetch(${JSON.stringify(PROBE)}).catch(() => 0)`, awaitPromise: true });
    const until = Date.now() + 5_000;
    while (!this.urls.includes(PROBE) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  session = await launchX();
  const browser = session.context.browser();
  if (!browser) throw new Error('no browser handle for the DevTools session');
  offscreen = new OffscreenWatch(await browser.newBrowserCDPSession());
  const opener = await session.openExtensionPage('popup.html');
  await offscreen.attach(session.extensionId, opener);
  await opener.close();
});

afterAll(async () => {
  await session?.close();
});

test('a certificate with a pupil\'s full name holds the send, with the finding under the image', async () => {
  const page = await openX(session, '/home');
  await typeInto(page, `${HOME} ${EDITOR(0)}`, 'Certificates for Hazel Class today');
  await attachImage(page, CERTIFICATE, 'certificate.png');
  await imagesChecked(page, 60_000);
  const image = panel(page).locator('li[data-image="0"]');
  // The card for the name, under the image: it lists the rules the name breaks, each on a line of its own.
  const finding = image.locator('li.card:has([data-rule="pupil-full-name"])');
  await finding.waitFor();
  expect(await finding.innerText()).toMatch(/Tamsin Okonkwo-Reyes/);
  expect(await finding.locator('[data-rule="pupil-full-name"]').getAttribute('data-severity')).toBe('block');
  await page.click(HOME_BUTTON);
  expect(await posted(page)).toEqual([]);
  await page.close();
});

test('a benign image gives only the photo-consent attestation, and sends once ticked', async () => {
  const page = await openX(session, '/home');
  await typeInto(page, `${HOME} ${EDITOR(0)}`, 'Harvest festival this week');
  await attachImage(page, POSTER, 'poster.png');
  await imagesChecked(page, 60_000);
  const rules = await panel(page).locator('[data-rule]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
  expect(rules).toEqual(['photo-consent']);
  expect(await panel(page).locator('label.attest').allInnerTexts()).toEqual(['Every face pictured has photo consent (faces only: a name in the picture still needs removing)']);
  await page.click(HOME_BUTTON);
  expect(await posted(page)).toEqual([]);
  await panel(page).locator('label.attest input').check();
  await page.click(HOME_BUTTON);
  expect(await posted(page)).toEqual([{ composer: 'home', texts: ['Harvest festival this week'], images: 1 }]);
  await page.close();
});

test('attaching an image right after a clean check and clicking Post at once does not send', async () => {
  const page = await openX(session, '/home');
  await typeInto(page, `${HOME} ${EDITOR(0)}`, 'Well done Year 4');
  await waitForDecision(page, true);
  await attachImage(page, CERTIFICATE, 'certificate.png');
  await page.click(HOME_BUTTON);
  expect(await posted(page)).toEqual([]);
  await imagesChecked(page, 60_000);
  await page.click(HOME_BUTTON);
  expect(await posted(page)).toEqual([]);
  await page.close();
});

test('nothing leaves the computer: pages, service worker and offscreen document stay on extension files', async () => {
  // The image was read in the offscreen document the watch is attached to.
  const worker = await serviceWorker(session);
  const contexts = await worker.evaluate(() =>
    (globalThis as any).chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] }).then((c: unknown[]) => c.length),
  );
  expect(contexts).toBe(1);
  expect(session.externalRequests()).toEqual([]);
  const before = [...offscreen.urls];
  expect(before.filter((url) => !url.startsWith('chrome-extension://') && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  // …and it was read by the PP-OCR pipeline, whose models and runtime came from the extension itself.
  for (const file of [PPOCR_DET_ASSET, PPOCR_REC_ASSET, ORT_WASM_ASSET]) {
    expect(before, file).toContain(`chrome-extension://${session.extensionId}/${file}`);
  }
  // The watch must be able to see a request, or the check above proves nothing.
  await offscreen.probe();
  expect(offscreen.urls).toContain(PROBE);
});
