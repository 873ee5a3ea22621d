// @vitest-environment happy-dom
/**
 * The two-stage load (components/guard/engine-loader.ts): the content script
 * holds sends from document_start, and the engine module (rules, profile
 * store, panel) arrives after the first paint. Until it is here every send
 * is held as "loading" and the page's notice says so (there is no card yet);
 * once it is here the real engine checks and the card mounts.
 */
import { expect, test } from 'vitest';
import { engineBackedProfile, loadEngine } from '../../../../components/guard/engine-loader';
import { engine as realEngine } from '../../../../components/engine-module';
import type { GuardEngine } from '../../../../components/guard/engine-slot';
import { LOADING_PROFILE } from '../../../../components/guard/profile-readiness';
import { deferred, flush, profileState, roster, sendFromPopup, startPageGuard } from '../../page-guard-fixture';

const school = profileState('local', { pupils: roster });

function noticeText(): string {
  return document.querySelector('safepost-notice')?.shadowRoot?.textContent ?? '';
}

test('every send is held while the engine module loads, the page says so, then the real engine decides and the card mounts', async () => {
  const module = deferred<{ engine: GuardEngine }>();
  // The module as the browser's import() gives it, once it answers: the real engine, with the profile this page's storage would hold.
  const loading = loadEngine('chrome-extension://safepost/content-modules/engine.js', () => module.promise);
  const guard = startPageGuard(engineBackedProfile());
  await flush();

  expect(sendFromPopup('A harmless post about the school fair')).toBe(true);
  expect(noticeText()).toContain(LOADING_PROFILE);
  expect(document.querySelector('safepost-panel'), 'no card before the module brings the panel').toBeNull();
  expect(guard.status()).toEqual({ state: 'error', detail: expect.stringMatching(/still loading/) });

  module.resolve({ engine: { ...realEngine, loadProfileState: async () => school, watchProfileState: () => () => undefined } });
  await loading;
  await flush();
  await new Promise((r) => requestAnimationFrame(r));

  expect(guard.status().state).not.toBe('error');
  expect(sendFromPopup('Well done Tamsin Okonkwo-Reyes')).toBe(true);
  expect(sendFromPopup('A harmless post about the school fair')).toBe(false);
  expect(document.querySelector('safepost-panel')).not.toBeNull();
});
