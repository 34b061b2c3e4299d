/**
 * Carrying figures out (part of issue 12): a chart's data as CSV equals its table, and the static files a
 * site ships (manifest, icons, robots.txt, a default social image) are served.
 */
import { DashboardPage } from './dashboard-page';
import { expect, test } from './fixtures';

test('a chart’s CSV has its table’s header and values', async ({ page }) => {
  const d = new DashboardPage(page);
  await d.goto('sp=240&v=3');
  const card = page.locator('[data-chart="hosted"]');
  await card.getByRole('button', { name: /^Export/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: /^CSV/ }).click()]);
  // Named for what it is, and the menu closes once the file is on its way.
  expect(download.suggestedFilename()).toBe('ai-compute-hosted-per-year-public-data-with-1-change.csv');
  await expect(card.getByRole('button', { name: /^CSV/ })).toBeHidden();
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  // A byte-order mark first, so Excel reads the file as UTF-8 (the "→" in commitment names, the "’").
  expect(text.startsWith('\uFEFF')).toBe(true);
  const all = text.slice(1).trimEnd().split('\r\n');
  // What the file is, first: the chart, the scenario, its live link, the source (as the images' footer).
  expect(all.slice(0, 4)).toEqual([
    '# AI compute hosted per year',
    '# Scenario: Public data with 1 change',
    expect.stringMatching(/^# Live link: http:\/\/[^/]+\/\?v=3&sp=240$/),
    expect.stringMatching(/^"# Source: AI Infrastructure Economics Explorer, model v\d+\. /),
  ]);
  const lines = all.slice(4);
  expect(lines[0]).toBe(
    'Year,Microsoft: Azure and its own products (USD bn),Amazon: AWS and its own products (USD bn),Google: Cloud and its own products (USD bn),Other: neoclouds and self-builders (USD bn)',
  );
  const azure2031 = Number(lines[7]!.split(',')[1]);
  // The same figure, as the table shows it.
  await card.getByRole('button', { name: /Show table/ }).click();
  const cell = card.getByRole('row', { name: /^2031/ }).getByRole('cell').first();
  const shown = (await cell.textContent()) ?? '';
  const value = Number(shown.replace(/[^0-9.]/g, '')) * (shown.includes('T') ? 1000 : 1);
  expect(Math.abs(value - azure2031) / azure2031).toBeLessThan(0.05);
});

test('serves the web manifest, icons, robots.txt and a default social image', async ({ request }) => {
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.ok()).toBe(true);
  const json = await manifest.json();
  expect(json.name).toBe('AI Infrastructure Economics Explorer');
  for (const icon of json.icons as { src: string }[]) expect((await request.get(icon.src)).ok(), icon.src).toBe(true);
  const robots = await request.get('/robots.txt');
  expect(await robots.text()).toContain('User-agent: *');
  const og = await request.get('/og-default.png');
  expect(og.headers()['content-type']).toBe('image/png');
});
