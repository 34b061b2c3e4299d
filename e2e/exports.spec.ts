/**
 * Carrying figures out (part of issue 12): a chart's data as CSV equals its table, and the static files a
 * site ships (manifest, icons, robots.txt, a default social image) are served.
 */
import { applyPreset, attribute, defaultScenario, simulate } from '../lib/engine';
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
  expect(all.slice(0, 5)).toEqual([
    '# AI compute hosted per year',
    '# Scenario: Public data with 1 change',
    // Which change, in words (a file on paper has no link to click).
    '# Changed: World AI compute – 2025: $240B (Public data: $220B)',
    expect.stringMatching(/^# Live link: http:\/\/[^/]+\/\?v=3&sp=240$/),
    // Never quoted (pandas and R skip "# " lines only unquoted) and without commas (one cell in a spreadsheet).
    expect.stringMatching(/^# Source: AI Infrastructure Economics Explorer – model v\d+\. [^,]*$/),
  ]);
  const lines = all.slice(5);
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

/** A download's text without its byte-order mark, and its lines after the four "# " source lines. */
async function csvLines(download: import('@playwright/test').Download): Promise<{ source: string[]; lines: string[] }> {
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(text.startsWith('\uFEFF')).toBe(true);
  const all = text.slice(1).trimEnd().split('\r\n');
  return { source: all.slice(0, 4), lines: all.slice(4) };
}

test('the Risk view’s fans, histogram and drivers offer their data as CSV, the figures Node draws', async ({ page }) => {
  test.slow();
  const d = new DashboardPage(page);
  await d.goto('view=risk&n=2000&seed=7&v=3');
  await expect(page.locator('[data-run-status="full"]')).toBeVisible({ timeout: 30_000 });
  const expected = simulate(defaultScenario(), { samples: 2000, seed: 7 });

  // A fan: one row per cloud and year, named for the chart and the scenario, with the source lines.
  const fan = page.locator('[data-chart="risk-fan-hostedComputeUsdBn"]');
  const [fanFile] = await Promise.all([page.waitForEvent('download'), fan.getByRole('button', { name: /^CSV/ }).click()]);
  expect(fanFile.suggestedFilename()).toBe('ai-compute-hosted-per-year-the-range-of-outcomes-public-data.csv');
  const fanCsv = await csvLines(fanFile);
  expect(fanCsv.source[0]).toBe('# AI compute hosted per year: the range of outcomes');
  expect(fanCsv.source[2]).toMatch(/^# Live link: http:\/\/[^/]+\/\?/);
  const header = fanCsv.lines[0]!.split(',');
  expect(header.slice(0, 2)).toEqual(['Cloud', 'Year']);
  expect(fanCsv.lines).toHaveLength(1 + 4 * 7);
  const gcp2031 = fanCsv.lines.find((l) => l.startsWith('Google Cloud,2031,'))!.split(',');
  const median = header.findIndex((h) => /^Median/i.test(h));
  expect(median).toBeGreaterThan(1);
  expect(Number(gcp2031[median])).toBeCloseTo(expected.clouds.gcp.hostedComputeUsdBn.p50[6]!, 3);

  // The histogram: its bins and their draws.
  const gap = page.locator('[data-chart="risk-gap"]');
  const [gapFile] = await Promise.all([page.waitForEvent('download'), gap.getByRole('button', { name: /^CSV/ }).click()]);
  const gapCsv = await csvLines(gapFile);
  // The title's comma becomes a dash: the line stays whole in a spreadsheet's first cell, and unquoted.
  expect(gapCsv.source[0]).toBe('# Azure against its nearest hyperscaler rival on AI compute hosted – 2025-2031');
  expect(gapCsv.lines.length).toBeGreaterThan(5);
  // Its bins' edges as numbers a spreadsheet sorts, and every draw counted once.
  expect(gapCsv.lines[0]).toBe('From (USD bn),To (USD bn),Share of draws (%),Draws,Azure');
  const bins = gapCsv.lines.slice(1).map((l) => l.split(','));
  expect(bins.reduce((sum, b) => sum + Number(b[3]), 0)).toBe(2000);
  for (const b of bins) expect(Number(b[1]) - Number(b[0])).toBeCloseTo(Number(bins[0]![1]) - Number(bins[0]![0]), 6);

  // What moves the figure in focus: the tornado's rows first, in its order.
  const drivers = page.locator('[data-chart="risk-drivers"]');
  await expect(drivers.getByRole('button', { name: /^CSV/ })).toBeVisible({ timeout: 30_000 });
  const [driversFile] = await Promise.all([page.waitForEvent('download'), drivers.getByRole('button', { name: /^CSV/ }).click()]);
  const driversCsv = await csvLines(driversFile);
  expect(driversCsv.lines[0]).toMatch(/^Assumption,One at a time: low end,High end,/);
  await drivers.getByRole('button', { name: /Show table/ }).click();
  const firstRow = drivers.getByRole('table').first().getByRole('row').nth(1).getByRole('rowheader');
  const firstLabel = ((await firstRow.textContent()) ?? '').trim();
  expect(firstLabel.length).toBeGreaterThan(0);
  expect(driversCsv.lines[1]!.replace(/^"/, '').startsWith(firstLabel)).toBe(true);
});

test('the Compare waterfall offers its steps as CSV, from A to B', async ({ page }) => {
  const d = new DashboardPage(page);
  await d.goto('p=openai-dominance&v=3&view=compare');
  const card = page.locator('[data-chart="compare-waterfall"]');
  await expect(card.locator('[data-attribution-sentence]')).toBeVisible({ timeout: 30_000 });
  const [file] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: /^CSV/ }).click()]);
  const { source, lines } = await csvLines(file);
  expect(source[1]).toBe('# Scenario: OpenAI dominance');
  expect(lines[0]).toBe('Step,Contribution (USD bn),Running total (USD bn),Share of B − A (%)');
  const att = attribute(defaultScenario(), applyPreset('openai-dominance'), { cloud: 'azure', measure: 'hostedCompute' });
  expect(lines[1]).toBe(`A: Public data,,${Number(att.fromValue.toFixed(4))},`);
  expect(lines.at(-1)).toBe(`B: OpenAI dominance,,${Number(att.toValue.toFixed(4))},`);
  // Named for the chart with its years whole, and the scenario.
  expect(file.suggestedFilename()).toBe('from-a-to-b-what-changes-azure-s-ai-compute-hosted-2025-2031-openai-dominance.csv');
  expect(lines).toHaveLength(att.contributions.length + 3);
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
