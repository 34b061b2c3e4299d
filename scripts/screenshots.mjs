// Screenshots of the production build for a person to look at: node scripts/screenshots.mjs [baseURL] [outDir]
// Starts nothing: run `npm run serve` (or `next start`) first. Views and sizes from DEVELOPERS.md.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { findChromium, chromiumLaunchArgs } from './bench-ui-lib.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const out = process.argv[3] ?? '/tmp/screens';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumLaunchArgs });
const shots = (process.env.SHOTS ?? '/,/?view=shares,/?view=silicon,/?view=commitments,/methodology').split(',');
for (const [w, h] of [
  [1440, 900],
  [390, 844],
]) {
  for (const scheme of (process.env.SCHEMES ?? 'light').split(',')) {
    const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
    page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
    page.on('pageerror', (e) => console.log('page error:', e.message));
    for (const path of shots) {
      await page.goto(base + path, { waitUntil: 'networkidle' });
      if (!path.startsWith('/methodology')) {
        // Charts are in the server's HTML; wait for hydration so the page is as a user sees it, and for a
        // view's plots to answer the pointer (Compare without a baseline, and Risk, draw none of those).
        await page.waitForSelector('html[data-hydrated]', { timeout: 30000 });
        if (!/view=(compare|risk)/.test(path)) await page.waitForSelector('[data-chart] [data-plot][data-interactive]', { timeout: 20000 });
      }
      await page.waitForTimeout(400);
      const name = `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${w}-${scheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL === '1' });
      console.log(`${out}/${name}`);
    }
    await page.close();
  }
}
await browser.close();
