/**
 * The engine module (components/engine-module): the rules and their data,
 * the profile store, audit counting and the Preact panel, bundled as one
 * self-contained ES module and shipped as content-modules/engine.js. The
 * content script imports it after the page's first paint
 * (components/guard/engine-loader.ts), so none of it is parsed at
 * document_start on every X page (issue 17: content scripts ≤ 150 KB).
 *
 * Built like the content scripts: minified, Preact's JSX, and `wxt/browser`
 * resolved to webextension-polyfill as the @wxt-dev/webextension-polyfill
 * module makes WXT do. No code uses import.meta.env or build constants, so
 * there are no defines to carry over (scripts/build tests nothing of the sort).
 */
import { build, type Plugin } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const ENGINE_MODULE_FILE = 'content-modules/engine.js';
const ENTRY = fileURLToPath(new URL('../../components/engine-module/index.ts', import.meta.url));

/**
 * zod exports every locale's error messages as `z.locales` (about 260 KB
 * minified), which esbuild cannot drop while the `z` namespace is used as a
 * whole. Nothing here switches locale (zod's English is built in), so they
 * are left out.
 */
const withoutZodLocales: Plugin = {
  name: 'safepost:without-zod-locales',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'safepost-empty' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'safepost-empty' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

/** The module's source, `export const engine = {…}` (GuardEngine, components/guard/engine-slot.ts). */
export async function engineModuleSource(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    alias: { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' },
    plugins: [withoutZodLocales],
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
