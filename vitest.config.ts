import { defineConfig } from 'vitest/config';

// The test tiers, one vitest project each (Dark Reader's tiers; the engine is
// tested in Node apart from the extension, like uBlock Origin Lite's):
// - unit:  pure Node tests of rules/, components/ logic and scripts/ (the CLI);
// - dom:   components on X-shaped fixtures in happy-dom;
// - build: the built extension's files (.output/: manifest, CSP, no CDN URL);
// - e2e:   the built extension in real Chromium (and Firefox ESR), one browser
//          at a time: the machine has 2 cores and each launch is a whole browser.
// Folders under each tier mirror the source folders (tests/unit/rules/… tests rules/…).
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    // Generous: CLI tests start tsx processes and property tests run thousands of
    // cases; speed is measured by `npm run bench`, never by a test's time limit.
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' } },
      { extends: true, test: { name: 'dom', include: ['tests/dom/**/*.test.{ts,tsx}'], environment: 'happy-dom' } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          // Set-up copies the build under the machine-wide build lock, which a
          // build in another checkout may hold for minutes, then starts a browser.
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
