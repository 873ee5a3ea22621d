// @vitest-environment happy-dom
/**
 * The first seconds after a browser start: the page guard gets a quick answer
 * (storage.local only) long before storage.managed answers. A quick answer
 * without a roster must not be used: the send is held as "loading" until the
 * managed read answers, then the school's profile decides.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { xSite } from '../../../../components/x';
import { PageGuard } from '../../../../components/guard/page-guard';
import { compileProfile, type Profile } from '../../../../rules';
import type { ProfileState } from '../../../../components/profile/store';

const hours = { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const, start: '00:00', end: '23:59', timezone: 'Europe/London' };
const roster = [{ forename: 'Tamsin', surname: 'Okonkwo-Reyes', group: 'Year 4', photoConsent: true, nameConsent: true }];

function state(source: ProfileState['source'], profile: Partial<Profile>): ProfileState {
  const full = { version: 1, settings: { hours: { ...hours, days: [...hours.days] } }, pupils: [], staff: [], ...profile } as Profile;
  return {
    compiled: compileProfile(full),
    source,
    problems: [],
    profile: full,
    locked: [],
    managed: { status: source === 'managed' ? 'applied' : 'none', dropped: [], errors: [], notes: [] },
  };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

// A page guard never takes its send listeners off the window (by design): the test does, so each test has one guard.
const added: Array<[string, EventListenerOrEventListenerObject, boolean | AddEventListenerOptions | undefined]> = [];
const realAdd = window.addEventListener.bind(window);
afterEach(() => {
  for (const [type, listener, options] of added.splice(0)) window.removeEventListener(type, listener, options);
});

function startGuard(quick: ProfileState, full: Promise<ProfileState>) {
  document.body.innerHTML = readFileSync(join(import.meta.dirname, '../../fixtures/compose.html'), 'utf8');
  window.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
    added.push([type, listener, options]);
    realAdd(type, listener, options);
  }) as typeof window.addEventListener;
  const guard = new PageGuard({
    site: xSite,
    loadProfile: () => full,
    loadProfileQuick: async () => quick,
    watchProfile: () => () => undefined,
    contextValid: () => true,
  });
  guard.start();
  window.addEventListener = realAdd as typeof window.addEventListener;
  return guard;
}

/** Types into the pop-up's editor and clicks its send button; true when the guard held the click. */
function sendFromPopup(text: string): boolean {
  const dialog = document.querySelector('[role="dialog"]')!;
  const leaf = dialog.querySelector('[data-testid="tweetTextarea_0"] [data-text="true"]')!;
  leaf.textContent = text;
  const button = dialog.querySelector<HTMLElement>('[data-testid="tweetButton"]')!;
  const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  button.dispatchEvent(click);
  return click.defaultPrevented;
}

const flush = () => new Promise((r) => setTimeout(r, 0));

test('no local profile, no last good policy: held as loading until storage.managed answers', async () => {
  const full = deferred<ProfileState>();
  const guard = startGuard(state('default', {}), full.promise);
  await flush();
  expect(sendFromPopup('Well done Tamsin Okonkwo-Reyes')).toBe(true);
  expect(sendFromPopup('A harmless post about the school fair')).toBe(true);
  expect(guard.status()).toEqual({ state: 'error', detail: expect.stringMatching(/still loading/) });

  full.resolve(state('managed', { settings: { school: 'Managed Academy', hours: { ...hours, days: [...hours.days] } }, pupils: roster }));
  await flush();
  expect(guard.status().state).not.toBe('error');
  // The school's roster now decides: the pupil's full name is still held, a harmless post goes.
  expect(sendFromPopup('Well done Tamsin Okonkwo-Reyes')).toBe(true);
  expect(sendFromPopup('A harmless post about the school fair')).toBe(false);
});

test('a quick answer that knows the roster (last good school policy) is used at once', async () => {
  const full = deferred<ProfileState>();
  const guard = startGuard(state('managed', { pupils: roster }), full.promise);
  await flush();
  expect(guard.status().state).not.toBe('error');
  expect(sendFromPopup('A harmless post about the school fair')).toBe(false);
  expect(sendFromPopup('Well done Tamsin Okonkwo-Reyes')).toBe(true);
});

test('the built-in default answers once storage.managed has answered with no policy', async () => {
  const full = deferred<ProfileState>();
  const guard = startGuard(state('default', {}), full.promise);
  await flush();
  expect(sendFromPopup('A harmless post about the school fair')).toBe(true);
  full.resolve(state('default', {}));
  await flush();
  expect(guard.status().state).not.toBe('error');
  expect(sendFromPopup('A harmless post about the school fair')).toBe(false);
});
