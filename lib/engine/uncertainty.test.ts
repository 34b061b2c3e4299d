/**
 * Uncertainty (issue 10): what the Monte Carlo, the tornado and the switching values promise.
 * Sample counts are small (a few hundred draws) to keep the suite fast; the properties do not depend on n.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOUDS, HYPERSCALERS, YEARS, type CloudId } from './ids';
import { evaluate } from './evaluate';
import { resolveInputs } from './inputs';
import { parameters, parametersById, type NumberParameterSpec } from './parameters';
import { applyPreset, presets } from './presets';
import { defaultScenario, type Scenario } from './scenario';
import { leaderOn, winnerAnalysis } from './winners';
import {
  createSimulation,
  hyperscalerLeader,
  importance,
  inputSetters,
  plausibleRange,
  sensitivity,
  setInput,
  simulate,
  switchingValues,
  UNCERTAIN_MEASURES,
  type Bands,
} from './uncertainty';
import { presetIdArbitrary, scenarioArbitrary } from '@/lib/testing/arbitraries';

const numberSpecs = parameters.filter((p): p is NumberParameterSpec => p.kind === 'number');

function expectOrdered(b: Bands): void {
  for (let y = 0; y < YEARS.length; y++) {
    const row = [b.p5[y]!, b.p25[y]!, b.p50[y]!, b.p75[y]!, b.p95[y]!];
    for (let k = 1; k < row.length; k++) expect(row[k]!).toBeGreaterThanOrEqual(row[k - 1]!);
    for (const v of row) expect(Number.isFinite(v)).toBe(true);
  }
}

function sum(record: Readonly<Record<string, number>> | readonly number[]): number {
  return Object.values(record).reduce((a, b) => a + b, 0);
}

describe('simulate', () => {
  it('orders its percentiles and its lead probabilities sum to 1, for any scenario and seed', () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.integer({ min: 1, max: 999_999 }), fc.double({ min: 0, max: 2, noNaN: true }), (scenario, seed, spread) => {
        const r = simulate(scenario, { samples: 60, seed, spread });
        expect(r.samples).toBe(60);
        for (const c of CLOUDS) {
          expectOrdered(r.clouds[c].hostedComputeUsdBn);
          expectOrdered(r.clouds[c].companyGrossProfitUsdBn);
          // Hosted compute is never negative in any draw, so neither is any percentile.
          expect(r.clouds[c].hostedComputeUsdBn.p5.every((v) => v >= 0)).toBe(true);
        }
        expect(sum(r.leadProbability.cumulative)).toBeCloseTo(1, 12);
        expect(sum(r.leadProbability.year2031)).toBeCloseTo(1, 12);
        expect(sum(r.hyperscalerLeadProbability.cumulative)).toBeCloseTo(1, 12);
        expect(sum(r.hyperscalerLeadProbability.year2031)).toBeCloseTo(1, 12);
        expect(sum(r.azureGap.histogram.counts)).toBe(60);
        expect(r.azureGap.probabilityAhead).toBeCloseTo(r.hyperscalerLeadProbability.cumulative.azure, 12);
      }),
      { numRuns: 25 },
    );
  });

  it('with spread 0 every draw is the scenario: p5 = p50 = p95 = the deterministic result', () => {
    for (const preset of ['public', 'seed', 'openai-dominance']) {
      const scenario = applyPreset(preset);
      const result = evaluate(scenario);
      const r = simulate(scenario, { samples: 50, seed: 9, spread: 0 });
      for (const c of CLOUDS) {
        for (const [band, series] of [
          [r.clouds[c].hostedComputeUsdBn, result.clouds[c].hostedComputeUsdBn],
          [r.clouds[c].companyGrossProfitUsdBn, result.clouds[c].companyGrossProfitUsdBn],
        ] as const) {
          for (let y = 0; y < YEARS.length; y++) {
            const exact = series[y]!;
            for (const q of [band.p5[y]!, band.p50[y]!, band.p95[y]!]) expect(Math.abs(q - exact)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(exact)));
          }
        }
      }
      const leader = hyperscalerLeader(result);
      expect(r.hyperscalerLeadProbability.cumulative[leader]).toBe(1);
      expect(r.hyperscalerLeadStandardError.cumulative[leader]).toBe(0);
    }
  });

  it('gives the same result for the same seed, and different draws for another', () => {
    const scenario = applyPreset('seed');
    const a = simulate(scenario, { samples: 300, seed: 12345 });
    const b = simulate(scenario, { samples: 300, seed: 12345 });
    expect(b).toEqual(a);
    const c = simulate(scenario, { samples: 300, seed: 54321 });
    expect(c.clouds.azure.hostedComputeUsdBn.p50).not.toEqual(a.clouds.azure.hostedComputeUsdBn.p50);
  });

  it('runs in steps to the same result as in one go, and its preview is its first draws', () => {
    const scenario = applyPreset('anthropic-leads');
    const whole = simulate(scenario, { samples: 400, seed: 3 });
    const stepped = createSimulation(scenario, { samples: 400, seed: 3 });
    while (stepped.done < stepped.total) stepped.step(130);
    expect(stepped.result()).toEqual(whole);
    const partial = createSimulation(scenario, { samples: 400, seed: 3 });
    partial.step(100);
    expect(partial.result()).toEqual(simulate(scenario, { samples: 100, seed: 3 }));
  });

  it('draws the inputs the way resolveInputs reads them (the fast path matches the slow one)', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const inputs = resolveInputs(defaultScenario());
        for (const spec of numberSpecs) setInput(inputs, inputSetters(spec), scenario[spec.id] as number);
        const expected = resolveInputs(scenario);
        // Enums are not drawn: copy them, then compare every number to rounding.
        inputs.strategy = expected.strategy;
        const flat = (o: unknown, path = '', out: Record<string, number> = {}) => {
          if (typeof o === 'number') out[path] = o;
          else if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) flat(v, `${path}.${k}`, out);
          return out;
        };
        const got = flat(inputs);
        const want = flat(expected);
        expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
        for (const [k, v] of Object.entries(want)) expect(Math.abs(got[k]! - v), k).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(v)));
      }),
      { numRuns: 40 },
    );
  });

  it('keeps every draw within the slider bounds and the plausible range around the scenario value', () => {
    const spec = parametersById.get('market.growthLong') as NumberParameterSpec;
    expect(plausibleRange(spec, spec.default)).toEqual([spec.range[0], spec.range[1]]);
    expect(plausibleRange(spec, spec.default, 0)).toEqual([spec.default, spec.default]);
    const [lo, hi] = plausibleRange(spec, spec.max, 2);
    expect(hi).toBe(spec.max);
    expect(lo).toBeGreaterThanOrEqual(spec.min);
  });
});

describe('importance', () => {
  it('finds the spend of 2025 first for hosted compute, and nothing in the discount rate', () => {
    const sim = createSimulation(defaultScenario(), { samples: 800, seed: 5 });
    sim.step(800);
    const rows = importance(sim.samples(), { cloud: 'gcp', measure: 'hostedCompute' });
    expect(rows[0]!.id).toBe('market.spend2025');
    for (const r of rows) {
      expect(r.varianceShare).toBeGreaterThanOrEqual(0);
      expect(r.varianceShare).toBeLessThanOrEqual(1);
    }
    const discount = rows.find((r) => r.id === 'finance.discountRate');
    // Noise only: |rho| of an unrelated input over 800 draws stays well under 0.15.
    expect(Math.abs(discount?.rankCorrelation ?? 0)).toBeLessThan(0.15);
  });
});

describe('sensitivity', () => {
  it('sorts by swing, reports what evaluate gives at each end, and the discount rate moves no hosted compute', () => {
    const scenario = applyPreset('seed');
    for (const cloud of CLOUDS) {
      for (const measure of UNCERTAIN_MEASURES) {
        const rows = sensitivity(scenario, { cloud, measure });
        for (let i = 1; i < rows.length; i++) expect(Math.abs(rows[i]!.swing)).toBeLessThanOrEqual(Math.abs(rows[i - 1]!.swing));
        if (measure === 'hostedCompute') expect(rows.find((r) => r.id === 'finance.discountRate')?.swing).toBe(0);
      }
    }
    const rows = sensitivity(scenario, { cloud: 'azure', measure: 'companyGrossProfit' });
    const top = rows[0]!;
    const atLow = evaluate({ ...scenario, [top.id]: top.low }).clouds.azure.cumulative.companyGrossProfitUsdBn;
    const atHigh = evaluate({ ...scenario, [top.id]: top.high }).clouds.azure.cumulative.companyGrossProfitUsdBn;
    expect(top.lowValue).toBeCloseTo(atLow, 9);
    expect(top.highValue).toBeCloseTo(atHigh, 9);
    expect(top.swing).toBeCloseTo(atHigh - atLow, 9);
    expect(Math.abs(top.swing)).toBeGreaterThan(0);
  });
});

describe('switching values', () => {
  // The headline's leader on its default measure, cloud AI revenue (issue 18).
  const leaderOf = (s: Scenario): CloudId => leaderOn(evaluate(s), 'revenue');

  it('never flips on the discount rate, and each value it reports, once set, flips the conclusion', () => {
    for (const preset of presets) {
      const scenario = applyPreset(preset.id);
      const rows = switchingValues(scenario);
      const from = leaderOf(scenario);
      expect(rows.every((r) => r.from === from)).toBe(true);
      const discount = rows.find((r) => r.id === 'finance.discountRate')!;
      expect(discount.value).toBeNull();
      expect(discount.to).toBeNull();
      for (let i = 1; i < rows.length; i++) expect(rows[i]!.distance).toBeGreaterThanOrEqual(rows[i - 1]!.distance);
      for (const r of rows.filter((x) => x.value !== null).slice(0, 6)) {
        const spec = parametersById.get(r.id) as NumberParameterSpec;
        expect(r.value!).toBeGreaterThanOrEqual(spec.min);
        expect(r.value!).toBeLessThanOrEqual(spec.max);
        // On the slider's step grid, so a person can set it.
        const k = (r.value! - spec.min) / spec.step;
        expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-6);
        const flipped = leaderOf({ ...scenario, [r.id]: r.value! });
        expect(flipped).not.toBe(from);
        expect(flipped).toBe(r.to);
      }
    }
  });

  it('for the least-exposed conclusion too', () => {
    fc.assert(
      fc.property(presetIdArbitrary, (presetId) => {
        const scenario = applyPreset(presetId);
        const rows = switchingValues(scenario, { conclusion: 'leastExposed' });
        const from = winnerAnalysis(scenario).leastExposed;
        expect(HYPERSCALERS).toContain(from);
        expect(rows.find((r) => r.id === 'finance.discountRate')?.value).toBeNull();
        for (const r of rows.filter((x) => x.value !== null).slice(0, 3)) {
          const to = winnerAnalysis({ ...scenario, [r.id]: r.value! }).leastExposed;
          expect(to).not.toBe(from);
          expect(to).toBe(r.to);
        }
      }),
      { numRuns: 4 },
    );
  });
});
