/**
 * The worker prelude (components/x/worker-prelude.ts), bundled as one
 * self-contained script and handed to the page-world content script as a
 * string (`import prelude from 'virtual:safepost-worker-prelude'`): the
 * page-world guard has no extension URL to load it from, and a worker's
 * blob must carry the guard's code itself (workers.ts).
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const WORKER_PRELUDE_MODULE = 'virtual:safepost-worker-prelude';
const RESOLVED = `\0${WORKER_PRELUDE_MODULE}`;
const ENTRY = fileURLToPath(new URL('../../components/x/worker-prelude.ts', import.meta.url));

/** The prelude's source: defines `var __safepostWorkerGuard = { start }`. */
export async function workerPreludeSource(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__safepostWorkerGuard',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export function workerPrelude(): Plugin {
  return {
    name: 'safepost:worker-prelude',
    resolveId: (id) => (id === WORKER_PRELUDE_MODULE ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      // Rebuilt with the guard: a change to the guard's code reaches the workers too.
      this.addWatchFile(ENTRY);
      return `export default ${JSON.stringify(await workerPreludeSource())};`;
    },
  };
}
