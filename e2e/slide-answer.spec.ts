/**
 * One story, one answer (issue 20): a Compare slide made against a pinned baseline says the same figures in
 * present mode, in the PDF deck's text, through its live link and in its embed; a slide's presenter note is
 * private (the presenter window and the deck's speaker notes, never the projected slide).
 */
import { inflateSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The text a jsPDF file draws: every content stream inflated, each `(…) Tj` string unescaped, in order. */
function pdfStrings(bytes: Buffer): string[] {
  const raw = bytes.toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) continue;
    let content: string;
    try {
      content = inflateSync(bytes.subarray(start, end)).toString('latin1');
    } catch {
      content = raw.slice(start, end);
    }
    for (const t of content.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)) out.push(t[1]!.replace(/\\([()\\])/g, '$1'));
  }
  return out;
}

/** "goes from $X to $Y (−$536B)" in the Compare view's sentence: the figure it moves from, to, and by. */
function comparison(sentence: string): { from: string; to: string; change: string } {
  const m = /goes from (\$[\d.,]+[BT]) to (\$[\d.,]+[BT]) \(([−+-]\$[\d.,]+[BT])\)/.exec(sentence);
  expect(m, `a comparison in “${sentence}”`).not.toBeNull();
  return { from: m![1]!, to: m![2]!, change: m![3]! };
}

async function openStory(page: Page) {
  await page.getByTestId('story-button').click();
  await expect(page.getByRole('dialog', { name: /^Story/ })).toBeVisible();
}

test('a baseline-pinned Compare slide gives the same figures in present mode, the deck, its live link and its embed; its note stays private', async ({
  page,
  context,
}) => {
  test.slow();
  const note = 'Pause: ask who has seen the seed thesis';
  // The Compare view: Public data (B) against the seed thesis pinned as the baseline (A).
  await page.goto('/?v=3&b=p.seed&view=compare');
  await expect(page.locator('[data-attribution-sentence]')).toBeVisible({ timeout: 30_000 });
  const onDashboard = comparison((await page.locator('[data-attribution-sentence]').textContent())!);

  // Add it as a slide, with a private note.
  await openStory(page);
  await page.getByRole('button', { name: /^Add this view as slide/ }).click();
  const noteBox = page.getByRole('textbox', { name: 'Private presenter note for slide 1 (optional)' });
  await noteBox.fill(note);
  await noteBox.press('Tab');
  // The slide keeps its baseline in the link.
  await expect.poll(() => new URL(page.url()).searchParams.getAll('st')[0] ?? '').toMatch(/^compare~p\.public~[^~]*~Pause[^~]*~b:p\.seed$/);
  const live = await page.getByTestId('slide-live-link').getAttribute('href');
  const embed = await page.getByTestId('slide-embed-link').getAttribute('href');

  // The deck: its text says the same change, from the same baseline.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF deck' }).click();
  const pdf = pdfStrings(await readFile((await (await downloading).path())!));
  const deckText = pdf.join(' ');
  expect(deckText).toContain('From Seed thesis to this scenario');
  expect(deckText).not.toContain('From Public data');
  expect(deckText).toContain(`goes from ${onDashboard.from} to ${onDashboard.to} (${onDashboard.change.replace('−', '-')})`);
  // The note is printed under the slide, labelled, once; never on the slide's face.
  expect(pdf.filter((t) => t.includes(note))).toHaveLength(1);
  expect(pdf.indexOf('PRESENTER NOTE (private: not part of the slide)')).toBeLessThan(pdf.findIndex((t) => t.includes(note)));
  expect(pdf.indexOf('PRESENTER NOTE (private: not part of the slide)')).toBeGreaterThan(
    pdf.findIndex((t) => t.startsWith('AI Infrastructure Economics Explorer ·')),
  );
  // The deck's live link is the slide's.
  expect(deckText).toContain('Open this slide live:');

  // Present mode: the same sentence, and the large figures (the headline's measure) the embed will show.
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.getByTestId('present-mode')).toBeVisible();
  // The slide says what it is against; its Compare view works from the same baseline (the waterfall's
  // sentence is in the view, whether or not the slide's layout has room to show it).
  await expect(page.getByTestId('slide-subtitle')).toHaveText('Against Seed thesis');
  const presented = page.locator('[data-present-view="compare"] [data-attribution-sentence]');
  await expect(presented).toBeAttached({ timeout: 30_000 });
  expect(comparison((await presented.textContent())!)).toEqual(onDashboard);
  const leadAzure = (await page.getByTestId('present-lead-azure').textContent())!;
  expect(deckText).toContain(leadAzure);
  // The note is nowhere on the projected page; the presenter window has it, the next slide and a timer.
  expect(await page.locator('body').innerText()).not.toContain(note);
  const opening = page.waitForEvent('popup');
  await page.keyboard.press('n');
  const presenter = await opening;
  await expect(presenter.getByTestId('presenter-note')).toHaveText(note);
  await expect(presenter.getByTestId('presenter-next')).toHaveText('This is the last slide.');
  await expect(presenter.getByTestId('presenter-timer')).toHaveText(/^\d+:\d\d$/);
  expect(await page.locator('body').innerText()).not.toContain(note);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('present-mode')).toHaveCount(0);
  await expect.poll(() => presenter.isClosed()).toBe(true);

  // The live link opens the same answer: the Compare view against the seed thesis.
  const fresh = await context.newPage();
  await fresh.goto(live!);
  await expect(fresh.locator('[data-attribution-sentence]')).toBeVisible({ timeout: 30_000 });
  expect(comparison((await fresh.locator('[data-attribution-sentence]').textContent())!)).toEqual(onDashboard);
  expect(new URL(fresh.url()).searchParams.get('b')).toBe('p.seed');

  // The embed: the headline cards against the same baseline, with the same figures and change.
  await fresh.goto(embed!);
  const azure = fresh.locator('article[data-cloud="azure"]');
  await expect(azure.locator('[data-lead]')).toHaveText(leadAzure);
  await expect(azure).toContainText(`${onDashboard.change} AI compute hosted against the baseline (Seed thesis)`);
  await fresh.close();
});

test('a Compare slide of three scenarios keeps its third in present mode, the deck and its live link', async ({ page }) => {
  test.slow();
  // The slide lost the added column: present mode, the deck and its live link compared two (a new-user review).
  await page.goto('/?v=3&b=p.seed&view=compare&cc=p.gemini-surge');
  await expect(page.getByRole('heading', { name: 'Compare three scenarios' })).toBeVisible({ timeout: 30_000 });
  await openStory(page);
  await page.getByRole('button', { name: /^Add this view as slide/ }).click();
  await expect.poll(() => new URL(page.url()).searchParams.getAll('st')[0] ?? '').toMatch(/~b:p\.seed~cc:p\.gemini-surge$/);
  const live = await page.getByTestId('slide-live-link').getAttribute('href');
  expect(new URL(live!, page.url()).searchParams.getAll('cc')).toEqual(['p.gemini-surge']);

  // The deck's figures are the view's cards: changes against A, said so.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF deck' }).click();
  const deckText = pdfStrings(await readFile((await (await downloading).path())!)).join(' ');
  expect(deckText).toMatch(/[-+]\$[\d.,]+[BT] against the baseline, 2025-2031/);

  // Opened from a link with the story alone (no column in it), presenting puts the slide's own state in the
  // link: its third column with it.
  const st = new URL(page.url()).searchParams.getAll('st')[0]!;
  await page.goto(`/?v=3&st=${encodeURIComponent(st)}`);
  await openStory(page);
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.getByTestId('present-mode')).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.getAll('cc')).toEqual(['p.gemini-surge']);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('present-mode')).toHaveCount(0);
});
