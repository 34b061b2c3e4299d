/**
 * Unit tests for each step. Expected values are worked out by hand (the arithmetic is in the comments),
 * not copied from the code's output.
 */
import { describe, expect, it } from 'vitest';
import {
  accessFactor,
  allocateFamily,
  breakevenYear,
  cloudYearEconomics,
  cloudMarginRatio,
  interpolateThrough2026,
  interpolateDistributionThrough2026,
  revenueShareSeries,
  revenueShareCapYear,
  herfindahl,
  interpolateDistribution,
  interpolateSeries,
  netPresentValue,
  normaliseCapture,
  normaliseWeights,
  ownedFamily,
  priceCut,
  priceWeightFactor,
  referenceCostRatio,
  siliconSavingsRatio,
  sumOverWindow,
  totalComputeSeries,
  MAX_PRICE_CUT,
} from './steps';

describe('step 1: total spend', () => {
  it('grows at the near rate through 2027 and the long rate after', () => {
    // 100 -> 2026: 150 -> 2027: 225 -> 2028: 225 * 1.1 = 247.5 -> 272.25 -> 299.475 -> 329.4225
    const s = totalComputeSeries(100, 0.5, 0.1);
    expect(s).toHaveLength(7);
    expect(s[0]).toBe(100);
    expect(s[1]).toBeCloseTo(150, 10);
    expect(s[2]).toBeCloseTo(225, 10);
    expect(s[3]).toBeCloseTo(247.5, 10);
    expect(s[6]).toBeCloseTo(329.4225, 8);
  });
  it('reproduces the default market: $180B growing 45% then 25%', () => {
    // 180 * 1.45^2 = 378.45; * 1.25^4 = 923.9502 (ECONOMICS.md defaults)
    const s = totalComputeSeries(180, 0.45, 0.25);
    expect(s[2]).toBeCloseTo(378.45, 6);
    expect(s[6]).toBeCloseTo(378.45 * 1.25 ** 4, 6);
    expect(s[6]).toBeCloseTo(923.95, 1);
  });
});

describe('interpolation', () => {
  it('is linear between 2025 and 2031 with exact end points', () => {
    // 0.5 -> 0.8 over six steps of 0.05
    const s = interpolateSeries(0.5, 0.8);
    expect(s[0]).toBe(0.5);
    expect(s[3]).toBeCloseTo(0.65, 12);
    expect(s[6]).toBe(0.8);
  });
});

describe('step 3: normalising weights', () => {
  it('turns weights into fractions summing to 1', () => {
    // 35 / (35+14+25+12+2+12 = 100) = 0.35
    const w = normaliseWeights({ a: 35, b: 14, c: 25, d: 12, e: 2, f: 12 });
    expect(w.a).toBeCloseTo(0.35, 12);
    expect(w.e).toBeCloseTo(0.02, 12);
  });
  it('treats all-zero weights as an equal split', () => {
    expect(normaliseWeights({ a: 0, b: 0, c: 0, d: 0 })).toEqual({ a: 0.25, b: 0.25, c: 0.25, d: 0.25 });
  });
  it('interpolates two distributions so each year still sums to 1', () => {
    // a: 1 -> 0.5, b: 0 -> 0.5; middle year a = 0.75
    const d = interpolateDistribution({ a: 2, b: 0 }, { a: 1, b: 1 });
    expect(d.a[3]).toBeCloseTo(0.75, 12);
    for (let i = 0; i < 7; i++) expect((d.a[i] ?? 0) + (d.b[i] ?? 0)).toBeCloseTo(1, 12);
  });
});

describe('step 5: strategy access', () => {
  it('a vertical cloud owns the family it takes the largest model-profit share from', () => {
    expect(ownedFamily({ openai: 0, anthropic: 0.14, google: 1, meta: 0, mistral: 0, other: 0 })).toBe('google');
    expect(ownedFamily({ openai: 0, anthropic: 0, google: 0, meta: 0, mistral: 0, other: 0 })).toBeNull();
  });
  it('turns away rivals only under the vertical strategy', () => {
    expect(accessFactor('vertical', 'google', 'openai', 0.85)).toBe(0.85);
    expect(accessFactor('vertical', 'google', 'google', 0.85)).toBe(1);
    expect(accessFactor('agnostic', 'google', 'openai', 0.85)).toBe(1);
    expect(accessFactor('horizontal', null, 'openai', 0.85)).toBe(1);
  });
  it('sends turned-away spend to the other clouds in proportion', () => {
    // OpenAI 2025 preference 0.75/0/0.05/0.20 with gcp at 85% access:
    // weights 0.75, 0, 0.0425, 0.20 -> sum 0.9925 -> azure 0.75/0.9925 = 0.755668...
    // Arrays are in CLOUDS order: azure, aws, gcp, other.
    const [azure, aws, gcp, other] = allocateFamily([0.75, 0, 0.05, 0.2], [1, 1, 0.85, 1], [1, 1, 1, 1]) as [number, number, number, number];
    expect(azure).toBeCloseTo(0.75 / 0.9925, 12);
    expect(gcp).toBeCloseTo(0.0425 / 0.9925, 12);
    expect(azure + aws + gcp + other).toBeCloseTo(1, 12);
  });
  it('keeps a family where it prefers when every cloud turns it away', () => {
    expect(allocateFamily([0, 0, 1, 0], [1, 1, 0, 1], [1, 1, 1, 1])).toEqual([0, 0, 1, 0]);
    // ... and an all-zero preference row (impossible after normalisation) still conserves spend.
    expect(allocateFamily([0, 0, 0, 0], [1, 1, 1, 1], [1, 1, 1, 1])).toEqual([0.25, 0.25, 0.25, 0.25]);
  });
});

describe('step 6: price response', () => {
  it('cuts the price by the savings passed on', () => {
    // 30% of a 0.02 saving per dollar = 0.006
    expect(priceCut(0.3, 0.02)).toBeCloseTo(0.006, 12);
    expect(priceCut(1, 2)).toBe(MAX_PRICE_CUT);
  });
  it('raises hosting weight by (1 - cut)^-elasticity', () => {
    // (1 - 0.1)^-1 = 1.1111; (0.9)^-2 = 1.234568; elasticity 0 -> 1
    expect(priceWeightFactor(0.1, 1)).toBeCloseTo(1 / 0.9, 12);
    expect(priceWeightFactor(0.1, 2)).toBeCloseTo(1 / 0.81, 12);
    expect(priceWeightFactor(0.1, 0)).toBe(1);
  });
  it('moves share towards the cheaper cloud', () => {
    // equal preference, azure weight x 1.25 -> 1.25 / 2.25 = 0.5556
    const split = allocateFamily([0.5, 0.5, 0, 0], [1, 1, 1, 1], [1.25, 1, 1, 1]);
    expect(split[0]).toBeCloseTo(1.25 / 2.25, 12);
  });
});

describe('step 8: cost, revenue and margin', () => {
  it('holds the base margin at reference utilisation with no premium', () => {
    expect(referenceCostRatio(0.25, 0.75, 0)).toBeCloseTo(0.75, 12);
  });
  it('lowers cost with higher utilisation and a premium', () => {
    // Azure defaults: (1 - 0.25) * (0.75 / 0.80) / (1 + 0.10 + 0.20 * 0.10) = 0.703125 / 1.12 = 0.627790
    expect(referenceCostRatio(0.25, 0.8, 0.12)).toBeCloseTo(0.703125 / 1.12, 12);
  });
  it('computes silicon savings on the compute share of cost', () => {
    // 0.6 cost ratio x 0.65 compute x 0.5 adoption x 0.3 cut = 0.0585
    expect(siliconSavingsRatio(0.6, 0.65, 0.5, 0.3)).toBeCloseTo(0.0585, 12);
  });
  it('splits savings between customers and margin, on billed compute only', () => {
    // H = 100 of which B = 80 billed (20 own use); C0/H = 0.6, Σ/H = 0.0585, cut = 0.3 x 0.0585 = 0.01755
    // R = 80 x (1 - 0.01755) = 78.596; cost of billed = 80 x (0.6 - 0.0585) = 43.32; GP = 35.276
    // own-use cost = 20 x 0.5415 = 10.83; savings 5.85 in all, 1.17 on own use; passed on 80 x 0.01755 = 1.404
    const e = cloudYearEconomics(100, 80, 0.6, 0.0585, 0.3 * 0.0585);
    expect(e.revenueUsdBn).toBeCloseTo(78.596, 10);
    expect(e.costOfBilledUsdBn).toBeCloseTo(43.32, 10);
    expect(e.cloudGrossProfitUsdBn).toBeCloseTo(35.276, 10);
    expect(e.ownUseCostUsdBn).toBeCloseTo(10.83, 10);
    expect(e.siliconSavingsUsdBn).toBeCloseTo(5.85, 10);
    expect(e.siliconSavingsOwnUseUsdBn).toBeCloseTo(1.17, 10);
    expect(e.siliconPassedOnUsdBn).toBeCloseTo(1.404, 10);
  });
  it('gives the margin from ratios alone, the same for every billed dollar', () => {
    // 1 - (0.6 - 0.0585) / (1 - 0.01755) = 0.449107
    expect(cloudMarginRatio(0.6, 0.0585, 0.01755)).toBeCloseTo(35.276 / 78.596, 10);
  });
});

describe('steps 2-3: a reported 2026 point', () => {
  it('runs linearly 2025 -> 2026, then 2026 -> 2031', () => {
    // 0.5 -> 0.67, then +0.026 a year to 0.8
    const s = interpolateThrough2026(0.5, 0.67, 0.8);
    expect(s[0]).toBe(0.5);
    expect(s[1]).toBe(0.67);
    expect(s[2]).toBeCloseTo(0.696, 12);
    expect(s[6]).toBe(0.8);
  });
  it('keeps three distributions summing to 1 every year', () => {
    const d = interpolateDistributionThrough2026({ a: 1, b: 1 }, { a: 3, b: 1 }, { a: 0, b: 1 });
    expect(d.a[1]).toBeCloseTo(0.75, 12);
    for (let i = 0; i < 7; i++) expect(d.a[i]! + d.b[i]!).toBeCloseTo(1, 12);
  });
});

describe('step 9: model revenue share', () => {
  it('pays the share through its last year, capping payments from 2026', () => {
    // 20% of 10, 20, 30, 40, 50, 60, 70 = 2, 4, 6, 8, 10, 12, 14; cap 15 from 2026: 4 + 6 + 5 (capped), then 0
    expect(revenueShareSeries([10, 20, 30, 40, 50, 60, 70], 0.2, 15, 2030)).toEqual([2, 4, 6, 5, 0, 0, 0]);
    // No cap to speak of; nothing after 2030
    const open = revenueShareSeries([10, 20, 30, 40, 50, 60, 70], 0.2, 1000, 2030);
    expect(open[5]).toBeCloseTo(12, 12);
    expect(open[6]).toBe(0);
  });
  it('finds the year the payments from 2026 reach the cap', () => {
    // 4 + 6 + 5 = 15 in 2028
    expect(revenueShareCapYear([2, 4, 6, 5, 0, 0, 0], 15)).toBe(2028);
    expect(revenueShareCapYear([2, 4, 6, 8, 10, 12, 0], 1000)).toBeNull();
  });
});

describe('step 9: model-layer capture', () => {
  it('leaves stakes that sum to at most 100% alone and scales larger ones down', () => {
    expect(normaliseCapture({ azure: 0.2, aws: 0.15, gcp: 0.14, other: 0 }).azure).toBe(0.2);
    // 0.8 + 0.4 = 1.2 -> 0.6667 and 0.3333
    const n = normaliseCapture({ azure: 0.8, aws: 0.4, gcp: 0, other: 0 });
    expect(n.azure).toBeCloseTo(2 / 3, 12);
    expect(n.aws).toBeCloseTo(1 / 3, 12);
  });
});

describe('steps 10-12: breakeven, NPV, concentration, windows', () => {
  it('finds the first year cumulative net savings turn positive', () => {
    // -3, -1, +2 (cum -2), +3 (cum +1) -> 2028
    expect(breakevenYear([-3, -1, 2, 3, 4, 5, 6])).toBe(2028);
    expect(breakevenYear([-3, -3, -3, -3, -3, -3, -3])).toBeNull();
    expect(breakevenYear([1, 1, 1, 1, 1, 1, 1])).toBe(2025);
  });
  it('discounts year i by (1 + r)^i', () => {
    // 100 + 100/1.1 = 190.909...
    expect(netPresentValue([100, 100], 0.1)).toBeCloseTo(100 + 100 / 1.1, 10);
    expect(netPresentValue([1, 1, 1], 0)).toBe(3);
  });
  it('measures concentration as a Herfindahl index', () => {
    expect(herfindahl([5, 0, 0])).toBe(1);
    expect(herfindahl([1, 1, 1, 1])).toBeCloseTo(0.25, 12);
    expect(herfindahl([0, 0])).toBe(0);
  });
  it('sums a series over a contract window clipped to 2025-2031', () => {
    // 2027-2031 of [1..7] = 3+4+5+6+7 = 25 over 5 years; 2026-2032 covers 6 years in the horizon
    expect(sumOverWindow([1, 2, 3, 4, 5, 6, 7], 2027, 2031)).toEqual({ sum: 25, years: 5 });
    expect(sumOverWindow([1, 2, 3, 4, 5, 6, 7], 2026, 2032)).toEqual({ sum: 27, years: 6 });
  });
});
