import { defineConfig } from '@playwright/test';
import { chromiumLaunchArgs, findChromium } from './e2e/chromium';

// Runs against the production build: `npm run build` first (`npm test` does so).
// E2E_PORT lets two checkouts (git worktrees) run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const isCI = !!process.env.CI;

const executablePath = findChromium();
if (!executablePath) {
  throw new Error(
    'No Chromium found. On Debian: sudo apt-get install -y chromium. Elsewhere: npx playwright install chromium.',
  );
}

export default defineConfig({
  testDir: 'e2e',
  workers: 2,
  retries: isCI ? 1 : 0,
  forbidOnly: isCI,
  reporter: 'list',
  // axe on a full dashboard takes seconds on a shared 2-core machine; leave room.
  timeout: 60_000,
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  // node_modules/.bin/next, not npx: killing npx leaves next-server orphaned.
  webServer: {
    // A larger header limit than Node's 16 KB, so that even a link with a 100,000-character value is
    // answered with the dashboard and its notice (Chromium sends URLs up to 2 MB).
    command: `node --max-http-header-size=262144 node_modules/next/dist/bin/next start -p ${port}`,
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
