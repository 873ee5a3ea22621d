/**
 * Memory, `npm run bench -- memory` (issue 17, item 3), with the BUILT
 * extension (.output/chrome-mv3, or SAFEPOST_EXTENSION_DIR) in /usr/bin/chromium:
 *
 * 1. The image host. Two 12 MP photos (a notice board to read, a group of
 *    twelve faces) are attached in turn on the X stand-in, each checked by
 *    both engines (text and faces) in the offscreen document; then nothing,
 *    until the document is closed and the memory is back at the baseline.
 *    Memory is that of the extension's renderer process: Chrome runs every
 *    page of one extension (the service worker, the offscreen document and
 *    its workers: tesseract's, onnxruntime's) in one process started with
 *    --extension-process, and SafePost is the only extension loaded, so that
 *    process is the image host's and nothing else's. Its PSS comes from
 *    /proc/<pid>/smaps_rollup every 250 ms, its exact peak resident size from
 *    VmHWM (which catches a spike between two samples), and the offscreen
 *    document's own JS heap from Chrome (DevTools Performance.getMetrics on
 *    that target; the wasm heaps are not in it).
 *    Goals: peak ≤ 400 MB; back to the baseline (document closed, PSS within
 *    SETTLED_MARGIN_MB of before the first image) ≤ 60 s after the last image.
 *    Last, the PSS after a collection in the service worker, which the
 *    bench's DevTools session keeps from being stopped when idle.
 *
 * 2. An x.com tab's overhead. The stand-in page with SafePost and a
 *    2,000-pupil roster, some text typed (a few checks run), against the
 *    same page and typing in a browser launched the same way without the
 *    extension: the tab's renderer PSS and its JS heap (Chrome's
 *    Performance.getMetrics, after a forced garbage collection; the content
 *    script's isolated world shares the page's heap). Median of TAB_RUNS.
 *    Goal ≤ 15 MB. Whatever the build loads (content script, modules loaded
 *    after the first paint) is measured: nothing here knows its internals.
 *
 * Prints figures next to the goals; asserts nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR, QUIET_CHROMIUM_ARGS, launchWithExtension, type ExtensionSession } from '../../tests/e2e/harness';
import { EDITOR, HOME, attachImage, imagesChecked, openX, serveX, setProfile, testProfile, typeInto } from '../../tests/e2e/fixtures/x-server';
import { twelveMegapixelPhoto, uncached } from './bench-images';
import { generateRoster } from './generated-roster';
import { offscreenBenchReady } from './offscreen';
import { chromiumProcesses, processMemory } from './process-memory';
import { percentile } from './stats';

const PEAK_GOAL_MB = 400;
const SETTLE_GOAL_S = 60;
const TAB_GOAL_MB = 15;
/** "Back at the baseline": within this much of the extension process's PSS before the first image. */
const SETTLED_MARGIN_MB = 10;
/** How long to wait for the host to go idle and the document to close before giving up. */
const SETTLE_TIMEOUT_S = Number(process.env.BENCH_MEMORY_SETTLE_TIMEOUT_S ?? 150);
const IMAGE_ROUNDS = Number(process.env.BENCH_MEMORY_ROUNDS ?? 2);
const TAB_RUNS = Number(process.env.BENCH_MEMORY_TAB_RUNS ?? 3);
const EXTENSION = process.env.SAFEPOST_EXTENSION_DIR ?? EXTENSION_DIR;
const FACES = join(import.meta.dirname, '../../tests/fixtures/faces');

const mb = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '?' : `${Math.round(n)} MB`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A DevTools session on one target the page API does not reach (the offscreen document), through the browser's session. */
class TargetSession {
  private nextId = 1;
  private readonly pending = new Map<number, (reply: { result?: unknown; error?: unknown }) => void>();
  private constructor(
    private readonly cdp: CDPSession,
    private readonly sessionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== this.sessionId) return;
      const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
      if (message.id !== undefined) this.pending.get(message.id)?.(message);
    });
  }

  /** Playwright's session API speaks only flat sessions; such targets are reached non-flat. */
  static async attach(cdp: CDPSession, targetId: string): Promise<TargetSession> {
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
    return new TargetSession(cdp, sessionId);
  }

  async send<T>(method: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    const reply = new Promise<{ result?: unknown; error?: unknown }>((resolve, reject) => {
      this.pending.set(id, resolve);
      setTimeout(() => reject(new Error(`${method}: no reply in 30 s`)), 30_000).unref();
    });
    await this.cdp.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) });
    const { result, error } = await reply;
    this.pending.delete(id);
    if (error) throw new Error(`${method}: ${JSON.stringify(error)}`);
    return result as T;
  }
}

type Metrics = { metrics: { name: string; value: number }[] };
const metric = (m: Metrics, name: string) => m.metrics.find((x) => x.name === name)?.value ?? Number.NaN;

async function offscreenTargetId(cdp: CDPSession, extensionId: string): Promise<string | undefined> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
  return targetInfos.find((t) => t.url === `chrome-extension://${extensionId}/offscreen.html`)?.targetId;
}

/** The two 12 MP photos, as a phone writes them (JPEG). */
async function twelveMegapixelPhotos(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const group = await sharp(readFileSync(join(FACES, 'group-crowd-12.jpg'))).resize(4032, 3024, { fit: 'fill' }).jpeg({ quality: 88 }).toBuffer();
  return [
    { name: 'notice board (text)', bytes: await twelveMegapixelPhoto() },
    { name: 'group of 12 (faces)', bytes: new Uint8Array(group) },
  ];
}

/**
 * The process's PSS after collecting the service worker's garbage. Each
 * image passed through the service worker as a data: URL (~7 MB of string
 * for a 5 MB photo, received and sent on); an idle worker allocates nothing,
 * so nothing collects them, and Playwright's DevTools session keeps the
 * worker from being stopped after 30 s idle, as Chrome otherwise would.
 */
async function collectServiceWorkerGarbage(cdp: CDPSession, extensionId: string, pid: number): Promise<number | undefined> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  if (!worker) return undefined;
  const session = await TargetSession.attach(cdp, worker.targetId);
  await session.send('HeapProfiler.collectGarbage');
  await sleep(2_000);
  return processMemory(pid)?.pssMb;
}

interface Sample {
  at: number;
  pssMb: number;
  peakRssMb: number;
}

/** PSS and peak RSS of the extension's renderer process, every 250 ms until stopped. */
function sampleExtensionProcess(userDataDir: string): { samples: Sample[]; pid: () => number | undefined; stop(): void } {
  const samples: Sample[] = [];
  let pid: number | undefined;
  const take = () => {
    pid ??= chromiumProcesses(userDataDir).find((p) => p.type === 'renderer' && p.extension)?.pid;
    const memory = pid === undefined ? undefined : processMemory(pid);
    if (memory) samples.push({ at: performance.now(), pssMb: memory.pssMb, peakRssMb: Math.max(memory.peakRssMb, memory.rssMb) });
  };
  take();
  const timer = setInterval(take, 250);
  return { samples, pid: () => pid, stop: () => clearInterval(timer) };
}

async function imageHost(): Promise<void> {
  console.log('## Image host (offscreen document, both engines warm): 12 MP photos\n');
  const userDataDir = mkdtempSync(join(tmpdir(), 'safepost-memory-'));
  const session = await launchWithExtension({ fixtures: serveX, extensionDir: EXTENSION, userDataDir });
  const browser = session.context.browser();
  if (!browser) throw new Error('no browser handle for the DevTools session');
  const cdp = await browser.newBrowserCDPSession();
  try {
    await setProfile(session, testProfile());
    const photos = await twelveMegapixelPhotos();
    const page = await openX(session, '/home');
    // The service worker and the page settle first: the baseline is SafePost before any image.
    await sleep(3_000);
    const sampler = sampleExtensionProcess(userDataDir);
    await sleep(1_000);
    const baseline = percentile(sampler.samples.map((s) => s.pssMb), 50);
    const pid = sampler.pid();
    if (pid === undefined) throw new Error('no extension renderer process found');
    console.log(`extension renderer process ${pid}: baseline PSS ${mb(baseline)}, RSS ${mb(processMemory(pid)?.rssMb)}`);

    let heapPeak = 0;
    let offscreen: TargetSession | undefined;
    let run = 0;
    let lastImageAt = 0;
    let tab: Page = page;
    for (let round = 0; round < IMAGE_ROUNDS; round++) {
      for (const photo of photos) {
        if (run > 0) {
          await tab.close();
          tab = await openX(session, '/home');
        }
        await typeInto(tab, `${HOME} ${EDITOR(0)}`, 'Our week');
        const t0 = performance.now();
        await attachImage(tab, Buffer.from(uncached(photo.bytes, run++)), 'photo.jpg');
        await imagesChecked(tab, 120_000);
        lastImageAt = performance.now();
        if (!offscreen) {
          const targetId = await offscreenTargetId(cdp, session.extensionId);
          if (targetId) {
            offscreen = await TargetSession.attach(cdp, targetId);
            await offscreen.send('Performance.enable');
          }
        }
        const heap = offscreen ? metric(await offscreen.send<Metrics>('Performance.getMetrics'), 'JSHeapTotalSize') / 2 ** 20 : Number.NaN;
        heapPeak = Math.max(heapPeak, heap);
        const now = sampler.samples.at(-1);
        console.log(
          `${photo.name.padEnd(22)} checked in ${((lastImageAt - t0) / 1000).toFixed(1)} s; process PSS ${mb(now?.pssMb)}, peak RSS so far ${mb(now?.peakRssMb)}, offscreen document's JS heap ${mb(heap)}`,
        );
      }
    }
    await tab.close();

    // Nothing more: wait for the idle release and the document to close.
    let closedAt: number | undefined;
    let settledAt: number | undefined;
    while (performance.now() - lastImageAt < SETTLE_TIMEOUT_S * 1000) {
      await sleep(1_000);
      if (closedAt === undefined && !(await offscreenTargetId(cdp, session.extensionId))) closedAt = performance.now();
      const latest = sampler.samples.at(-1);
      if (closedAt !== undefined && latest && latest.at >= closedAt && latest.pssMb <= baseline + SETTLED_MARGIN_MB) {
        settledAt = latest.at;
        break;
      }
    }
    sampler.stop();
    const afterCollection = await collectServiceWorkerGarbage(cdp, session.extensionId, pid);
    const during = sampler.samples.filter((s) => s.at <= lastImageAt);
    const peakPss = Math.max(...during.map((s) => s.pssMb));
    const peakRss = Math.max(...sampler.samples.map((s) => s.peakRssMb));
    const settled = sampler.samples.at(-1)?.pssMb;
    const seconds = (at: number | undefined) => (at === undefined ? `not within ${SETTLE_TIMEOUT_S} s` : `${((at - lastImageAt) / 1000).toFixed(0)} s`);
    console.log('');
    console.log(`| extension renderer process (${IMAGE_ROUNDS * photos.length} images) | measured | goal |`);
    console.log('|---|---:|---:|');
    console.log(`| baseline (before the first image), PSS | ${mb(baseline)} | |`);
    console.log(`| peak, PSS (sampled every 250 ms) | ${mb(peakPss)} | |`);
    console.log(`| peak, resident (VmHWM) | **${mb(peakRss)}** | ≤ ${PEAK_GOAL_MB} MB |`);
    console.log(`| offscreen document's JS heap, largest | ${mb(heapPeak)} | |`);
    console.log(`| settled, PSS | ${mb(settled)} | baseline + ${SETTLED_MARGIN_MB} MB |`);
    console.log(`| offscreen document closed after the last image | ${seconds(closedAt)} | |`);
    console.log(`| back at the baseline after the last image | **${seconds(settledAt)}** | ≤ ${SETTLE_GOAL_S} s |`);
    console.log(`| then, after a garbage collection of the service worker, PSS | ${mb(afterCollection)} | |`);
    console.log('');
    console.log(
      `peak ≤ ${PEAK_GOAL_MB} MB: ${peakRss <= PEAK_GOAL_MB ? 'met' : 'NOT met'}; settled ≤ ${SETTLE_GOAL_S} s: ${settledAt !== undefined && settledAt - lastImageAt <= SETTLE_GOAL_S * 1000 ? 'met' : 'NOT met'}`,
    );
  } finally {
    await cdp.detach().catch(() => undefined);
    await session.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

// ---- x.com tab overhead ------------------------------------------------------

interface TabMemory {
  pssMb: number;
  heapMb: number;
}

const TYPED = 'Lovely assembly this morning from Year 4, thank you to every family who came along to watch. ';

/**
 * The x.com tab's renderer: with only that page open, the one renderer
 * process that is neither the extension's, Chrome's own UI's, nor the spare one (the spare
 * renderer, kept started for the next tab, is switched off at launch).
 */
function tabProcess(userDataDir: string): number {
  const renderers = chromiumProcesses(userDataDir).filter((p) => p.type === 'renderer' && !p.extension && !p.webui);
  if (renderers.length !== 1) throw new Error(`expected one page renderer, found ${renderers.length}`);
  return renderers[0]!.pid;
}

/** One fresh load of the stand-in, some typing, a pause; then the tab's memory. */
async function tabMemory(context: BrowserContext, userDataDir: string, withSafePost: boolean, session?: ExtensionSession): Promise<TabMemory> {
  const page = session ? await openX(session, '/home') : await context.newPage();
  if (!session) {
    await page.goto('https://x.com/home');
    await page.waitForFunction(() => (window as any).__fixtureReady === true);
  }
  try {
    await typeInto(page, `${HOME} ${EDITOR(0)}`, TYPED);
    if (withSafePost) await page.waitForFunction((n) => Number(document.querySelector('safepost-panel[data-safepost="composer"]')?.getAttribute('data-checked-length')) >= n, TYPED.length - 1);
    await sleep(2_000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const heapMb = metric((await cdp.send('Performance.getMetrics')) as Metrics, 'JSHeapUsedSize') / 2 ** 20;
    await cdp.detach();
    await sleep(500);
    const memory = processMemory(tabProcess(userDataDir));
    if (!memory) throw new Error('the tab process ended');
    return { pssMb: memory.pssMb, heapMb };
  } finally {
    await page.close();
  }
}

async function closeOtherPages(context: BrowserContext): Promise<void> {
  for (const page of context.pages()) await page.close();
  await sleep(1_000);
}

async function tabOverhead(): Promise<void> {
  console.log(`\n## x.com tab (the stand-in, ${TYPED.length} characters typed), with SafePost and a 2,000-pupil roster vs without: ${TAB_RUNS} runs\n`);
  // No spare renderer: each browser then has exactly one page renderer while the tab is open.
  const args = [...QUIET_CHROMIUM_ARGS, '--disable-features=SpareRendererForSitePerProcess'];
  const withDir = mkdtempSync(join(tmpdir(), 'safepost-memory-'));
  const plainDir = mkdtempSync(join(tmpdir(), 'safepost-memory-plain-'));
  const session = await launchWithExtension({ fixtures: serveX, extensionDir: EXTENSION, userDataDir: withDir, args: ['--disable-features=SpareRendererForSitePerProcess'] });
  const plain = await chromium.launchPersistentContext(plainDir, { executablePath: CHROMIUM, headless: true, args });
  const withIt: TabMemory[] = [];
  const without: TabMemory[] = [];
  try {
    await setProfile(session, testProfile({}, generateRoster(2000).pupils));
    await plain.route('**/*', (route, request) => (new URL(request.url()).hostname === 'x.com' ? serveX(route, request) : route.abort()));
    await closeOtherPages(session.context);
    await closeOtherPages(plain);
    for (let i = 0; i < TAB_RUNS; i++) {
      withIt.push(await tabMemory(session.context, withDir, true, session));
      without.push(await tabMemory(plain, plainDir, false));
    }
  } finally {
    await session.close();
    await plain.close();
    rmSync(withDir, { recursive: true, force: true });
    rmSync(plainDir, { recursive: true, force: true });
  }
  const med = (list: TabMemory[], key: keyof TabMemory) => percentile(list.map((m) => m[key]), 50);
  const pssAdded = med(withIt, 'pssMb') - med(without, 'pssMb');
  const heapAdded = med(withIt, 'heapMb') - med(without, 'heapMb');
  const f = (n: number) => `${n.toFixed(1)} MB`;
  console.log('| x.com tab (median) | with SafePost | without | added | goal |');
  console.log('|---|---:|---:|---:|---:|');
  console.log(`| renderer process, PSS | ${f(med(withIt, 'pssMb'))} | ${f(med(without, 'pssMb'))} | **${f(pssAdded)}** | ≤ ${TAB_GOAL_MB} MB |`);
  console.log(`| JS heap used (after GC) | ${f(med(withIt, 'heapMb'))} | ${f(med(without, 'heapMb'))} | ${f(heapAdded)} | |`);
  console.log(`\ntab overhead ≤ ${TAB_GOAL_MB} MB: ${pssAdded <= TAB_GOAL_MB ? 'met' : 'NOT met'}`);
}

if (offscreenBenchReady()) {
  const only = process.env.BENCH_MEMORY_ONLY;
  console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' / ')} (figures under load are indicative); ${new Date().toISOString()}\n`);
  if (only !== 'tab') await imageHost();
  if (only !== 'host') await tabOverhead();
  console.log(`\nload average at the end ${loadavg().map((l) => l.toFixed(2)).join(' / ')}`);
}
