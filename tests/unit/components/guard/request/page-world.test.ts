/**
 * The request guard's page-world half (components/guard/request/page-world.ts)
 * in Node, on a stand-in window: fetch and a minimal XMLHttpRequest that
 * record what really goes out. A held post must never reach the real
 * transport; an allowed one reaches it once, unchanged.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { installRequestGuard, portHooks, type PageGuardHooks } from '../../../../../components/guard/request/page-world';
import { VERDICT_TIMEOUT_MS, type CheckMessage } from '../../../../../components/guard/request/protocol';
import { xRequests } from '../../../../../components/x/requests';

const POST_URL = 'https://x.com/i/api/graphql/abc/CreateTweet';
const body = (text: string, mediaIds: string[] = []) =>
  JSON.stringify({ variables: { tweet_text: text, media: { media_entities: mediaIds.map((media_id) => ({ media_id })) } }, queryId: 'abc' });

/** Every stand-in window gets its own XHR class: installing the guard patches its prototype. */
const sentByXhr: { url: string; body: unknown }[] = [];
const makeXhr = () => class FakeXhr extends EventTarget {
  static sent = sentByXhr;
  readyState = 0;
  status = 0;
  responseType = '';
  responseText = '';
  url = '';
  open(_method: string, url: string) {
    this.url = url;
    this.readyState = 1;
  }
  send(b: unknown) {
    FakeXhr.sent.push({ url: this.url, body: b });
  }
  abort() {}
};
type FakeXhr = InstanceType<ReturnType<typeof makeXhr>>;
const FakeXhr = { get sent() { return sentByXhr; }, set sent(v: typeof sentByXhr) { sentByXhr.length = 0; sentByXhr.push(...v); } };

function fakeWindow() {
  const calls: unknown[][] = [];
  const realFetch = vi.fn(async (...args: unknown[]) => {
    calls.push(args);
    return new Response('{"media_id_string":"77"}', { status: 200 });
  });
  const win = {
    fetch: realFetch,
    Request,
    Response,
    TypeError,
    Promise,
    setTimeout,
    clearTimeout,
    XMLHttpRequest: makeXhr(),
    EventTarget,
    ProgressEvent: Event,
    Event,
    TextDecoder,
    URLSearchParams,
    Blob,
    ArrayBuffer,
    FormData,
    WeakMap,
    Set,
    String,
    console,
  } as unknown as typeof globalThis;
  return { win, calls, realFetch };
}

type Asked = { post: CheckMessage['post']; mediaSeen: boolean[]; answer: (allow: boolean) => void };
function recordingHooks(): { hooks: PageGuardHooks; asked: Asked[] } {
  const asked: Asked[] = [];
  return { asked, hooks: { ask: (post, mediaSeen, answer) => asked.push({ post, mediaSeen, answer }) } };
}

beforeEach(() => {
  FakeXhr.sent = [];
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

test('other requests go straight out, without asking', async () => {
  const { win, calls } = fakeWindow();
  const { hooks, asked } = recordingHooks();
  installRequestGuard(xRequests, hooks, win);
  await win.fetch('https://x.com/i/api/graphql/abc/HomeTimeline', { method: 'POST', body: '{}' });
  await win.fetch(POST_URL); // GET
  expect(calls).toHaveLength(2);
  expect(asked).toHaveLength(0);
});

test('only media uploads have their answer read; other responses are left alone', async () => {
  const clone = vi.spyOn(Response.prototype, 'clone');
  const { win } = fakeWindow();
  installRequestGuard(xRequests, recordingHooks().hooks, win);
  await win.fetch('https://x.com/i/api/graphql/abc/HomeTimeline', { method: 'POST', body: '{}' });
  await new Promise((r) => setTimeout(r, 0));
  expect(clone).not.toHaveBeenCalled();
  await win.fetch('https://upload.x.com/i/media/upload.json?command=INIT', { method: 'POST' });
  expect(clone).toHaveBeenCalledTimes(1);
});

test('fetch: the post waits for the verdict; allowed, it goes out once with the same arguments', async () => {
  const { win, calls } = fakeWindow();
  const { hooks, asked } = recordingHooks();
  installRequestGuard(xRequests, hooks, win);
  const init = { method: 'POST', body: body('Hello Year 4'), headers: { 'x-csrf-token': 't' } };
  const pending = win.fetch(POST_URL, init);
  await vi.waitFor(() => expect(asked).toHaveLength(1));
  expect(calls).toHaveLength(0);
  expect(asked[0]!.post).toMatchObject({ operation: 'CreateTweet', text: 'Hello Year 4' });
  asked[0]!.answer(true);
  await pending;
  expect(calls).toEqual([[POST_URL, init]]);
});

test('fetch: held, it rejects with the TypeError of a network failure and never goes out', async () => {
  const { win, calls } = fakeWindow();
  const { hooks, asked } = recordingHooks();
  installRequestGuard(xRequests, hooks, win);
  const pending = win.fetch(POST_URL, { method: 'POST', body: body('Call 07700 900123') });
  await vi.waitFor(() => expect(asked).toHaveLength(1));
  asked[0]!.answer(false);
  await expect(pending).rejects.toThrow(new TypeError('Failed to fetch'));
  expect(calls).toHaveLength(0);
});

test('fetch: a Request object is read from a copy and sent as it was', async () => {
  const { win, calls } = fakeWindow();
  const { hooks, asked } = recordingHooks();
  installRequestGuard(xRequests, hooks, win);
  const request = new Request(POST_URL, { method: 'POST', body: body('From a Request') });
  const pending = win.fetch(request);
  await vi.waitFor(() => expect(asked).toHaveLength(1));
  expect(asked[0]!.post).toMatchObject({ text: 'From a Request' });
  asked[0]!.answer(true);
  await pending;
  expect(calls[0]![0]).toBe(request);
  expect(await (calls[0]![0] as Request).text()).toBe(body('From a Request'));
});

test('no answer in time is a hold', async () => {
  vi.useFakeTimers();
  const { win, calls } = fakeWindow();
  const { hooks, asked } = recordingHooks();
  installRequestGuard(xRequests, hooks, win);
  const pending = win.fetch(POST_URL, { method: 'POST', body: body('Nobody answers') });
  const outcome = pending.then(() => 'sent', (e: Error) => e.message);
  await vi.advanceTimersByTimeAsync(VERDICT_TIMEOUT_MS + 1);
  expect(await outcome).toBe('Failed to fetch');
  expect(asked).toHaveLength(1);
  // A late allow changes nothing.
  asked[0]!.answer(true);
  expect(calls).toHaveLength(0);
});

test('a body SafePost cannot read (a stream) is asked about as unreadable, so it is held', async () => {
  const { win } = fakeWindow();
  const { hooks, asked } = recordingHooks();
  installRequestGuard(xRequests, hooks, win);
  void win.fetch(POST_URL, { method: 'POST', body: new ReadableStream(), duplex: 'half' } as RequestInit).catch(() => {});
  await vi.waitFor(() => expect(asked).toHaveLength(1));
  expect(asked[0]!.post).toMatchObject({ operation: 'CreateTweet', unreadable: expect.any(String) });
});

test('media ids are marked seen only when this page uploaded them', async () => {
  const { win } = fakeWindow();
  const { hooks, asked } = recordingHooks();
  installRequestGuard(xRequests, hooks, win);
  // The page posts the moment it has the upload's answer, before SafePost has read its own copy of it.
  const answer = await win.fetch('https://upload.x.com/i/media/upload.json?command=INIT', { method: 'POST' });
  expect((await answer.json()).media_id_string).toBe('77');
  void win.fetch(POST_URL, { method: 'POST', body: body('Two photos', ['77', '88']) });
  await vi.waitFor(() => expect(asked).toHaveLength(1));
  expect(asked[0]!.mediaSeen).toEqual([true, false]);
});

test('XHR: allowed, the real send runs once with the same body; held, it fails like a network error', async () => {
  const { win } = fakeWindow();
  const { hooks, asked } = recordingHooks();
  installRequestGuard(xRequests, hooks, win);
  const XHR = win.XMLHttpRequest as unknown as ReturnType<typeof makeXhr>;

  const ok = new XHR();
  ok.open('POST', POST_URL);
  ok.send(body('Clean'));
  await vi.waitFor(() => expect(asked).toHaveLength(1));
  expect(FakeXhr.sent).toEqual([]);
  asked[0]!.answer(true);
  expect(FakeXhr.sent).toEqual([{ url: POST_URL, body: body('Clean') }]);

  const held = new XHR();
  const events: string[] = [];
  for (const type of ['readystatechange', 'error', 'loadend', 'load']) held.addEventListener(type, () => events.push(type));
  held.open('POST', POST_URL);
  held.send(body('Risky'));
  await vi.waitFor(() => expect(asked).toHaveLength(2));
  asked[1]!.answer(false);
  expect(events).toEqual(['readystatechange', 'error', 'loadend']);
  expect([held.readyState, held.status]).toEqual([4, 0]);
  expect(FakeXhr.sent).toHaveLength(1);
});

test('XHR: a synchronous post cannot wait, so it throws like a failed sync request', () => {
  const { win } = fakeWindow();
  installRequestGuard(xRequests, recordingHooks().hooks, win);
  const xhr = new (win.XMLHttpRequest as unknown as ReturnType<typeof makeXhr>)();
  (xhr.open as (m: string, u: string, a: boolean) => void)('POST', POST_URL, false);
  expect(() => xhr.send(body('sync'))).toThrow(/held/);
  expect(FakeXhr.sent).toEqual([]);
});

test('portHooks: only a verdict for a pending id counts, and only allow === true allows', async () => {
  const { port1, port2 } = new MessageChannel();
  const hooks = portHooks(port1);
  const checks: CheckMessage[] = [];
  port2.onmessage = (e) => checks.push(e.data);
  const answers: boolean[] = [];
  hooks.ask({ operation: 'CreateTweet', kind: 'post', text: 'a', reply: false, quote: false, mediaIds: [] }, [], (a) => answers.push(a));
  await vi.waitFor(() => expect(checks).toHaveLength(1));
  port2.postMessage({ type: 'verdict', id: 999, allow: true }); // nobody asked
  port2.postMessage({ type: 'verdict', id: checks[0]!.id, allow: 'yes' });
  port2.postMessage({ type: 'verdict', id: checks[0]!.id, allow: true }); // already answered
  await vi.waitFor(() => expect(answers).toEqual([false]));
  await new Promise((r) => setTimeout(r, 20));
  expect(answers).toEqual([false]);
  port1.close();
  port2.close();
});

test('an operation SafePost does not know: only ids, flags and numbers go out at once; typed words are asked about', async () => {
  const { win, calls } = fakeWindow();
  const { hooks, asked } = recordingHooks();
  installRequestGuard(xRequests, hooks, win);
  const url = 'https://x.com/i/api/graphql/abc/SomethingNewMutation';
  await win.fetch(url, { method: 'POST', body: JSON.stringify({ variables: { tweet_id: '1790000000000000001', enabled: true, count: 3 }, features: { flag: true } }) });
  expect(calls).toHaveLength(1);
  expect(asked).toHaveLength(0);
  void win.fetch(url, { method: 'POST', body: JSON.stringify({ variables: { tweet_id: '1790000000000000001', words: 'Ring 07700 900123' } }) }).catch(() => {});
  await vi.waitFor(() => expect(asked).toHaveLength(1));
  expect(asked[0]!.post).toMatchObject({ operation: 'SomethingNewMutation', kind: 'unknown', text: 'Ring 07700 900123' });
  expect(calls).toHaveLength(1);
});

test('a Blob body is read and sent as it was', async () => {
  const { win, calls } = fakeWindow();
  const { hooks, asked } = recordingHooks();
  installRequestGuard(xRequests, hooks, win);
  const blob = new Blob([body('From a Blob')], { type: 'text/plain' });
  const pending = win.fetch(POST_URL, { method: 'POST', body: blob });
  await vi.waitFor(() => expect(asked).toHaveLength(1));
  expect(asked[0]!.post).toMatchObject({ text: 'From a Blob' });
  asked[0]!.answer(true);
  await pending;
  expect((calls[0]![1] as RequestInit).body).toBe(blob);
});

/** A stand-in window with navigator.sendBeacon recording what really goes out. */
function withBeacon(win: typeof globalThis) {
  const beacons: unknown[][] = [];
  class Navigator {
    sendBeacon(...args: unknown[]) {
      beacons.push(args);
      return true;
    }
  }
  Object.assign(win, { Navigator, navigator: new Navigator() });
  return beacons;
}

test('sendBeacon: harmless beacons go out at once; a post is queued, sent once allowed and dropped when held', async () => {
  const { win } = fakeWindow();
  const beacons = withBeacon(win);
  const { hooks, asked } = recordingHooks();
  installRequestGuard(xRequests, hooks, win);
  expect(win.navigator.sendBeacon('https://x.com/i/api/1.1/jot/client_event.json', 'log=1')).toBe(true);
  expect(beacons).toHaveLength(1);

  expect(win.navigator.sendBeacon(POST_URL, body('Clean beacon'))).toBe(true);
  expect(win.navigator.sendBeacon(POST_URL, body('Ring 07700 900123'))).toBe(true);
  await vi.waitFor(() => expect(asked).toHaveLength(2));
  expect(beacons).toHaveLength(1);
  asked[0]!.answer(true);
  asked[1]!.answer(false);
  expect(beacons).toEqual([['https://x.com/i/api/1.1/jot/client_event.json', 'log=1'], [POST_URL, body('Clean beacon')]]);
});

test('a same-origin frame reached through contentWindow is guarded before the page can use its fetch', async () => {
  const parent = fakeWindow();
  const child = fakeWindow();
  (child.win as unknown as { document: object }).document = {};
  class HTMLIFrameElement {
    get contentWindow() {
      return child.win;
    }
  }
  Object.assign(parent.win, { HTMLIFrameElement });
  const { hooks, asked } = recordingHooks();
  installRequestGuard(xRequests, hooks, parent.win);
  const frameWindow = new HTMLIFrameElement().contentWindow;
  const pending = frameWindow.fetch(POST_URL, { method: 'POST', body: body('Call 07700 900123') });
  await vi.waitFor(() => expect(asked).toHaveLength(1));
  asked[0]!.answer(false);
  await expect(pending).rejects.toThrow('Failed to fetch');
  expect(child.calls).toHaveLength(0);
});
