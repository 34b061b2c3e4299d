/**
 * evaluate() on whole scenarios. Expected figures are worked by hand from ECONOMICS.md's formulas for
 * scenarios simple enough to compute on paper, and from the default scenario where the arithmetic is short.
 */
import { describe, expect, it } from 'vitest';
import { CLOUDS, FAMILIES } from './ids';
import { evaluate } from './evaluate';
import { defaultScenario, sanitizeScenario, type Scenario } from './scenario';

/** No vertical cloud, no price response, no silicon: captured spend is S x share x preference. */
function plainScenario(): Scenario {
  return {
    ...defaultScenario(),
    'strategy.gcp': 'agnostic',
    'price.elasticity': 0,
    'silicon2025.azure': 0,
    'silicon2031.azure': 0,
    'silicon2025.aws': 0,
    'silicon2031.aws': 0,
    'silicon2025.gcp': 0,
    'silicon2031.gcp': 0,
  };
}

describe('evaluate', () => {
  it('reproduces the default market size', () => {
    const r = evaluate(defaultScenario());
    expect(r.years).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2031]);
    expect(r.totalSpendUsdBn[0]).toBe(180);
    // 180 x 1.45^2 x 1.25^4 = 923.95
    expect(r.totalSpendUsdBn[6]).toBeCloseTo(923.95, 1);
    // inference: 50% of 180 = 90 in 2025
    expect(r.inferenceSpendUsdBn[0]).toBeCloseTo(90, 10);
  });

  it('splits 2025 spend by family share and hosting preference when nothing else acts', () => {
    const r = evaluate(plainScenario());
    // Azure 2025 = 180 x (0.35x0.75 + 0.14x0 + 0.25x0 + 0.12x0.10 + 0.02x0.40 + 0.12x0.20)
    //            = 180 x (0.2625 + 0.012 + 0.008 + 0.024) = 180 x 0.3065 = 55.17
    expect(r.clouds.azure.capturedSpendUsdBn[0]).toBeCloseTo(55.17, 10);
    // Google Cloud 2025 = 180 x (0.35x0.05 + 0.14x0.35 + 0.25x1 + 0.12x0.05 + 0.02x0.10 + 0.12x0.10)
    //                   = 180 x (0.0175 + 0.049 + 0.25 + 0.006 + 0.002 + 0.012) = 180 x 0.3365 = 60.57
    expect(r.clouds.gcp.capturedSpendUsdBn[0]).toBeCloseTo(60.57, 10);
    // Azure's OpenAI spend 2031: 923.95 x 0.35 x 0.40
    expect(r.clouds.azure.capturedByFamilyUsdBn.openai[6]).toBeCloseTo(r.totalSpendUsdBn[6]! * 0.35 * 0.4, 8);
  });

  it('computes the default Azure 2025 margin from the formula', () => {
    const r = evaluate(defaultScenario());
    // C0/H = 0.75 x (0.75/0.80) / 1.12 = 0.6277902; Sigma/H = 0.6277902 x 0.65 x 0.05 x 0.30 = 0.0061210
    // cut = 0.3 x 0.0061210 = 0.0018363; GP/H = 1 - 0.0018363 - (0.6277902 - 0.0061210) = 0.3764945
    // margin = 0.3764945 / (1 - 0.0018363) = 0.377187
    expect(r.clouds.azure.infraGrossMargin[0]).toBeCloseTo(0.377187, 5);
    // Without silicon: 1 - 0.6277902
    expect(r.clouds.azure.infraGrossMarginNoSilicon[0]).toBeCloseTo(1 - 0.703125 / 1.12, 10);
  });

  it('prices "other" as horizontal with no silicon', () => {
    const r = evaluate(defaultScenario());
    // Horizontal: C0/H = 0.85 x (0.75/0.75) / (1 + 0 + 0.02) = 0.833333; margin = 1/6
    expect(r.clouds.other.infraGrossMargin[0]).toBeCloseTo(1 - 0.85 / 1.02, 10);
    expect(r.clouds.other.siliconSavingsUsdBn.every((v) => v === 0)).toBe(true);
    expect(r.clouds.other.siliconBreakevenYear).toBeNull();
  });

  it('earns model-layer profit from stakes', () => {
    const r = evaluate(defaultScenario());
    // Google Cloud 2025: Gemini 100% x 50% x (180 x 0.25) + Anthropic 14% x 50% x (180 x 0.14)
    //                  = 22.5 + 1.764 = 24.264
    expect(r.clouds.gcp.modelLayerGrossProfitUsdBn[0]).toBeCloseTo(24.264, 10);
    // Azure 2025: 20% x 50% x (180 x 0.35) = 6.3
    expect(r.clouds.azure.modelLayerGrossProfitUsdBn[0]).toBeCloseTo(6.3, 10);
  });

  it('lets a vertical cloud turn away rival spend', () => {
    const vertical = evaluate({ ...plainScenario(), 'strategy.gcp': 'vertical' });
    const plain = evaluate(plainScenario());
    // OpenAI on gcp 2025: 0.05 x 0.85 / (0.75 + 0.0425 + 0.20) of 180 x 0.35
    expect(vertical.clouds.gcp.capturedByFamilyUsdBn.openai[0]).toBeCloseTo((180 * 0.35 * 0.0425) / 0.9925, 10);
    expect(vertical.clouds.gcp.capturedByFamilyUsdBn.google[0]).toBeCloseTo(45, 10);
    expect(vertical.clouds.gcp.thirdPartySpendUsdBn[0]).toBeLessThan(plain.clouds.gcp.thirdPartySpendUsdBn[0]!);
  });

  it('flags commitments the projection does not cover', () => {
    const r = evaluate({ ...defaultScenario(), 'commit.openai.azure': 600 });
    const c = r.commitments.find((x) => x.family === 'openai' && x.cloud === 'azure');
    expect(c?.commitmentUsdBn).toBe(600);
    expect(c?.binds).toBe(c!.projectedUsdBn < 600);
    // OpenAI -> AWS $38B over 2026-2032: six of its seven years fall in the horizon -> 38 x 6/7
    const aws = r.commitments.find((x) => x.family === 'openai' && x.cloud === 'aws');
    expect(aws?.commitmentUsdBn).toBeCloseTo((38 * 6) / 7, 10);
    expect(aws?.startYear).toBe(2026);
    // Only pairs with a commitment are reported.
    expect(r.commitments).toHaveLength(5);
  });

  it('finds the silicon breakeven year and net savings', () => {
    const r = evaluate(defaultScenario());
    const gcp = r.clouds.gcp;
    // Google runs 60% TPUs from 2025: savings exceed the $4B programme at once.
    expect(gcp.siliconNetUsdBn[0]).toBeCloseTo(gcp.siliconSavingsUsdBn[0]! - 4, 10);
    expect(gcp.siliconBreakevenYear).toBe(2025);
    const noProgramme = evaluate({ ...defaultScenario(), 'silicon2025.azure': 0, 'silicon2031.azure': 0 });
    expect(noProgramme.clouds.azure.siliconProgrammeUsdBn.every((v) => v === 0)).toBe(true);
    expect(noProgramme.clouds.azure.siliconBreakevenYear).toBeNull();
  });

  it('discounts gross profit for the NPV', () => {
    const r = evaluate({ ...defaultScenario(), 'finance.discountRate': 0 });
    expect(r.clouds.azure.npvGrossProfitUsdBn).toBeCloseTo(r.clouds.azure.cumulative.grossProfitUsdBn, 8);
    const discounted = evaluate(defaultScenario());
    expect(discounted.clouds.azure.npvGrossProfitUsdBn).toBeLessThan(discounted.clouds.azure.cumulative.grossProfitUsdBn);
  });

  it('measures each cloud’s concentration on one family', () => {
    const r = evaluate({ ...plainScenario(), 'share2025.google': 100, 'share2031.google': 100, ...Object.fromEntries(FAMILIES.filter((f) => f !== 'google').flatMap((f) => [[`share2025.${f}`, 0], [`share2031.${f}`, 0]])) });
    expect(r.clouds.gcp.familyHhi).toBeCloseTo(1, 12);
  });

  it('clamps out-of-range values and fills missing ids with defaults', () => {
    const wild = evaluate({ 'market.spend2025': 1e12, 'price.elasticity': -5 });
    const bounded = evaluate({ ...defaultScenario(), 'market.spend2025': 600, 'price.elasticity': 0 });
    expect(wild.totalSpendUsdBn).toEqual(bounded.totalSpendUsdBn);
    expect(wild.clouds.azure.capturedSpendUsdBn).toEqual(bounded.clouds.azure.capturedSpendUsdBn);
    const nonsense = evaluate({ 'market.spend2025': Number.NaN, 'strategy.azure': '__proto__' } as Scenario);
    expect(nonsense.totalSpendUsdBn[0]).toBe(180);
    expect(nonsense.clouds.azure.strategy).toBe('agnostic');
  });

  it('reports what sanitizing changed, in words', () => {
    const { scenario, problems } = sanitizeScenario({ 'market.spend2025': 9999, bogus: 1, 'strategy.aws': 'nope' });
    expect(scenario['market.spend2025']).toBe(600);
    expect(scenario['strategy.aws']).toBe('horizontal');
    expect(problems.map((p) => p.kind).sort()).toEqual(['clamped', 'invalid-option', 'unknown']);
    expect(problems.find((p) => p.kind === 'clamped')?.message).toMatch(/AI infrastructure spend, 2025.*\$600B/);
  });

  it('keeps every cloud’s series the same length as the years', () => {
    const r = evaluate(defaultScenario());
    for (const c of CLOUDS) expect(r.clouds[c].capturedSpendUsdBn).toHaveLength(7);
  });
});
