/**
 * Loads the engine module (engine-slot.ts) into the content script: once per
 * page, after the first paint, never at document_start. Until it is here
 * the profile is "loading" and every send is held (profile-feed.ts,
 * gate.ts); if it cannot be loaded every send stays held and the page says
 * SafePost could not start its checks.
 */
import type { AuditEvent } from '../profile/audit';
import type { ProfileSource } from './page/profile-feed';
import { engineFailed, installEngine, whenEngineReady, type GuardEngine } from './engine-slot';

/** The module's place in the package (scripts/build/engine-module.ts writes it; the manifest exposes it to X's pages only). */
export const ENGINE_MODULE_PATH = '/content-modules/engine.js';

/** A hidden tab paints no frames: it loads the module after this long instead. */
const HIDDEN_TAB_FALLBACK_MS = 1_000;

/**
 * Runs `task` once the page has painted (DOMContentLoaded, then the next
 * frame), so parsing a megabyte of engine never competes with X's first
 * render. Background tabs get no frames: a timer stands in.
 */
export function afterFirstPaint(task: () => void, win: Window = window): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    task();
  };
  const schedule = () => {
    win.requestAnimationFrame(() => win.setTimeout(once, 0));
    win.setTimeout(once, HIDDEN_TAB_FALLBACK_MS);
  };
  if (win.document.readyState === 'loading') win.document.addEventListener('DOMContentLoaded', schedule, { once: true });
  else schedule();
}

export type ModuleImporter = (url: string) => Promise<unknown>;

// Vite must leave this import alone: the URL is the extension's own, known only at run time.
const importModule: ModuleImporter = (url) => import(/* @vite-ignore */ url);

/** Import the engine module and install it; any failure settles the slot as failed (sends stay held). */
export async function loadEngine(url: string, importer: ModuleImporter = importModule): Promise<void> {
  try {
    const module = (await importer(url)) as { engine?: GuardEngine } | undefined;
    if (!module?.engine) throw new Error('the engine module exports no engine');
    installEngine(module.engine);
  } catch (error) {
    console.error('SafePost: could not load its checks', error);
    engineFailed(error);
  }
}

/** PageGuard's profile and audit hooks, answered by the engine module once it is here. */
export function engineBackedProfile(): ProfileSource & { audit(event: AuditEvent): void } {
  return {
    loadProfile: async () => (await whenEngineReady()).loadProfileState(),
    loadProfileQuick: async () => (await whenEngineReady()).loadProfileState({ managed: 'last-good' }),
    watchProfile(onChange) {
      let stop: (() => void) | undefined;
      let stopped = false;
      whenEngineReady().then(
        (engine) => {
          if (!stopped) stop = engine.watchProfileState(onChange);
        },
        () => undefined, // loadProfile reports the failure
      );
      return () => {
        stopped = true;
        stop?.();
      };
    },
    // Counted once the module is here; a count lost because it never came must not stop a teacher posting.
    audit: (event) => void whenEngineReady().then((engine) => engine.recordAudit(event), () => undefined),
  };
}
