// @vitest-environment happy-dom
/**
 * The engine module could not be loaded (a bad URL, the page's CSP, an
 * exception while it ran): nothing can be checked on this page, so every
 * send stays held and both the page's notice and the popup's status say
 * SafePost could not start its checks.
 */
import { expect, test, vi } from 'vitest';
import { engineBackedProfile, loadEngine } from '../../../../components/guard/engine-loader';
import { CHECKS_UNAVAILABLE } from '../../../../components/guard/engine-slot';
import { flush, sendFromPopup, startPageGuard } from '../../page-guard-fixture';

test('a module that fails to load holds every send and says SafePost could not start its checks', async () => {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const guard = startPageGuard(engineBackedProfile());
  await loadEngine('chrome-extension://safepost/content-modules/engine.js', async () => {
    throw new TypeError('Failed to fetch dynamically imported module');
  });
  await flush();

  expect(sendFromPopup('A harmless post about the school fair')).toBe(true);
  expect(document.querySelector('safepost-notice')?.shadowRoot?.textContent).toContain(CHECKS_UNAVAILABLE);
  expect(guard.status()).toEqual({ state: 'error', detail: expect.stringContaining(CHECKS_UNAVAILABLE) });
  expect(sendFromPopup('Another harmless post')).toBe(true);
  expect(logged).toHaveBeenCalledWith('SafePost: could not load its checks', expect.any(TypeError));
});
