/**
 * The request guard's page-world half on X (components/guard/request/page-world.ts):
 * wraps fetch and XMLHttpRequest before any of X's scripts run, so every
 * post-creating request (components/x/requests.ts) waits for SafePost's
 * verdict. Holds no extension API and nothing of the school profile: it
 * sends the draft through a private port and gets allow/hold back.
 */
import { offerPort } from '../components/guard/request/handshake';
import { installRequestGuard, portHooks } from '../components/guard/request/page-world';
import { xRequests } from '../components/x/requests';
import { X_MATCHES } from '../components/x/matches';

export default defineContentScript({
  matches: [...X_MATCHES],
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    installRequestGuard(xRequests, portHooks(offerPort()));
  },
});
