import { defineConfig } from 'vitest/config';

// Unit and DOM tests: the engine in Node (like uBlock Origin Lite's engine
// tests) and components on fixtures. E2E tests of the built extension have
// their own config (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});
