// Playwright's own `test`, not ./fixtures: the browser logs the 404 response itself as a console error,
// which is this test's point. Any other console or page error still fails it.
import { expect, test } from '@playwright/test';

test('a wrong address says so and links home', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 404/.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'This page does not exist' })).toBeVisible();
  await page.getByRole('link', { name: 'Open the dashboard' }).click();
  await expect(page.getByTestId('headline-sentence')).toBeVisible();
  expect(errors).toEqual([]);
});
