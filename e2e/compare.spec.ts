/**
 * Comparing two scenarios (issue 11), as an analyst does: pin a baseline, change two assumptions, and send
 * the link; the receiver sees the same ghost series, differences and waterfall, and the waterfall's bars
 * add up to the difference the engine computes.
 */
import { applyPreset, attribute, defaultScenario } from '../lib/engine';
import { formatUsdBn, formatUsdBnChange } from '../lib/format';
import { DashboardPage } from './dashboard-page';
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';

test.describe('Compare', () => {
  test('pin a baseline, change two assumptions, and a fresh page from the link shows the same comparison', async ({ page, browser }) => {
    const d = new DashboardPage(page);
    await d.goto('p=seed&v=3');
    await page.getByRole('button', { name: 'Pin as baseline' }).click();
    await expect(page.getByTestId('baseline-chip')).toContainText('Seed thesis');
    await expect(page).toHaveURL(/b=p\.seed/);

    // Two changes, both by keyboard on sliders.
    await d.slider('World AI compute, 2025').focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await d.slider('AI compute growth, 2026-2027').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/sp=/);
    await expect(page).toHaveURL(/gn=/);

    // Every card's change is now against the baseline, and the charts carry its ghosts.
    await expect(page.getByTestId('headline-notes')).toContainText('changes against the baseline (Seed thesis)');
    await expect(page.locator('[data-chart="hosted"] path[data-ghost]')).toHaveCount(4);

    await d.tab('Compare').click();
    await expect(page).toHaveURL(/view=compare/);
    const rows = page.locator('[data-differs]');
    await expect(rows).toHaveCount(2);
    // The figure in focus is chosen by keyboard-free select and kept in the link.
    await page.locator('[data-chart="compare-waterfall"]').getByRole('combobox', { name: 'Figure' }).selectOption('companyGrossProfit');
    await expect(page).toHaveURL(/fm=companyGrossProfit/);
    const sentence = page.locator('[data-attribution-sentence]');
    await expect(sentence).toBeVisible({ timeout: 30_000 });

    // The waterfall adds up: the engine's attribution for the same pair, shown bar by bar.
    const url = new URL(page.url());
    const from = applyPreset('seed');
    const to = { ...from };
    const spText = url.searchParams.get('sp');
    const gnText = url.searchParams.get('gn');
    to['market.spend2025'] = Number(spText);
    to['market.growthNear'] = Number(gnText);
    const att = attribute(from, to, { cloud: 'azure', measure: 'companyGrossProfit' });
    expect(att.contributions).toHaveLength(2);
    const sum = att.contributions.reduce((s, c) => s + c.value, 0);
    expect(Math.abs(sum - att.total)).toBeLessThan(1e-9 * Math.max(1, Math.abs(att.total)));
    await expect(sentence).toContainText(`from ${formatUsdBn(att.fromValue)} to ${formatUsdBn(att.toValue)} (${formatUsdBnChange(att.total)})`);
    for (const c of att.contributions) {
      await expect(page.locator(`[data-step="${c.key}"]`)).toContainText(formatUsdBnChange(c.value));
    }
    // A bar opens its assumptions.
    const top = page.locator('[data-step]').first();
    await top.click();
    await expect(top).toHaveAttribute('aria-expanded', 'true');

    const fresh = await browser.newPage();
    await fresh.goto(page.url());
    await expect(fresh.getByTestId('baseline-chip')).toContainText('Seed thesis');
    await expect(fresh.locator('[data-differs]')).toHaveCount(2);
    await expect(fresh.locator('[data-attribution-sentence]')).toHaveText((await sentence.textContent()) ?? '', { timeout: 30_000 });
    await fresh.getByRole('tab', { name: 'Strategies' }).click();
    await expect(fresh.locator('[data-chart="hosted"] path[data-ghost]')).toHaveCount(4);
    await fresh.close();

    // Unpin: back to "against Public data", no ghosts.
    await page.getByTestId('baseline-chip').getByRole('button', { name: /^Unpin/ }).click();
    await expect(page).not.toHaveURL(/b=/);
    await expect(page.getByTestId('headline-notes')).toContainText('changes against Public data');
  });

  test('compares with a preset chosen as the baseline, and passes axe', async ({ page }) => {
    const d = new DashboardPage(page);
    await d.goto('view=compare&v=3');
    await page.getByRole('combobox', { name: /or compare with/ }).selectOption('openai-dominance');
    await expect(page).toHaveURL(/b=p\.openai-dominance/);
    await expect(page.locator('[data-side="a"]')).toContainText('OpenAI');
    await expect(page.locator('[data-attribution-sentence]')).toBeVisible({ timeout: 30_000 });
    const att = attribute(applyPreset('openai-dominance'), defaultScenario(), { cloud: 'azure', measure: 'hostedCompute' });
    await expect(page.locator('[data-attribution-method]')).toContainText(`${att.contributions.length} group`);
    await expectNoSeriousAxeViolations(page);
  });

  test('an unreadable baseline in a link is reported, and the dashboard compares with Public data', async ({ page }) => {
    const d = new DashboardPage(page);
    await d.goto('v=3&b=nonsense&view=compare');
    await expect(page.getByText(/Ignored the baseline “nonsense”/)).toBeVisible();
    await expect(page.locator('[data-side="a"]')).toContainText('Public data');
  });

  test('a baseline with one unusable value keeps the rest, says so, and the address bar keeps what is shown', async ({ page }) => {
    const d = new DashboardPage(page);
    await d.goto('v=3&b=p.seed_sp.notanumber&view=compare');
    await expect(page.getByText(/Baseline: World AI compute, 2025: “notanumber” is not a number/)).toBeVisible();
    await expect(page.locator('[data-side="a"]')).toContainText('Seed thesis');
    await expect(page).toHaveURL(/b=p\.seed(&|$)/);
  });
});
