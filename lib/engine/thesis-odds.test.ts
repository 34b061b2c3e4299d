/**
 * The thesis' odds (issue 18): who leads on each measure, who is least exposed, and how likely B beats A.
 * No Public data figure is pinned (the defaults are refitted in issue 17): these are properties.
 * Tolerances: a probability from n draws is a count / n, so sums are exact to rounding (1e-12); a
 * scenario against itself ties in every pair, so its odds are exactly one half.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HYPERSCALERS } from './ids';
import { applyPreset } from './presets';
import { defaultScenario } from './scenario';
import { THESIS_MEASURES } from './simulation-settings';
import { compareOdds, createSimulation, simulate } from './uncertainty';
import { leaderOn, winnerAnalysis } from './winners';
import { evaluate } from './evaluate';
import { presetIdArbitrary, scenarioArbitrary } from '@/lib/testing/arbitraries';

const sum = (r: Record<string, { p: number }>) => Object.values(r).reduce((a, x) => a + x.p, 0);

describe('thesis odds', () => {
  it('sum to 1 per conclusion, and each carries its sampling error', () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.integer({ min: 1, max: 1000 }), fc.constantFrom(...THESIS_MEASURES), (s, seed, measure) => {
        const r = simulate(s, { samples: 60, seed, measure });
        expect(r.odds.measure).toBe(measure);
        for (const m of THESIS_MEASURES) {
          expect(sum(r.odds.leader[m])).toBeCloseTo(1, 12);
          expect(sum(r.odds.leastExposedBy[m])).toBeCloseTo(1, 12);
          for (const c of HYPERSCALERS) {
            const { p, se } = r.odds.leader[m][c];
            expect(se).toBeCloseTo(Math.sqrt((p * (1 - p)) / 60), 12);
          }
        }
        expect(r.odds.leastExposed).toEqual(r.odds.leastExposedBy[measure]);
      }),
      { numRuns: 12 },
    );
  });

  it('with no spread every draw is the scenario: odds are 1 for its own conclusions', () => {
    fc.assert(
      fc.property(presetIdArbitrary, fc.constantFrom(...THESIS_MEASURES), (presetId, measure) => {
        const s = applyPreset(presetId);
        const r = simulate(s, { samples: 20, spread: 0, measure });
        expect(r.odds.leader[measure][leaderOn(evaluate(s), measure)].p).toBe(1);
        expect(r.odds.leastExposed[winnerAnalysis(s, { measure }).leastExposed].p).toBe(1);
      }),
      { numRuns: 6 },
    );
  });

  it('the preview is the first draws of the full run (same odds after as many draws)', () => {
    const full = createSimulation(defaultScenario(), { samples: 400, seed: 7 });
    full.step(100);
    const preview = simulate(defaultScenario(), { samples: 100, seed: 7 });
    expect(full.result().odds).toEqual(preview.odds);
  });
});

describe('compareOdds', () => {
  it('a scenario against itself is a tie: exactly one half, with no error', () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.constantFrom('azure', 'aws', 'gcp', 'other' as const), fc.constantFrom(...THESIS_MEASURES), (s, cloud, measure) => {
        const r = compareOdds(s, s, { cloud, measure, samples: 40, seed: 3 });
        expect(r.tie).toBe(true);
        expect(r.p).toBe(0.5);
        expect(r.se).toBe(0);
      }),
      { numRuns: 10 },
    );
  });

  it('is a probability with its error; swapping A and B gives 1 − p (paired draws)', () => {
    fc.assert(
      fc.property(presetIdArbitrary, fc.constantFrom(...THESIS_MEASURES), (presetId, measure) => {
        const a = defaultScenario();
        const b = applyPreset(presetId);
        const ab = compareOdds(a, b, { cloud: 'azure', measure, samples: 80, seed: 11 });
        const ba = compareOdds(b, a, { cloud: 'azure', measure, samples: 80, seed: 11 });
        expect(ab.p).toBeGreaterThanOrEqual(0);
        expect(ab.p).toBeLessThanOrEqual(1);
        expect(ab.se).toBeLessThanOrEqual(0.5 / Math.sqrt(80) + 1e-12);
        expect(ab.p + ba.p).toBeCloseTo(1, 12);
      }),
      { numRuns: 6 },
    );
  });

  it('a change that raises the figure in every draw gives B the win almost surely', () => {
    // Twice the 2025 market: every cloud's hosted compute and revenue grow in every paired draw.
    const a = defaultScenario();
    const r = compareOdds(
      a,
      { ...a, 'market.spend2025': (a['market.spend2025'] as number) * 1.5 },
      { cloud: 'azure', measure: 'hosted', samples: 100, seed: 5 },
    );
    expect(r.p).toBe(1);
  });
});
