import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit and fast-check property tests for pure code only (engine, codec, view models, scripts).
// UI behaviour is tested in real Chromium by Playwright (e2e/), so no jsdom and no React plugin here.
export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts'],
  },
});
