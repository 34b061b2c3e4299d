// Where Chromium is and how to launch it, for every script and test that drives one: Playwright's
// config and e2e specs (through e2e/chromium.ts), bench-ui and screenshots. CommonJS so that both the
// TypeScript Playwright config (compiled to CommonJS) and the plain-Node .mjs scripts can load it;
// its types are in chromium.d.cts.
//
// Playwright cannot download browsers on machines without general internet access, so after
// Playwright's own bundled Chromium this falls back to a system Chromium (Debian's `chromium`).
'use strict';
const { accessSync, constants, existsSync, statSync } = require('node:fs');
const { delimiter, join } = require('node:path');

/** Playwright's bundled Chromium, then `chromium` / `chromium-browser` on PATH, then /usr/bin/chromium. */
function findChromium() {
  try {
    const bundled = require('@playwright/test').chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright knows no bundled Chromium for this platform.
  }
  for (const name of ['chromium', 'chromium-browser']) {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
      if (!dir) continue;
      const candidate = join(dir, name);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return isExecutableFile('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

// A quiet, offline, container-friendly headless run (DEVELOPERS.md's flags that work on these machines).
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launch args for Chromium driven by Playwright (tests, bench, screenshots). */
const chromiumLaunchArgs = ['--headless', ...QUIET_FLAGS, '--disable-quic'];

/** Flags for the Chromium that Lighthouse drives through chrome-launcher (its new headless mode). */
const lighthouseChromeFlags = ['--headless=new', ...QUIET_FLAGS];

module.exports = { findChromium, chromiumLaunchArgs, lighthouseChromeFlags };
