/**
 * Workers the page starts (Worker, SharedWorker) have their own fetch and
 * XMLHttpRequest, and no extension script runs in them. So the page-world
 * guard wraps the two constructors: a page-started worker runs a small
 * prelude first (the request guard's own code, bundled for workers at build
 * time: components/x/worker-prelude.ts), which wraps fetch/XHR inside the
 * worker and asks the main thread's guard, over a MessageChannel handed over
 * in the worker's first message, before any request that may publish words.
 * The main thread relays the question to the content script as if the page
 * had asked; no answer = held (the worker-side guard's own timeout).
 *
 * The worker is started from a blob: the prelude, then the page's script
 * (importScripts for a classic worker, import() for a module worker; the
 * blob's own text for a blob: script, as X's CSP does not let a worker
 * importScripts a blob). A data: worker is left as it is: its origin is
 * opaque, so it cannot send X's signed-in requests. X's CSP allows blob: workers
 * (worker-src 'self' blob:, as the fixture's CSP reproduces). A blob
 * worker's own base URL is the blob's, so the prelude resolves the page
 * script's relative URLs (fetch, Request, XHR, importScripts, nested
 * workers) against the script's real address.
 *
 * A SharedWorker started from a blob is shared by the tabs that start the
 * same blob only: each X tab gets its own (X's code cannot tell).
 *
 * Where the blob cannot be started (a CSP without blob:), the browser
 * refuses it as it refuses any worker its CSP forbids: no unguarded worker
 * is started in its place.
 */
import type { OutgoingPost, UnreadablePost } from '../../site/requests';
import type { CheckMessage } from './protocol';

/** Marks the first message a guarded worker receives: the port to the main thread's guard. */
export const WORKER_PORT_MARK = '__safepostWorkerGuardPort';

/** What the worker-side guard is told about itself (embedded in the blob as JSON). */
export interface WorkerConfig {
  /** The page script's real address: the base of its relative URLs. */
  url: string;
  shared: boolean;
  module: boolean;
  /** The prelude's own source, so a worker's nested workers are guarded too. */
  prelude: string;
}

/** The main thread's guard, asked on a worker's behalf (page-world.ts merges its own media uploads in). */
export type WorkerRelay = (post: OutgoingPost | UnreadablePost, mediaSeen: boolean[], answer: (allow: boolean) => void) => void;


/** Blob: URLs the page made, so a worker started from one can be rebuilt with the prelude in front. */
function rememberBlobUrls(win: typeof globalThis): (url: string) => Blob | undefined {
  const URLCtor = win.URL as typeof URL & { createObjectURL?: typeof URL.createObjectURL; revokeObjectURL?: typeof URL.revokeObjectURL };
  const blobs = new Map<string, Blob>();
  const create = URLCtor.createObjectURL;
  const revoke = URLCtor.revokeObjectURL;
  if (!create || !revoke) return () => undefined;
  URLCtor.createObjectURL = function (obj: Blob | MediaSource) {
    const url = Reflect.apply(create, URLCtor, [obj]) as string;
    // Pictures, video and sound are never worker scripts: not kept (X makes a blob of every preview).
    if (win.Blob && obj instanceof win.Blob && !/^(image|video|audio)\//.test(obj.type)) blobs.set(url, obj);
    return url;
  };
  URLCtor.revokeObjectURL = function (url: string) {
    blobs.delete(String(url));
    return Reflect.apply(revoke, URLCtor, [url]);
  };
  return (url) => blobs.get(url);
}

/**
 * The guarded worker's script: the prelude (started with its config), then
 * the page's own script. Returns the parts of a Blob.
 */
export function guardedWorkerScript(prelude: string, config: WorkerConfig, original: Blob | string | undefined): BlobPart[] {
  // `var`: global in a classic script (harmless), module-scoped in a module, where the release line needs it.
  const start = `var __safepostRelease=(function(){var g=(function(){${prelude}\nreturn __safepostWorkerGuard;})();return g.start(${JSON.stringify(config)});})();\n`;
  if (original !== undefined) return [start, original, config.module ? '\n;__safepostRelease();\n' : ''];
  if (config.module) return [start, `try{await import(${JSON.stringify(config.url)});}finally{__safepostRelease();}\n`];
  return [start, `importScripts(${JSON.stringify(config.url)});\n`];
}

/**
 * Wraps `Worker` and `SharedWorker` in one window (or worker) so every
 * worker it starts carries the prelude, and answers its questions with `relay`.
 */
export function guardWorkerConstructors(win: typeof globalThis, prelude: string, relay: WorkerRelay, baseUrl?: string): void {
  // The native one: the worker blobs made here are not remembered as the page's.
  const createUrl = win.URL.createObjectURL?.bind(win.URL);
  const blobOf = rememberBlobUrls(win);
  const MessageChannelCtor = win.MessageChannel;
  const BlobCtor = win.Blob;
  if (!MessageChannelCtor || !BlobCtor || !createUrl) return;
  const base = () => baseUrl ?? (win as { location?: Location }).location?.href;

  /** The main thread's end of one worker's line: each question is relayed and answered by id. */
  const answerOn = (port: MessagePort) => {
    port.onmessage = (event: MessageEvent) => {
      const data = event.data as CheckMessage | null;
      if (!data || data.type !== 'check' || typeof data.id !== 'number' || !data.post) return;
      let answered = false;
      const answer = (allow: boolean) => {
        if (answered) return;
        answered = true;
        port.postMessage({ type: 'verdict', id: data.id, allow: allow === true });
      };
      try {
        relay(data.post, Array.isArray(data.mediaSeen) ? data.mediaSeen.map((s) => s === true) : [], answer);
      } catch {
        answer(false);
      }
    };
  };

  const wrap = (name: 'Worker' | 'SharedWorker') => {
    const Native = (win as unknown as Record<string, (new (url: string | URL, options?: unknown) => Worker | SharedWorker) | undefined>)[name];
    if (!Native) return;
    const shared = name === 'SharedWorker';
    const Guarded = function (this: unknown, scriptURL: string | URL, options?: string | WorkerOptions) {
      if (!new.target) throw new TypeError(`Failed to construct '${name}': Please use the 'new' operator.`);
      const url = new win.URL(String(scriptURL), base()).href;
      // A data: worker has an opaque origin: it cannot send X's signed-in requests. Started as it is
      // (from a blob it would get X's origin, and with it X's cookies).
      if (url.startsWith('data:')) return Reflect.construct(Native, [scriptURL, options], new.target) as Worker | SharedWorker;
      const module = typeof options === 'object' && options !== null && options.type === 'module';
      const original = url.startsWith('blob:') ? blobOf(url) : undefined;
      const config: WorkerConfig = { url, shared, module, prelude };
      const blob = new BlobCtor(guardedWorkerScript(prelude, config, original), { type: 'text/javascript' });
      // Throws (SecurityError) where the page's CSP refuses blob: workers: no unguarded worker is started instead.
      const worker = Reflect.construct(Native, [createUrl(blob), options], new.target) as Worker | SharedWorker;
      const channel = new MessageChannelCtor();
      answerOn(channel.port1);
      // Posted before the page can post anything: the worker's first message.
      const target = shared ? (worker as SharedWorker).port : (worker as Worker);
      target.postMessage({ [WORKER_PORT_MARK]: true }, [channel.port2]);
      return worker;
    } as unknown as typeof Native;
    Guarded.prototype = Native.prototype;
    Object.defineProperty(Guarded, 'name', { value: name });
    (win as unknown as Record<string, unknown>)[name] = Guarded;
  };
  wrap('Worker');
  wrap('SharedWorker');
}

/** Is this the guard's port message (the worker's first)? */
export function isPortMessage(event: MessageEvent): boolean {
  const data = event.data as Record<string, unknown> | null;
  return typeof data === 'object' && data !== null && data[WORKER_PORT_MARK] === true && event.ports.length === 1;
}
