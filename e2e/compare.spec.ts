/**
 * Comparing two scenarios (issue 11), as an analyst does: pin a baseline, change two assumptions, and send
 * the link; the receiver sees the same ghost series, differences and waterfall, and the waterfall's bars
 * add up to the difference the engine computes.
 */
import { applyPreset, attribute, defaultScenario, evaluate } from '../lib/engine';
import { formatUsdBn, formatUsdBnChange } from '../lib/format';
import { DashboardPage } from './dashboard-page';
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';

test.describe('Compare', () => {
  test('pinning and unpinning by keyboard keep the focus: on Unpin once pinned, on Pin once unpinned', async ({ page }) => {
    const d = new DashboardPage(page);
    await d.goto('p=seed&v=3');
    const pin = page.getByRole('button', { name: 'Pin as baseline' });
    await pin.focus();
    await page.keyboard.press('Enter');
    const unpin = page.getByRole('button', { name: 'Unpin the baseline (Seed thesis)' });
    await expect(unpin).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(pin).toBeFocused();
    await expect(page).not.toHaveURL(/b=/);
  });

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
    await page
      .getByTestId('baseline-chip')
      .getByRole('button', { name: /^Unpin/ })
      .click();
    await expect(page).not.toHaveURL(/b=/);
    await expect(page.getByTestId('headline-notes')).toContainText('changes against Public data');
  });

  test('compares with a preset chosen as the baseline, and passes axe', async ({ page }) => {
    const d = new DashboardPage(page);
    await d.goto('view=compare&v=3');
    // Choosing is not comparing: the button applies the choice.
    await page.getByRole('combobox', { name: /or compare with/ }).selectOption('openai-dominance');
    await expect(page).not.toHaveURL(/b=/);
    await page.getByRole('button', { name: 'Compare with OpenAI dominance as A' }).click();
    await expect(page).toHaveURL(/b=p\.openai-dominance/);
    // The keyboard's place stays in the compare controls (the pressed button is disabled until the next choice).
    await expect(page.getByRole('combobox', { name: /or compare with/ })).toBeFocused();
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

  test('a third and a fourth column, each figure against A; the link reproduces them; removing one by keyboard', async ({ page, browser }) => {
    test.slow();
    const d = new DashboardPage(page);
    await d.goto('p=seed&v=3&view=compare');
    await expect(page.getByRole('heading', { name: 'Compare two scenarios' })).toBeVisible();
    const add = page.getByRole('combobox', { name: 'Add a column' });
    // By keyboard: browsing the options with the arrow keys adds nothing (WCAG 3.2.2); Enter adds the one
    // chosen, here the first: the scenario on screen (the seed thesis).
    await add.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(page.locator('[data-side="c"]')).toHaveCount(0);
    expect(new URL(page.url()).searchParams.getAll('cc')).toEqual([]);
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-side="c"]')).toContainText('Seed thesis');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('cc')).toEqual(['p.seed']);
    // The select is ready for the next choice, and keeps the focus; the button names what it adds.
    await expect(add).toHaveValue('');
    await expect(add).toBeFocused();
    await add.selectOption('openai-dominance');
    await page.getByRole('button', { name: 'Add a column: OpenAI dominance' }).click();
    await expect(page.getByRole('heading', { name: 'Compare four scenarios' })).toBeVisible();
    // The words speak of each added column too, on the headline's measure.
    await expect(page.locator('[data-compare-sentences]')).toContainText('From A to C, the largest move in cloud AI revenue, 2025-2031');
    await expect(page.locator('[data-compare-sentences]')).toContainText('From A to D, the largest move in cloud AI revenue, 2025-2031');
    await expect(page.locator('[data-side="d"]')).toContainText('OpenAI dominance');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('cc')).toEqual(['p.seed', 'p.openai-dominance']);
    await expect(add).toBeDisabled();
    // The view is full: the focus goes to the new column's Remove, not to the page's start.
    await expect(page.getByRole('button', { name: 'Remove column D (OpenAI dominance)' })).toBeFocused();

    // Column D's figure, and its change against A (Public data), as the engine gives them.
    const azure = (s: ReturnType<typeof defaultScenario>) => evaluate(s).clouds.azure.cumulative.hostedComputeUsdBn;
    const [aHosted, dHosted] = [azure(defaultScenario()), azure(applyPreset('openai-dominance'))];
    const cell = (letter: string) => page.locator('[data-figure="azure:AI compute hosted"] [data-cell="' + letter + '"]');
    await expect(page.locator('thead [data-column]')).toHaveText([/^A/, /^B/, /^C/, /^D/]);
    await expect(cell('D')).toContainText(formatUsdBn(dHosted));
    await expect(cell('D').locator('[data-diff]')).toHaveText(`${formatUsdBnChange(dHosted - aHosted)} against A`);
    await expect(cell('A').locator('[data-diff]')).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);

    // The link reproduces the four columns on a fresh page.
    const context = await browser.newContext();
    const fresh = await context.newPage();
    await new DashboardPage(fresh).goto(new URL(page.url()).search.slice(1));
    await expect(fresh.locator('thead [data-column]')).toHaveCount(4);
    await expect(fresh.locator('[data-side="d"]')).toContainText('OpenAI dominance');
    await expect(fresh.locator('[data-figure="azure:AI compute hosted"] [data-cell="D"]')).toHaveText((await cell('D').textContent()) ?? '');
    await context.close();

    // Remove column C by keyboard: D moves up to C, and the link keeps one column.
    await page.getByRole('button', { name: 'Remove column C (Seed thesis)' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Compare three scenarios' })).toBeVisible();
    await expect(page.locator('[data-side="c"]')).toContainText('OpenAI dominance');
    await expect(page.locator('[data-side="d"]')).toHaveCount(0);
    await expect.poll(() => new URL(page.url()).searchParams.getAll('cc')).toEqual(['p.openai-dominance']);
    await expect(add).toBeEnabled();
    await expect(add).toBeFocused();
  });

  test('a link with more than four scenarios or an unreadable column opens, keeps what it can and says what it ignored', async ({ page }) => {
    const d = new DashboardPage(page);
    await d.goto('v=3&view=compare&cc=p.seed&cc=garbage&cc=p.slowdown');
    await expect(page.getByText(/Ignored a Compare column, “garbage”/)).toBeVisible();
    await expect(page.getByText(/The link compares 5 scenarios; the Compare view shows 4/)).toBeVisible();
    await expect(page.locator('thead [data-column]')).toHaveCount(3);
    await expect(page.locator('[data-side="c"]')).toContainText('Seed thesis');
  });
});
