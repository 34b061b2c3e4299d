import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit and fast-check property tests for pure code (engine, codec, view models, chart geometry, scripts), in
// node. The URL-state hooks (lib/state) run under nuqs's testing adapter in happy-dom, chosen per file with
// `// @vitest-environment happy-dom`. UI behaviour is tested in real Chromium by Playwright (e2e/).
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
