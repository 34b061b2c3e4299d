import { test, expect } from './fixtures';
import { chromiumLaunchArgs, findChromium } from './chromium';
import { DashboardPage } from './dashboard-page';

// Playwright launches Chromium with --disable-ipc-flooding-protection, which hides the browser's own limit
// on history calls; launch without it so a throttling bug would show up as an error here.
test.use({
  launchOptions: { executablePath: findChromium(), args: chromiumLaunchArgs, ignoreDefaultArgs: ['--disable-ipc-flooding-protection'] },
});

test.describe('history rate while dragging', () => {
  test('a long drag makes at most 100 history calls in 10 seconds and ends on the right URL', async ({ page }) => {
    test.setTimeout(180_000);
    await page.addInitScript(() => {
      const calls: number[] = [];
      (window as unknown as { __historyCalls: number[] }).__historyCalls = calls;
      for (const name of ['pushState', 'replaceState'] as const) {
        const original = history[name].bind(history);
        history[name] = (...args: Parameters<History['pushState']>) => {
          calls.push(performance.now());
          return original(...args);
        };
      }
    });
    const d = new DashboardPage(page);
    await d.goto();
    const slider = d.slider('OpenAI share, 2031');
    const track = d.sliderTrack('share2031.openai');
    await track.scrollIntoViewIfNeeded();
    const box = (await track.boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + 10, y);
    await page.mouse.down();
    const start = Date.now();
    let i = 0;
    // Continuous dragging back and forth across the track: 300 moves, at least 10 seconds.
    while (i < 300 || Date.now() - start < 10_000) {
      const t = (i++ % 40) / 40;
      const x = box.x + 10 + (box.width - 20) * (t < 0.5 ? t * 2 : 2 - t * 2);
      await page.mouse.move(x, y);
      await page.waitForTimeout(10);
    }
    await page.mouse.up();
    const released = Date.now();
    const value = await slider.getAttribute('aria-valuenow');
    // The requirement is 0.5 s (one 250 ms throttle window plus a render); this test runs beside another
    // worker on 2 shared cores, so it allows 1.5 s and records the latency it measured.
    await expect(page).toHaveURL(value === '15' ? /^[^?]*$/ : new RegExp(`s1oa=${value}(&|$)`), { timeout: 1500 });
    test.info().annotations.push({ type: 'URL settled after release (ms)', description: String(Date.now() - released) });
    const calls = await page.evaluate(() => (window as unknown as { __historyCalls: number[] }).__historyCalls);
    let worst = 0;
    for (let a = 0; a < calls.length; a++) {
      let b = a;
      while (b < calls.length && calls[b]! - calls[a]! < 10_000) b++;
      worst = Math.max(worst, b - a);
    }
    test.info().annotations.push({ type: 'history calls in the worst 10 s', description: String(worst) });
    expect(worst).toBeLessThanOrEqual(100);
    expect(worst).toBeGreaterThan(5); // and the URL did follow the drag
  });
});
