import { getParameter } from '../lib/engine';
/**
 * Chart images (issue 12): from a card's Export menu, a PNG at 2× for slides and an SVG whose title is the
 * card's and whose link is the scenario on screen at the click (not the address bar, which trails a key
 * press by one throttle window). Drawn by the server: /api/chart answers a wrong chart in words.
 */
import { DashboardPage } from './dashboard-page';
import { expect, test } from './fixtures';
import type { Download } from '@playwright/test';

async function bytes(download: Download): Promise<Buffer> {
  return Buffer.concat(await (await download.createReadStream()).toArray());
}

test('a card’s PNG is 2400×1350 and its SVG has the card’s title and the scenario’s link', async ({ page }) => {
  const d = new DashboardPage(page);
  await d.goto();
  const slider = d.slider('AI compute growth, 2026-2027');
  await slider.focus();
  // Three quick presses, then straight to the menu: the image's link must hold all three.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const nudged = String(Number(getParameter('market.growthNear')!.default) + 3);
  await expect(slider).toHaveAttribute('aria-valuenow', nudged);

  const card = page.locator('[data-chart="hosted"]');
  const title = (await card.getByRole('heading').textContent())?.trim() ?? '';
  expect(title).toBe('AI compute hosted per year');
  await card.getByRole('button', { name: /^Export/ }).click();
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: new RegExp(`^SVG: download the chart image of ${title}`) }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe('ai-compute-hosted-per-year-public-data-with-1-change.svg');
  const svg = (await bytes(svgDownload)).toString('utf8');
  expect(/<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1]).toBe(title);
  const link = /href="([^"]+)"/.exec(svg)?.[1]?.replace(/&amp;/g, '&') ?? '';
  expect(new URL(link).searchParams.get('gn')).toBe(nudged);
  expect(svg).toContain('Source: AI Infrastructure Economics Explorer, model v');

  // The menu closed with the download: open it again for the PNG.
  await card.getByRole('button', { name: /^Export/ }).click();
  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: /^PNG: download the chart image of AI compute hosted per year/ }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toBe('ai-compute-hosted-per-year-public-data-with-1-change.png');
  const png = await bytes(pngDownload);
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2400, 1350]);
});

test('/api/chart answers an unknown chart with a 404 naming the charts, and a bad value on the image', async ({ request }) => {
  const missing = await request.get('/api/chart?chart=nope&format=png');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-type']).toContain('text/plain');
  const text = await missing.text();
  expect(text).toContain('There is no chart “nope”');
  for (const id of ['hosted', 'winners', 'silicon-margin', 'commitments']) expect(text).toContain(id);

  const repaired = await request.get('/api/chart?chart=margin&format=svg&v=3&gn=abc&p=seed');
  expect(repaired.status()).toBe(200);
  expect(repaired.headers()['content-type']).toContain('image/svg+xml');
  expect(repaired.headers()['cache-control']).toContain('max-age=');
  expect(repaired.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  const svg = await repaired.text();
  expect(svg).toContain('Not used as given (1)');
  expect(svg).toContain('p=seed');
});
