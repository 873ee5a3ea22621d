/**
 * Node module hook for the CLI and benches: JSON files load as
 * `export default <json>`, untouched.
 *
 * Why: tsx hands JSON to esbuild, which turns every key into a named export
 * variable, and a key that is a reserved word in modules ("await" in the
 * AFINN lexicon that negative-tone reads) makes the whole module a syntax
 * error. Vite (tests, extension build) is not affected. Registered hooks run
 * last-registered first, so this one answers before tsx's.
 */
import { register } from 'node:module';
import { readFile } from 'node:fs/promises';

export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && /\.json(?:\?.*)?$/.test(url)) {
    const text = await readFile(new URL(url), 'utf8');
    return { format: 'module', source: `export default ${text.replace(/^\uFEFF/, '')};`, shortCircuit: true };
  }
  return nextLoad(url, context);
}

// Imported for its side effect: register this file's hooks once.
if (!globalThis.__safepostJsonModules) {
  globalThis.__safepostJsonModules = true;
  register(import.meta.url);
}
