/**
 * The one seam between the content script and SafePost's checks. The
 * content script that runs at document_start on every X page holds sends
 * and finds composers; the engine (rules, word lists, zod schemas), the
 * profile store, audit counting and the Preact panel are a separate module
 * (components/engine-module, built to content-modules/engine.js) that the
 * script imports once per page after the first paint (engine-loader.ts).
 *
 * Everything in components/guard that needs the engine asks `engine()` here.
 * Until the module is installed it throws, which every caller already treats
 * as "not checked, hold": evaluateDraft turns a throwing check into a held
 * engine error, and the profile (loaded through the module) stays "loading".
 * Only types are imported from the engine's side: importing a value would
 * pull the whole engine back into the content script (the build test
 * tests/build/content-size.test.ts would fail).
 */
import type { ALL_RULES, check, RULES_BY_ID, verdictOf } from '../../rules';
import type { loadProfileState, watchProfileState } from '../profile/store';
import type { recordAudit } from '../profile/audit';
import type { PanelHost, showPhotoReminder } from '../panel/mount';

/** What the engine module exports as `engine`. */
export interface GuardEngine {
  check: typeof check;
  ALL_RULES: typeof ALL_RULES;
  RULES_BY_ID: typeof RULES_BY_ID;
  verdictOf: typeof verdictOf;
  loadProfileState: typeof loadProfileState;
  watchProfileState: typeof watchProfileState;
  recordAudit: typeof recordAudit;
  PanelHost: typeof PanelHost;
  showPhotoReminder: typeof showPhotoReminder;
}

/** What the page says (popup status, held notice) when the engine module could not be loaded: nothing can be checked. */
export const CHECKS_UNAVAILABLE = 'SafePost could not start its checks: reload the page.';

/** The engine module failed to load (bad URL, CSP, an exception while it ran): every send stays held. */
export class ChecksUnavailableError extends Error {
  constructor(cause: unknown) {
    super(CHECKS_UNAVAILABLE, { cause });
    this.name = 'ChecksUnavailableError';
  }
}

let installed: GuardEngine | undefined;
let failure: ChecksUnavailableError | undefined;
let settle: { resolve(engine: GuardEngine): void; reject(error: Error): void };
const ready = new Promise<GuardEngine>((resolve, reject) => (settle = { resolve, reject }));
// A page where nobody awaits the engine must not report an unhandled rejection.
ready.catch(() => undefined);

/** Set once by the loader (and by tests that run the real engine). */
export function installEngine(engine: GuardEngine): void {
  if (installed || failure) throw new Error('SafePost: the engine slot is already settled');
  installed = engine;
  settle.resolve(engine);
}

/** The loader could not load the module: say so everywhere it is awaited. */
export function engineFailed(cause: unknown): void {
  if (installed || failure) return;
  failure = new ChecksUnavailableError(cause);
  settle.reject(failure);
}

/** The engine, or a throw while it is loading (or failed to load): callers hold the send. */
export function engine(): GuardEngine {
  if (installed) return installed;
  throw failure ?? new Error("SafePost's checks are still loading");
}

/** The engine if it is here already (the panel: nothing new is drawn until it is). */
export function engineIfLoaded(): GuardEngine | undefined {
  return installed;
}

/** Resolves with the engine once installed; rejects with ChecksUnavailableError if it cannot be. */
export function whenEngineReady(): Promise<GuardEngine> {
  return ready;
}
