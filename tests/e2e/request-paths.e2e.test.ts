/**
 * Every other way X's page publishes text (issue 15; ../shared/X-COMPOSER.md,
 * "Everything else that publishes text"), through the built extension in
 * Chromium on the X stand-in. Each path is sent from the page's own world,
 * as X's code would send it: a risky text is held (it never reaches the
 * server, fails like a network error, and SafePost's notice says what was
 * held and why); the same request with clean words goes out once, its body
 * unchanged. receivedPosts is what reached X's server.
 */
import { beforeEach, expect, onTestFinished, test } from 'vitest';
import type { Page } from 'playwright-core';
import { arrivesOnce, EDITOR, heldNotice, HOME, openX, receivedPosts, setProfile, testProfile, typeInto, useXSession } from './fixtures/x-server';

const x = useXSession();

beforeEach(() => {
  receivedPosts.length = 0;
});

const RISKY = 'Ring me on 07700 900123 about the trip';
const CLEAN = 'Year 4 loved the museum trip today';

type Transport = 'fetch' | 'fetch-request' | 'fetch-blob' | 'xhr' | 'beacon' | 'iframe-fetch' | 'form';

/**
 * Send one request from the page's world (not the test's): resolves with
 * 'sent', or what the page saw fail ("TypeError: Failed to fetch", "xhr error").
 * A beacon and a form have no answer: 'queued' / 'submitted'.
 */
async function send(page: Page, transport: Transport, url: string, body: string, contentType = 'application/json'): Promise<string> {
  return page.evaluate(
    async ([transport, url, body, contentType]) => {
      const failed = (e: unknown) => `${(e as Error).name}: ${(e as Error).message}`;
      const headers = { 'content-type': contentType! };
      switch (transport) {
        case 'fetch':
          return fetch(url!, { method: 'POST', headers, body }).then(() => 'sent', failed);
        case 'fetch-request':
          return fetch(new Request(url!, { method: 'POST', headers, body })).then(() => 'sent', failed);
        case 'fetch-blob':
          return fetch(url!, { method: 'POST', body: new Blob([body!], { type: contentType }) }).then(() => 'sent', failed);
        case 'xhr':
          return new Promise<string>((resolve) => {
            const xhr = new XMLHttpRequest();
            xhr.open('POST', url!);
            xhr.setRequestHeader('content-type', contentType!);
            xhr.onload = () => resolve('sent');
            xhr.onerror = () => resolve(`xhr error (status ${xhr.status})`);
            xhr.send(body);
          });
        case 'beacon':
          return navigator.sendBeacon(url!, body!) ? 'queued' : 'refused';
        case 'iframe-fetch': {
          // A fresh same-origin about:blank frame's own fetch, used the moment the frame exists.
          const frame = document.createElement('iframe');
          document.body.append(frame);
          return frame.contentWindow!.fetch(url!, { method: 'POST', headers, body }).then(() => 'sent', failed);
        }
        case 'form': {
          // A plain HTML form POSTed to X's API, into a frame so the test page stays.
          const sink = document.createElement('iframe');
          sink.name = `sink${Date.now()}`;
          document.body.append(sink);
          const form = document.createElement('form');
          form.method = 'POST';
          form.action = url!;
          form.target = sink.name;
          for (const [name, value] of new URLSearchParams(body!)) {
            const input = document.createElement('input');
            input.type = 'hidden';
            input.name = name;
            input.value = value;
            form.append(input);
          }
          document.body.append(form);
          form.requestSubmit();
          return 'submitted';
        }
      }
      return 'unknown transport';
    },
    [transport, url, body, contentType] as const,
  );
}

const graphql = (operation: string) => `/i/api/graphql/Qx9Yz8Wv7/${operation}`;
const createTweet = (text: string) => JSON.stringify({ variables: { tweet_text: text, dark_request: false, media: { media_entities: [], possibly_sensitive: false } }, queryId: 'Qx9Yz8Wv7' });
/** An operation name X has never used: the words sit where no known shape puts them. */
const madeUp = (text: string) => JSON.stringify({ variables: { share: { segments: [{ value: text }] }, audience_id: '1790000000000000123', count: 3 }, features: { some_flag: true }, queryId: 'Qx9Yz8Wv7' });

interface Path {
  name: string;
  transport: Transport;
  url: string;
  body: (text: string) => string;
  /** Operation as the server records it. */
  operation: string;
  contentType?: string;
  /** What the page sees when it is held. */
  heldAs: string;
  /** What the notice says was held. */
  what: RegExp;
  /** A clean text for this path, when the common one is not clean there. */
  clean?: string;
  /** Profile settings this path needs (direct messages are blocked unless a school allows them). */
  settings?: Record<string, unknown>;
}

const PATHS: Path[] = [
  { name: 'image description (media/metadata/create.json)', transport: 'fetch', url: '/i/api/1.1/media/metadata/create.json', operation: 'media/metadata/create', body: (t) => JSON.stringify({ media_id: '1790000000000000001', alt_text: { text: t } }), heldAs: 'TypeError: Failed to fetch', what: /an image description/,
    // Beside a photo every description asks for the photo-consent tick, given in the composer the photo is
    // attached to (verdicts.test.ts); with no composer here, this school does not ask for it.
    settings: { rules: { 'photo-consent': 'off' } } },
  { name: 'edited scheduled post (EditScheduledTweet)', transport: 'fetch', url: graphql('EditScheduledTweet'), operation: 'EditScheduledTweet', body: (t) => JSON.stringify({ variables: { scheduled_tweet_id: '1790000000000000002', post_tweet_request: { status: t, media_ids: [] }, execute_at: Math.floor(Date.UTC(2030, 0, 7, 10) / 1000) }, queryId: 'Qx9Yz8Wv7' }), heldAs: 'TypeError: Failed to fetch', what: /a scheduled post/ },
  { name: 'edit of a published post (CreateTweet with edit_options)', transport: 'fetch', url: graphql('CreateTweet'), operation: 'CreateTweet', body: (t) => JSON.stringify({ variables: { tweet_text: t, edit_options: { previous_tweet_id: '1790000000000000003' } }, queryId: 'Qx9Yz8Wv7' }), heldAs: 'TypeError: Failed to fetch', what: /an edit of a post/ },
  { name: 'Community Note (BirdwatchCreateNote)', transport: 'fetch', url: graphql('BirdwatchCreateNote'), operation: 'BirdwatchCreateNote', body: (t) => JSON.stringify({ variables: { tweet_id: '1790000000000000004', data_v1: { classification: 'misinformed_or_potentially_misleading', summary: { text: t } } }, queryId: 'Qx9Yz8Wv7' }), heldAs: 'TypeError: Failed to fetch', what: /a Community Note/ },
  { name: 'legacy DM edit (dm/edit.json)', transport: 'xhr', url: '/i/api/1.1/dm/edit.json', operation: 'dm/edit', contentType: 'application/x-www-form-urlencoded', body: (t) => new URLSearchParams({ dm_id: '1790000000000000005', conversation_id: '11-12', text: t }).toString(), heldAs: 'xhr error (status 0)', what: /a direct message/, settings: { rules: { 'direct-message': 'warn' } } },
  { name: 'old REST post by fetch (statuses/update.json)', transport: 'fetch', url: '/i/api/1.1/statuses/update.json', operation: 'statuses/update', contentType: 'application/x-www-form-urlencoded', body: (t) => new URLSearchParams({ status: t }).toString(), heldAs: 'TypeError: Failed to fetch', what: /a post/ },
  { name: 'made-up operation by fetch', transport: 'fetch', url: graphql('ComposeShareMutation'), operation: 'ComposeShareMutation', body: madeUp, heldAs: 'TypeError: Failed to fetch', what: /may publish text/ },
  { name: 'made-up operation by XHR', transport: 'xhr', url: graphql('ComposeShareMutation'), operation: 'ComposeShareMutation', body: madeUp, heldAs: 'xhr error (status 0)', what: /may publish text/ },
  { name: 'made-up REST path', transport: 'fetch', url: '/i/api/2/share/create', operation: '2/share/create', body: madeUp, heldAs: 'TypeError: Failed to fetch', what: /may publish text/ },
  { name: 'CreateTweet as a Request object', transport: 'fetch-request', url: graphql('CreateTweet'), operation: 'CreateTweet', body: createTweet, heldAs: 'TypeError: Failed to fetch', what: /a post/ },
  { name: 'CreateTweet with a Blob body', transport: 'fetch-blob', url: graphql('CreateTweet'), operation: 'CreateTweet', body: createTweet, heldAs: 'TypeError: Failed to fetch', what: /a post/ },
  { name: 'CreateTweet by navigator.sendBeacon', transport: 'beacon', url: graphql('CreateTweet'), operation: 'CreateTweet', body: createTweet, heldAs: 'queued', what: /a post/ },
  { name: 'made-up operation by navigator.sendBeacon', transport: 'beacon', url: graphql('ComposeShareMutation'), operation: 'ComposeShareMutation', body: madeUp, heldAs: 'queued', what: /may publish text/ },
  { name: "CreateTweet by a fresh about:blank frame's fetch", transport: 'iframe-fetch', url: graphql('CreateTweet'), operation: 'CreateTweet', body: createTweet, heldAs: 'TypeError: Failed to fetch', what: /a post/ },
  { name: 'HTML form POST to statuses/update.json', transport: 'form', url: '/i/api/1.1/statuses/update.json', operation: 'statuses/update', contentType: 'application/x-www-form-urlencoded', body: (t) => new URLSearchParams({ status: t }).toString(), heldAs: 'submitted', what: /a post/ },
];

for (const path of PATHS) {
  test(`${path.name}: a risky text is held and explained; a clean one goes out once, unchanged`, async () => {
    if (path.settings) await setProfile(x.session, testProfile(path.settings));
    onTestFinished(() => (path.settings ? setProfile(x.session, testProfile()) : undefined));
    const page = await openX(x.session, '/home');
    expect(await send(page, path.transport, path.url, path.body(RISKY), path.contentType)).toBe(path.heldAs);
    const notice = await heldNotice(page);
    expect(notice).toMatch(path.what);
    expect(notice).toMatch(/phone numbers/i);
    expect(receivedPosts).toEqual([]);

    const clean = path.body(path.clean ?? CLEAN);
    const outcome = await send(page, path.transport, path.url, clean, path.contentType);
    expect(outcome).toBe(path.heldAs.startsWith('TypeError') || path.heldAs.startsWith('xhr') ? 'sent' : path.heldAs);
    await arrivesOnce(path.operation, clean);
    // The risky one never arrived later either.
    expect(JSON.stringify(receivedPosts)).not.toContain('07700');
    await page.close();
  });
}

test('X Pro (pro.x.com): the request guard holds a risky post and lets a clean one through, whatever the layout', async () => {
  const page = await x.session.context.newPage();
  await page.goto('https://pro.x.com/');
  await page.waitForFunction(() => (window as any).__fixtureReady === true);
  expect(await send(page, 'fetch', graphql('CreateTweet'), createTweet(RISKY))).toBe('TypeError: Failed to fetch');
  expect(await heldNotice(page)).toMatch(/phone numbers/i);
  expect(receivedPosts).toEqual([]);
  expect(await send(page, 'fetch', graphql('CreateTweet'), createTweet(CLEAN))).toBe('sent');
  await arrivesOnce('CreateTweet', createTweet(CLEAN));
  await page.close();
});

test("a send button SafePost does not know, sending X's words under a made-up operation name, is held; clean, it goes out once", async () => {
  const page = await openX(x.session, '/home');
  const editor = `${HOME} ${EDITOR(0)}`;
  const button = `${HOME} [data-testid="fixtureApiMadeUp"]`;
  await typeInto(page, editor, 'What a shit day, the damn bus was late again');
  // The stand-in's row of test buttons is wider than X's toolbar: clicked from the page, as a script of X's would.
  const click = () => page.$eval(button, (b) => (b as HTMLButtonElement).click());
  await click();
  await expect.poll(() => page.evaluate(() => (window as any).__sendErrors.length), { timeout: 25_000 }).toBe(1);
  expect(receivedPosts).toEqual([]);
  expect(await page.evaluate(() => (window as any).__sendErrors)).toEqual([{ operation: 'ComposeShareMutation', transport: 'fetch', error: 'TypeError: Failed to fetch' }]);

  await page.focus(editor);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(CLEAN);
  await click();
  const expected = await page.evaluate((t) => (window as any).__fixtureApi.apiBody('ComposeShareMutation', t), CLEAN);
  await arrivesOnce('ComposeShareMutation', expected);
  await page.close();
});

test('articles: drafting steps with risky words are held; Publish is checked on the words written here, and held for an article never written here', async () => {
  const page = await openX(x.session, '/home');
  const id = '1790000000000000042';
  const step = (operation: string, variables: Record<string, unknown>) => JSON.stringify({ variables: { articleEntityId: id, ...variables }, queryId: 'Qx9Yz8Wv7' });
  const content = (text: string) => ({ content_state: { blocks: [{ key: 'k1', text, type: 'unstyled' }], entityMap: [] } });
  expect(await send(page, 'fetch', graphql('ArticleEntityUpdateTitle'), step('ArticleEntityUpdateTitle', { title: 'Our museum trip' }))).toBe('sent');
  expect(await send(page, 'fetch', graphql('ArticleEntityUpdateContent'), step('ArticleEntityUpdateContent', content(RISKY)))).toBe('TypeError: Failed to fetch');
  expect(await heldNotice(page)).toMatch(/an article's text/);
  const clean = step('ArticleEntityUpdateContent', content(CLEAN));
  expect(await send(page, 'fetch', graphql('ArticleEntityUpdateContent'), clean)).toBe('sent');
  const publish = step('ArticleEntityPublish', {});
  expect(await send(page, 'fetch', graphql('ArticleEntityPublish'), publish)).toBe('sent');
  expect(receivedPosts.map((p) => p.operation)).toEqual(['ArticleEntityUpdateTitle', 'ArticleEntityUpdateContent', 'ArticleEntityPublish']);
  expect(receivedPosts[2]!.body).toBe(publish);
  expect(JSON.stringify(receivedPosts)).not.toContain('07700');

  // An article whose words this page never saw cannot be checked: held, and the notice says why.
  const elsewhere = JSON.stringify({ variables: { articleEntityId: '1790000000000000043' }, queryId: 'Qx9Yz8Wv7' });
  expect(await send(page, 'fetch', graphql('ArticleEntityPublish'), elsewhere)).toBe('TypeError: Failed to fetch');
  await expect.poll(() => page.locator('safepost-notice div[role="alert"]').innerText()).toMatch(/did not see this article/);
  expect(receivedPosts).toHaveLength(3);
  await page.close();
});

test('X Chat: an image attached through dm-composer-file-input is checked like any other; the message goes out once its boxes are ticked', async () => {
  // Chat is a direct message (allowed here with a warning); an unreadable image asks for the teacher's own check.
  await setProfile(x.session, testProfile({ rules: { 'direct-message': 'warn' }, unreadableImage: 'confirm' }));
  onTestFinished(() => setProfile(x.session, testProfile()));
  const page = await openX(x.session, '/i/chat');
  await typeInto(page, '[data-testid="dm-composer-textarea"]', 'See you at the fair on Saturday');
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');
  await page.setInputFiles('[data-testid="dm-composer-file-input"]', { name: 'class-photo.png', mimeType: 'image/png', buffer: png });
  const boxes = page.locator('safepost-panel[data-safepost="composer"] section.sp label.attest input[type="checkbox"]');
  await page.waitForFunction(() => !document.querySelector('safepost-panel[data-safepost="composer"]')?.shadowRoot?.querySelector('.pending'), undefined, { timeout: 90_000 });
  await boxes.first().waitFor();
  // Long past the wait for a thumbnail a post's image gets: the chat image still counts.
  await page.waitForTimeout(16_000);
  await page.click('[data-testid="dm-composer-send-button"]');
  expect(await page.evaluate(() => (window as any).__posted)).toEqual([]);

  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
  await page.click('[data-testid="dm-composer-send-button"]');
  await expect.poll(() => page.evaluate(() => (window as any).__posted)).toEqual([{ composer: 'chat', texts: ['See you at the fair on Saturday'], images: 1 }]);
  await page.close();
});

test("X's own harmless requests (a like, analytics) pass untouched, without a notice", async () => {
  const page = await openX(x.session, '/home');
  const like = JSON.stringify({ variables: { tweet_id: '1790000000000000006' }, queryId: 'Qx9Yz8Wv7' });
  expect(await send(page, 'fetch', graphql('FavoriteTweet'), like)).toBe('sent');
  expect(await send(page, 'fetch', '/i/api/1.1/jot/client_event.json', 'log=%5B%7B%22event%22%3A%22impression%22%7D%5D', 'application/x-www-form-urlencoded')).toBe('sent');
  expect(receivedPosts.map((p) => p.operation)).toEqual(['FavoriteTweet', 'jot/client_event']);
  expect(await page.locator('safepost-notice').count()).toBe(0);
  await page.close();
});
