/**
 * The request guard as it runs inside a worker X's page starts: bundled on
 * its own (an IIFE exposing `__safepostWorkerGuard.start`) by the
 * `safepost:worker-prelude` plugin in wxt.config.ts, and put in front of the
 * page's worker script by components/guard/request/workers.ts. Holds no
 * extension API and nothing of the school profile: only the draft leaves
 * the worker, to the page-world guard, which asks the content script.
 */
import { startWorkerGuard } from '../guard/request/worker-guard';
import type { WorkerConfig } from '../guard/request/workers';
import { xRequests } from './requests';

export const start = (config: WorkerConfig): (() => void) => startWorkerGuard(xRequests, config);
