import { commitmentSummary } from '../lib/view-models/commitments';
import { applyPreset, evaluate } from '../lib/engine';
import { test, expect, expectNoSeriousAxeViolations } from './fixtures';
import { DashboardPage } from './dashboard-page';

// Model v3: signed contracts are honoured as floors in Public data; the Commitments view and the working
// page show what the floors moved, and the "Contracts renegotiated" preset relaxes them.
test.describe('contracts that count', () => {
  test('the Commitments view says what the floors moved, and a lower share taken moves less', async ({ page }) => {
    const d = new DashboardPage(page);
    await d.goto('view=commitments&v=3');
    const summary = page.getByTestId('commitments-summary');
    const expected = commitmentSummary(evaluate(applyPreset('public')));
    await expect(summary).toHaveText(expected.text);
    await expect(summary).toContainText('honouring 100% of each schedule moves');
    const table = page.getByRole('region', { name: 'Contracts table' });
    await expect(table.getByRole('row', { name: /OpenAI → Azure/ })).toContainText('→');
    await expect(table.getByText('Honoured by the floor').first()).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    // Contracts renegotiated: half of each schedule taken.
    await d.goto('view=commitments&v=3&p=renegotiated');
    await expect(summary).toHaveText(commitmentSummary(evaluate(applyPreset('renegotiated'))).text);
    await expect(summary).toContainText('honouring 50% of each schedule');
    // Off: nothing moves.
    await d.goto('view=commitments&v=3&ctk=0');
    await expect(summary).toContainText('contracts are not honoured here (0% taken), so nothing moves');
  });

  test('on a phone each contract’s sources fold under “Sources”; from a tablet up they show under its name', async ({ page }) => {
    const d = new DashboardPage(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await d.goto('view=commitments&v=3');
    const row = page.getByRole('region', { name: 'Contracts table' }).getByRole('row', { name: /OpenAI → Azure/ });
    const sources = row.getByText(/^Signed contracts \(facts ledger\): Microsoft Azure \$250B/);
    await expect(sources).toHaveCount(2); // folded copy and the wide screens' copy, one of them displayed
    await expect(sources.filter({ visible: true })).toHaveCount(0);
    // The sticky name column stays short: the row is about as tall as the name and the fold.
    const folded = await row.boundingBox();
    expect(folded!.height).toBeLessThan(140);
    await row.getByText('Sources', { exact: true }).click();
    await expect(sources.filter({ visible: true })).toHaveCount(1);
    await expectNoSeriousAxeViolations(page);

    await page.setViewportSize({ width: 800, height: 900 });
    await expect(sources.filter({ visible: true })).toHaveCount(1);
    await expect(row.getByText('Sources', { exact: true })).toBeHidden();
  });

  test('the working page lays out each contract’s schedule, the floor’s lift and the leases', async ({ page }) => {
    await page.goto('/working?v=3');
    const step = page.locator('#contracts');
    await expect(step).toContainText('Signed contracts: schedules, the lab’s own bill, and where a floor lifted it');
    await expect(step.getByRole('table', { name: /OpenAI → Azure/ })).toContainText('Lifted by the floor');
    await expect(step.getByRole('table', { name: /Microsoft’s capacity leased from neoclouds/ })).toContainText('Lease payments (counted under Azure)');
    await expectNoSeriousAxeViolations(page);
  });
});
