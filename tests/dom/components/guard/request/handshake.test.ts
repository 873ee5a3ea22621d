// @vitest-environment happy-dom
/**
 * The port handover (components/guard/request/handshake.ts): whichever of
 * the two document_start scripts runs first, the content script ends up with
 * the page-world script's port; a page script (present once the document has
 * a script element) can neither obtain a port nor hand the content script one.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { Window as HappyWindow } from 'happy-dom';
import { acceptPort, offerPort } from '../../../../../components/guard/request/handshake';
import { HELLO_EVENT, PORT_EVENT } from '../../../../../components/guard/request/protocol';

const opened: MessagePort[] = [];
afterEach(() => {
  for (const p of opened.splice(0)) p.close();
});

/** A fresh page at document_start: still loading, no script element yet. */
function startingPage(): Window {
  const win = new HappyWindow({ url: 'https://x.com/home' }) as unknown as Window;
  Object.defineProperty(win.document, 'readyState', { configurable: true, get: () => 'loading' });
  return win;
}
let window: Window;
let document: Document;
let MessageEvent: typeof globalThis.MessageEvent;
let Event: typeof globalThis.Event;
beforeEach(() => {
  window = startingPage();
  document = window.document;
  MessageEvent = (window as unknown as { MessageEvent: typeof globalThis.MessageEvent }).MessageEvent;
  Event = (window as unknown as { Event: typeof globalThis.Event }).Event;
});

/** Does a message sent on `from` arrive on `to`? */
async function connected(from: MessagePort, to: MessagePort): Promise<boolean> {
  const got = new Promise<boolean>((resolve) => {
    to.onmessage = (e) => resolve(e.data === 'ping');
    setTimeout(() => resolve(false), 200);
  });
  from.postMessage('ping');
  return got;
}

test('page-world script first: the content script says hello and gets the port', async () => {
  const mine = offerPort(window);
  let theirs: MessagePort | undefined;
  acceptPort((p) => (theirs = p), window);
  expect(theirs).toBeDefined();
  opened.push(mine, theirs!);
  expect(await connected(mine, theirs!)).toBe(true);
});

test('content script first: the page-world script hands its port over at once', async () => {
  let theirs: MessagePort | undefined;
  acceptPort((p) => (theirs = p), window);
  const mine = offerPort(window);
  expect(theirs).toBeDefined();
  opened.push(mine, theirs!);
  expect(await connected(mine, theirs!)).toBe(true);
});

test('a page script saying hello later gets no port', () => {
  offerPort(window); // nobody took it yet
  document.head.append(Object.assign(document.createElement('script'), { src: '/app.js' }));
  const stolen = vi.fn();
  window.addEventListener(PORT_EVENT, stolen, true);
  window.dispatchEvent(new Event(HELLO_EVENT));
  expect(stolen).not.toHaveBeenCalled();
  window.removeEventListener(PORT_EVENT, stolen, true);
});

test('the content script takes one port only, and none offered by a page script', () => {
  const ports: MessagePort[] = [];
  acceptPort((p) => ports.push(p), window);
  const first = offerPort(window);
  const second = new MessageChannel();
  window.dispatchEvent(new MessageEvent(PORT_EVENT, { ports: [second.port2], cancelable: true }));
  expect(ports).toHaveLength(1);
  opened.push(first, ...ports, second.port1, second.port2);
});

test('before the page-world script: once the page has a script, an offered port is refused', () => {
  const ports: MessagePort[] = [];
  acceptPort((p) => ports.push(p), window);
  document.head.append(document.createElement('script'));
  const fake = new MessageChannel();
  const taken = !window.dispatchEvent(new MessageEvent(PORT_EVENT, { ports: [fake.port2], cancelable: true }));
  expect(taken).toBe(false);
  expect(ports).toEqual([]);
  opened.push(fake.port1, fake.port2);
});
