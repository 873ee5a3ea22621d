/**
 * Hands the page end of a MessageChannel from the page-world script to the
 * content script, so that no page script can hold either end.
 *
 * Both scripts run at document_start, before any script of the page exists,
 * and both run synchronously in that one moment (the browser injects all
 * document_start scripts in turn, page-world and isolated alike). The port
 * travels in a MessageEvent dispatched on window: dispatchEvent is
 * synchronous, so the handover is over before the page's first script is
 * even parsed. The receiving side cancels the event (preventDefault), which
 * dispatchEvent reports back synchronously: that is how the page-world
 * script knows its port found the content script, and from then on it hands
 * out nothing more.
 *
 * Whichever script runs second completes the handover: the page-world
 * script dispatches its port at once; the content script, on start, says
 * hello, which makes a page-world script that ran first dispatch again.
 *
 * Why not window.postMessage or a CustomEvent with a secret: both are
 * observable by any listener the page adds, and postMessage is delivered
 * later, when page scripts may already be listening. A port held in two
 * closures is never reachable from the page, and a message can only arrive
 * on one end from the other: a page script cannot forge an "allow".
 */
import { HELLO_EVENT, PORT_EVENT } from './protocol';

/**
 * Page world: create the channel and hand its far end over. Returns our end,
 * already ours even if the content script has not taken its end yet.
 *
 * A hello is honoured only while the page has no script element: a page
 * script saying hello later cannot obtain a port.
 */
export function offerPort(win: Window = window): MessagePort {
  const { port1, port2 } = new MessageChannel();
  const dispatch = win.dispatchEvent.bind(win);
  const MessageEventCtor = (win as unknown as { MessageEvent: typeof MessageEvent }).MessageEvent;
  const taken = () => !dispatch(new MessageEventCtor(PORT_EVENT, { ports: [port2], cancelable: true }));
  if (taken()) return port1;
  const doc = win.document;
  const onHello = () => {
    win.removeEventListener(HELLO_EVENT, onHello, true);
    if (doc.scripts.length > 0) return; // a page script exists: never hand the port to it
    taken();
  };
  win.addEventListener(HELLO_EVENT, onHello, true);
  return port1;
}

/**
 * Content script: take the first port the page-world script offers. Only
 * one port is ever accepted, and only before the page has any script.
 */
export function acceptPort(onPort: (port: MessagePort) => void, win: Window = window): void {
  let accepted = false;
  const doc = win.document;
  const onPortEvent = (event: Event) => {
    const port = (event as MessageEvent).ports?.[0];
    if (accepted || !port) return;
    if (doc.scripts.length > 0) return; // too late: only the page could be offering now
    accepted = true;
    event.preventDefault();
    event.stopImmediatePropagation();
    win.removeEventListener(PORT_EVENT, onPortEvent, true);
    onPort(port);
  };
  win.addEventListener(PORT_EVENT, onPortEvent, true);
  win.dispatchEvent(new Event(HELLO_EVENT));
  // After the page has started, nothing more is accepted.
  const stop = () => win.removeEventListener(PORT_EVENT, onPortEvent, true);
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', stop, { once: true });
  else stop();
}
