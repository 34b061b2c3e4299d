import { describe, expect, it } from 'vitest';
import { CLOUDS, defaultScenario, evaluate, simulate } from '@/lib/engine';
import { FAN_MEASURES, fanChart, fanExtent, type FanMeasure } from './uncertainty';

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
