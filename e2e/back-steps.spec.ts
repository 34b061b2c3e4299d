import { getParameter } from '../lib/engine';
import { test, expect } from './fixtures';

/** Public data's near-term growth (fitted: read from the registry). */
const GN = Number(getParameter('market.growthNear')!.default);
const NUDGED = new RegExp(`gn=${GN + 1}\\b`);
import { DashboardPage } from './dashboard-page';

// Each gesture is its own step back: a keyboard nudge, then a click a moment later, are two entries.
test('Back undoes a click and a keyboard nudge one at a time', async ({ page }) => {
  const d = new DashboardPage(page);
  await d.goto();
  const slider = d.slider('AI compute growth, 2026-2027');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(NUDGED);
  await page
    .getByRole('group', { name: /AWS strategy/ })
    .first()
    .getByRole('radio', { name: /Vertical/ })
    .check();
  await expect(page).toHaveURL(/staw=vertical/);
  await page.goBack();
  await expect(page).toHaveURL(NUDGED);
  await expect(page).not.toHaveURL(/staw=vertical/);
  await page.goBack();
  await expect(page).not.toHaveURL(NUDGED);
  await expect(slider).toHaveAttribute('aria-valuenow', String(GN));
});

test('Back keeps a nudge and a click made in quick succession apart', async ({ page }) => {
  const d = new DashboardPage(page);
  await d.goto();
  const slider = d.slider('AI compute growth, 2026-2027');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  // Within one throttle window of the nudge.
  await page
    .getByRole('group', { name: /AWS strategy/ })
    .first()
    .getByRole('radio', { name: /Vertical/ })
    .check();
  await expect(page).toHaveURL(/staw=vertical/);
  await expect(page).toHaveURL(NUDGED);
  await page.goBack();
  await expect(page).not.toHaveURL(/staw=vertical/);
  await expect(page).toHaveURL(NUDGED);
});
