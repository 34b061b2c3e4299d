/**
 * Embeds (issue 12): another site frames /embed, which draws its chart and posts its height; the dashboard
 * refuses to be framed; "Copy embed code" puts an iframe of /embed on the clipboard; a wrong chart is
 * answered in words; axe finds nothing serious.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test as plainTest } from '@playwright/test';
import { DashboardPage } from './dashboard-page';
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';

/**
 * Another site: a small server of this test on another port of the loopback address, so another origin.
 * (A made-up host fulfilled by page.route counts as a public address, and Chromium's local network access
 * checks, rightly, keep a public page from framing a loopback one.) Pages are registered per test by path.
 */
const sitePages = new Map<string, string>();
let site: Server;
let OTHER = '';
test.beforeAll(async () => {
  site = createServer((req, res) => {
    const body = sitePages.get(req.url ?? '');
    // No icon: 204 rather than a 404, which the browser would report as a console error.
    if (req.url === '/favicon.ico') return void res.writeHead(204).end();
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  OTHER = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => site.close(() => resolve())));

/** A page of the other site with the given body, recording the height messages it receives. */
function otherSite(body: string): string {
  return `<!doctype html><html lang="en"><head><title>A report</title></head><body>
<script>window.heights = []; addEventListener('message', function (e) { if (e.data && e.data.type === 'ai-infra-explorer:height') window.heights.push(e.data.height); });</script>
${body}</body></html>`;
}

test('another site frames the embed: it draws the chart and tells the parent its height', async ({ page, baseURL }) => {
  expect(OTHER).not.toBe(new URL(baseURL ?? '').origin);
  sitePages.set(
    '/report.html',
    otherSite(`<iframe id="embed" title="Chart" src="${baseURL}/embed?chart=hosted&v=3&p=seed" width="640" height="150"></iframe>`),
  );
  await page.goto(`${OTHER}/report.html`);
  const frame = page.frameLocator('#embed');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('AI compute hosted per year');
  await expect(frame.getByRole('img', { name: /^AI compute hosted per year: chart/ })).toBeVisible();
  await expect(frame.getByText(/Seed thesis/).first()).toBeVisible();
  const live = frame.getByRole('link', { name: /Open the live scenario/ });
  await expect(live).toHaveAttribute('target', '_blank');
  await expect(live).toHaveAttribute('rel', /noopener/);
  expect(new URL((await live.getAttribute('href')) ?? '').searchParams.get('p')).toBe('seed');
  // The height it posts is its content's, well over the 150 px it was given.
  await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0)).toBeGreaterThan(400);
  // It follows a change of size: the parent resizes the frame narrower, the legend wraps, a new height comes.
  const first = await page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0);
  await page.evaluate(() => ((document.getElementById('embed') as HTMLIFrameElement).width = '320'));
  await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0)).not.toBe(first);
});

test('framed by another site that may not use storage, the embed still draws (theme choice not remembered, no crash)', async ({ page, baseURL }) => {
  // localhost and 127.0.0.1 are different sites: the frame is third-party and Chromium refuses it storage.
  const crossSite = (baseURL ?? '').replace('127.0.0.1', 'localhost');
  sitePages.set('/cross-site.html', otherSite(`<iframe id="embed" title="Chart" src="${crossSite}/embed?chart=profit&v=3"></iframe>`));
  await page.goto(`${OTHER}/cross-site.html`);
  const frame = page.frameLocator('#embed');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Company AI gross profit per year');
  await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0)).toBeGreaterThan(300);
  await page.waitForTimeout(1000);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Company AI gross profit per year');
});

// The blocked frame is reported by Chromium as a console error, which the fixtures' test would count.
plainTest('the dashboard refuses to be framed by another site', async ({ page, baseURL }) => {
  sitePages.set('/framed-dashboard.html', otherSite(`<iframe id="dash" title="Dashboard" src="${baseURL}/"></iframe>`));
  const response = page.waitForResponse(`${baseURL}/`);
  await page.goto(`${OTHER}/framed-dashboard.html`);
  expect((await response).headers()['x-frame-options']).toBe('DENY');
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await expect.poll(() => frame?.url()).not.toBe(`${baseURL}/`);
  await expect(page.frameLocator('#dash').getByTestId('headline-sentence')).toHaveCount(0);
});

test('headers: only /embed may be framed', async ({ request }) => {
  const embed = await request.get('/embed?chart=mix');
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  const home = await request.get('/');
  expect(home.headers()['x-frame-options']).toBe('DENY');
  expect(home.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});

test.describe('Copy embed code', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies an iframe of /embed for the scenario on screen, and the code shows the chart', async ({ page, baseURL }) => {
    const d = new DashboardPage(page);
    await d.goto('v=3&p=seed&view=shares');
    const card = page.locator('[data-chart="mix"]');
    await card.getByRole('button', { name: /^Export/ }).click();
    await card.getByRole('button', { name: /^Copy embed code for Model-family mix/ }).click();
    await expect(card.getByRole('button', { name: /^Embed code copied/ })).toBeVisible();
    await expect(card.getByRole('status')).toHaveText(/Embed code copied/);
    const code = await page.evaluate(() => navigator.clipboard.readText());
    const [iframe, script] = code.split('\n');
    expect(iframe).toMatch(/^<iframe src="[^"]+" title="Model-family mix" width="100%" height="\d+" style="border:0" loading="lazy"><\/iframe>$/);
    expect(script).toMatch(/^<script>.*ai-infra-explorer:height.*<\/script>$/);
    const src = (/src="([^"]+)"/.exec(code)?.[1] ?? '').replace(/&amp;/g, '&');
    expect(src.startsWith(`${baseURL}/embed?chart=mix&`)).toBe(true);
    expect(new URL(src).searchParams.get('p')).toBe('seed');
    // Pasted as it is into another site's page, the frame takes the chart's own height.
    sitePages.set('/pasted.html', `<!doctype html><html lang="en"><head><title>A report</title></head><body>${code}</body></html>`);
    await page.goto(`${OTHER}/pasted.html`);
    await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveText('Model-family mix');
    await expect.poll(() => page.evaluate(() => document.querySelector('iframe')?.style.height ?? '')).toMatch(/^\d+(\.\d+)?px$/);
  });
});

// Playwright's own test: the browser logs the 404 itself as a console error, which is the point here.
plainTest('a wrong chart is a 404 answered in words, naming the charts', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 404/.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto('/embed?chart=nope');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('There is no chart “nope” to show');
  await expect(page.getByText(/hosted, profit, margin/)).toBeVisible();
  expect(errors).toEqual([]);
});

test('the headline cards embed, and /embed has no serious accessibility problem', async ({ page }) => {
  await page.goto('/embed?chart=headline&v=3&p=seed');
  await expect(page.getByRole('article', { name: 'Azure' })).toBeVisible();
  await expect(page.getByTestId('calibration-link')).toHaveAttribute('target', '_blank');
  await expectNoSeriousAxeViolations(page);
  await page.goto('/embed?chart=winners&v=3&p=seed&b=p.public');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^If one model family wins/);
  await expectNoSeriousAxeViolations(page);
});

test('the headline embed at 800 px: no figure overlaps another, and it points to the full run instead of waiting for one', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto('/embed?chart=headline');
  await page.evaluate(() => document.fonts.ready);
  // Nothing runs in an embed to find what would flip the answer: it says where the full run is.
  const flip = page.getByTestId('flip-sentence');
  await expect(flip).toHaveText('The full run, and what would flip the answer: the Risk view (opens in a new tab).');
  const risk = flip.getByRole('link', { name: 'the Risk view (opens in a new tab)' });
  await expect(risk).toHaveAttribute('href', '/?view=risk');
  await expect(risk).toHaveAttribute('rel', 'noopener');
  // Each card's figures, labels and notes (three cards 245 px wide once ran "infrastructure," into "Microsoft:").
  for (const cloud of ['Azure', 'AWS', 'Google Cloud']) {
    const boxes = await page
      .getByRole('article', { name: cloud })
      .locator('dl dt, dl dd')
      .evaluateAll((els) =>
        els.map((el) => {
          // The text's own extent (a block's box is as wide as its column, however far the words run).
          const range = document.createRange();
          range.selectNodeContents(el);
          const r = range.getBoundingClientRect();
          return { text: el.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        }),
      );
    const shown = boxes.filter((b) => b.text.trim() !== '' && b.right > b.left);
    // Three labels, three figures and two notes: the check found something to check.
    expect(shown.length, cloud).toBeGreaterThanOrEqual(8);
    for (const [i, a] of shown.entries()) {
      for (const b of shown.slice(i + 1)) {
        const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        expect(overlap, `${cloud}: “${a.text}” overlaps “${b.text}”`).toBe(false);
      }
    }
  }
});

test('an embed names the baseline as its chart draws it: dotted beside dashed "without silicon" lines, dashed elsewhere', async ({ page }) => {
  await page.goto('/embed?chart=silicon-margin&v=3&sp=245&b=p.public');
  // The caption keeps "dashed" for the chart's own lines; the baseline's key says dotted, as the dashboard's.
  await expect(page.getByText('Dotted: the baseline')).toBeVisible();
  await expect(page.getByText('Dashed: the baseline')).toHaveCount(0);
  await page.goto('/embed?chart=hosted&v=3&sp=245&b=p.public');
  await expect(page.getByText('Dashed: the baseline')).toBeVisible();
  // Without a pinned baseline, no key for one.
  await page.goto('/embed?chart=hosted&v=3&sp=245');
  await expect(page.getByText(/: the baseline$/)).toHaveCount(0);
});
