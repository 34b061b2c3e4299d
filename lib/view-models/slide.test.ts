import { describe, expect, it } from 'vitest';
import { applyPreset, attribute, evaluate, winnerAnalysis } from '@/lib/engine';
import { DEFAULT_SLIDE_CONTEXT, baseScenarioFor, decodeScenario, encodeScenario, type Slide } from '@/lib/scenario';
import { slideShows } from './view-labels';
import { attributionSentence } from './compare';
import { deckSlides } from './deck';
import { scenarioQueryOf } from './chart-registry';
import { slideFigures, slideModel, slideSubtitle } from './slide';

const ORIGIN = 'https://explorer.example';
const seed = applyPreset('seed');
const publicData = baseScenarioFor(null);
// A Compare slide made against a pinned baseline (the seed thesis), on AWS's cloud AI revenue, with its own measure and settings.
const compareSlide: Slide = {
  view: 'compare',
  scenario: { ...publicData, 'market.spend2025': 250 },
  presetId: null,
  title: 'What the seed thesis misses',
  note: 'Private: pause here',
  context: {
    baseline: { scenario: seed, presetId: 'seed' },
    focus: { cloud: 'aws', measure: 'revenue' },
    measure: 'hosted',
    simulation: { samples: 2000, seed: 7 },
    columns: [],
  },
  start: null,
};

describe('the slide view model (one answer for present mode, deck, live link and embed)', () => {
  it('gives a live link and an embed that open the slide’s whole answer: baseline, figure in focus, measure and settings', () => {
    const model = slideModel(compareSlide, 1);
    for (const path of [model.livePath, model.embedPath]) {
      const decoded = decodeScenario(scenarioQueryOf(new URL(path, ORIGIN).searchParams));
      expect(decoded.problems).toEqual([]);
      expect(decoded.scenario).toEqual(compareSlide.scenario);
      expect(decoded.baseline).toEqual({ scenario: seed, presetId: 'seed' });
      expect(decoded.focus).toEqual({ cloud: 'aws', measure: 'revenue' });
      expect(decoded.measure).toBe('hosted');
      expect(decoded.simulation).toEqual({ samples: 2000, seed: 7 });
    }
    expect(decodeScenario(new URL(model.livePath, ORIGIN).search).view).toBe('compare');
    // Compare is drawn in the browser: its embed is the headline cards, against the same baseline.
    expect(new URL(model.embedPath, ORIGIN).searchParams.get('chart')).toBe('headline');
    expect(model.against).toBe('the baseline (Seed thesis)');
    expect(model.subtitle).toMatch(/· Compare · AI compute hosted · against Seed thesis$/);
  });

  it('gives the deck the Compare view’s own answer: from the slide’s baseline, on its figure in focus', () => {
    const [d] = deckSlides([compareSlide], ORIGIN);
    const att = attribute(seed, compareSlide.scenario, { cloud: 'aws', measure: 'revenue' });
    expect(d!.panel!.title).toMatch(/^From Seed thesis to this scenario: what changes AWS’s cloud AI revenue/i);
    expect(d!.panel!.sentence).toBe(attributionSentence(att, 'aws', 'cloud AI revenue, 2025-2031', 'revenue'));
    expect(d!.panel!.sentence).not.toMatch(/Public data/);
    expect(d!.liveUrl).toBe(`${ORIGIN}${slideModel(compareSlide, 1).livePath}`);
    // The note is the presenter's: the deck keeps it apart from the slide's face (its summary).
    expect(d!.note).toBe('Private: pause here');
    expect(d!.summary).not.toContain('Private');
  });

  it('reads a slide written before slides carried their context with the link’s baseline, in the deck too', () => {
    const old = decodeScenario(`v=3&b=p.seed&st=${encodeURIComponent('compare~p.public_sp.250~Old slide')}`).story[0]!;
    const [d] = deckSlides([old], ORIGIN);
    expect(d!.panel!.title).toMatch(/^From Seed thesis to this scenario/);
    expect(decodeScenario(new URL(d!.liveUrl).search).baseline?.presetId).toBe('seed');
  });

  it('shows a live change against the slide’s starting point, not against Public data', () => {
    const start = { ...seed };
    const now = { ...seed, 'market.spend2025': (seed['market.spend2025'] as number) + 40 };
    const figures = slideFigures(evaluate(now), evaluate(start), winnerAnalysis(now));
    const azure = figures.find((f) => f.cloud === 'azure')!;
    // The figure is the headline's measure (cloud AI revenue by default), as the dashboard's cards lead with it.
    expect(azure.measure).toBe('revenue');
    expect(azure.usdBn).toBe(evaluate(now).clouds.azure.cumulative.revenueUsdBn);
    const expected = evaluate(now).clouds.azure.cumulative.revenueUsdBn - evaluate(start).clouds.azure.cumulative.revenueUsdBn;
    expect(azure.liveChangeUsdBn).toBeCloseTo(expected, 9);
    expect(azure.liveChange).toMatch(/^\+\$\d/);
    // Against Public data the change would be another figure: the model does not use it.
    const fromPublic = evaluate(now).clouds.azure.cumulative.revenueUsdBn - evaluate(publicData).clouds.azure.cumulative.revenueUsdBn;
    expect(Math.abs(fromPublic - expected)).toBeGreaterThan(1);
    // No live change: no change shown.
    expect(slideFigures(evaluate(now), null, winnerAnalysis(now)).every((f) => f.liveChange === null)).toBe(true);
    const changed = slideModel({ ...compareSlide, scenario: now, presetId: 'seed', start: { scenario: start, presetId: 'seed' } }, 1);
    expect(changed.changedLive).toBe(true);
    expect(slideModel(compareSlide, 1).changedLive).toBe(false);
  });

  it('does not repeat an untitled slide’s title under it (its default title is what it shows)', () => {
    const untitled: Slide = { view: 'shares', scenario: seed, presetId: 'seed', title: 'Seed thesis · Model shares', note: '' };
    expect(slideSubtitle(untitled)).toBe('');
    expect(slideSubtitle({ ...untitled, context: { ...compareSlide.context!, measure: 'revenue' } })).toBe('Against Seed thesis');
    expect(slideSubtitle({ ...untitled, title: 'If one model family wins' })).toBe('Seed thesis · Model shares');
    const [d] = deckSlides([untitled], ORIGIN);
    expect(d!.summary).not.toContain(d!.title);
  });

  it('names a measure other than the default, so two slides that differ only by measure read apart', () => {
    expect(slideShows('Seed thesis', 'shares', 'revenue')).toBe('Seed thesis · Model shares');
    expect(slideShows('Seed thesis', 'shares', 'companyGrossProfit')).toBe('Seed thesis · Model shares · Company AI gross profit');
    const onProfit: Slide = {
      view: 'shares',
      scenario: seed,
      presetId: 'seed',
      title: 'Margins',
      note: '',
      context: { ...DEFAULT_SLIDE_CONTEXT, measure: 'companyGrossProfit' },
    };
    expect(slideSubtitle(onProfit)).toBe('Seed thesis · Model shares · Company AI gross profit');
    // A new slide's default title is the same words, so it is not said twice.
    expect(slideSubtitle({ ...onProfit, title: slideShows('Seed thesis', 'shares', 'companyGrossProfit') })).toBe('');
  });

  it('writes the query the dashboard itself writes for the same state', () => {
    expect(slideModel(compareSlide, 1).query).toBe(
      encodeScenario(compareSlide.scenario, {
        view: 'compare',
        baseline: { scenario: seed, presetId: 'seed' },
        focus: { cloud: 'aws', measure: 'revenue' },
        measure: 'hosted',
        simulation: { samples: 2000, seed: 7 },
      }),
    );
  });
});
