/** Page object for the dashboard: reads figures the way a person reads them, by labels and roles. */
import type { Locator, Page } from '@playwright/test';

/** "$854B" -> 854, "$1.2T" -> 1200, "−$3.1B" -> -3.1 */
export function parseUsd(text: string): number {
  const t = text.replace(/\u2212/g, '-').replace(/[,\s]/g, '');
  const m = /(-?)\$(\d+(?:\.\d+)?)([TB])/.exec(t);
  if (!m) throw new Error(`not a USD figure: ${text}`);
  const v = Number(m[2]) * (m[3] === 'T' ? 1000 : 1);
  return m[1] ? -v : v;
}

export class DashboardPage {
  constructor(readonly page: Page) {}

  async goto(query = '') {
    await this.page.goto(`/${query ? `?${query}` : ''}`);
    await this.headline().waitFor();
    // The headline is in the server's HTML: a click before hydration would be lost (the scenario menu
    // test failed so once in .ci/run), so wait until the dashboard has hydrated.
    await this.page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  }

  headline(): Locator {
    return this.page.getByTestId('headline-sentence');
  }

  /** Waits until the headline's odds come from the full run for the scenario on screen (not its preview). */
  async fullOdds(timeout = 60_000) {
    await this.page.locator('[data-testid="headline-sentence"][data-odds-status="full"]').waitFor({ timeout });
  }

  /** A card's AI compute hosted 2025-2031, unrounded (data-value), in USD bn; the text shows it rounded. */
  async hosted(cloud: 'azure' | 'aws' | 'gcp'): Promise<number> {
    return Number(await this.page.getByTestId(`hosted-${cloud}`).getAttribute('data-value'));
  }

  /** A card's cloud AI revenue 2025-2031, unrounded, in USD bn. */
  async revenue(cloud: 'azure' | 'aws' | 'gcp'): Promise<number> {
    return Number(await this.page.getByTestId(`revenue-${cloud}`).getAttribute('data-value'));
  }

  slider(name: string): Locator {
    return this.page.getByRole('slider', { name, exact: true });
  }

  /** The whole slider (track and thumb) of a parameter, for pointer drags. */
  sliderTrack(parameterId: string): Locator {
    return this.page.locator(`[data-param="${parameterId}"] [data-slider-root]`).first();
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name });
  }

  async choosePreset(name: string) {
    await this.page.getByRole('button', { name: /^Scenario / }).click();
    await this.page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  }
}
