// @vitest-environment happy-dom
/**
 * The first seconds after a browser start: the page guard gets a quick answer
 * (storage.local only) long before storage.managed answers. A quick answer
 * without a roster must not be used: the send is held as "loading" until the
 * managed read answers, then the school's profile decides.
 */
import { expect, test } from 'vitest';
import type { ProfileState } from '../../../../components/profile/store';
import { allDay, deferred, flush, profileState as state, roster, sendFromPopup, startPageGuard } from '../../page-guard-fixture';
// The real engine, installed as the content script's loader does (the guard reaches it through engine-slot.ts).
import '../../../fixtures/engine';

function startGuard(quick: ProfileState, full: Promise<ProfileState>) {
  return startPageGuard({ loadProfile: () => full, loadProfileQuick: async () => quick, watchProfile: () => () => undefined });
}

test('no local profile, no last good policy: held as loading until storage.managed answers', async () => {
  const full = deferred<ProfileState>();
  const guard = startGuard(state('default', {}), full.promise);
  await flush();
  expect(sendFromPopup('Well done Tamsin Okonkwo-Reyes')).toBe(true);
  expect(sendFromPopup('A harmless post about the school fair')).toBe(true);
  expect(guard.status()).toEqual({ state: 'error', detail: expect.stringMatching(/still loading/) });

  full.resolve(state('managed', { settings: { school: 'Managed Academy', hours: allDay() }, pupils: roster }));
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
