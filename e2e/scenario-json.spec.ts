import { getParameter } from '../lib/engine';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectNoSeriousAxeViolations } from './fixtures';
import { DashboardPage } from './dashboard-page';

/** A URL's query as sorted pairs: the address bar's key order is nuqs's, the link's is the codec's. */
function pairs(urlOrQuery: string): string[] {
  const query = urlOrQuery.includes('?') ? urlOrQuery.slice(urlOrQuery.indexOf('?') + 1) : urlOrQuery;
  return [...new URLSearchParams(query)].map(([k, v]) => `${k}=${v}`).sort();
}

/** Opens the header's Export menu. */
async function openExport(page: Page) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Download scenario (JSON)' })).toBeVisible();
}

/** Downloads the scenario on screen as JSON and returns the file's text. */
async function downloadJson(page: Page): Promise<string> {
  await openExport(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download scenario (JSON)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  // The menu closes once the file is on its way, focus back on its button, and says so to a screen reader.
  await expect(page.getByRole('button', { name: 'Download scenario (JSON)' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
  await expect(page.getByTestId('export-announcement')).toHaveText(
    `Downloaded “${JSON.parse(readFileSync((await download.path())!, 'utf8')).name}” as ${download.suggestedFilename()}.`,
  );
  return readFileSync((await download.path())!, 'utf8');
}

/** Imports a file's text through the menu's file input, as choosing it in the file dialog does. */
async function importJson(page: Page, name: string, text: string) {
  await openExport(page);
  await page.getByLabel('Scenario file (JSON) to import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('a scenario changed by keyboard goes to JSON and back: same figures, same link', async ({ page, browser }) => {
  const d = new DashboardPage(page);
  await d.goto();
  await d.slider('AI compute growth, 2026-2027').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await d.slider('World AI compute, 2025').focus();
  await page.keyboard.press('ArrowRight');
  // The file is written from the screen at the click, without waiting for the throttled address bar.
  const text = await downloadJson(page);
  const doc = JSON.parse(text);
  expect(doc.format).toBe('ai-infra-explorer/scenario');
  // Public data's fitted values, nudged: growth two steps of 1, compute one step of 5.
  const gn = Number(getParameter('market.growthNear')!.default) + 2;
  const sp = Number(getParameter('market.spend2025')!.default) + 5;
  expect(doc.assumptions['market.growthNear']).toMatchObject({ value: gn, unit: '%/yr', label: 'AI compute growth, 2026-2027', changed: true });
  expect(doc.assumptions['market.spend2025']).toMatchObject({ value: sp, unit: 'USD bn', changed: true });
  expect(doc.link).toBe(`v=3&sp=${sp}&gn=${gn}`);
  await expect.poll(() => pairs(page.url())).toEqual(pairs(doc.link));
  const hosted = await d.hosted('azure');

  // A fresh page at Public data, then the file.
  const fresh = await browser.newPage();
  const f = new DashboardPage(fresh);
  await f.goto();
  const publicHosted = await f.hosted('azure');
  expect(publicHosted).not.toBe(hosted);
  await importJson(fresh, 'scenario.json', text);
  await expect(fresh.getByRole('status').filter({ hasText: 'Imported “Public data, 2 changes”' })).toBeVisible();
  await expect.poll(() => pairs(fresh.url())).toEqual(pairs(doc.link));
  await expect.poll(() => f.hosted('azure')).toBe(hosted);
  await expect(f.slider('World AI compute, 2025')).toHaveAttribute('aria-valuenow', String(sp));
  // Back undoes the import as one step.
  await fresh.keyboard.press('Escape');
  await fresh.goBack();
  await expect(fresh).not.toHaveURL(new RegExp(`sp=${sp}(&|$)`));
  await expect.poll(() => f.hosted('azure')).toBe(publicHosted);
  await fresh.close();
});

test('a value out of range is clamped and reported, as a link would be', async ({ page }) => {
  const d = new DashboardPage(page);
  await d.goto('v=3&p=seed');
  const doc = JSON.parse(await downloadJson(page));
  doc.assumptions['market.spend2025'].value = 9999;
  await page.keyboard.press('Escape');
  await importJson(page, 'edited.json', JSON.stringify(doc, null, 2));
  const status = page.getByRole('status').filter({ hasText: 'Imported' });
  await expect(status).toContainText('with one problem');
  await expect(status).toContainText('World AI compute, 2025: “9999” is outside $50B to $600B; using $600B.');
  await expect(page).toHaveURL(/sp=600/);
  await expect(page).toHaveURL(/p=seed/);
});

test('an unreadable file is refused in words and changes nothing', async ({ page }) => {
  const d = new DashboardPage(page);
  await d.goto('v=3&p=seed&gn=50');
  const url = page.url();
  const hosted = await d.hosted('azure');

  await importJson(page, 'broken.json', '{\n  "format": "ai-infra-explorer/scenario",\n  oops\n}');
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await expect(alert).toContainText('broken.json: Line 3, column 3: the file is not JSON from here (“oops”).');
  await expectNoSeriousAxeViolations(page);

  await page.keyboard.press('Escape');
  await importJson(page, 'other.json', JSON.stringify({ format: 'something-else', assumptions: {} }));
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported' })).toContainText('other.json: This is not a scenario from this dashboard');
  expect(page.url()).toBe(url);
  expect(await d.hosted('azure')).toBe(hosted);
});

test('the Export menu works from the keyboard and passes axe', async ({ page }) => {
  const d = new DashboardPage(page);
  await d.goto();
  const trigger = page.getByRole('button', { name: 'Export', exact: true });
  await trigger.focus();
  await page.keyboard.press('Enter');
  const first = page.getByRole('button', { name: 'Download scenario (JSON)' });
  await expect(first).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Import a scenario (JSON)…' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Print this view' })).toBeFocused();
  await expectNoSeriousAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(first).toBeHidden();
  await expect(trigger).toBeFocused();
  // "Print this view" closes the menu, then opens the browser's print dialog (counted here instead).
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => void w.printed++;
  });
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Print this view' }).press('Enter');
  await expect(first).toBeHidden();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('the methodology page describes the scenario file, field by field', async ({ page }) => {
  await page.goto('/methodology');
  const section = page.getByRole('region', { name: 'Scenario files and printing' });
  const table = section.getByRole('table', { name: 'The fields of a scenario file' });
  await expect(table.getByRole('rowheader', { name: 'assumptions', exact: true })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'schemaVersion', exact: true })).toBeVisible();
  await expect(table).toContainText('ai-infra-explorer/scenario');
});

test('a file dropped on the menu, or a document pasted into it, is imported', async ({ page }) => {
  const d = new DashboardPage(page);
  await d.goto('v=3&gn=50');
  const doc = JSON.parse(await downloadJson(page));
  doc.assumptions['market.growthNear'].value = 60;
  // The download closed the menu; open it again to drop the edited file on it.
  await openExport(page);
  const menu = page.getByRole('dialog', { name: 'Export, import and print' });
  await menu.evaluate((el, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    el.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, JSON.stringify(doc));
  await expect(page.getByRole('status').filter({ hasText: 'from dropped.json' })).toBeVisible();
  await expect(page).toHaveURL(/gn=60/);

  doc.assumptions['market.growthNear'].value = 70;
  await menu.evaluate((el, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, JSON.stringify(doc));
  await expect(page.getByRole('status').filter({ hasText: 'from the pasted text' })).toBeVisible();
  await expect(page).toHaveURL(/gn=70/);
});

test('a Compare view with four columns goes to JSON and back with its columns', async ({ page, browser }) => {
  const query = 'v=3&p=seed&view=compare&b=p.public&cc=p.openai-dominance&cc=p.slowdown';
  await page.goto(`/?${query}`);
  await expect(page.getByRole('heading', { name: /Compare four scenarios/ })).toBeVisible();
  const doc = JSON.parse(await downloadJson(page));
  expect(doc.columns.map((c: { name: string }) => c.name)).toEqual(['OpenAI dominance', 'AI spending slowdown']);
  expect(pairs(doc.link)).toEqual(pairs(query));

  const fresh = await browser.newPage();
  await new DashboardPage(fresh).goto();
  await importJson(fresh, 'four.json', JSON.stringify(doc));
  await expect(fresh.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await expect.poll(() => pairs(fresh.url())).toEqual(pairs(query));
  await expect(fresh.getByRole('heading', { name: /Compare four scenarios/ })).toBeVisible();
  await fresh.close();
});
