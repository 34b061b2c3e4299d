/**
 * evaluate() on whole scenarios. Expected figures are worked by hand from ECONOMICS.md's formulas for
 * scenarios simple enough to compute on paper, and from model v2's Public data where the
 * arithmetic is short. Default 2025 weights: family shares 12/4/22/16/1/45 (sum 100); hosting rows
 * OpenAI 75/0/3/22, Anthropic 0/60/35/5, Gemini 0/0/100/0, Llama 3/5/7/85, Mistral 40/10/10/40,
 * other 26/24/12/38 (Azure/AWS/Google Cloud/Other, each summing to 100).
 */
import { describe, expect, it } from 'vitest';
import { CLOUDS, FAMILIES } from './ids';
import { evaluate, evaluateCloudInputs, evaluateInputs } from './evaluate';
import { resolveInputs } from './inputs';
import { applyPreset, presets } from './presets';
import { defaultScenario as registryDefaults, sanitizeScenario, type Scenario } from './scenario';
import { COMMITMENT_SCHEDULE_SHARES } from './parameters';
import basesV2 from '../scenario/fixtures/bases-v2.json';
import fc from 'fast-check';
import { scenarioArbitrary } from '@/lib/testing/arbitraries';
import { interpolateDistributionThrough2026, normaliseCapture, ownedFamily } from './steps';

/**
 * Model v2's Public data (pinned in bases-v2.json), with model v3's contract floors, leases and platform
 * shares off: the scenario these hand-worked figures were computed on. Model v3's own additions are tested
 * below on their own.
 */
function defaultScenario(): Scenario {
  return {
    ...registryDefaults(),
    ...(basesV2.defaults as Scenario),
    'contracts.taken': 0,
    'lease.msft': 0,
    'platform.openai.azure': 0,
    'platform.anthropic.aws': 0,
    'platform.anthropic.gcp': 0,
  };
}

/** No price response, no silicon: hosted compute is S x share x preference. */
function plainScenario(): Scenario {
  return {
    ...defaultScenario(),
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
  it('reproduces the default market size and the inference path through Deloitte’s 2026 point', () => {
    const r = evaluate(defaultScenario());
    expect(r.years).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2031]);
    expect(r.totalComputeUsdBn[0]).toBe(180);
    expect(r.totalSpendUsdBn).toBe(r.totalComputeUsdBn);
    // 180 x 1.45^2 x 1.25^4 = 923.95
    expect(r.totalComputeUsdBn[6]).toBeCloseTo(923.95, 1);
    // inference 50% (2025), 67% (2026), then linear to 80% (2031): 2027 = 67 + 13/5 = 69.6%
    expect(r.inferenceFraction[0]).toBeCloseTo(0.5, 12);
    expect(r.inferenceFraction[1]).toBeCloseTo(0.67, 12);
    expect(r.inferenceFraction[2]).toBeCloseTo(0.696, 12);
    expect(r.inferenceFraction[6]).toBeCloseTo(0.8, 12);
    expect(r.inferenceComputeUsdBn[0]).toBeCloseTo(90, 10);
  });

  it('gives family shares a 2026 point and holds them to 2031 by default', () => {
    const r = evaluate(defaultScenario());
    // 2026 weights 15/10/21/15/1/38 (sum 100); 2031 equal to 2026
    expect(r.familyShare.anthropic[0]).toBeCloseTo(0.04, 12);
    expect(r.familyShare.anthropic[1]).toBeCloseTo(0.1, 12);
    expect(r.familyShare.anthropic[4]).toBeCloseTo(0.1, 12);
    expect(r.families.openai.computeUsdBn[1]).toBeCloseTo(261 * 0.15, 10);
  });

  it('splits 2025 compute by family share and hosting preference when nothing else acts', () => {
    const r = evaluate(plainScenario());
    // Azure 2025 = 180 x (0.12x0.75 + 0.16x0.03 + 0.01x0.40 + 0.45x0.26) = 180 x 0.2158 = 38.844
    expect(r.clouds.azure.hostedComputeUsdBn[0]).toBeCloseTo(38.844, 10);
    expect(r.clouds.azure.capturedSpendUsdBn).toBe(r.clouds.azure.hostedComputeUsdBn);
    // Google Cloud 2025 = 180 x (0.12x0.03 + 0.04x0.35 + 0.22 + 0.16x0.07 + 0.01x0.10 + 0.45x0.12) = 180 x 0.3038 = 54.684
    expect(r.clouds.gcp.hostedComputeUsdBn[0]).toBeCloseTo(54.684, 10);
  });

  it('splits hosted compute into own use and billed compute', () => {
    const r = evaluate(plainScenario());
    // Azure own use 2025: OpenAI 180x0.12x0.75 x 35% = 5.67; other models 180x0.45x0.26 x 60% = 12.636 -> 18.306
    expect(r.clouds.azure.ownUseComputeUsdBn[0]).toBeCloseTo(18.306, 10);
    expect(r.clouds.azure.billedComputeUsdBn[0]).toBeCloseTo(38.844 - 18.306, 10);
    // OpenAI's billed compute 2025: Azure 16.2 x 65% + Google Cloud 0.648 + Other 4.752 = 10.53 + 5.4 = 15.93
    expect(r.families.openai.billedComputeUsdBn[0]).toBeCloseTo(15.93, 10);
    // Anthropic: 7.2 x (0.60 x 95% + 0.35 + 0.05) = 7.2 x 0.97 = 6.984
    expect(r.families.anthropic.billedComputeUsdBn[0]).toBeCloseTo(6.984, 10);
  });

  it('computes the default Azure 2025 margin on billed compute from the formula', () => {
    const r = evaluate(defaultScenario());
    // C0/H = (1 - 0.20) x (0.75/0.80) / (1 + 0.2 x 0.1) = 0.75 / 1.02 = 0.7352941
    // Σ/H = 0.7352941 x 0.65 x 0.05 x 0.30 = 0.0071691; cut = 0.3 x Σ/H = 0.0021507
    // margin = 1 - (0.7352941 - 0.0071691) / (1 - 0.0021507) = 1 - 0.7281250 / 0.9978493 = 0.2703056
    expect(r.clouds.azure.cloudGrossMargin[0]).toBeCloseTo(0.2703056, 6);
    expect(r.clouds.azure.cloudGrossMarginNoSilicon[0]).toBeCloseTo(1 - 0.75 / 1.02, 10);
    // The step-8 ratios themselves, as the working shows them.
    expect(r.clouds.azure.costRatio[0]).toBeCloseTo(0.75 / 1.02, 12);
    expect(r.clouds.azure.savingsRatio[0]).toBeCloseTo((0.75 / 1.02) * 0.65 * 0.05 * 0.3, 12);
    // Revenue is billed compute less the cut passed on; gross profit = revenue x margin.
    const x = r.clouds.azure;
    expect(x.revenueUsdBn[0]).toBeCloseTo(x.billedComputeUsdBn[0]! * (1 - x.priceCut[0]!), 10);
    expect(x.cloudGrossProfitUsdBn[0]).toBeCloseTo(x.revenueUsdBn[0]! * x.cloudGrossMargin[0]!, 10);
  });

  it('applies silicon savings to everything hosted and keeps the own-use part in full', () => {
    const r = evaluate(defaultScenario());
    const x = r.clouds.gcp;
    const sr = (0.75 / 1.02) * 0.65 * 0.7 * 0.35; // Google Cloud 2025: 70% adoption, 35% cost cut
    expect(x.siliconSavingsUsdBn[0]).toBeCloseTo(x.hostedComputeUsdBn[0]! * sr, 10);
    expect(x.siliconSavingsOwnUseUsdBn[0]).toBeCloseTo(x.ownUseComputeUsdBn[0]! * sr, 10);
    expect(x.siliconPassedOnUsdBn[0]).toBeCloseTo(x.billedComputeUsdBn[0]! * 0.3 * sr, 10);
  });

  it('bridges the margin a user sets to the margin shown', () => {
    const r = evaluate(defaultScenario());
    const b = r.clouds.aws.marginBridge;
    // Set 20%; no inference delta; utilisation 80% vs 75%: 1 - 0.8 x 0.75/0.8 = 25%; residency 2%: 1 - 0.75/1.02
    expect(b.set).toBeCloseTo(0.2, 12);
    expect(b.afterInferenceMix).toBeCloseTo(0.2, 12);
    expect(b.afterUtilisation).toBeCloseTo(0.25, 12);
    expect(b.afterPremiums).toBeCloseTo(1 - 0.75 / 1.02, 12);
    expect(b.realised).toBe(r.clouds.aws.cumulative.cloudGrossMargin);
    expect(b.realised).toBeGreaterThan(b.afterPremiums);
  });

  it('computes model revenue from compute and model-layer income from revenue', () => {
    const r = evaluate(defaultScenario());
    // OpenAI 2025 revenue = 180 x 0.12 x 0.6 = 12.96; Microsoft's 20% share = 2.592
    expect(r.families.openai.revenueUsdBn[0]).toBeCloseTo(12.96, 10);
    expect(r.clouds.azure.revenueShareIncomeUsdBn[0]).toBeCloseTo(2.592, 10);
    expect(r.clouds.azure.modelLayerIncomeUsdBn[0]).toBeCloseTo(2.592, 10);
    // Google books Gemini's gross profit on the revenue its cloud does not already book (model v3, counted
    // once): Gemini revenue 180 x 0.22 x 0.25 = 9.9, less the Gemini API billed on Vertex, 180 x 0.22 x
    // (1 - 0.85) = 5.94, is 3.96; x 45% = 1.782
    expect(r.clouds.gcp.modelLayerIncomeUsdBn[0]).toBeCloseTo(1.782, 10);
    // Amazon's stake in Anthropic is exposure, not income: 15% x (180 x 0.04 x 0.65 x 45%) = 0.3159
    expect(r.clouds.aws.modelLayerIncomeUsdBn[0]).toBe(0);
    expect(r.clouds.aws.stakeExposureUsdBn[0]).toBeCloseTo(0.3159, 10);
    // Company AI gross profit = cloud AI gross profit + model-layer income.
    expect(r.clouds.gcp.companyGrossProfitUsdBn[0]).toBeCloseTo(r.clouds.gcp.cloudGrossProfitUsdBn[0]! + 1.782, 10);
    // 2026: Anthropic out-earns OpenAI, as reported: 261 x 0.10 x 1.5 = 39.15 against 261 x 0.15 x 0.75 = 29.36
    expect(r.families.anthropic.revenueUsdBn[1]).toBeCloseTo(39.15, 10);
    expect(r.families.openai.revenueUsdBn[1]).toBeCloseTo(29.3625, 10);
    // Llama is given away: no model revenue.
    expect(r.families.meta.revenueUsdBn.every((v) => v === 0)).toBe(true);
  });

  it('caps the revenue share from 2026 and stops it after its last year', () => {
    const r = evaluate(defaultScenario());
    const paid = r.clouds.azure.revenueShareIncomeUsdBn;
    // From 2026 the payments add up to the $38B cap and no more; nothing after 2030.
    expect(paid.slice(1).reduce((s, v) => s + v, 0)).toBeCloseTo(38, 10);
    expect(paid[6]).toBe(0);
    // The engine names the year the cap is reached (the company-profit chart explains its dip with it).
    expect(r.revenueShareCapYear).toBe(r.years[paid.findIndex((v, i) => i > 0 && paid.slice(1, i + 1).reduce((a, b) => a + b, 0) >= 38 - 1e-9)]);
    expect(r.revenueShareCapYear).toBe(2029);
    const uncapped = evaluate({ ...defaultScenario(), 'msft.revShareCap': 500 });
    // 2030 share = 20% x OpenAI compute 2030 x its revenue ratio (0.75 from 2026)
    expect(uncapped.clouds.azure.revenueShareIncomeUsdBn[5]).toBeCloseTo(0.2 * uncapped.families.openai.computeUsdBn[5]! * 0.75, 10);
    expect(uncapped.clouds.azure.revenueShareIncomeUsdBn[6]).toBe(0);
  });

  it('prices "other" as horizontal with no silicon', () => {
    const r = evaluate(defaultScenario());
    expect(r.clouds.other.cloudGrossMargin[0]).toBeCloseTo(1 - 0.75 / 1.02, 10);
    expect(r.clouds.other.siliconSavingsUsdBn.every((v) => v === 0)).toBe(true);
    expect(r.clouds.other.siliconBreakevenYear).toBeNull();
  });

  it('lets a vertical cloud turn away rival compute', () => {
    const vertical = evaluate({ ...plainScenario(), 'vertical.access': 85 });
    const plain = evaluate(plainScenario());
    // OpenAI on Google Cloud 2025: 0.03 x 0.85 / (0.75 + 0.0255 + 0.22) of 180 x 0.12
    expect(vertical.clouds.gcp.capturedByFamilyUsdBn.openai[0]).toBeCloseTo((180 * 0.12 * 0.0255) / 0.9955, 10);
    expect(vertical.clouds.gcp.capturedByFamilyUsdBn.google[0]).toBeCloseTo(180 * 0.22, 10);
    expect(vertical.clouds.gcp.thirdPartyComputeUsdBn[0]).toBeLessThan(plain.clouds.gcp.thirdPartyComputeUsdBn[0]!);
    // Public data turns nothing away (access 100%).
    expect(plain.clouds.gcp.capturedByFamilyUsdBn.openai[0]).toBeCloseTo(180 * 0.12 * 0.03, 10);
  });

  it('measures commitments against the lab’s own bill, on each contract’s yearly schedule', () => {
    const r = evaluate({ ...defaultScenario(), 'commit.openai.azure': 600, 'platform.openai.azure': 20 });
    const c = r.commitments.find((x) => x.family === 'openai' && x.cloud === 'azure')!;
    // Its schedule is the ledger's shape (a third, two thirds, then all of it from 2028) scaled to 600.
    const shares = COMMITMENT_SCHEDULE_SHARES.openai.azure;
    c.scheduleUsdBn.forEach((v, i) => expect(v).toBeCloseTo(600 * shares[i]!, 10));
    expect(c.commitmentUsdBn).toBeCloseTo(600, 8);
    // Compared with OpenAI's own bill: billed compute less the 20% end customers pay through Azure OpenAI.
    const ownBill = r.clouds.azure.billedByFamilyUsdBn.openai.map((v) => v * 0.8);
    c.ownBillUsdBn.forEach((v, i) => expect(v).toBeCloseTo(ownBill[i]!, 8));
    expect(c.projectedUsdBn).toBeCloseTo(
      ownBill.slice(1).reduce((s, v) => s + v, 0),
      8,
    );
    // Floors off in this scenario: nothing lifted, and the contract binds (the bill is under the schedule).
    expect(c.floorAppliedUsdBn.every((v) => v === 0)).toBe(true);
    expect(c.binds).toBe(true);
    // Anthropic -> AWS over 2026-2035: only the horizon's years count.
    const aws = r.commitments.find((x) => x.family === 'anthropic' && x.cloud === 'aws')!;
    expect(aws.commitmentUsdBn).toBeLessThan(aws.announcedUsdBn);
  });

  it('honours signed contracts as floors, moving the lab’s own compute and never making any', () => {
    const off = evaluate({ ...defaultScenario(), 'commit.openai.azure': 600 });
    const on = evaluate({ ...defaultScenario(), 'commit.openai.azure': 600, 'contracts.taken': 100 });
    const c = on.commitments.find((x) => x.family === 'openai' && x.cloud === 'azure')!;
    for (let i = 0; i < 7; i++) {
      // The floor holds, unless OpenAI's whole compute is too small for its contracts (then it says so).
      expect(c.ownBillUsdBn[i]! + c.unmetUsdBn[i]! + 1e-9).toBeGreaterThanOrEqual(c.scheduleUsdBn[i]!);
      // The world and OpenAI's compute are unchanged; the lift came from OpenAI's other clouds.
      expect(on.totalComputeUsdBn[i]).toBeCloseTo(off.totalComputeUsdBn[i]!, 10);
      expect(on.families.openai.computeUsdBn[i]).toBeCloseTo(off.families.openai.computeUsdBn[i]!, 10);
      const hosted = (x: typeof on) =>
        x.clouds.azure.hostedComputeUsdBn[i]! +
        x.clouds.aws.hostedComputeUsdBn[i]! +
        x.clouds.gcp.hostedComputeUsdBn[i]! +
        x.clouds.other.hostedComputeUsdBn[i]!;
      expect(hosted(on)).toBeCloseTo(hosted(off), 8);
    }
    expect(c.floorAppliedUsdBn.some((v) => v > 0)).toBe(true);
    // Revenue follows the lifted bill: Azure earns more, the clouds it came from less.
    expect(on.clouds.azure.cumulative.revenueUsdBn).toBeGreaterThan(off.clouds.azure.cumulative.revenueUsdBn);
    expect(on.clouds.other.cumulative.revenueUsdBn).toBeLessThan(off.clouds.other.cumulative.revenueUsdBn);
  });

  it('keeps an owner’s own use with its owner when prices move', () => {
    const still = evaluate({ ...defaultScenario(), 'silicon.passThrough': 0 });
    const moving = evaluate({ ...defaultScenario(), 'silicon.passThrough': 100, 'price.elasticity': 3 });
    for (const c of CLOUDS) {
      for (let i = 0; i < 7; i++) expect(moving.clouds[c].ownUseComputeUsdBn[i]).toBeCloseTo(still.clouds[c].ownUseComputeUsdBn[i]!, 9);
    }
    // The rented part does move.
    expect(moving.clouds.gcp.billedComputeUsdBn[6]).not.toBeCloseTo(still.clouds.gcp.billedComputeUsdBn[6]!, 3);
  });

  it('counts Microsoft’s neocloud leases once, under Azure, and adds them to what neoclouds report', () => {
    const r = evaluate({ ...defaultScenario(), 'lease.msft': 60, 'contracts.taken': 100 });
    expect(r.leaseUsdBn.reduce((s, v) => s + v, 0)).toBeGreaterThan(0);
    r.years.forEach((_, i) => {
      expect(r.neocloudRevenueUsdBn[i]).toBeCloseTo(r.clouds.other.revenueUsdBn[i]! + r.leaseUsdBn[i]!, 10);
      expect(r.leaseUsdBn[i]!).toBeLessThanOrEqual(r.clouds.azure.billedComputeUsdBn[i]! + 1e-9);
    });
  });

  it('finds the silicon breakeven year and net savings', () => {
    const r = evaluate(defaultScenario());
    const gcp = r.clouds.gcp;
    expect(gcp.siliconNetUsdBn[0]).toBeCloseTo(gcp.siliconSavingsUsdBn[0]! - 4, 10);
    expect(gcp.siliconBreakevenYear).toBe(2025);
    const noProgramme = evaluate({ ...defaultScenario(), 'silicon2025.azure': 0, 'silicon2031.azure': 0 });
    expect(noProgramme.clouds.azure.siliconProgrammeUsdBn.every((v) => v === 0)).toBe(true);
    expect(noProgramme.clouds.azure.siliconBreakevenYear).toBeNull();
  });

  it('discounts company AI gross profit for the NPV', () => {
    const r = evaluate({ ...defaultScenario(), 'finance.discountRate': 0 });
    expect(r.clouds.azure.npvCompanyGrossProfitUsdBn).toBeCloseTo(r.clouds.azure.cumulative.companyGrossProfitUsdBn, 8);
    const discounted = evaluate(defaultScenario());
    expect(discounted.clouds.azure.npvCompanyGrossProfitUsdBn).toBeLessThan(discounted.clouds.azure.cumulative.companyGrossProfitUsdBn);
  });

  it('measures each cloud’s concentration on one family', () => {
    const onlyGemini = Object.fromEntries(FAMILIES.flatMap((f) => ['2025', '2026', '2031'].map((y) => [`share${y}.${f}`, f === 'google' ? 100 : 0])));
    const r = evaluate({ ...plainScenario(), ...onlyGemini });
    expect(r.clouds.gcp.familyHhi).toBeCloseTo(1, 12);
  });

  it('clamps out-of-range values and fills missing ids with defaults', () => {
    const wild = evaluate({ 'market.spend2025': 1e12, 'price.elasticity': -5 });
    // Missing ids take the registry's (Public data's) defaults.
    const bounded = evaluate({ ...registryDefaults(), 'market.spend2025': 600, 'price.elasticity': 0 });
    expect(wild.totalComputeUsdBn).toEqual(bounded.totalComputeUsdBn);
    expect(wild.clouds.azure.hostedComputeUsdBn).toEqual(bounded.clouds.azure.hostedComputeUsdBn);
    const nonsense = evaluate({ 'market.spend2025': Number.NaN, 'strategy.azure': '__proto__' } as Scenario);
    expect(nonsense.totalComputeUsdBn[0]).toBe(registryDefaults()['market.spend2025']);
    expect(nonsense.clouds.azure.strategy).toBe('agnostic');
  });

  it('reports what sanitizing changed, in words', () => {
    const { scenario, problems } = sanitizeScenario({ 'market.spend2025': 9999, bogus: 1, 'strategy.aws': 'nope' });
    expect(scenario['market.spend2025']).toBe(600);
    expect(scenario['strategy.aws']).toBe('horizontal');
    expect(problems.map((p) => p.kind).sort()).toEqual(['clamped', 'invalid-option', 'unknown']);
    expect(problems.find((p) => p.kind === 'clamped')?.message).toMatch(/World AI compute, 2025.*\$600B/);
  });

  it('keeps every cloud’s series the same length as the years', () => {
    const r = evaluate(defaultScenario());
    for (const c of CLOUDS) expect(r.clouds[c].hostedComputeUsdBn).toHaveLength(7);
  });
});

describe('evaluateCloudInputs', () => {
  it('gives exactly what evaluateInputs gives for that cloud', () => {
    for (const p of presets) {
      const inp = resolveInputs(applyPreset(p.id));
      const all = evaluateInputs(inp);
      for (const c of ['azure', 'aws', 'gcp', 'other'] as const) expect(evaluateCloudInputs(inp, c)).toEqual(all.clouds[c]);
    }
  });
});

describe('evaluate’s hot-path steps', () => {
  // evaluate reads records by name on its hot path (issue 19); these hold it to the steps' own functions.
  const familyShareBySteps = (s: Scenario) => {
    const inp = resolveInputs(s);
    return interpolateDistributionThrough2026(inp.shareWeights2025, inp.shareWeights2026, inp.shareWeights2031);
  };
  const ownedBySteps = (s: Scenario) => {
    const inp = resolveInputs(s);
    const out: Record<string, string | null> = {};
    for (const c of CLOUDS) {
      const tie = Object.fromEntries(
        FAMILIES.map((f) => [
          f,
          Math.max(normaliseCapture(inp.captureFraction[f])[c], inp.stakeFraction[f][c], f === 'openai' && c === 'azure' ? inp.revShareFraction : 0),
        ]),
      ) as Record<(typeof FAMILIES)[number], number>;
      out[c] = ownedFamily(tie);
    }
    return out;
  };
  const owned = (s: Scenario) => Object.fromEntries(CLOUDS.map((c) => [c, evaluate(s).clouds[c].ownedFamily]));

  it('gives each family’s share and each cloud’s favoured family exactly as the steps do, for any scenario', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        expect(evaluate(s).familyShare).toStrictEqual(familyShareBySteps(s));
        expect(owned(s)).toStrictEqual(ownedBySteps(s));
      }),
      { numRuns: 200 },
    );
  });

  it('splits evenly when every share weight is zero, and favours no family where no tie exists', () => {
    const s: Scenario = { ...applyPreset('seed') };
    for (const f of FAMILIES) for (const y of [2025, 2026, 2031]) s[`share${y}.${f}`] = 0;
    for (const f of FAMILIES) for (const c of CLOUDS) for (const k of ['capture', 'stake']) if (`${k}.${f}.${c}` in s) s[`${k}.${f}.${c}`] = 0;
    s['msft.revShare'] = 0;
    expect(evaluate(s).familyShare).toStrictEqual(familyShareBySteps(s));
    expect(evaluate(s).familyShare.openai[3]).toBeCloseTo(1 / 6, 12);
    expect(owned(s)).toStrictEqual(ownedBySteps(s));
  });
});
