import { defineConfig } from 'vitest/config';

// End-to-end: the built extension (.output/chrome-mv3) in real Chromium
// (/usr/bin/chromium) driven by playwright-core. One browser at a time: the
// machine has 2 cores and each launch is a whole Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    environment: 'node',
  },
});
