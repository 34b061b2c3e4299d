import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from '@playwright/test';

/**
 * Where to find Chromium for Playwright. Playwright cannot download browsers on machines without
 * general internet access, so fall back to a system Chromium (Debian's `chromium` package).
 * Order: Playwright's own bundled Chromium, then `chromium` / `chromium-browser` on PATH, then
 * /usr/bin/chromium. Returns undefined when none exists.
 */
export function findChromium(): string | undefined {
  const bundled = playwrightBundledChromium();
  if (bundled) return bundled;

  for (const name of ['chromium', 'chromium-browser']) {
    const onPath = whichSync(name);
    if (onPath) return onPath;
  }

  return isExecutableFile('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Flags for a quiet, offline, container-friendly headless run. */
export const chromiumLaunchArgs: string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function playwrightBundledChromium(): string | undefined {
  // Same registry as require('playwright-core').chromium; a static import avoids require() vs
  // import.meta differences between the CJS config loader and ESM.
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    // Playwright knows no bundled Chromium for this platform.
    return undefined;
  }
}

function whichSync(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
