/**
 * The request guard, page-world half: wraps every way the page can send a
 * request body (fetch, XMLHttpRequest, navigator.sendBeacon, form
 * submission), in its own window and in every same-origin frame or
 * about:blank window it reaches (through contentWindow, contentDocument or
 * window.open), so that every request that may publish words (the site
 * adapter's RequestShapes says which) waits for SafePost's verdict. Allowed: the request goes out exactly
 * as the page made it. Held, or no verdict in time: it fails the way a
 * network error does (fetch rejects with a TypeError, XHR fires "error", a
 * beacon is dropped, a form does not navigate), so the site keeps the draft
 * and the teacher can fix it.
 *
 * Workers the page starts (Worker, SharedWorker) run the same guard inside
 * them, asking this one (workers.ts).
 *
 * Runs at document_start, before the page's scripts: the functions it uses
 * later are captured now, so a page script that replaces a built-in
 * afterwards cannot change what this code does. Verdicts come only through
 * the private port (handshake.ts); nothing the page can dispatch reaches the
 * decision.
 *
 * No extension APIs here (this is the page's world) and nothing of the
 * school profile: only the draft leaves, only allow/hold comes back.
 */
import type { OutgoingPost, RequestShapes, UnreadablePost } from '../../site/requests';
import { VERDICT_TIMEOUT_MS, verdictLine } from './protocol';
import { guardWorkerConstructors } from './workers';

export interface RequestGuardOptions {
  /**
   * The request guard's code bundled for workers (components/x/worker-prelude.ts, built by
   * wxt.config.ts): with it, every worker the page starts is guarded too.
   */
  workerPrelude?: string;
  /** Inside a worker: the page script's own address, the base of its relative URLs. */
  baseUrl?: string;
}

export interface PageGuardHooks {
  /** Ask for a verdict; `answer` is called exactly once (hold on timeout). */
  ask(post: OutgoingPost | UnreadablePost, mediaSeen: boolean[], answer: (allow: boolean) => void): void;
}

/** A built-in property getter, captured (a page can shadow form.action with an input named "action"). */
function getter(win: typeof globalThis, ctor: string, prop: string): ((this: unknown) => unknown) | undefined {
  const proto = (win as unknown as Record<string, { prototype?: object } | undefined>)[ctor]?.prototype;
  return proto ? Object.getOwnPropertyDescriptor(proto, prop)?.get : undefined;
}

/** Built-ins captured before any page script runs. */
function primordials(win: typeof globalThis) {
  const apply = Reflect.apply;
  const XHR = win.XMLHttpRequest;
  return {
    apply,
    fetch: win.fetch,
    Request: win.Request,
    TypeError: win.TypeError,
    Promise: win.Promise,
    setTimeout: win.setTimeout.bind(win),
    clearTimeout: win.clearTimeout.bind(win),
    defineProperty: Object.defineProperty,
    requestClone: win.Request?.prototype.clone,
    requestText: win.Request?.prototype.text,
    responseClone: win.Response?.prototype.clone,
    responseText: win.Response?.prototype.text,
    promiseThen: win.Promise.prototype.then,
    xhrOpen: XHR?.prototype.open,
    xhrSend: XHR?.prototype.send,
    xhrAbort: XHR?.prototype.abort,
    xhrAddEventListener: win.EventTarget.prototype.addEventListener,
    dispatchEvent: win.EventTarget.prototype.dispatchEvent,
    ProgressEvent: win.ProgressEvent,
    Event: win.Event,
    TextDecoder: win.TextDecoder,
    URLSearchParams: win.URLSearchParams,
    Blob: win.Blob,
    blobText: win.Blob?.prototype.text,
    ArrayBuffer: win.ArrayBuffer,
    isView: win.ArrayBuffer.isView,
    FormData: win.FormData,
    WeakMap: win.WeakMap,
    weakGet: win.WeakMap.prototype.get,
    weakSet: win.WeakMap.prototype.set,
    setAdd: win.Set.prototype.add,
    setHas: win.Set.prototype.has,
    String: win.String,
    consoleWarn: win.console.warn.bind(win.console),
    sendBeacon: (win as { Navigator?: typeof Navigator }).Navigator?.prototype.sendBeacon,
    formSubmit: (win as { HTMLFormElement?: typeof HTMLFormElement }).HTMLFormElement?.prototype.submit,
    formAction: getter(win, 'HTMLFormElement', 'action'),
    formMethod: getter(win, 'HTMLFormElement', 'method'),
    getAttribute: (win as { Element?: typeof Element }).Element?.prototype.getAttribute,
    URL: win.URL,
    windowOpen: (win as { open?: typeof open }).open,
  };
}
type P = ReturnType<typeof primordials>;

/** A request body as text, or undefined when it cannot be read as text (a stream…): held. */
function bodyText(p: P, body: unknown, done: (text: string | undefined) => void): void {
  if (body === undefined || body === null) return done('');
  if (typeof body === 'string') return done(body);
  if (body instanceof p.Promise) {
    // A Request's body, read from its copy.
    p.apply(p.promiseThen, body, [(t: unknown) => done(typeof t === 'string' ? t : undefined), () => done(undefined)]);
    return;
  }
  if (body instanceof p.URLSearchParams) return done(p.String(body));
  if (p.Blob && body instanceof p.Blob) {
    p.apply(p.promiseThen, p.apply(p.blobText, body, []), [done, () => done(undefined)]);
    return;
  }
  if (body instanceof p.ArrayBuffer || p.isView(body)) {
    try {
      return done(new p.TextDecoder().decode(body as ArrayBuffer));
    } catch {
      return done(undefined);
    }
  }
  if (p.FormData && body instanceof p.FormData) {
    // Form fields as a query string: the shapes read both.
    try {
      const params = new p.URLSearchParams();
      for (const [key, value] of body as FormData) if (typeof value === 'string') params.append(key, value);
      return done(p.String(params));
    } catch {
      return done(undefined);
    }
  }
  done(undefined);
}

export function installRequestGuard(shapes: RequestShapes, hooks: PageGuardHooks, win: typeof globalThis = globalThis, options: RequestGuardOptions = {}): void {
  const guarded = new WeakSet<object>();
  const install = (target: typeof globalThis) => {
    if (guarded.has(target)) return;
    guarded.add(target);
    guardWindow(shapes, hooks, options, target, (child) => {
      try {
        // Same-origin only: reading a cross-origin frame's document throws (its own scripts guard it).
        if (child && child.document && !guarded.has(child)) install(child);
      } catch {
        // cross-origin: SafePost's scripts run in it on their own when it is an X page
      }
    });
  };
  install(win);
}

/** Installs the guard in one window; `adopt` guards a frame or opened window it hands out. */
function guardWindow(shapes: RequestShapes, hooks: PageGuardHooks, options: RequestGuardOptions, win: typeof globalThis, adopt: (child: typeof globalThis | null | undefined) => void): void {
  const p = primordials(win);
  /** Media ids whose upload this page made: the extension checked those images (or holds). */
  const seenMedia = new Set<string>();
  const noteUpload = (url: string, method: string, responseText: string) => {
    try {
      const id = shapes.uploadedMediaId?.(url, method, responseText);
      if (id) p.apply(p.setAdd, seenMedia, [id]);
    } catch {
      // An upload we cannot read leaves its id unseen: a post naming it is held.
    }
  };

  /**
   * Uploads whose answer is still being read. The page reads its own copy of
   * the answer and may post before ours is read: a post waits for them, so a
   * media id it just received counts as seen.
   */
  let uploadsInFlight = 0;
  let uploadWaiters: (() => void)[] = [];
  const uploadStarted = () => {
    uploadsInFlight++;
  };
  const uploadSettled = () => {
    uploadsInFlight = Math.max(0, uploadsInFlight - 1);
    if (uploadsInFlight > 0) return;
    const waiters = uploadWaiters;
    uploadWaiters = [];
    for (const w of waiters) w();
  };
  const whenUploadsSettled = (then: () => void) => {
    if (uploadsInFlight === 0) then();
    else uploadWaiters[uploadWaiters.length] = then;
  };

  /**
   * An unknown operation whose text body carries no word a person typed (only ids, flags,
   * numbers): it goes out at once, without a timer, a promise or a question. X's own
   * housekeeping under names SafePost does not know must not wait.
   */
  const nothingTyped = (operation: string, body: unknown): boolean => {
    if (typeof body !== 'string') return false;
    try {
      const post = shapes.readPost(operation, body);
      return !('unreadable' in post) && post.kind === 'unknown' && post.text.trim() === '';
    } catch {
      return false;
    }
  };

  /** Read, ask, decide: `go` or `fail` is called exactly once (a hold when no answer comes in time). */
  const guard = (operation: string, body: unknown, go: () => void, fail: () => void) => {
    let settled = false;
    const timer = p.setTimeout(() => settle(false), VERDICT_TIMEOUT_MS);
    function settle(allow: boolean) {
      if (settled) return;
      settled = true;
      p.clearTimeout(timer);
      if (allow === true) go();
      else {
        p.consoleWarn(`SafePost held a ${operation} request: see SafePost's panel or notice on the page.`);
        fail();
      }
    }
    bodyText(p, body, (text) => {
      const post: OutgoingPost | UnreadablePost =
        text === undefined ? { operation, kind: 'post', unreadable: 'its body is not text SafePost can read' } : shapes.readPost(operation, text);
      // An operation SafePost does not know, carrying no word a person typed (only ids, flags, numbers): nothing to check.
      if (!('unreadable' in post) && post.kind === 'unknown' && post.text.trim() === '') return settle(true);
      const ask = () => {
        const mediaSeen = 'mediaIds' in post ? post.mediaIds.map((id) => p.apply(p.setHas, seenMedia, [id]) as boolean) : [];
        try {
          hooks.ask(post, mediaSeen, settle);
        } catch {
          settle(false);
        }
      };
      if ('mediaIds' in post && post.mediaIds.length > 0) whenUploadsSettled(ask);
      else ask();
    });
  };

  // fetch
  if (p.fetch) {
    const guardedFetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
      let url: string;
      let method: string;
      try {
        const isRequest = p.Request && input instanceof p.Request;
        url = isRequest ? (input as Request).url : p.String(input);
        method = p.String(init?.method ?? (isRequest ? (input as Request).method : 'GET'));
      } catch {
        return p.apply(p.fetch, this ?? win, [input, init]) as Promise<Response>;
      }
      const operation = shapes.postOperation(url, method);
      if (operation && init && nothingTyped(operation, init.body)) return p.apply(p.fetch, this ?? win, [input, init]) as Promise<Response>;
      if (!operation) {
        const response = p.apply(p.fetch, this ?? win, [input, init]) as Promise<Response>;
        // Only media uploads have their answer read (from a copy): every other response is left alone.
        if (shapes.uploadedMediaId && shapes.isMediaUpload?.(url, method)) {
          uploadStarted();
          p.apply(p.promiseThen, response, [
            (r: Response) => {
              try {
                const copy = p.apply(p.responseClone, r, []) as Response;
                p.apply(p.promiseThen, p.apply(p.responseText, copy, []), [
                  (t: string) => {
                    noteUpload(url, method, t);
                    uploadSettled();
                  },
                  uploadSettled,
                ]);
              } catch {
                uploadSettled();
              }
            },
            uploadSettled,
          ]);
        }
        return response;
      }
      return new p.Promise<Response>((resolve, reject) => {
        const go = () => resolve(p.apply(p.fetch, this ?? win, [input, init]) as Promise<Response>);
        const fail = () => reject(new p.TypeError('Failed to fetch'));
        if (init && 'body' in init && init.body !== undefined) return guard(operation, init.body, go, fail);
        if (p.Request && input instanceof p.Request) {
          // The request's own body, read from a copy: the original goes out untouched.
          let copy: Request;
          try {
            copy = p.apply(p.requestClone, input, []) as Request;
          } catch {
            return fail();
          }
          return guard(operation, p.apply(p.requestText, copy, []) as Promise<string>, go, fail);
        }
        guard(operation, undefined, go, fail);
      });
    };
    win.fetch = guardedFetch as typeof fetch;
  }

  // XMLHttpRequest: open() remembers the target, send() waits for the verdict.
  const XHR = win.XMLHttpRequest;
  if (XHR && p.xhrOpen && p.xhrSend) {
    const targets = new p.WeakMap<XMLHttpRequest, { url: string; method: string; async: boolean; aborted?: boolean }>();
    const proto = XHR.prototype;
    proto.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
      const async = rest.length === 0 || rest[0] !== false;
      p.apply(p.weakSet, targets, [this, { url: p.String(url), method: p.String(method), async }]);
      return p.apply(p.xhrOpen, this, [method, url, ...rest]);
    } as typeof proto.open;
    proto.abort = function (this: XMLHttpRequest) {
      const target = p.apply(p.weakGet, targets, [this]) as { aborted?: boolean } | undefined;
      if (target) target.aborted = true;
      return p.apply(p.xhrAbort, this, []);
    };
    proto.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      const target = p.apply(p.weakGet, targets, [this]) as { url: string; method: string; async: boolean; aborted?: boolean } | undefined;
      const found = target ? shapes.postOperation(target.url, target.method) : undefined;
      const operation = found && !nothingTyped(found, body) ? found : undefined;
      if (!target || !operation) {
        if (target && shapes.uploadedMediaId && shapes.isMediaUpload?.(target.url, target.method)) {
          const xhr = this;
          uploadStarted();
          p.apply(p.xhrAddEventListener, xhr, [
            'loadend',
            () => {
              try {
                if (xhr.status >= 200 && xhr.status < 300) {
                  if (xhr.responseType === '' || xhr.responseType === 'text') noteUpload(target.url, target.method, xhr.responseText);
                  else if (xhr.responseType === 'json') noteUpload(target.url, target.method, JSON.stringify(xhr.response));
                }
              } catch {
                // unreadable upload answer: its id stays unseen
              }
              uploadSettled();
            },
          ]);
        }
        return p.apply(p.xhrSend, this, [body]);
      }
      if (!target.async) {
        // A synchronous send cannot wait for an answer: hold it the way a failed sync XHR fails.
        throw new DOMException('SafePost held this post (synchronous request)', 'NetworkError');
      }
      target.aborted = false;
      const xhr = this;
      guard(
        operation,
        body,
        () => {
          if (!target.aborted) p.apply(p.xhrSend, xhr, [body]);
        },
        () => {
          if (!target.aborted) failLikeNetworkError(p, xhr);
        },
      );
    };
  }

  // navigator.sendBeacon answers at once whether the beacon is queued: a checked beacon is queued
  // (true) and goes out only when allowed; a held one is dropped, as a beacon to a dead host is.
  const nav = win.navigator as Navigator | undefined;
  if (nav && p.sendBeacon) {
    const sendBeacon = p.sendBeacon;
    (nav as { sendBeacon: Navigator['sendBeacon'] }).sendBeacon = function (this: unknown, url: string | URL, data?: BodyInit | null) {
      let operation: string | undefined;
      try {
        operation = shapes.postOperation(p.String(url), 'POST');
      } catch {
        operation = 'beacon';
      }
      if (!operation || nothingTyped(operation, data)) return p.apply(sendBeacon, nav, [url, data]) as boolean;
      guard(operation, data, () => p.apply(sendBeacon, nav, [url, data]), () => {});
      return true;
    };
  }

  // Form submission: a form POSTed straight to X's API (the old statuses/update.json) navigates,
  // so no fetch wrapper sees it. Its submit event is stopped, its fields checked, and an allowed
  // form is submitted again without a second event.
  const formTarget = (form: HTMLFormElement, submitter?: Element | null) => {
    const attr = (el: Element, name: string) => (p.getAttribute ? (p.apply(p.getAttribute, el, [name]) as string | null) : null);
    const action = (submitter && attr(submitter, 'formaction')) || (p.formAction ? p.String(p.apply(p.formAction, form, [])) : attr(form, 'action') ?? '');
    const method = (submitter && attr(submitter, 'formmethod')) || (p.formMethod ? p.String(p.apply(p.formMethod, form, [])) : attr(form, 'method') ?? 'get');
    let url = action;
    try {
      url = p.String(new p.URL(action, win.document.baseURI));
    } catch {
      // keep it as written: postOperation reads it or leaves it
    }
    return { url, method };
  };
  const formBody = (form: HTMLFormElement, submitter?: Element | null): string | undefined => {
    try {
      const data = submitter ? new p.FormData(form, submitter as HTMLElement) : new p.FormData(form);
      const params = new p.URLSearchParams();
      for (const [key, value] of data) if (typeof value === 'string') params.append(key, value);
      return p.String(params);
    } catch {
      return undefined;
    }
  };
  const FormCtor = (win as { HTMLFormElement?: typeof HTMLFormElement }).HTMLFormElement;
  if (FormCtor && p.formSubmit) {
    const submit = p.formSubmit;
    /**
     * The fields are read now and the form submitted (natively, no second submit event) once
     * allowed, only if its fields still say what was checked. An unreadable form is held.
     */
    const checkForm = (operation: string, form: HTMLFormElement, submitter?: Element | null) => {
      const checked = formBody(form, submitter);
      const unreadable = {}; // not a body type bodyText knows: asked about as unreadable, so held
      guard(
        operation,
        checked ?? unreadable,
        // Native submit() leaves the submitter's own field out: it sends no word that was not checked.
        () => {
          if (formBody(form, submitter) === checked) p.apply(submit, form, []);
        },
        () => {},
      );
    };
    p.apply(p.xhrAddEventListener, win, [
      'submit',
      (event: SubmitEvent) => {
        const form = event.target as HTMLFormElement;
        if (!(form instanceof FormCtor)) return;
        const { url, method } = formTarget(form, event.submitter);
        const operation = shapes.postOperation(url, method);
        if (!operation) return;
        event.preventDefault();
        checkForm(operation, form, event.submitter);
      },
      true,
    ]);
    FormCtor.prototype.submit = function (this: HTMLFormElement) {
      const { url, method } = formTarget(this);
      const operation = shapes.postOperation(url, method);
      if (!operation) return p.apply(submit, this, []);
      checkForm(operation, this);
    };
  }

  // Frames and opened windows of the same origin run their own fetch: the guard goes in first.
  for (const ctor of ['HTMLIFrameElement', 'HTMLFrameElement', 'HTMLObjectElement']) {
    const proto = (win as unknown as Record<string, { prototype?: object } | undefined>)[ctor]?.prototype;
    if (!proto) continue;
    for (const prop of ['contentWindow', 'contentDocument']) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, prop);
      const get = descriptor?.get;
      if (!descriptor || !get) continue;
      p.defineProperty(proto, prop, {
        ...descriptor,
        get(this: unknown) {
          const value = p.apply(get, this, []) as Window | Document | null;
          if (value) adopt((prop === 'contentWindow' ? value : (value as Document).defaultView) as typeof globalThis | null);
          return value;
        },
      });
    }
  }
  // Workers this window starts: the guard runs inside them and asks here. Their media uploads
  // and this window's both count as seen.
  if (options.workerPrelude) {
    guardWorkerConstructors(
      win,
      options.workerPrelude,
      (post, mediaSeen, answer) => {
        const merged = 'mediaIds' in post ? post.mediaIds.map((id, i) => mediaSeen[i] === true || (p.apply(p.setHas, seenMedia, [id]) as boolean)) : [];
        hooks.ask(post, merged, answer);
      },
      options.baseUrl,
    );
  }
  if (p.windowOpen) {
    const open = p.windowOpen;
    win.open = function (this: unknown, ...args: unknown[]) {
      const opened = p.apply(open, this ?? win, args) as Window | null;
      if (opened) adopt(opened as unknown as typeof globalThis);
      return opened;
    } as typeof win.open;
  }
}

/** What a refused connection looks like to the page: readyState 4, status 0, then error and loadend. */
function failLikeNetworkError(p: P, xhr: XMLHttpRequest): void {
  const own = (name: string, value: unknown) => p.defineProperty(xhr, name, { configurable: true, get: () => value });
  own('readyState', 4);
  own('status', 0);
  own('statusText', '');
  own('response', xhr.responseType === '' || xhr.responseType === 'text' ? '' : null);
  if (xhr.responseType === '' || xhr.responseType === 'text') own('responseText', '');
  p.apply(p.dispatchEvent, xhr, [new p.Event('readystatechange')]);
  p.apply(p.dispatchEvent, xhr, [new p.ProgressEvent('error')]);
  p.apply(p.dispatchEvent, xhr, [new p.ProgressEvent('loadend')]);
}

/** The page-world end of the channel: connected at once (document_start, before any page script). */
export function portHooks(port: MessagePort): PageGuardHooks {
  const line = verdictLine();
  line.connect(port);
  return { ask: line.ask };
}
