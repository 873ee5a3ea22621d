/**
 * The built extension's image host as benches reach it: an extension page
 * sends an image to the background exactly as the content script does, and
 * the background hands it to the offscreen document. Shared by the OCR and
 * face benches, which read the host's own stage times from the reply.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IMAGE_CHECK_REQUEST } from '../../components/vision/messages';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension, type ExtensionSession } from '../../tests/e2e/harness';

export interface HostReply {
  ok: boolean;
  /** The host's own time (decode and every analysis), 0 for a cache hit. */
  ms: number;
  stages?: Record<string, number>;
  text?: string;
  faces?: unknown[];
  error?: unknown;
}

export interface OffscreenHost {
  /** One image through the background to the offscreen host; `wall` is the round trip. */
  send(bytes: Uint8Array, type: string): Promise<{ reply: HostReply; wall: number }>;
  session: ExtensionSession;
}

/** Whether a built extension and Chromium are there; says what to do when not. */
export function offscreenBenchReady(): boolean {
  if (existsSync(join(EXTENSION_DIR, 'manifest.json')) && existsSync(CHROMIUM)) return true;
  console.log('no built extension or no Chromium: run `npm run build` (and apt-get install chromium) first');
  return false;
}

let hashes = 0;

export async function withOffscreenHost(work: (host: OffscreenHost) => Promise<void>): Promise<void> {
  const session = await launchWithExtension();
  try {
    const page = await session.openExtensionPage('popup.html');
    const send = async (bytes: Uint8Array, type: string) => {
      // A fresh hash each time: the host's cache would otherwise answer in 0 ms.
      const hash = (++hashes).toString(16).padStart(64, '0');
      const image = `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
      return page.evaluate(
        async ([kind, data, h]) => {
          const t0 = performance.now();
          const reply = await (globalThis as any).chrome.runtime.sendMessage({ type: kind, image: data, hash: h });
          return { reply, wall: performance.now() - t0 };
        },
        [IMAGE_CHECK_REQUEST, image, hash] as const,
      );
    };
    await work({ send, session });
  } finally {
    await session.close();
  }
}

/** Peak resident memory (VmHWM) of Chromium's renderer processes that host extension pages, in MB. */
export function extensionPeakMemoryMb(): number | undefined {
  const peaks: number[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--type=renderer') || !cmd.includes('--extension-process')) continue;
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (hwm) peaks.push(Number(hwm[1]) / 1024);
    } catch {
      // The process ended.
    }
  }
  return peaks.length ? Math.round(Math.max(...peaks)) : undefined;
}
