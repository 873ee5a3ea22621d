/**
 * The compose guard on x.com / twitter.com (components/guard/page-guard.ts)
 * and the extension end of the request guard (components/guard/request/).
 * Kept small: everything X-specific is in components/x (xSite), decisions in
 * components/guard/gate.ts, the panel in components/panel.
 *
 * Runs at document_start: the request guard's private port is handed over
 * before any of X's scripts exist (components/guard/request/handshake.ts).
 * Only what holds sends is here; the engine, the profile store and the panel
 * are the engine module, imported after the first paint
 * (components/guard/engine-loader.ts). Until it is here every send is held as
 * "Loading your school's profile…".
 */
import { browser } from 'wxt/browser';
import { readImage } from '../../components/vision/client';
import { PageGuard } from '../../components/guard/page-guard';
import { GuardStatusRequestSchema } from '../../components/guard/status';
import { afterFirstPaint, ENGINE_MODULE_PATH, engineBackedProfile, loadEngine } from '../../components/guard/engine-loader';
import { acceptPort } from '../../components/guard/request/handshake';
import { serveVerdicts } from '../../components/guard/request/extension-end';
import { xSite } from '../../components/x';
import { X_MATCHES } from '../../components/x/matches';

function contextValid(): boolean {
  try {
    const runtime = (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime ?? browser.runtime;
    return Boolean(runtime?.id);
  } catch {
    return false;
  }
}

export default defineContentScript({
  matches: [...X_MATCHES],
  runAt: 'document_start',
  // Same-origin frames and about:blank frames can send X's requests too: the guard runs in each.
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    const guard = new PageGuard({
      site: xSite,
      // The profile (and audit counting) come through the engine module: "loading" until it is here.
      ...engineBackedProfile(),
      contextValid,
      // The text and the faces of each attached image, found on this computer by the image host.
      read: readImage,
    });
    // First, before anything asynchronous: the page-world script's port (this moment only).
    acceptPort((port) => serveVerdicts(port, guard.requests));
    guard.start();
    // WXT types getURL by the public/ folder; the module is added to the package by the build (wxt.config.ts).
    const moduleUrl = (browser.runtime.getURL as (path: string) => string)(ENGINE_MODULE_PATH);
    afterFirstPaint(() => void loadEngine(moduleUrl));
    // The popup asks the active tab how the guard is doing (components/popup/guard-status.ts).
    // Not through ctx: an orphaned script cannot answer anyway, and the popup then says so.
    // Only the top frame answers: the script also runs in X's frames (for their requests), whose guards see no composer.
    if (window.top === window) browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (sender.id !== browser.runtime.id || !GuardStatusRequestSchema.safeParse(message).success) return undefined;
      return Promise.resolve(guard.status());
    });
    // WXT's signal that this script is orphaned (extension updated/reloaded): close, never open.
    ctx.onInvalidated(() => guard.close());
  },
});
