/**
 * The request guard inside a worker the page started (workers.ts explains
 * how it gets there). Runs before the page's worker script: installs the
 * same guard as the page's world (page-world.ts) on the worker's fetch,
 * XMLHttpRequest and nested workers, asking over the line the main thread
 * hands over in the worker's first message. Questions asked before that
 * message arrives wait for it; none answered in time = held.
 *
 * A worker started from a blob has the blob as its base URL, where the
 * page's script expects its own address: relative URLs it passes to fetch,
 * Request, XHR and importScripts are resolved against that address first
 * (before the guard reads them, so a relative API path is still recognised).
 */
import type { RequestShapes } from '../../site/requests';
import { installRequestGuard } from './page-world';
import { verdictLine } from './protocol';
import { isPortMessage, type WorkerConfig } from './workers';

type Scope = typeof globalThis & { importScripts?: (...urls: string[]) => void };

/** Starts the guard in this worker; returns `release`, which delivers the messages held back while a module script loaded. */
export function startWorkerGuard(shapes: RequestShapes, config: WorkerConfig, scope: Scope = globalThis as Scope): () => void {
  const line = verdictLine();
  installRequestGuard(shapes, { ask: line.ask }, scope, { workerPrelude: config.prelude, baseUrl: config.url });
  resolveRelativeUrls(scope, config.url);

  // A module script is imported after this prelude: the page's messages wait until it is there to hear them.
  let released = !config.module;
  const heldBack: MessageEvent[] = [];
  const holdBack = (event: MessageEvent) => {
    if (released || !event.isTrusted) return;
    event.stopImmediatePropagation();
    heldBack.push(event);
  };
  const takePort = (event: MessageEvent): boolean => {
    if (!isPortMessage(event)) return false;
    event.stopImmediatePropagation();
    line.connect(event.ports[0]!);
    return true;
  };
  if (config.shared) {
    // Each tab's connection carries its own line first; the newest one answers.
    scope.addEventListener(
      'connect',
      ((event: MessageEvent) => {
        const port = event.ports[0];
        if (port) {
          const first = (message: MessageEvent) => {
            if (takePort(message)) port.removeEventListener('message', first as EventListener);
          };
          port.addEventListener('message', first as EventListener);
          port.start();
        }
        holdBack(event);
      }) as EventListener,
      true,
    );
  } else {
    scope.addEventListener('message', ((event: MessageEvent) => takePort(event) || holdBack(event)) as EventListener, true);
  }
  return () => {
    if (released) return;
    released = true;
    for (const event of heldBack.splice(0)) {
      scope.dispatchEvent(new MessageEvent(event.type, { data: event.data, ports: [...event.ports], origin: event.origin, lastEventId: event.lastEventId }));
    }
  };
}

/** fetch, Request, XHR and importScripts resolve relative URLs against the page script's address, not the blob's. */
function resolveRelativeUrls(scope: Scope, base: string): void {
  const URLCtor = scope.URL;
  const resolve = (url: unknown) => (typeof url === 'string' ? new URLCtor(url, base).href : url);
  const fetch = scope.fetch;
  if (fetch) {
    scope.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      return Reflect.apply(fetch, this ?? scope, [resolve(input), init]) as Promise<Response>;
    } as typeof fetch;
  }
  const Request = scope.Request;
  if (Request) {
    const Resolving = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      return Reflect.construct(Request, [resolve(input), init], new.target ?? Request);
    } as unknown as typeof Request;
    Resolving.prototype = Request.prototype;
    scope.Request = Resolving;
  }
  const XHR = scope.XMLHttpRequest;
  if (XHR) {
    const open = XHR.prototype.open;
    XHR.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
      return Reflect.apply(open, this, [method, resolve(url), ...rest]);
    } as typeof open;
  }
  const importScripts = scope.importScripts;
  if (importScripts) {
    scope.importScripts = function (...urls: string[]) {
      return Reflect.apply(importScripts, scope, urls.map((u) => resolve(String(u))));
    };
  }
}
