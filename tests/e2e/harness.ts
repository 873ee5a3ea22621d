/**
 * End-to-end harness: the BUILT extension (.output/chrome-mv3) loaded into
 * real Chromium (/usr/bin/chromium) through playwright-core, with x.com and
 * twitter.com served from fixtures by request routing (there is no internet).
 *
 * Every request the browser makes is logged, so tests can assert that no
 * request leaves for anywhere but the routed fixtures and the extension's own
 * files.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Route, type Request } from 'playwright-core';

export const REPO = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(REPO, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LoggedRequest {
  url: string;
  /** "page", "service-worker" or "other" (offscreen document, extension pages' frames…). */
  initiator: string;
  method: string;
}

export type FixtureHandler = (route: Route, request: Request) => Promise<void> | void;

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  requests: LoggedRequest[];
  /** Requests to anything other than the routed X hosts, the extension itself, data: and blob: URLs. */
  externalRequests(): LoggedRequest[];
  /** Open a page of the extension, e.g. "options.html". */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** No network chatter, no GPU: the flags every test browser runs with (benches compare against a browser without the extension launched with these too). */
export const QUIET_CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu', '--disable-quic'];

const ROUTED_HOSTS = ['x.com', 'twitter.com', 'pbs.twimg.com', 'abs.twimg.com'];

function isInternal(url: string): boolean {
  if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    const host = new URL(url).hostname;
    return ROUTED_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
  } catch {
    return false;
  }
}

export interface LaunchOptions {
  /** Serves https://x.com/** and https://twitter.com/**; unrouted requests are aborted (and logged). */
  fixtures?: FixtureHandler;
  extensionDir?: string;
  /** Keep the profile directory between launches (managed-policy tests). */
  userDataDir?: string;
  /** A visible window (npm run demo); tests run headless. */
  headless?: boolean;
  /** More Chromium flags (the memory bench switches off the spare renderer). */
  args?: string[];
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npm run build" first.`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium`);
  const ownDir = options.userDataDir ? undefined : mkdtempSync(join(tmpdir(), 'safepost-e2e-'));
  const context = await chromium.launchPersistentContext(options.userDataDir ?? ownDir!, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    // A visible window keeps the page the window's size.
    ...(options.headless === false ? { viewport: null } : {}),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...QUIET_CHROMIUM_ARGS,
      ...(options.args ?? []),
      // A visible window (npm run demo) opens wide enough for the card beside the compose box.
      ...(options.headless === false ? ['--window-size=1400,900'] : []),
    ],
  });

  const requests: LoggedRequest[] = [];
  context.on('request', (request) => {
    const worker = request.serviceWorker();
    requests.push({
      url: request.url(),
      method: request.method(),
      initiator: worker ? 'service-worker' : request.frame() ? 'page' : 'other',
    });
  });

  await context.route('**/*', async (route, request) => {
    const url = request.url();
    // The extension's own pages and files (options page, popup, OCR assets).
    if (url.startsWith('chrome-extension://')) return route.continue();
    const host = new URL(url).hostname;
    // pro.x.com (X Pro) is the same stand-in: one more X host SafePost must guard.
    if (options.fixtures && (host === 'x.com' || host === 'pro.x.com' || host === 'twitter.com' || host.endsWith('.twimg.com'))) {
      return options.fixtures(route, request);
    }
    // No internet in tests, and SafePost must never need it.
    return route.abort('blockedbyclient');
  });

  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    extensionId,
    requests,
    externalRequests: () => requests.filter((r) => !isInternal(r.url)),
    async openExtensionPage(path: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    async close() {
      await context.close();
      if (ownDir) rmSync(ownDir, { recursive: true, force: true });
    },
  };
}
