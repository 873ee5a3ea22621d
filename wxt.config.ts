import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { ocrAssetFiles } from './scripts/build/ocr-assets';
import { faceAssetFiles, stripHumanCdnDefaults } from './scripts/build/face-assets';
import { managedSchemaJson } from './scripts/build/managed-schema';
import { workerPrelude } from './scripts/build/worker-prelude';
import { ENGINE_MODULE_FILE, engineModuleSource } from './scripts/build/engine-module';
import { X_MATCHES } from './components/x/matches';

// Stable extension id across builds: managed policies (Chrome/Edge/Firefox)
// name the extension by id, so the key must never change.
// Generated once with `openssl genrsa 2048 | openssl rsa -pubout -outform DER | base64 -w0`.
const MANIFEST_KEY = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuYQeNgU/4xp+y8TLCzpHfqZVlIJ5dYRoipN/shQ9f/HcKjF/9iqbws0IfCXGEpUxyJ4YAseGIYYzyUznSud98voOqPnGCOa86+dxhad4A8z/rPWMcV2leeSWj9AUMc8oI90iCrJfnxsn1x+yxVII077gyaE+PK0373HnUjGH1SZ/d4PtYcw7B8a8ymwWK7l+cbGMvcJlptYZL+C1XXnE04O8P3u5x1XVQEDQM/gRepzYNKNhI4lWfMwGQ2wkOns+vwBotu7KtbRw4p9VJZLmaaNXbBnnT36CNuT1AR+24olWgSPiKpVeF6eZ4uS5YxTxqL87n9Mb/LVDiSdK2E40WQIDAQAB';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // MV3 everywhere, Firefox included (WXT defaults Firefox to MV2): one background model, one CSP.
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    // workerPrelude: the request guard bundled for the workers X's page starts (components/guard/request/workers.ts).
    plugins: [preact(), stripHumanCdnDefaults(), workerPrelude()],
  }),
  hooks: {
    'build:publicAssets': async (_wxt, files) => {
      // The engine, profile store and panel: imported by the content script after the first paint (components/guard/engine-loader.ts).
      files.push({ contents: await engineModuleSource(), relativeDest: ENGINE_MODULE_FILE });
      // Chrome validates storage.managed against this schema, generated from the
      // zod ManagedPolicySchema on every build (scripts/build/managed-schema.ts).
      files.push({ contents: managedSchemaJson(), relativeDest: 'managed-schema.json' });
      // Image checks: tesseract.js worker, wasm cores and English data, never fetched from a CDN.
      files.push(...ocrAssetFiles());
      // Face checks: Human's BlazeFace + FaceMesh models and tfjs's wasm backend.
      files.push(...faceAssetFiles());
    },
  },
  manifest: ({ browser }) => ({
    name: 'SafePost',
    description:
      "Checks posts on X against your school's social-media policy before they are sent. Everything stays on this computer.",
    ...(browser === 'chrome' ? { key: MANIFEST_KEY } : {}),
    // Managed policy schema: Chrome/Edge only (Firefox reads 3rdparty policy without one).
    ...(browser === 'chrome' ? { storage: { managed_schema: 'managed-schema.json' } } : {}),
    // offscreen: Chrome hosts the OCR worker in an offscreen document (Firefox's event page hosts it itself).
    permissions: ['storage', ...(browser === 'chrome' ? ['offscreen'] : [])],
    // The engine module is imported by the content script with import(), which needs it web-accessible:
    // to X's pages only. On Chrome through a per-session URL, so no page can probe for SafePost by it.
    web_accessible_resources: [
      { resources: [ENGINE_MODULE_FILE], matches: [...X_MATCHES], ...(browser === 'chrome' ? { use_dynamic_url: true } : {}) },
    ],
    // tesseract.js runs WebAssembly; nothing else is relaxed.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    browser_specific_settings:
      browser === 'firefox'
        ? { gecko: { id: 'safepost@safepost.school', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } }, gecko_android: { strict_min_version: '142.0' } }
        : undefined,
  }),
});
