/**
 * The winner analysis (model v3, ECONOMICS.md rule 3). No Public data figures are pinned here: the defaults
 * are refitted (issue 17), so these tests hold relationships that any defaults must keep.
 * Tolerance: world totals are sums of at most 7 × 6 × 4 products, so 1e-9 relative is rounding, not a leak.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOUDS, FAMILIES, HYPERSCALERS } from './ids';
import { defaultScenario } from './scenario';
import { winnerAnalysis, winnerWeights, winnerWorldByEvaluate, worldByArithmetic } from './winners';
import { evaluate } from './evaluate';
import { resolveInputs } from './inputs';
import { THESIS_MEASURES } from './simulation-settings';
import { scenarioArbitrary } from '@/lib/testing/arbitraries';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('winner weights', () => {
  it('sets the winner’s 2031 share and scales the others in proportion', () => {
    // Weights 35/14/25/12/2/12; OpenAI wins at 60%: the rest (65%) shrink to 40%,
    // so Anthropic 14/65 x 40 = 8.615%
    const w = winnerWeights({ openai: 35, anthropic: 14, google: 25, meta: 12, mistral: 2, other: 12 }, 'openai', 0.6);
    expect(w.openai).toBe(0.6);
    expect(w.anthropic).toBeCloseTo((14 / 65) * 0.4, 12);
    expect(FAMILIES.reduce((s, f) => s + w[f], 0)).toBeCloseTo(1, 12);
  });

  it('splits the rest equally when the winner had everything', () => {
    const w = winnerWeights({ openai: 100, anthropic: 0, google: 0, meta: 0, mistral: 0, other: 0 }, 'openai', 0.6);
    expect(w.anthropic).toBeCloseTo(0.08, 12);
  });
});

describe('winner worlds', () => {
  it('the world arithmetic reproduces the scenario’s own totals (so it cannot drift from evaluate)', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const inputs = resolveInputs(s);
        const r = evaluate(s);
        const w = worldByArithmetic(inputs, r, null);
        const byEvaluate = winnerWorldByEvaluate(inputs, r, null);
        for (const c of CLOUDS) {
          const cum = r.clouds[c].cumulative;
          expect(close(w.hosted[c], cum.hostedComputeUsdBn), `${c} hosted`).toBe(true);
          expect(close(w.revenue[c], cum.revenueUsdBn), `${c} revenue`).toBe(true);
          expect(close(w.profit[c], cum.companyGrossProfitUsdBn), `${c} company gross profit`).toBe(true);
          expect(close(w.ownUse[c], cum.ownUseComputeUsdBn), `${c} own use`).toBe(true);
          // The scenario's own billing handed back to evaluate is the scenario.
          expect(close(byEvaluate.clouds[c].cumulative.companyGrossProfitUsdBn, cum.companyGrossProfitUsdBn), `${c} evaluate`).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('each winner world’s arithmetic equals evaluate on that world (floors and counted-once model income included)', () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.constantFrom(...FAMILIES), (s, winner) => {
        const inputs = resolveInputs(s);
        const r = evaluate(s);
        const w = worldByArithmetic(inputs, r, winner);
        const e = winnerWorldByEvaluate(inputs, r, winner);
        for (const c of CLOUDS) {
          const cum = e.clouds[c].cumulative;
          expect(close(w.hosted[c], cum.hostedComputeUsdBn), `${c} hosted, ${winner} wins: ${w.hosted[c]} vs ${cum.hostedComputeUsdBn}`).toBe(true);
          expect(close(w.revenue[c], cum.revenueUsdBn), `${c} revenue, ${winner} wins: ${w.revenue[c]} vs ${cum.revenueUsdBn}`).toBe(true);
          expect(close(w.profit[c], cum.companyGrossProfitUsdBn), `${c} profit, ${winner} wins: ${w.profit[c]} vs ${cum.companyGrossProfitUsdBn}`).toBe(true);
          // Own use is the scenario's in every world.
          expect(close(cum.ownUseComputeUsdBn, r.clouds[c].cumulative.ownUseComputeUsdBn), `${c} own use`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('under Public data the contracts bind in some world (so the floors are exercised), and the worlds agree with evaluate there', () => {
    const s = defaultScenario();
    const inputs = resolveInputs(s);
    const r = evaluate(s);
    let bound = false;
    for (const winner of FAMILIES) {
      const e = winnerWorldByEvaluate(inputs, r, winner);
      if (FAMILIES.some((f) => e.floorMovedUsdBn[f] !== null)) bound = true;
      const w = worldByArithmetic(inputs, r, winner);
      for (const c of CLOUDS) expect(close(w.profit[c], e.clouds[c].cumulative.companyGrossProfitUsdBn)).toBe(true);
    }
    expect(bound).toBe(true);
  });

  it('leave every cloud’s own-use compute unchanged and conserve the labs’ billed market', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const r = evaluate(s);
        const billedAll = CLOUDS.reduce((a, c) => a + r.clouds[c].cumulative.billedComputeUsdBn, 0);
        for (const o of winnerAnalysis(s).outcomes) {
          for (const c of CLOUDS) expect(close(o.ownUseComputeUsdBn[c], r.clouds[c].cumulative.ownUseComputeUsdBn)).toBe(true);
          const billed = CLOUDS.reduce((a, c) => a + o.hostedComputeUsdBn[c] - o.ownUseComputeUsdBn[c], 0);
          expect(close(billed, billedAll)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('exposure is 0 on every measure when every family is hosted alike on every cloud', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 8, maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 6, maxLength: 6 }),
        (rows, shares) => {
          const s = defaultScenario();
          // One hosting row for every family (2025 and 2031), no own use, no strategy that favours a family,
          // and no model-layer income (it follows families, not clouds).
          for (const f of FAMILIES) {
            CLOUDS.forEach((c, i) => {
              s[`hosting2025.${f}.${c}`] = rows[i]!;
              s[`hosting2031.${f}.${c}`] = rows[4 + i]!;
              s[`ownUse2025.${f}.${c}`] = 0;
              s[`ownUse2031.${f}.${c}`] = 0;
              s[`capture.${f}.${c}`] = 0;
            });
          }
          FAMILIES.forEach((f, i) => (s[`share2031.${f}`] = shares[i]!));
          for (const c of HYPERSCALERS) s[`strategy.${c}`] = 'agnostic';
          s['msft.revShare'] = 0;
          // No contract floors either: they move a lab's billing towards its contracted clouds as it shrinks.
          s['contracts.taken'] = 0;
          for (const m of THESIS_MEASURES) {
            const a = winnerAnalysis(s, { measure: m });
            for (const c of CLOUDS) expect(a.clouds[c].exposure, `${c} on ${m}`).toBeLessThan(1e-9);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('exposure is (max − min) / mean of the chosen measure across winners; least exposed is the lowest', () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.constantFrom(...THESIS_MEASURES), (s, measure) => {
        const a = winnerAnalysis(s, { measure });
        expect(a.measure).toBe(measure);
        expect(a.outcomes).toHaveLength(FAMILIES.length);
        for (const c of CLOUDS) {
          const values = a.outcomes.map((o) =>
            measure === 'hosted' ? o.hostedComputeUsdBn[c] : measure === 'revenue' ? o.revenueUsdBn[c] : o.companyGrossProfitUsdBn[c],
          );
          const meanAbs = values.reduce((x, v) => x + Math.abs(v), 0) / values.length;
          const expected = meanAbs > 1e-9 ? (Math.max(...values) - Math.min(...values)) / meanAbs : 0;
          expect(a.clouds[c].exposure).toBeCloseTo(expected, 9);
          expect(a.clouds[c].exposure).toBeGreaterThanOrEqual(0);
          expect(a.clouds[c].minUsdBn).toBeCloseTo(Math.min(...values), 9);
          // Concentration: a share of revenue, per year.
          expect(a.clouds[c].concentration).toHaveLength(7);
          for (const x of a.clouds[c].concentration) expect(x >= 0 && x <= 1 + 1e-12).toBe(true);
        }
        for (const c of HYPERSCALERS) expect(a.clouds[a.leastExposed].exposure).toBeLessThanOrEqual(a.clouds[c].exposure);
      }),
      { numRuns: 100 },
    );
  });

  it('the winner gains on every cloud that hosts its billed compute; the default measure is cloud AI revenue', () => {
    const a = winnerAnalysis(defaultScenario());
    expect(a.measure).toBe('revenue');
    const r = evaluate(defaultScenario());
    // Largest family by concentration is the family with the most billed compute on that cloud in 2031.
    for (const c of HYPERSCALERS) {
      const top = a.clouds[c].largestFamily[6]!;
      const billed = r.clouds[c].billedByFamilyUsdBn;
      for (const f of FAMILIES) expect(billed[top][6]!).toBeGreaterThanOrEqual(billed[f][6]!);
      expect(a.clouds[c].concentration[6]).toBeCloseTo(billed[top][6]! / r.clouds[c].billedComputeUsdBn[6]!, 12);
    }
  });
});
