/**
 * The Risk view (issue 10), as an analyst uses it: bands and odds drawn in a Web Worker, the same figures
 * from the same link in a fresh page and in Node, a tornado bar that opens its control, a switching value
 * that, once set, flips the answer, and settings in the link that report what they could not use.
 */
import { defaultScenario, leaderOn, evaluate, simulate, switchingValues, CLOUD_LABELS } from '../lib/engine';
import { formatUsdBn } from '../lib/format';
import { formatProbability } from '../lib/view-models/uncertainty';
import { DashboardPage } from './dashboard-page';
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';

// Fewer draws than the default keep the suite quick; the code path is the same.
const QUERY = 'view=risk&n=2000&seed=7&v=3';

async function openRisk(page: import('@playwright/test').Page, query = QUERY) {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  const d = new DashboardPage(page);
  await d.goto(query);
  await expect(page.locator('[data-run-status="full"]')).toBeVisible({ timeout: 30_000 });
  return { d, workers };
}

test.describe('Risk view', () => {
  test('draws bands and odds in a worker, equal to Node’s, and a fresh page from the link shows the same', async ({ page, browser }) => {
    const { workers } = await openRisk(page);
    // The simulation ran in a dedicated worker, not on the page's thread.
    expect(workers.some((url) => url.includes('worker'))).toBe(true);

    const expected = simulate(defaultScenario(), { samples: 2000, seed: 7 });
    const gcpRow = page.locator('[data-chart="risk-odds"] tr[data-cloud="gcp"]').first();
    await expect(gcpRow).toContainText(formatProbability(expected.hyperscalerLeadProbability.cumulative.gcp));
    await expect(page.locator('[data-run-status="full"]')).toContainText('2,000 draws, seed 7');

    // Bands: each hosted-compute panel draws two bands, a median line and the scenario on screen, dashed.
    const fan = page.locator('[data-chart="risk-fan-hostedComputeUsdBn"]');
    await expect(fan.locator('svg path')).toHaveCount(4 * 4);
    await expect(fan.locator('svg path[stroke-dasharray]')).toHaveCount(4);
    // Each panel names the scenario's own 2031 figure beside the median (Google Cloud's, as the engine gives it).
    await expect(fan.getByRole('heading', { name: /^Google Cloud/ })).toContainText(
      `this scenario ${formatUsdBn(evaluate(defaultScenario()).clouds.gcp.hostedComputeUsdBn[6]!)}`,
    );
    // Public data sits above most of its draws, and the card says why (its growth near the top of its ranges).
    await expect(fan.getByRole('heading', { name: /^Google Cloud/ })).toContainText(/, above (3 draws in 4|19 draws in 20)$/);
    await expect(fan.locator('[data-fan-lopsided]')).toHaveText(
      /^Why the dashed line sits above most draws: AI compute growth, 2026-2027 is \d+% a year, near the top of its plausible/,
    );
    // Its table: Google Cloud's 2031 median equals Node's.
    await fan.getByRole('button', { name: /Show table/ }).click();
    const gcpTable = fan.getByRole('region', { name: /Google Cloud/ });
    await expect(gcpTable.getByRole('row', { name: /^2031/ })).toContainText(formatUsdBn(expected.clouds.gcp.hostedComputeUsdBn.p50[6]!));
    // Company AI gross profit is the company's: its panels are named Microsoft, Amazon and Google, as the cards and charts name them.
    const profitFan = page.locator('[data-chart="risk-fan-companyGrossProfitUsdBn"]');
    for (const company of ['Microsoft', 'Amazon', 'Google']) await expect(profitFan.getByRole('heading', { name: new RegExp(`^${company}`) })).toBeVisible();
    await expect(profitFan.getByRole('heading', { name: /^Azure/ })).toHaveCount(0);

    // The histogram's bins are a measure: its axis says which, with its unit.
    await expect(page.locator('[data-chart="risk-gap"] [data-category-axis-label]')).toHaveText('Azure minus its nearest rival, 2025-2031 (USD)');
    // Its ticks are round bin edges, zero among them (where "behind" turns to "ahead"), not bins' midpoints.
    await expect(page.locator('[data-chart="risk-gap"] [data-category-label]', { hasText: /^\$0$/ })).toHaveCount(1);
    // Hovering a bar's middle names that bar (the labels sit at the edges; the pointer still finds the bars).
    const plot = page.locator('[data-chart="risk-gap"] [data-plot]');
    await plot.scrollIntoViewIfNeeded();
    const box = (await plot.boundingBox())!;
    const bins = await page.locator('[data-chart="risk-gap"] [data-category-label]').count();
    // Right of the bar's middle, still on it: a pointer that found the nearest label (at the edges) named the next bar.
    await page.mouse.move(box.x + box.width * (2.75 / bins), box.y + box.height / 2);
    const { edges } = expected.azureGap.histogram;
    await expect(page.locator('[data-chart="risk-gap"] [data-chart-tooltip]')).toContainText(`${formatUsdBn(edges[2]!)} to ${formatUsdBn(edges[3]!)}`);

    const sentence = await page.locator('[data-risk-sentence]').textContent();
    expect(sentence).toContain(`of 2,000 draws`);

    const fresh = await browser.newPage();
    await fresh.goto(page.url());
    await expect(fresh.locator('[data-run-status="full"]')).toBeVisible({ timeout: 30_000 });
    await expect(fresh.locator('[data-risk-sentence]')).toHaveText(sentence ?? '');
    await expect(fresh.locator('[data-chart="risk-odds"] tr[data-cloud="gcp"]').first()).toContainText(
      formatProbability(expected.hyperscalerLeadProbability.cumulative.gcp),
    );
    await fresh.close();
  });

  test('a switching value, once set, flips who leads on the headline’s measure', async ({ page }) => {
    const { d } = await openRisk(page);
    const scenario = defaultScenario();
    const from = leaderOn(evaluate(scenario), 'revenue');
    const first = switchingValues(scenario, { measure: 'revenue' }).find((r) => r.value !== null)!;
    const table = page.getByRole('region', { name: /Who leads on cloud AI revenue/ });
    await expect(table.locator('tbody tr').first()).toHaveAttribute('data-switch', first.id);
    // "X clearly/narrowly leads", or "a coin flip between X and …": X is the scenario's own leader.
    const leads = (c: string) => new RegExp(`(On cloud AI revenue, ${c} (clearly |narrowly )?leads|coin flip between ${c} and)`);
    await expect(d.headline()).toHaveText(leads(CLOUD_LABELS[from]));
    await table.getByRole('button', { name: /^Set / }).first().click();
    await expect(d.headline()).toHaveText(leads(CLOUD_LABELS[first.to!]));
    // The new value is in the link, and the control it set is in view with focus.
    await expect(page).toHaveURL(/view=risk/);
    await expect(page.locator(`[data-param="${first.id}"] [role="slider"]`)).toBeFocused();
  });

  test('a tornado bar opens its control and focuses it', async ({ page }) => {
    await openRisk(page);
    const bars = page.locator('[data-chart="risk-drivers"] ol').first().getByRole('button');
    await expect(bars.first()).toBeVisible({ timeout: 30_000 });
    await expect(bars.first()).toContainText('World AI compute, 2025');
    await bars.first().click();
    await expect(page.locator('[data-param="market.spend2025"] [role="slider"]')).toBeFocused();
  });

  test('a link with unusable settings opens the view and says what it ignored', async ({ page }) => {
    const d = new DashboardPage(page);
    await d.goto('view=risk&n=abc&spr=9&v=3');
    await expect(page.getByText(/Draws: “abc” is not a number; using 10,000/)).toBeVisible();
    await expect(page.getByText(/Range width: “9” is outside ×0 to ×2; using ×2/)).toBeVisible();
    await expect(page.locator('[data-run-status="full"]')).toContainText('10,000 draws', { timeout: 60_000 });
    await expect(page.locator('[data-run-status="full"]')).toContainText('range width ×2');
    // The address bar now holds what is shown (×2), so a reload or a shared link shows the same.
    await expect(page).toHaveURL(/spr=2(&|$)/);
  });

  test('moving a slider shows a preview, then the full run, and the settings change the link', async ({ page }) => {
    const { d } = await openRisk(page);
    const slider = d.slider('World AI compute, 2025');
    await slider.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-run-status="full"]')).toBeVisible({ timeout: 30_000 });
    await expect(page).toHaveURL(/[?&]sp=\d/);
    await page.getByText('Simulation settings').click();
    await page.getByRole('button', { name: 'Next seed' }).click();
    await expect(page).toHaveURL(/seed=8/);
    await expect(page.locator('[data-run-status="full"]')).toContainText('seed 8', { timeout: 30_000 });
  });

  test('opening the tab shows a preview labelled with its draws, then the full run', async ({ page }) => {
    const d = new DashboardPage(page);
    await d.goto('n=5000&v=3');
    // Every state of the run's status line (and the sentence above it) from here on, in order.
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { runStates: string[] }).runStates = []);
      new MutationObserver(() => {
        const status = document.querySelector('[data-run-status]');
        if (!status) return;
        const entry = `${status.getAttribute('data-run-status')}: ${status.textContent} | ${document.querySelector('[data-risk-sentence]')?.textContent}`;
        if (seen.at(-1) !== entry) seen.push(entry);
      }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    });
    await d.tab('Risk').hover();
    await d.tab('Risk').click();
    await expect(page.locator('[data-run-status="full"]')).toContainText('5,000 draws, seed 1', { timeout: 60_000 });
    const seen = await page.evaluate(() => (window as unknown as { runStates: string[] }).runStates);
    const answers = seen.filter((s) => !s.startsWith('none:'));
    // The first figures shown are a preview, said to be one, with its draws (200 drawn ahead, or the run's
    // own first 500); its odds are of those draws.
    const first = /^preview: Preview: the first (200|500) draws; the full 5,000 are drawing\./.exec(answers[0] ?? '');
    expect(first, answers.join('\n')).not.toBeNull();
    expect(answers.some((s) => s.startsWith('preview:') && s.includes(`of ${first![1]} draws`))).toBe(true);
    expect(answers.at(-1)).toMatch(/^full: 5,000 draws, seed 1,.* of 5,000 draws/);
  });

  test('passes axe with its tables open', async ({ page }) => {
    await openRisk(page);
    await page
      .locator('[data-chart="risk-drivers"]')
      .getByRole('button', { name: /Show table/ })
      .click();
    await expectNoSeriousAxeViolations(page);
  });
});
