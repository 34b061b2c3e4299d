/**
 * One bad request must not stall everyone (issue 22): the front (server.mjs) refuses a query past the
 * bounds at once while a normal request is served; images are answered from a cache with ETags; forwarded
 * headers cannot break a page; typed story text and a failed view chunk lose nothing; unsupported
 * methods, the image optimiser and an unknown embed chart are refused.
 */
import { request as httpRequest } from 'node:http';
import { test as plainTest, type Response } from '@playwright/test';
import { DashboardPage } from './dashboard-page';
import { expect, test } from './fixtures';

/** A raw GET (any length of URL, any method), timed to its last byte. */
function send(baseURL: string, path: string, options: { method?: string; headers?: Record<string, string> } = {}) {
  const started = performance.now();
  return new Promise<{ status: number; ms: number; body: string; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const req = httpRequest(`${baseURL}${path}`, { method: options.method ?? 'GET', headers: options.headers, maxHeaderSize: 1 << 22 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

test.describe('bounded requests', () => {
  test('16,000 repeats of one key are refused at once, while a normal request is served normally', async ({ baseURL }) => {
    const base = baseURL!;
    await send(base, '/api/working?v=3&gn=45'); // warm the route
    const alone = await send(base, '/api/working?v=3&gn=45');
    const bad = `/api/working?${Array(16_000).fill('a').join('&')}`;
    const [refused, normal] = await Promise.all([send(base, bad), send(base, '/api/working?v=3&gn=46')]);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatch(/repeats “a” more than 32 times/);
    // Before the bounds this held a core for 27 s. Generous bounds: these machines are shared.
    expect(refused.ms).toBeLessThan(1_000);
    expect(normal.status).toBe(200);
    expect(normal.ms).toBeLessThan(Math.max(5_000, alone.ms * 20));
    console.log(`refused in ${refused.ms.toFixed(0)} ms; a normal request beside it ${normal.ms.toFixed(0)} ms (alone ${alone.ms.toFixed(0)} ms)`);

    const many = await send(base, `/?${Array.from({ length: 5_000 }, (_, i) => `k${i}=1`).join('&')}`);
    expect(many.status).toBe(414);
    expect(many.body).toMatch(/more than 320 settings/);
  });

  test('TRACE and POST answer 405, the image optimiser 404', async ({ baseURL }) => {
    const trace = await send(baseURL!, '/', { method: 'TRACE' });
    expect(trace.status).toBe(405);
    expect(trace.headers.allow).toBe('GET, HEAD');
    expect((await send(baseURL!, '/api/chart?chart=hosted', { method: 'POST' })).status).toBe(405);
    expect((await send(baseURL!, '/_next/image?url=%2Ficon.svg&w=64&q=75')).status).toBe(404);
  });
});

test.describe('images cheap to repeat', () => {
  test('a second PNG of the same link comes from the cache, and 304 on If-None-Match', async ({ request }) => {
    const link = `v=3&gn=${30 + Math.floor(Math.random() * 40)}&gl=7`;
    const first = await request.get(`/api/chart?chart=margin&format=png&${link}`);
    expect(first.status()).toBe(200);
    const etag = first.headers()['etag'];
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers()['cache-control']).toMatch(/public, max-age=\d{6,}/);
    // Unknown and tracking keys, and another order, are the same image.
    const again = await request.get(`/api/chart?chart=margin&format=png&gl=7&${link.replace('&gl=7', '')}&utm_source=mail&zz=1`);
    expect(again.status()).toBe(200);
    expect(again.headers()['etag']).toBe(etag);
    expect(again.headers()['x-image-cache']).toBe('hit');
    expect(Buffer.compare(await again.body(), await first.body())).toBe(0);
    const revalidated = await request.get(`/api/chart?chart=margin&format=png&${link}`, { headers: { 'If-None-Match': etag ?? '' } });
    expect(revalidated.status()).toBe(304);
    expect(revalidated.headers()['etag']).toBe(etag);

    const og = await request.get(`/api/og?${link}`);
    expect(og.status()).toBe(200);
    expect(og.headers()['cache-control']).toMatch(/max-age=\d{6,}/);
    const og304 = await request.get(`/api/og?${link}&fbclid=x`, { headers: { 'If-None-Match': og.headers()['etag']! } });
    expect(og304.status()).toBe(304);
  });
});

test.describe('pages a shared cache can keep', () => {
  test('the same link is the same page: an ETag, a public Cache-Control, 304 when asked again, script hashes in the CSP', async ({ baseURL, page }) => {
    const link = `/?v=3&gn=${30 + Math.floor(Math.random() * 40)}&p=public`;
    const first = await send(baseURL!, link);
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toMatch(/^public, .*s-maxage=\d+/);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    const csp = String(first.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+(;|$)/);
    const second = await send(baseURL!, link);
    expect(second.headers.etag).toBe(etag);
    expect(second.body).toBe(first.body);
    expect((await send(baseURL!, link, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    for (const path of ['/embed?chart=hosted&v=3', '/working?v=3', '/methodology']) {
      const r = await send(baseURL!, path);
      expect(r.status, path).toBe(200);
      expect(r.headers.etag, path).toMatch(/^"[\w-]+"$/);
      expect((await send(baseURL!, path, { headers: { 'If-None-Match': String(r.headers.etag) } })).status, path).toBe(304);
    }
    // The page the cache holds runs: its scripts are allowed by their hashes (the fixture fails on any CSP violation).
    await page.goto(link);
    const d = new DashboardPage(page);
    await d.headline().waitFor();
    // Hydrated: a key on a slider changes the link (nothing would move if the scripts were blocked).
    const slider = d.slider('AI compute growth, 2026-2027');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).not.toHaveURL(link);
  });
});

test.describe('the first load’s bytes', () => {
  test('the browser gets the built scripts in Brotli, with their security headers, and the dashboard runs on them', async ({ page }) => {
    const scripts: { url: string; encoding: string | undefined; nosniff: string | undefined; csp: string | undefined; bytes: number }[] = [];
    const reading: Promise<void>[] = [];
    const onResponse = (response: Response) => {
      if (!response.url().includes('/_next/static/chunks/') || !response.url().endsWith('.js')) return;
      reading.push(
        (async () => {
          const headers = await response.allHeaders();
          const body = await response.body();
          scripts.push({
            url: response.url(),
            encoding: headers['content-encoding'],
            nosniff: headers['x-content-type-options'],
            csp: headers['content-security-policy'],
            bytes: body.length,
          });
        })(),
      );
    };
    page.on('response', onResponse);
    await page.goto('/?v=3&p=seed');
    await page.locator('html[data-hydrated]').waitFor();
    const d = new DashboardPage(page);
    const slider = d.slider('AI compute growth, 2026-2027');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/gn=/);
    page.off('response', onResponse);
    await Promise.all(reading);
    // Every script worth compressing (the build skips those under 1 KB) came as Brotli, with nosniff and the scripts' CSP.
    const large = scripts.filter((s) => s.bytes >= 1024);
    expect(large.length).toBeGreaterThan(5);
    for (const s of large) {
      expect(s.encoding, s.url).toBe('br');
      expect(s.nosniff, s.url).toBe('nosniff');
      expect(s.csp, s.url).toContain("script-src 'self'");
    }
  });
});

test.describe('forwarded headers', () => {
  test('X-Forwarded-Proto "https, http" and a malformed X-Forwarded-Host render the dashboard', async ({ page }) => {
    await page.setExtraHTTPHeaders({ 'X-Forwarded-Proto': 'https, http', 'X-Forwarded-Host': 'bad host/"><x' });
    const response = await page.goto('/?v=3&gn=47');
    expect(response?.status()).toBe(200);
    await new DashboardPage(page).headline().waitFor();
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/api\/og\?/);
  });

  test('X-Forwarded-Proto javascript never makes a javascript: link', async ({ request }) => {
    const svg = await (await request.get('/api/chart?chart=hosted&format=svg&v=3&gn=44', { headers: { 'X-Forwarded-Proto': 'javascript' } })).text();
    expect(svg).not.toContain('javascript:');
    expect(/href="([^"]+)"/.exec(svg)?.[1]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  });
});

test.describe('no lost work', () => {
  test('Escape in the Story sheet keeps the typed title', async ({ page }) => {
    const d = new DashboardPage(page);
    await d.goto();
    await page.getByTestId('story-button').click();
    await page.getByRole('button', { name: /^Add this view as slide/ }).click();
    const title = page.getByRole('textbox', { name: 'Title of slide 1' });
    await title.fill('');
    await title.pressSequentially('Azure leads ');
    await title.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page).toHaveURL(/st=strategies~p\.public~Azure(%20|\+)leads/);
    await page.getByTestId('story-button').click();
    await expect(page.getByRole('textbox', { name: 'Title of slide 1' })).toHaveValue('Azure leads');
    // Typed, not yet left: a reload keeps it too (the link is written as it is typed).
    const note = page.getByRole('textbox', { name: 'Private presenter note for slide 1 (optional)' });
    await note.pressSequentially('From the 2025 reports');
    await expect(page).toHaveURL(/From(%20|\+)the(%20|\+)2025(%20|\+)reports/);
    await page.reload();
    // As DashboardPage.goto does: a press before the dashboard hydrates is lost (the sheet never opened
    // once in .ci/run).
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await page.getByTestId('story-button').click();
    await expect(page.getByRole('textbox', { name: 'Private presenter note for slide 1 (optional)' })).toHaveValue('From the 2025 reports');
  });

  test('a pasted note longer than a slide keeps says it was cut, and how much room is left before that', async ({ page }) => {
    const d = new DashboardPage(page);
    await d.goto();
    await page.getByTestId('story-button').click();
    await page.getByRole('button', { name: /^Add this view as slide/ }).click();
    const note = page.getByRole('textbox', { name: 'Private presenter note for slide 1 (optional)' });
    const count = page.getByTestId('slide-text-count');
    await note.fill('Short note');
    await expect(count).toHaveCount(0);
    await note.fill('x'.repeat(210));
    await expect(count).toHaveText('210 of 240 characters');
    // A paste past the limit: the box keeps 240 (its maxLength) and says the rest was cut (it once said nothing).
    await note.fill('');
    await note.focus();
    await page.evaluate(() => document.execCommand('insertText', false, 'y'.repeat(300)));
    await expect(note).toHaveValue('y'.repeat(240));
    await expect(count).toHaveText('240 of 240 characters: the most a slide keeps, anything longer is cut');
  });

  test('a file too large is refused before it is read', async ({ page }) => {
    await new DashboardPage(page).goto();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page
      .getByLabel('Scenario file (JSON) to import')
      .setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(1_500_000, 32) });
    await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported' })).toContainText(
      'big.json: The file is too large to be a scenario (1,500,000 bytes',
    );
  });
});

// Not the fixture's test: an aborted chunk logs a console error by design; uncaught page errors are checked here.
plainTest('a view whose code fails to load shows Retry, and the scenario survives', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const d = new DashboardPage(page);
  await d.goto('v=3&gn=45&p=seed');
  await page.locator('aside [data-param]').first().waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  // From now on every script chunk fails, as when the server is unreachable or a deploy removed them.
  let aborted = 0;
  await page.route('**/_next/static/chunks/**', (route) => {
    aborted++;
    return route.abort('connectionrefused');
  });
  // Compare: the Risk view's code is fetched ahead when the browser is idle (issue 19), so it is already here.
  await d.tab('Compare').click();
  const failed = page.getByTestId('load-failed');
  await expect(failed).toContainText('The Compare view could not be loaded.');
  expect(aborted).toBeGreaterThan(0);
  // The rest of the dashboard and the scenario are as they were.
  await expect(d.headline()).toBeVisible();
  await expect(page).toHaveURL(/gn=45/);
  await expect(page).toHaveURL(/p=seed/);
  await expect(d.slider('AI compute growth, 2026-2027')).toHaveAttribute('aria-valuenow', '45');
  // The connection is back: Retry loads the view.
  await page.unroute('**/_next/static/chunks/**');
  await failed.getByRole('button', { name: 'Retry' }).click();
  await expect(failed).toHaveCount(0);
  await expect(page.locator('#compare-figures')).toBeVisible({ timeout: 20_000 });
  await expect(page).toHaveURL(/gn=45/);
  expect(pageErrors).toEqual([]);
});
