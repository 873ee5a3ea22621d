/**
 * The request guard's page-world half on X (components/guard/request/page-world.ts):
 * wraps fetch and XMLHttpRequest before any of X's scripts run, so every
 * post-creating request (components/x/requests.ts) waits for SafePost's
 * verdict, in the page and in every worker it starts. Holds no extension API and nothing of the school profile: it
 * sends the draft through a private port and gets allow/hold back.
 */
import { offerPort } from '../components/guard/request/handshake';
import { installRequestGuard, portHooks } from '../components/guard/request/page-world';
import { xRequests } from '../components/x/requests';
import { X_MATCHES } from '../components/x/matches';
import workerPrelude from 'virtual:safepost-worker-prelude';

export default defineContentScript({
  matches: [...X_MATCHES],
  runAt: 'document_start',
  // Same-origin frames and about:blank frames can send X's requests too: the guard runs in each.
  allFrames: true,
  matchAboutBlank: true,
  world: 'MAIN',
  main() {
    // Workers the page starts run the same guard, built for them (components/x/worker-prelude.ts).
    installRequestGuard(xRequests, portHooks(offerPort()), globalThis, { workerPrelude });
  },
});
