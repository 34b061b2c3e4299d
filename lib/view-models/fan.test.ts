import { describe, expect, it } from 'vitest';
import { CLOUDS, CLOUD_LABELS, HYPERSCALERS, applyPreset, defaultScenario, evaluate, parametersById, simulate } from '@/lib/engine';
import { formatUsdBn } from '@/lib/format';
import {
  FAN_MEASURES,
  MARKET_SCALE_IDS,
  driversCsv,
  fanChart,
  fanCsv,
  fanExtent,
  fanHolder,
  gapChart,
  lopsidedAssumptions,
  scenarioAmongDraws,
  scenarioSide,
  type FanMeasure,
} from './uncertainty';

describe('the Risk view’s fans', () => {
  const scenario = defaultScenario();
  const result = evaluate(scenario);
  const sim = simulate(scenario, { samples: 200, seed: 7 });

  it('draw the scenario on screen over its own fan, dashed, on a scale that holds it', () => {
    for (const measure of Object.keys(FAN_MEASURES) as FanMeasure[]) {
      const clouds = FAN_MEASURES[measure].clouds;
      const extent = fanExtent(sim, measure, clouds, result);
      for (const cloud of clouds) {
        const model = fanChart(sim, cloud, measure, extent, result);
        expect(model.series.map((s) => [s.key, s.dashed ?? false])).toEqual([
          ['p50', false],
          ['here', true],
        ]);
        // The line is the scenario's own yearly figure (the cards' and the other views' charts').
        expect(model.rows.map((r) => r.here)).toEqual(result.clouds[cloud][measure]);
        for (const r of model.rows) {
          expect(Number(r.here)).toBeGreaterThanOrEqual(extent.min);
          expect(Number(r.here)).toBeLessThanOrEqual(extent.max);
        }
        // Its table and CSV carry it too.
        expect(model.columns?.map((c) => c.key)).toContain('here');
      }
    }
  });

  it('without a scenario, draw the bands and the median only', () => {
    const model = fanChart(sim, CLOUDS[0]!, 'hostedComputeUsdBn');
    expect(model.series.map((s) => s.key)).toEqual(['p50']);
    expect(model.rows[0]).not.toHaveProperty('here');
  });
});

describe('where the scenario sits among its draws, and why', () => {
  it('places the scenario against the percentiles of the last year, in words', () => {
    const row = { year: 2031, p5: 10, p25: 20, p50: 30, p75: 40, p95: 50 };
    expect(scenarioAmongDraws({ ...row, here: 45 })).toBe('above 3 draws in 4');
    expect(scenarioAmongDraws({ ...row, here: 60 })).toBe('above 19 draws in 20');
    expect(scenarioAmongDraws({ ...row, here: 30 })).toBe('within the middle half of draws');
    expect(scenarioAmongDraws({ ...row, here: 15 })).toBe('below 3 draws in 4');
    expect(scenarioAmongDraws({ ...row, here: 5 })).toBe('below 19 draws in 20');
    expect(scenarioAmongDraws(row)).toBeNull();
  });

  it('reads the market assumptions from the registry, each a number with a range', () => {
    for (const id of MARKET_SCALE_IDS) {
      const spec = parametersById.get(id);
      expect(spec?.kind, id).toBe('number');
      expect(spec?.kind === 'number' && spec.range[1] > spec.range[0], id).toBe(true);
    }
  });

  it('says why Public data sits above most of its draws: its growth sits near the top of its plausible ranges', () => {
    const scenario = defaultScenario();
    const sim = simulate(scenario, { samples: 2000, seed: 1 });
    const model = fanChart(sim, 'azure', 'hostedComputeUsdBn', undefined, evaluate(scenario));
    expect(scenarioAmongDraws(model.rows.at(-1))).toMatch(/^above/);
    expect(scenarioSide(CLOUDS.map((c) => fanChart(sim, c, 'hostedComputeUsdBn', undefined, evaluate(scenario)).rows.at(-1)))).toBe('above');
    const why = lopsidedAssumptions(scenario, 'above')!;
    expect(lopsidedAssumptions(scenario, 'below')).toBeNull();
    expect(why).toMatch(/^Why the dashed line sits above most draws: /);
    expect(why).toContain('AI compute growth, 2026-2027 is 67% a year, near the top of its plausible 10% a year to 75% a year');
    expect(why).toMatch(/: most draws take lower values\.$/);
    // Growth in the middle of its ranges: nothing to explain.
    expect(lopsidedAssumptions({ ...scenario, 'market.growthNear': 40, 'market.growthLong': 25 }, 'above')).toBeNull();
    expect(lopsidedAssumptions({ ...scenario, 'market.growthNear': 12 }, 'below')).toMatch(
      /^Why the dashed line sits below most draws: AI compute growth, 2026-2027 is 12% a year, near the bottom/,
    );
  });
});

describe('the Risk view’s CSVs', () => {
  const scenario = defaultScenario();
  const result = evaluate(scenario);
  const sim = simulate(scenario, { samples: 200, seed: 7 });

  it('a fan: one row per cloud and year, the percentiles and the scenario on screen, as the tables show them', () => {
    const clouds = FAN_MEASURES.hostedComputeUsdBn.clouds;
    const extent = fanExtent(sim, 'hostedComputeUsdBn', clouds, result);
    const panels = clouds.map((cloud) => ({ cloud, model: fanChart(sim, cloud, 'hostedComputeUsdBn', extent, result) }));
    const lines = fanCsv(panels, 'hostedComputeUsdBn').trimEnd().split('\r\n');
    expect(lines[0]!.startsWith('Cloud,Year,')).toBe(true);
    // Company AI gross profit is the company's: named so, as its panels are.
    const profitPanels = HYPERSCALERS.map((cloud) => ({ cloud, model: fanChart(sim, cloud, 'companyGrossProfitUsdBn', extent, result) }));
    const profit = fanCsv(profitPanels, 'companyGrossProfitUsdBn').split('\r\n');
    expect(profit[0]!.startsWith('Company,Year,')).toBe(true);
    expect(profit[1]!.startsWith('Microsoft,')).toBe(true);
    expect(fanHolder('gcp', 'companyGrossProfitUsdBn')).toBe('Google');
    expect(fanHolder('gcp', 'hostedComputeUsdBn')).toBe('Google Cloud');
    expect(lines[0]).toContain('(USD bn)');
    expect(lines).toHaveLength(1 + clouds.length * sim.years.length);
    const header = lines[0]!.split(',');
    const azure2031 = lines.find((l) => l.startsWith(`${CLOUD_LABELS.azure},2031,`))!.split(',');
    const here = header.findIndex((h) => h.startsWith('The scenario on screen'));
    expect(here).toBeGreaterThan(1);
    expect(Number(azure2031[here])).toBeCloseTo(result.clouds.azure.hostedComputeUsdBn.at(-1)!, 3);
    // Every figure is a number: no NaN, no blank, in every row.
    for (const line of lines.slice(1)) for (const cell of line.split(',').slice(2)) expect(Number.isFinite(Number(cell)) && cell !== '').toBe(true);
  });

  it('what moves a figure: the tornado’s rows then the importance’s others, blanks where a list lacks one', () => {
    const tornado = [
      {
        id: 'a',
        label: 'Alpha, 2025',
        lowText: '10%',
        highText: '30%',
        low: 10,
        high: 30,
        unit: '%',
        lowValue: 100,
        highValue: 160.123456,
        baseValue: 130,
        swing: 60.123456,
      },
      { id: 'b', label: 'Beta', lowText: '$1B', highText: '$2B', low: 1, high: 2, unit: 'USD bn', lowValue: 120, highValue: 140, baseValue: 130, swing: 20 },
    ];
    const importance = [
      { id: 'b', label: 'Beta', varianceShare: 0.25, rankCorrelation: -0.5, direction: 'lowers' as const },
      { id: 'c', label: 'Gamma', varianceShare: 0.1, rankCorrelation: 0.3162, direction: 'raises' as const },
    ];
    const lines = driversCsv(tornado, importance).trimEnd().split('\r\n');
    expect(lines).toEqual([
      'Assumption,One at a time: low end,High end,Low end (number),High end (number),Unit of the ends,Figure at low end (USD bn),Figure at high end (USD bn),Swing (USD bn),All together: share of the spread (%),Rank correlation',
      '"Alpha, 2025",10%,30%,10,30,%,100,160.1235,60.1235,,',
      'Beta,$1B,$2B,1,2,USD bn,120,140,20,25,-0.5',
      'Gamma,,,,,,,,,10,0.3162',
    ]);
  });
});

describe('the Risk view’s histogram', () => {
  it('labels round bin edges, zero among them, at the bands’ starts', () => {
    let spanningZero = 0;
    for (const preset of ['public', 'seed', 'openai-dominance'] as const) {
      const sim = simulate(applyPreset(preset), { samples: 400, seed: 3 });
      const model = gapChart(sim);
      expect(model.tickAt).toBe('start');
      const { edges } = sim.azureGap.histogram;
      const labelled = model.rows.map((r, i) => ({ tick: String(r.tick), lo: edges[i]! })).filter((r) => r.tick !== '');
      expect(labelled.length).toBeGreaterThanOrEqual(1);
      expect(labelled.length).toBeLessThanOrEqual(5);
      // Each label is its bin's lower edge, as the table words it.
      for (const r of labelled) expect(r.tick.replace(/\u2060/g, '')).toBe(formatUsdBn(Math.abs(r.lo) < 1e-9 ? 0 : r.lo));
      // Zero is labelled when the draws span it: where "behind" turns to "ahead".
      if (edges[0]! < 0 && edges.at(-1)! > 0) {
        spanningZero++;
        expect(labelled.some((r) => Math.abs(r.lo) < 1e-9)).toBe(true);
      }
    }
    // The check above ran: Public data's draws fall on both sides.
    expect(spanningZero).toBeGreaterThan(0);
  });
});
