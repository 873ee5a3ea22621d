import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionSession } from './harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension({
    fixtures: (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>x</title><p>fixture</p>' }),
  });
});
afterAll(() => session?.close());

test('the built extension loads in Chromium with a stable id from the manifest key', () => {
  expect(session.extensionId).toMatch(/^[a-p]{32}$/);
});

test('x.com is served from fixtures and nothing else is reached', async () => {
  const page = await session.context.newPage();
  await page.goto('https://x.com/home');
  await expect(page.textContent('p')).resolves.toBe('fixture');
  expect(session.externalRequests()).toEqual([]);
});
