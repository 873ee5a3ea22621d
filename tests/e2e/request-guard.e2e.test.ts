/**
 * The request guard (components/guard/request/): the built extension in real
 * Chromium on the X stand-in, whose composers carry send buttons SafePost
 * does not know (data-testid="fixtureApi…"). They send X's own API requests
 * (fetch or XHR), so the composer guard never sees a send: the request is
 * all there is to check. receivedPosts is what reached X's server.
 */
import { beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { EDITOR, HOME, openX, panelText, posted, readableByPage, receivedPosts, setProfile, testProfile, typeInto, useXSession } from './fixtures/x-server';

const x = useXSession();
const HOME_EDITOR = `${HOME} ${EDITOR(0)}`;
const button = (testId: string) => `${HOME} [data-testid="${testId}"]`;

beforeEach(() => {
  receivedPosts.length = 0;
});

async function sendErrors(page: Page): Promise<{ operation: string; transport: string; error: string }[]> {
  return page.evaluate(() => (window as any).__sendErrors);
}

async function editorText(page: Page, selector = HOME_EDITOR): Promise<string> {
  return page.locator(selector).innerText();
}

/** Click an unknown send button and wait until the page's request settled (failed or posted). */
async function clickAndSettle(page: Page, selector: string): Promise<void> {
  const before = await page.evaluate(() => (window as any).__sendErrors.length + (window as any).__posted.length);
  await page.click(selector);
  await page.waitForFunction((n) => (window as any).__sendErrors.length + (window as any).__posted.length > n, before, { timeout: 25_000 });
}

test('a risky draft sent by an unknown button (CreateTweet by fetch) is held: nothing posted, draft kept, panel explains', async () => {
  const page = await openX(x.session, '/home');
  await typeInto(page, HOME_EDITOR, 'Trip money to Mrs Smith on 07700 900123 please');
  await clickAndSettle(page, button('fixtureApiPost'));
  expect(receivedPosts).toEqual([]);
  expect(await posted(page)).toEqual([]);
  expect(await sendErrors(page)).toEqual([{ operation: 'CreateTweet', transport: 'fetch', error: 'TypeError: Failed to fetch' }]);
  expect(await editorText(page)).toContain('07700 900123');
  await expect(panelText(page)).resolves.toMatch(/Not sent/);
  await page.close();
});

test('a scheduled post full of swearing (CreateScheduledTweet) is held', async () => {
  const page = await openX(x.session, '/home');
  await typeInto(page, HOME_EDITOR, 'What a shit day, the damn bus was late again');
  await clickAndSettle(page, button('fixtureApiSchedule'));
  expect(receivedPosts).toEqual([]);
  expect((await sendErrors(page)).map((e) => e.operation)).toEqual(['CreateScheduledTweet']);
  await expect(panelText(page)).resolves.toMatch(/Not sent/);
  await page.close();
});

test('a long post (CreateNoteTweet) with a pupil full name is held', async () => {
  const page = await openX(x.session, '/home');
  await typeInto(page, HOME_EDITOR, 'Our longer update: Ione Fairweather read her poem to the whole school. ' + 'More news soon. '.repeat(3));
  await clickAndSettle(page, button('fixtureApiNote'));
  expect(receivedPosts).toEqual([]);
  expect((await sendErrors(page)).map((e) => e.operation)).toEqual(['CreateNoteTweet']);
  await page.close();
});

test('a clean draft through the unknown button goes out exactly once, its body unchanged', async () => {
  const page = await openX(x.session, '/home');
  const text = 'Year 4 loved the museum trip today';
  await typeInto(page, HOME_EDITOR, text);
  await clickAndSettle(page, button('fixtureApiPost'));
  const expected = await page.evaluate((t) => (window as any).__fixtureApi.apiBody('CreateTweet', t), text);
  expect(receivedPosts).toEqual([{ operation: 'CreateTweet', body: expected }]);
  expect(await sendErrors(page)).toEqual([]);
  expect((await posted(page)).map((p) => p.texts)).toEqual([[text]]);
  await page.close();
});

test('XHR path: a risky draft fails like a network error (status 0, error event); a clean one goes out once', async () => {
  const page = await openX(x.session, '/home');
  await typeInto(page, HOME_EDITOR, 'Email me at parent.helper@example.com');
  await clickAndSettle(page, button('fixtureApiPostXhr'));
  expect(receivedPosts).toEqual([]);
  expect(await sendErrors(page)).toEqual([{ operation: 'CreateTweet', transport: 'xhr', error: 'xhr error (status 0, readyState 4)' }]);

  await page.click(HOME_EDITOR);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  const text = 'Sports day is on Friday';
  await page.keyboard.type(text);
  await clickAndSettle(page, button('fixtureApiPostXhr'));
  const expected = await page.evaluate((t) => (window as any).__fixtureApi.apiBody('CreateTweet', t), text);
  expect(receivedPosts).toEqual([{ operation: 'CreateTweet', body: expected }]);
  await page.close();
});

test('legacy DM (dm/new2.json): risky text is held, a clean message goes out', async () => {
  // Direct messages are blocked by default; this school allows them with a warning.
  await setProfile(x.session, testProfile({ rules: { 'direct-message': 'warn' } }));
  try {
    const page = await openX(x.session, '/messages');
    const dmEditor = '[data-testid="dmComposerTextInput"][role="textbox"]';
    await page.click(dmEditor);
    await page.keyboard.type('The gate code is 4921, see you there');
    await clickAndSettle(page, '[data-testid="fixtureApiDm"]');
    expect(receivedPosts).toEqual([]);
    expect((await sendErrors(page)).map((e) => e.operation)).toEqual(['dm']);

    await page.click(dmEditor);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('Thanks, see you on Friday');
    await clickAndSettle(page, '[data-testid="fixtureApiDm"]');
    expect(receivedPosts.map((p) => [p.operation, JSON.parse(p.body).text])).toEqual([['dm/new2', 'Thanks, see you on Friday']]);
    await page.close();
  } finally {
    await setProfile(x.session, testProfile());
  }
});

test('attestations ticked in the panel count for the request; the known button then sends exactly one request', async () => {
  // No posting days: every post asks "This is a school event or urgent news".
  await setProfile(x.session, testProfile({ hours: { days: [], start: '08:00', end: '17:00', timezone: 'Europe/London' } }));
  try {
    const page = await openX(x.session, '/home?api=1');
    await typeInto(page, HOME_EDITOR, 'Year 6 concert tickets are on sale');
    await clickAndSettle(page, button('fixtureApiPost'));
    expect(receivedPosts).toEqual([]);
    await expect(panelText(page)).resolves.toMatch(/tick/i);

    const boxes = page.locator('safepost-panel[data-safepost="composer"] section.sp label.attest input[type="checkbox"]');
    const tickAll = async () => {
      await boxes.first().waitFor();
      for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
    };
    await tickAll();
    // The same words, now attested in the panel: the unknown button's request goes out.
    await clickAndSettle(page, button('fixtureApiPost'));
    expect(receivedPosts.map((p) => JSON.parse(p.body).variables.tweet_text)).toEqual(['Year 6 concert tickets are on sale']);

    // The known Post button: the composer guard allows, and its request passes without a second prompt, once.
    await typeInto(page, HOME_EDITOR, 'Year 3 assembly starts at 9');
    await tickAll();
    await page.click(`${HOME} [data-testid="tweetButtonInline"]`);
    await expect.poll(() => receivedPosts.length, { timeout: 10_000 }).toBe(2);
    expect(JSON.parse(receivedPosts[1]!.body).variables.tweet_text).toBe('Year 3 assembly starts at 9');
    // Only the first, unticked attempt failed.
    expect((await sendErrors(page)).length).toBe(1);
    await page.close();
  } finally {
    await setProfile(x.session, testProfile());
  }
});

test('media: an image uploaded here and checked in the composer goes out with its post; a media id SafePost never saw is held', async () => {
  // An unreadable image asks for the teacher's own check instead of blocking (either way the test can tick).
  await setProfile(x.session, testProfile({ unreadableImage: 'confirm' }));
  try {
    const page = await openX(x.session, '/home');
    const text = 'Year 4 at the museum';
    await typeInto(page, HOME_EDITOR, text);
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');
    await page.setInputFiles(`${HOME} [data-testid="fileInput"]`, { name: 'class-photo.png', mimeType: 'image/png', buffer: png });
    // The image's check settles (read or failed) and asks for the photo-consent tick: tick everything.
    const boxes = page.locator('safepost-panel[data-safepost="composer"] section.sp label.attest input[type="checkbox"]');
    await page.waitForFunction(() => !document.querySelector('safepost-panel[data-safepost="composer"]')?.shadowRoot?.querySelector('.pending'), undefined, { timeout: 90_000 });
    await boxes.first().waitFor();
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();

    // A media id this page never uploaded: held, whatever the text.
    const forged = await page.evaluate(async (t) => {
      const body = (window as any).__fixtureApi.apiBody('CreateTweet', t, ['1234567890']);
      return fetch('/i/api/graphql/q/CreateTweet', { method: 'POST', body }).then(
        () => 'sent',
        (e: Error) => e.message,
      );
    }, text);
    expect(forged).toBe('Failed to fetch');
    expect(receivedPosts).toEqual([]);

    // The unknown button uploads the attached image, then posts with its media id: tied to the checked image, it goes out.
    await clickAndSettle(page, button('fixtureApiPost'));
    expect(receivedPosts).toHaveLength(1);
    const variables = JSON.parse(receivedPosts[0]!.body).variables;
    expect(variables.tweet_text).toBe(text);
    expect(variables.media.media_entities).toHaveLength(1);
    await page.close();
  } finally {
    await setProfile(x.session, testProfile());
  }
});

test('a post request from no composer SafePost shows is held and a page notice says why', async () => {
  const page = await openX(x.session, '/home');
  const error = await page.evaluate(async () => {
    const body = JSON.stringify({ variables: { tweet_text: 'Ring me on 07700 900456 about it' }, queryId: 'zzz' });
    try {
      await fetch('/i/api/graphql/NewQueryId123/CreateTweet', { method: 'POST', body });
      return 'sent';
    } catch (e) {
      return `${(e as Error).name}: ${(e as Error).message}`;
    }
  });
  expect(error).toBe('TypeError: Failed to fetch');
  expect(receivedPosts).toEqual([]);
  const notice = page.locator('safepost-notice div[role="alert"]');
  await notice.waitFor();
  const text = await notice.innerText();
  expect(text).toMatch(/SafePost held a post/);
  expect(text).toMatch(/phone numbers/i);
  await page.close();
});

test('a page script cannot forge an allow and reads no pupil or staff name', async () => {
  const page = await openX(x.session, '/home?spy=1');
  await typeInto(page, HOME_EDITOR, 'Call the office on 07700 900789 for Year 5 news');
  await clickAndSettle(page, button('fixtureApiPost'));
  // Held despite the spy's forged verdicts on every channel it could reach.
  expect(receivedPosts).toEqual([]);
  expect((await sendErrors(page)).map((e) => e.error)).toEqual(['TypeError: Failed to fetch']);

  const spySaw: string[] = await page.evaluate(() => (window as any).__spy.seen);
  const seenByPage = [...spySaw, await readableByPage(page)].join('\n');
  // The spy did see the traffic it could: its own events (proof it was listening).
  expect(seenByPage).toMatch(/safepost:request-guard-hello/);
  for (const name of ['Tamsin', 'Okonkwo', 'Bartholomew', 'Quayle', 'Barty', 'Ione', 'Fairweather', 'Gwendolyn', 'Ashcombe']) {
    expect(seenByPage).not.toContain(name);
  }
  // And the draft never reached the spy's fake port: the content script only takes the page-world script's.
  expect(seenByPage).not.toMatch(/port message: .*07700 900789/);
  await page.close();
});
