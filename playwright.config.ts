import { defineConfig } from '@playwright/test';
import { chromiumLaunchArgs, findChromium } from './e2e/chromium';

// Runs against the production build: `npm run build` first (`npm test` does so).
// E2E_PORT lets two checkouts (git worktrees) run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const isCI = !!process.env.CI;

const executablePath = findChromium();
if (!executablePath) {
  throw new Error('No Chromium found. On Debian: sudo apt-get install -y chromium. Elsewhere: npx playwright install chromium.');
}

export default defineConfig({
  testDir: 'e2e',
  workers: 2,
  // Tests, not files, are shared out between the two workers: dashboard.spec alone took 7 of the suite's 14
  // minutes on a loaded machine, on one worker while the other had finished. Every test opens its own page;
  // a file's beforeAll runs once per worker that takes its tests (e2e/embed.spec.ts starts its own site).
  fullyParallel: true,
  retries: isCI ? 1 : 0,
  forbidOnly: isCI,
  reporter: 'list',
  // axe on a full dashboard takes seconds on a shared 2-core machine; leave room.
  timeout: 60_000,
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  // The production front (server.mjs, what `npm run serve` runs): Next's handler behind the request bounds,
  // with Node's header limit set to the longest legitimate link (lib/http/request-limits.mjs). Run by node
  // directly, not npx: killing npx leaves the server orphaned.
  webServer: {
    command: `node server.mjs -p ${port}`,
    url: baseURL,
    reuseExistingServer: !isCI,
    timeout: 60_000,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath, args: chromiumLaunchArgs },
      },
    },
  ],
});
