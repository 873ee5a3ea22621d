/**
 * Workers X's page starts (issue 15: "a Worker the page started" reached X).
 * The request guard wraps Worker and SharedWorker in the page's world, so a
 * page-started worker runs the guard's prelude first and asks the page's
 * guard before any request that may publish words (components/guard/request/
 * workers.ts). Each case sends from inside a real worker on the X stand-in
 * (its worker scripts are served by x-server.ts under X's CSP, worker-src
 * 'self' blob:): a risky CreateTweet is held (it fails like a network error
 * inside the worker, never reaches the server, and SafePost's notice says
 * why); the same request with clean words goes out exactly once, its body
 * unchanged. receivedPosts is what reached X's server.
 */
import { beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { arrivesOnce, EDITOR, heldNotice, HOME, openX, receivedPosts, typeInto, useXSession } from './fixtures/x-server';

const x = useXSession();

beforeEach(() => {
  receivedPosts.length = 0;
});

const RISKY = 'Ring me on 07700 900123 about the trip';
const CLEAN = 'Year 4 loved the museum trip today';
const URL_PATH = '/i/api/graphql/Qx9Yz8Wv7/CreateTweet';
const createTweet = (text: string) => JSON.stringify({ variables: { tweet_text: text, dark_request: false, media: { media_entities: [], possibly_sensitive: false } }, queryId: 'Qx9Yz8Wv7' });

type Way = 'worker' | 'worker-xhr' | 'worker-request' | 'module-worker' | 'blob-worker' | 'nested-worker';

/** Start a worker the way X's page would, give it the request, and resolve with what it answers ('sent' or the error it saw). */
async function sendFromWorker(page: Page, way: Way, body: string): Promise<string> {
  return page.evaluate(
    ([way, url, body]) =>
      new Promise<string>((resolve) => {
        const message = { url, body, transport: way === 'worker-xhr' ? 'xhr' : way === 'worker-request' ? 'request' : 'fetch' };
        let worker: Worker;
        if (way === 'module-worker') worker = new Worker('/__fixture/x-module-worker.js', { type: 'module' });
        else if (way === 'blob-worker') {
          // X's own code may build a worker from a blob: its URLs are absolute (a blob has no path to be relative to).
          const source = `self.onmessage = async (e) => { try { const r = await fetch(location.origin === 'null' ? e.data.url : new URL(e.data.url, '${location.origin}').href, { method: 'POST', headers: { 'content-type': 'application/json' }, body: e.data.body }); self.postMessage(r.ok ? 'sent' : 'status ' + r.status); } catch (err) { self.postMessage(err.name + ': ' + err.message); } };`;
          worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
        } else if (way === 'nested-worker') {
          // A worker that starts its own worker (from a blob it makes), which sends the request.
          const inner = `self.onmessage = async (e) => { try { const r = await fetch(e.data.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: e.data.body }); self.postMessage(r.ok ? 'sent' : 'status ' + r.status); } catch (err) { self.postMessage(err.name + ': ' + err.message); } };`;
          const outer = `self.onmessage = (e) => { const w = new Worker(URL.createObjectURL(new Blob([${JSON.stringify(inner)}], { type: 'text/javascript' }))); w.onmessage = (m) => self.postMessage(m.data); w.postMessage({ url: '${location.origin}' + e.data.url, body: e.data.body }); };`;
          worker = new Worker(URL.createObjectURL(new Blob([outer], { type: 'text/javascript' })));
        } else worker = new Worker('/__fixture/x-worker.js');
        worker.onmessage = (e) => {
          worker.terminate();
          resolve(e.data);
        };
        worker.onerror = (e) => resolve(`worker error: ${e.message}`);
        worker.postMessage(message);
      }),
    [way, URL_PATH, body] as const,
  );
}

const WAYS: { way: Way; name: string; heldAs: string }[] = [
  { way: 'worker', name: "a Worker's fetch (relative URL)", heldAs: 'TypeError: Failed to fetch' },
  { way: 'worker-xhr', name: "a Worker's XMLHttpRequest", heldAs: 'xhr error (status 0)' },
  { way: 'worker-request', name: "a Worker's fetch of a Request object", heldAs: 'TypeError: Failed to fetch' },
  { way: 'module-worker', name: 'a module Worker (its sender imported relatively)', heldAs: 'TypeError: Failed to fetch' },
  { way: 'blob-worker', name: 'a Worker started from a blob: URL the page made', heldAs: 'TypeError: Failed to fetch' },
  { way: 'nested-worker', name: "a worker's own nested Worker", heldAs: 'TypeError: Failed to fetch' },
];

for (const { way, name, heldAs } of WAYS) {
  test(`${name}: a risky CreateTweet is held and explained; a clean one goes out once, unchanged`, async () => {
    const page = await openX(x.session, '/home');
    expect(await sendFromWorker(page, way, createTweet(RISKY))).toBe(heldAs);
    expect(await heldNotice(page)).toMatch(/phone numbers/i);
    expect(receivedPosts).toEqual([]);
    expect(await sendFromWorker(page, way, createTweet(CLEAN))).toBe('sent');
    await arrivesOnce('CreateTweet', createTweet(CLEAN));
    expect(JSON.stringify(receivedPosts)).not.toContain('07700');
    await page.close();
  });
}

/**
 * A SharedWorker's requests are not routed by the test driver (Playwright attaches to pages and
 * dedicated workers only), so nothing a shared worker sends can reach the stand-in's server: the
 * clean control shows that the guard let it go (no notice; what fails is the network), the risky
 * one that the guard held it and said why.
 */
test('a SharedWorker: a risky CreateTweet is held and explained; a clean one is let through (to a network the driver cannot route)', async () => {
  const page = await openX(x.session, '/home');
  const send = (body: string) =>
    page.evaluate(
      ([url, body]) =>
        new Promise<string>((resolve) => {
          const source = `self.onconnect = (c) => { const port = c.ports[0]; port.onmessage = async (e) => { try { const r = await fetch(e.data.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: e.data.body }); port.postMessage(r.ok ? 'sent' : 'status ' + r.status); } catch (err) { port.postMessage(err.name + ': ' + err.message); } }; };`;
          const shared = new SharedWorker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })), { name: `t${Math.random()}` });
          shared.port.onmessage = (e) => resolve(e.data);
          shared.port.postMessage({ url: new URL(url!, location.href).href, body });
        }),
      [URL_PATH, body] as const,
    );
  expect(await send(createTweet(RISKY))).toBe('TypeError: Failed to fetch');
  expect(await heldNotice(page)).toMatch(/phone numbers/i);
  await page.evaluate(() => document.querySelector('safepost-notice')?.remove());
  expect(await send(createTweet(CLEAN))).toBe('TypeError: Failed to fetch');
  await page.waitForTimeout(1000);
  expect(await page.locator('safepost-notice').count()).toBe(0);
  expect(receivedPosts).toEqual([]);
  await page.close();
});

test("X's harmless requests from a worker (a like) pass at once, without a notice", async () => {
  const page = await openX(x.session, '/home');
  const like = JSON.stringify({ variables: { tweet_id: '1790000000000000006' }, queryId: 'Qx9Yz8Wv7' });
  const answer = await page.evaluate(
    (body) =>
      new Promise<string>((resolve) => {
        const worker = new Worker('/__fixture/x-worker.js');
        worker.onmessage = (e) => resolve(e.data);
        worker.postMessage({ url: '/i/api/graphql/Qx9Yz8Wv7/FavoriteTweet', body, transport: 'fetch' });
      }),
    like,
  );
  expect(answer).toBe('sent');
  expect(receivedPosts).toEqual([{ operation: 'FavoriteTweet', body: like }]);
  expect(await page.locator('safepost-notice').count()).toBe(0);
  await page.close();
});

test('the fixture\'s "post from a worker" button: a risky draft is held and kept; a clean one goes out once', async () => {
  const page = await openX(x.session, '/home');
  const editor = `${HOME} ${EDITOR(0)}`;
  const click = () => page.$eval(`${HOME} [data-testid="fixtureApiPostWorker"]`, (b) => (b as HTMLButtonElement).click());
  await typeInto(page, editor, RISKY);
  await click();
  await expect.poll(() => page.evaluate(() => (window as any).__sendErrors.length), { timeout: 25_000 }).toBe(1);
  expect(await page.evaluate(() => (window as any).__sendErrors)).toEqual([{ operation: 'CreateTweet', transport: 'worker', error: 'TypeError: Failed to fetch' }]);
  expect(receivedPosts).toEqual([]);

  await page.focus(editor);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(CLEAN);
  await click();
  const expected = await page.evaluate((t) => (window as any).__fixtureApi.apiBody('CreateTweet', t), CLEAN);
  await arrivesOnce('CreateTweet', expected);
  await page.close();
});
