/**
 * Chromium for Playwright: found and launched as by every script here (scripts/chromium.cjs, one
 * lookup for tests, bench and screenshots).
 */
export { chromiumLaunchArgs, findChromium } from '../scripts/chromium.cjs';
