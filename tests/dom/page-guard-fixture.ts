/**
 * A whole PageGuard on the fixture snapshot with the pop-up composer
 * (tests/dom/fixtures/compose.html), with the profile source given, and a
 * send from that pop-up as the teacher makes it. The guard's window
 * listeners are taken off after each test (a page guard never does so
 * itself), so each test has one guard.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { xSite } from '../../components/x';
import { PageGuard, type PageGuardOptions } from '../../components/guard/page-guard';
import type { ProfileSource } from '../../components/guard/page/profile-feed';
import { compileProfile, type Profile } from '../../rules';
import type { ProfileState } from '../../components/profile/store';

const hours = { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const, start: '00:00', end: '23:59', timezone: 'Europe/London' };
export const roster = [{ forename: 'Tamsin', surname: 'Okonkwo-Reyes', group: 'Year 4', photoConsent: true, nameConsent: true }];

/** A loaded profile of `source`, open all day every day (outside-hours never holds). */
export function profileState(source: ProfileState['source'], profile: Partial<Profile>): ProfileState {
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

export function allDay(): Profile['settings']['hours'] {
  return { ...hours, days: [...hours.days] };
}

export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const added: Array<[string, EventListenerOrEventListenerObject, boolean | AddEventListenerOptions | undefined]> = [];
const realAdd = window.addEventListener.bind(window);
afterEach(() => {
  for (const [type, listener, options] of added.splice(0)) window.removeEventListener(type, listener, options);
});

export function startPageGuard(source: ProfileSource & Pick<PageGuardOptions, 'audit'>): PageGuard {
  document.body.innerHTML = readFileSync(join(import.meta.dirname, 'fixtures', 'compose.html'), 'utf8');
  window.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
    added.push([type, listener, options]);
    realAdd(type, listener, options);
  }) as typeof window.addEventListener;
  const guard = new PageGuard({ site: xSite, contextValid: () => true, ...source });
  guard.start();
  window.addEventListener = realAdd as typeof window.addEventListener;
  return guard;
}

/** Types into the pop-up's editor and clicks its send button; true when the guard held the click. */
export function sendFromPopup(text: string): boolean {
  const dialog = document.querySelector('[role="dialog"]')!;
  const leaf = dialog.querySelector('[data-testid="tweetTextarea_0"] [data-text="true"]')!;
  leaf.textContent = text;
  const button = dialog.querySelector<HTMLElement>('[data-testid="tweetButton"]')!;
  const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  button.dispatchEvent(click);
  return click.defaultPrevented;
}

export const flush = () => new Promise((r) => setTimeout(r, 0));
