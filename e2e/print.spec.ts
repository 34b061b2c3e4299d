import { test, expect } from './fixtures';
import { DashboardPage } from './dashboard-page';

// Printing the dashboard prints the view on screen on one page, with the scenario's link on the paper.
// Chromium lays the pages out at the paper's width whatever the window. The PDF's text is compressed, but
// the print-only line's link is a link annotation whose URI the PDF holds as plain text.
const VIEWS = [
  ['strategies', 'Strategies'],
  ['shares', 'Model shares'],
  ['silicon', 'Custom silicon'],
  ['commitments', 'Commitments'],
  ['risk', 'Risk'],
  ['compare', 'Compare'],
] as const;

/** Page objects in a PDF: `/Type /Page`, not the `/Type /Pages` tree nodes. */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

for (const [view, label] of VIEWS) {
  test(`printing the ${label} view gives ${view === 'risk' ? 'up to three pages' : view === 'commitments' ? 'up to two pages' : 'one page'} with the scenario's link`, async ({
    page,
  }) => {
    test.slow(view === 'risk' || view === 'compare');
    const d = new DashboardPage(page);
    const query = `v=3&sp=300&p=seed${view === 'strategies' ? '' : `&view=${view}`}`;
    await d.goto(query);
    await expect(d.tab(label)).toHaveAttribute('aria-selected', 'true');
    // The Risk and Compare views load their code, and run their simulation, after the first paint.
    if (view === 'risk') await expect(page.getByRole('heading', { name: /What moves Azure/ })).toBeVisible({ timeout: 30_000 });
    if (view === 'compare') await expect(page.getByRole('heading', { name: /From A to B/ })).toBeVisible({ timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    const line = page.getByTestId('print-link');
    await expect(line).toBeVisible();
    const origin = new URL(page.url()).origin;
    await expect(line).toContainText(`Seed thesis, 1 change — the live scenario: ${origin}/?${query}`);
    // Which change, in words: a link on paper cannot be clicked.
    await expect(page.getByTestId('print-changes')).toHaveText(/^ · Changed: World AI compute, 2025: \$300B \(Seed thesis: \$\d+B\)\.$/);
    // Controls are not on paper.
    await expect(page.getByRole('tablist', { name: 'Views' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeHidden();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    if (view === 'risk') {
      // Six charts at the other views' scale, in two columns: legible type over up to three pages, rather
      // than one page at 4-pt type with the fan charts' year labels on top of each other.
      expect(pageCount(pdf)).toBeLessThanOrEqual(3);
      const zoom = await page.evaluate(() => Number(getComputedStyle(document.documentElement).getPropertyValue('--print-zoom')));
      expect(zoom).toBeGreaterThanOrEqual(0.54);
      const overlaps = await page.evaluate(() => {
        const found: string[] = [];
        // Axis labels are spans over the plot, one row of them per axis: group by their row's element.
        const rows = new Map<Element, DOMRect[]>();
        for (const el of document.querySelectorAll('#views [role="tabpanel"][data-state="active"] span')) {
          if (!/^20\d\d$/.test(el.textContent ?? '') || el.children.length > 0) continue;
          const rect = el.getBoundingClientRect();
          if (rect.width === 0) continue;
          rows.set(el.parentElement!, [...(rows.get(el.parentElement!) ?? []), rect]);
        }
        for (const rects of rows.values()) {
          rects.sort((a, b) => a.left - b.left);
          for (let i = 1; i < rects.length; i++)
            if (rects[i - 1]!.right > rects[i]!.left + 0.5) found.push(`${rects[i - 1]!.left.toFixed(0)}/${rects[i]!.left.toFixed(0)}`);
        }
        return found;
      });
      expect(overlaps, 'year labels drawn on top of each other').toEqual([]);
    } else if (view === 'commitments') {
      // The contracts table (which contract goes unmet when) is printed under the chart, on a second page.
      expect(pageCount(pdf)).toBeLessThanOrEqual(2);
      await expect(page.getByRole('region', { name: 'Contracts table' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Contracts table' })).toContainText(/Partly unmet|Covered|Honoured/);
    } else expect(pageCount(pdf)).toBe(1);
    // A view's own summary table is on paper (a new-user review found silicon savings and breakeven missing).
    if (view === 'silicon') await expect(page.getByRole('region', { name: 'Silicon savings by cloud' })).toBeVisible();
    expect(pdf.toString('latin1')).toContain(`/URI (${origin}/?${query})`);
  });
}

test('a printed Compare view of three scenarios carries the link to all three, and no labels of unprinted controls', async ({ page }) => {
  test.slow();
  const d = new DashboardPage(page);
  // The page's own link: its third column and its measure were left out of the printed one (a new-user review).
  const query = 'v=3&view=compare&b=p.seed&cc=p.gemini-surge&ms=hosted';
  await d.goto(query);
  await expect(page.getByRole('heading', { name: /From A to B/ })).toBeVisible({ timeout: 30_000 });
  await page.emulateMedia({ media: 'print' });
  const origin = new URL(page.url()).origin;
  await expect(page.getByTestId('print-link')).toContainText(`the live scenario: ${origin}/?${query}`);
  await expect(page.getByText('Up to 4 scenarios side by side')).toBeHidden();
  await expect(page.getByText('or compare with', { exact: true })).toBeHidden();
  await expect(page.getByText('Add a column', { exact: true })).toBeHidden();
});

test('a printed view of a link with a story links to the view, not to the story', async ({ page }) => {
  // The printed line is the view's link: a story of thirty slides in it would fill the page (a code review).
  const d = new DashboardPage(page);
  const slide = 'compare~p.seed~Slide~~b:p.public';
  await d.goto(`v=3&p=seed&view=silicon&st=${encodeURIComponent(slide)}&st=${encodeURIComponent(slide)}`);
  await page.emulateMedia({ media: 'print' });
  const origin = new URL(page.url()).origin;
  await expect(page.getByTestId('print-link')).toContainText(`the live scenario: ${origin}/?v=3&p=seed&view=silicon`);
  await expect(page.getByTestId('print-link')).not.toContainText('st=');
});

test('a dashboard in the dark theme prints light on white', async ({ page }) => {
  const d = new DashboardPage(page);
  await d.goto('v=3&p=seed');
  await page.getByRole('button', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  const colours = () =>
    page.evaluate(() => {
      const card = document.querySelector('[data-chart]') as HTMLElement;
      return { body: getComputedStyle(document.body).backgroundColor, card: getComputedStyle(card).backgroundColor, text: getComputedStyle(card).color };
    });
  expect((await colours()).body).not.toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ media: 'print' });
  expect(await colours()).toEqual({ body: 'rgb(255, 255, 255)', card: 'rgb(255, 255, 255)', text: 'rgb(17, 20, 24)' });
});
