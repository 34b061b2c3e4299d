import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit and fast-check property tests for pure code only (engine, codec, view models, chart geometry, scripts).
// UI behaviour is tested in real Chromium by Playwright (e2e/), so no jsdom and no React plugin here.
export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    // Property tests run hundreds of whole-model evaluations; on a shared 2-core machine that can take
    // several seconds, far from a hang.
    testTimeout: 60_000,
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts'],
  },
});
