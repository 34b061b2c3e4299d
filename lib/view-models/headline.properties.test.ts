/**
 * The cards' figures for any scenario a user can reach, on each measure the headline can speak of: finite,
 * shares within 0-100%, no "NaN" or "Infinity" in their words (quality bars, README).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOUDS, THESIS_MEASURES, evaluate, winnerAnalysis } from '@/lib/engine';
import { scenarioArbitrary } from '@/lib/testing/arbitraries';
import { cloudCards, cloudRevenueShares } from './headline';

describe('cloud cards over the whole parameter space', () => {
  it('lead with a finite figure on the chosen measure, a share within 0-100% where it has one, and words without NaN', () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.constantFrom(...THESIS_MEASURES), (scenario, measure) => {
        const result = evaluate(scenario);
        const cards = cloudCards(result, evaluate({}), winnerAnalysis(scenario, { measure }));
        // Shares of cloud AI revenue clamp nothing away: no provider's revenue is negative, so the four shares add up to 1.
        for (const c of CLOUDS) expect(result.clouds[c].cumulative.revenueUsdBn).toBeGreaterThanOrEqual(0);
        const shares = CLOUDS.reduce((t, c) => t + cloudRevenueShares(result, c).total, 0);
        if (CLOUDS.some((c) => result.clouds[c].cumulative.revenueUsdBn > 0)) expect(shares).toBeCloseTo(1, 9);
        for (const card of cards) {
          expect(card.lead.measure).toBe(measure);
          if (card.lead.share !== null) {
            expect(card.lead.share).toBeGreaterThanOrEqual(0);
            expect(card.lead.share).toBeLessThanOrEqual(1);
          }
          for (const f of [card.lead, ...card.figures]) {
            expect(Number.isFinite(f.value)).toBe(true);
            expect(Number.isFinite(f.delta.value)).toBe(true);
            expect(`${f.text} ${f.hint} ${f.delta.text}`).not.toMatch(/NaN|Infinity|undefined/);
          }
        }
      }),
      { numRuns: 120 },
    );
  });
});
