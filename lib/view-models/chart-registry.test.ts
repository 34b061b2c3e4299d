/** The chart registry: every chart builds a drawable model for Public data and every preset; paths and keys. */
import { describe, expect, it } from 'vitest';
import { applyPreset, defaultScenario, evaluate, parameters, presets, winnerAnalysis, type Scenario } from '@/lib/engine';
import { RESERVED_KEYS, VIEW_IDS } from '@/lib/scenario';
import {
  CHARTS,
  CHART_IDS,
  CHART_QUERY_KEYS,
  PRIMARY_CHART,
  chartImagePath,
  embedHeight,
  embedPath,
  isChartId,
  slideRows,
  scenarioQueryOf,
  type ChartInput,
  type ChartModel,
} from '@/lib/view-models';

function inputFor(scenario: Scenario, baseline?: Scenario): ChartInput {
  return {
    result: evaluate(scenario),
    winners: winnerAnalysis(scenario),
    compare: baseline ? evaluate(baseline) : null,
    compareWinners: baseline ? winnerAnalysis(baseline) : null,
  };
}

/** Every value a chart draws (series, ghosts, footers) is a finite number. */
function drawnValues(model: ChartModel): number[] {
  const keys = [...model.series, ...(model.ghosts ?? [])].map((s) => s.key);
  if (model.tooltipFooter) keys.push(model.tooltipFooter.key);
  return model.rows.flatMap((row) => keys.map((k) => Number(row[k])));
}

const scenarios: [string, Scenario][] = [['Public data', defaultScenario()], ...presets.map((p) => [p.name, applyPreset(p.id)] as [string, Scenario])];

describe('chart registry', () => {
  it.each(scenarios)('every chart builds a model with finite values: %s', (_, scenario) => {
    const input = inputFor(scenario);
    for (const id of CHART_IDS) {
      const def = CHARTS[id];
      const model = def.build(input);
      expect(def.id).toBe(id);
      expect(def.title(input).length, id).toBeGreaterThan(0);
      expect(def.subtitle(input).length, id).toBeGreaterThan(0);
      expect(model.yLabel.length, id).toBeGreaterThan(0);
      expect(model.series.length, id).toBeGreaterThan(0);
      if (def.empty?.(model)) continue;
      expect(model.rows.length, id).toBeGreaterThan(0);
      for (const v of drawnValues(model)) expect(Number.isFinite(v), `${id}: ${v}`).toBe(true);
      expect(def.height(model), id).toBeGreaterThanOrEqual(200);
    }
  });

  it('draws a pinned baseline as ghosts, with finite values', () => {
    const input = inputFor(applyPreset('seed'), defaultScenario());
    for (const id of CHART_IDS) {
      const model = CHARTS[id].build(input);
      expect(model.ghosts?.length ?? 0, id).toBeGreaterThan(0);
      // A row the baseline lacks (a contract only the scenario has) has no ghost: NaN, drawn as nothing.
      for (const row of model.rows) {
        for (const s of model.series) expect(Number.isFinite(Number(row[s.key])), id).toBe(true);
        for (const g of model.ghosts ?? []) expect(Number(row[g.key]), id).not.toBe(Infinity);
      }
    }
  });

  it('says in words when there are no commitments', () => {
    const none = { ...defaultScenario() };
    for (const p of parameters) if (p.id.startsWith('commit.') && p.kind === 'number') none[p.id] = 0;
    const def = CHARTS.commitments;
    const model = def.build(inputFor(none));
    expect(model.rows).toHaveLength(0);
    expect(def.empty?.(model)).toMatch(/No commitments/);
  });

  it('on a slide too short for every contract, draws the largest that stay legible and says how many of how many', () => {
    const def = CHARTS.commitments;
    const model = def.build(inputFor(defaultScenario()));
    const total = model.rows.length;
    expect(total).toBeGreaterThan(5);
    // The dashboard's designed height: every contract.
    expect(slideRows(def, model, def.height(model))).toEqual({ model, note: null });
    // A 1280×720 slide gives the chart 160 px: 24 px a row under the value axis.
    const squeezed = slideRows(def, model, 160);
    expect(squeezed.model.rows).toEqual(model.rows.slice(0, 5));
    expect(squeezed.note).toBe(`The 5 largest of ${total} contracts, to fit the slide; “Show table” lists all ${total}.`);
    // Largest first: nothing left out is larger than what is drawn.
    const smallestShown = Math.min(...squeezed.model.rows.map((r) => Number(r.commitment)));
    for (const r of model.rows.slice(5)) expect(Number(r.commitment)).toBeLessThanOrEqual(smallestShown);
    // However short, one row is drawn; a chart without rows to spare is left whole.
    expect(slideRows(def, model, 10).model.rows).toHaveLength(1);
    expect(slideRows(CHARTS.hosted, CHARTS.hosted.build(inputFor(defaultScenario())), 10).note).toBeNull();
  });

  it('names a primary chart for each view the server can draw', () => {
    for (const view of VIEW_IDS) {
      const id = PRIMARY_CHART[view];
      if (view === 'risk' || view === 'compare') expect(id).toBeNull();
      else expect(id !== null && CHARTS[id].view === view, view).toBe(true);
    }
  });

  it('builds image and embed paths around a link query', () => {
    expect(chartImagePath('', 'hosted', 'png')).toBe('/api/chart?chart=hosted&format=png');
    expect(chartImagePath('?v=2&sp=240', 'mix', 'svg')).toBe('/api/chart?chart=mix&format=svg&v=2&sp=240');
    expect(embedPath('v=2&p=seed', 'headline')).toBe('/embed?chart=headline&v=2&p=seed');
    expect(scenarioQueryOf(new URLSearchParams('chart=mix&format=svg&theme=dark&v=2&p=seed'))).toBe('v=2&p=seed');
    expect(isChartId('hosted')).toBe(true);
    expect(isChartId('risk')).toBe(false);
    expect(embedHeight('hosted')).toBeGreaterThan(CHARTS.hosted.height({} as ChartModel));
  });

  it('its query keys are no parameter’s and no reserved key', () => {
    const keys = new Set([...parameters.map((p) => p.key), ...Object.values(RESERVED_KEYS)]);
    for (const k of Object.values(CHART_QUERY_KEYS)) expect(keys.has(k), k).toBe(false);
  });
});

describe('the profit chart’s caption on the revenue-share cap', () => {
  const profitCaption = (id: string) => CHARTS.profit.subtitle(inputFor(applyPreset(id)));
  const dipsAt = (id: string) => {
    const r = evaluate(applyPreset(id));
    const p = r.clouds.azure.companyGrossProfitUsdBn;
    return r.years.filter((_, i) => i > 0 && p[i]! < p[i - 1]!);
  };

  it('says Microsoft’s line dips only in a year it does', () => {
    for (const p of presets) {
      const caption = profitCaption(p.id);
      const said = caption.match(/Microsoft’s dips in (\d{4})/)?.[1];
      if (said) expect(dipsAt(p.id), p.id).toContain(Number(said));
      else if (evaluate(applyPreset(p.id)).revenueShareCapYear !== null) expect(caption, p.id).toContain('so its line does not dip');
    }
  });

  it('names the cap year whichever way the line goes', () => {
    // Public data: the payments end in 2029 and the line falls that year ($45.9B → $39.9B).
    expect(profitCaption('public')).toContain('Microsoft’s dips in 2029, when OpenAI’s revenue share reaches its cap.');
    // OpenAI dominance: Azure's growth outruns the lost share, and the caption says so rather than a dip.
    expect(dipsAt('openai-dominance')).toEqual([]);
    expect(profitCaption('openai-dominance')).toContain(
      'reaches its cap in 2028 and pays nothing after; the rest of Microsoft’s company AI gross profit grows faster, so its line does not dip.',
    );
    // No cap reached: nothing said.
    expect(profitCaption('pre-amendment')).not.toMatch(/cap/);
  });

  it('says nothing of a cap nothing was paid towards, and nothing after a cap reached in the last year', () => {
    const caption = (overrides: Record<string, number>) => CHARTS.profit.subtitle(inputFor({ ...applyPreset('public'), ...overrides }));
    // A $0 cap counts as reached in 2026 with nothing paid: no loss to speak of.
    expect(evaluate({ ...applyPreset('public'), 'msft.revShareCap': 0 }).revenueShareCapYear).toBe(2026);
    expect(caption({ 'msft.revShareCap': 0 })).not.toMatch(/cap/);
    // A cap reached in 2031, the chart's last year: the year only, nothing about what follows.
    // Payments through 2031 under no cap, then a cap half way into 2031's payment.
    const open = { 'msft.revShareLastYear': 2031, 'msft.revShareCap': 500 };
    const paid = evaluate({ ...applyPreset('public'), ...open }).clouds.azure.revenueShareIncomeUsdBn;
    const late = paid.slice(1, 6).reduce((a, b) => a + b, 0) + paid[6]! / 2;
    expect(evaluate({ ...applyPreset('public'), ...open, 'msft.revShareCap': late }).revenueShareCapYear).toBe(2031);
    const lastYear = caption({ ...open, 'msft.revShareCap': late });
    expect(lastYear).toMatch(/reaches its cap(\.| in 2031\.)$/);
    expect(lastYear).not.toMatch(/after|does not dip/);
  });
});

describe('whose lines a chart names', () => {
  it('names company AI gross profit’s lines by the company, as its caption does', () => {
    const model = CHARTS.profit.build(inputFor(applyPreset('public')));
    expect(model.series.map((s) => s.label)).toEqual(['Microsoft', 'Amazon', 'Google']);
    // The cloud's own figures keep the cloud's name.
    expect(CHARTS.margin.build(inputFor(applyPreset('public'))).series.map((s) => s.label)).toContain('Azure');
  });
});
