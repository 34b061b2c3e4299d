/** The registry is the single source of truth: check its shape and that it carries ECONOMICS.md's figures. */
import { describe, expect, it } from 'vitest';
import { CLOUDS, FAMILIES, HYPERSCALERS, ARCHETYPES } from './ids';
import { COMMITMENT_SCHEDULE_SHARES, GROUPS, WEIGHT_GROUPS, commitmentTerms, parameters, parametersById, type NumberParameterSpec } from './parameters';
import { LAB_CONTRACTS, NEOCLOUD_LEASES } from './facts';
import fitted from './facts/fitted.json';

const byId = (id: string) => parametersById.get(id) as NumberParameterSpec;
/** A parameter's sourced value: its prior where Public data is fitted (model v3), else its default. */
const sourced = (id: string) => byId(id).prior ?? byId(id).default;

describe('parameter registry', () => {
  it('declares every id once, with a unique short URL key of 1-6 characters', () => {
    const ids = new Set(parameters.map((p) => p.id));
    const keys = new Set(parameters.map((p) => p.key));
    expect(ids.size).toBe(parameters.length);
    expect(keys.size).toBe(parameters.length);
    for (const p of parameters) expect(p.key).toMatch(/^[a-z0-9]{1,6}$/);
    // Keys the URL codec reserves for itself.
    for (const reserved of ['v', 'view', 'p', 'preset']) expect(keys.has(reserved)).toBe(false);
  });

  it('follows the id scheme for every cloud, family and archetype', () => {
    const expected = [
      'market.spend2025',
      'market.growthNear',
      'market.growthLong',
      'market.inference2025',
      'market.inference2026',
      'market.inference2031',
      'vertical.access',
      'silicon.passThrough',
      'silicon.computeShare',
      'price.elasticity',
      'residency.premium',
      'residency.share',
      'model.grossMargin',
      'msft.revShare',
      'msft.revShareCap',
      'msft.revShareLastYear',
      'stake.openai.azure',
      'stake.anthropic.aws',
      'stake.anthropic.gcp',
      'finance.discountRate',
      'winner.share',
      ...FAMILIES.flatMap((f) => [`share2025.${f}`, `share2026.${f}`, `share2031.${f}`]),
      ...FAMILIES.flatMap((f) => [`revenueRatio2025.${f}`, `revenueRatio2026.${f}`, `revenueRatio2031.${f}`]),
      ...FAMILIES.flatMap((f) =>
        CLOUDS.flatMap((c) => [
          `hosting2025.${f}.${c}`,
          `hosting2031.${f}.${c}`,
          `ownUse2025.${f}.${c}`,
          `ownUse2031.${f}.${c}`,
          `capture.${f}.${c}`,
          `commit.${f}.${c}`,
        ]),
      ),
      ...HYPERSCALERS.flatMap((c) => [`strategy.${c}`, `silicon2025.${c}`, `silicon2031.${c}`, `silicon.costCut.${c}`, `silicon.programme.${c}`]),
      ...ARCHETYPES.flatMap((a) => [`archetype.${a}.margin`, `archetype.${a}.premium`, `archetype.${a}.utilisation`]),
    ];
    for (const id of expected) expect(parametersById.has(id), id).toBe(true);
    // v1's model-layer profit per infra dollar is retired (lib/scenario migrates its links).
    expect(parametersById.has('model.layerMargin')).toBe(false);
  });

  it('gives every parameter a label, group, description, source, date and confidence', () => {
    for (const p of parameters) {
      expect(p.label.length, p.id).toBeGreaterThan(3);
      expect(GROUPS).toContain(p.group);
      expect(p.description.length, p.id).toBeGreaterThan(10);
      expect(p.source.length, p.id).toBeGreaterThan(5);
      expect(['high', 'medium', 'low']).toContain(p.confidence);
      // The date of the evidence: YYYY-MM, or 'model' for analysis settings.
      expect(p.asOf, p.id).toMatch(/^(20(2[4-6])-(0[1-9]|1[0-2])|model)$/);
    }
  });

  it('keeps defaults and plausible ranges within slider bounds', () => {
    for (const p of parameters) {
      if (p.kind === 'enum') {
        expect(
          p.options.map((o) => o.value),
          p.id,
        ).toContain(p.default);
        continue;
      }
      expect(p.min, p.id).toBeLessThan(p.max);
      expect(p.step, p.id).toBeGreaterThan(0);
      expect(p.default, p.id).toBeGreaterThanOrEqual(p.min);
      expect(p.default, p.id).toBeLessThanOrEqual(p.max);
      expect(p.range[0], p.id).toBeLessThanOrEqual(p.range[1]);
      expect(p.range[0], p.id).toBeGreaterThanOrEqual(p.min);
      expect(p.range[1], p.id).toBeLessThanOrEqual(p.max);
    }
  });

  it('carries the sourced values (v2’s defaults: ECONOMICS.md’s figures, the 2026 events and the calibrated values) as the priors of the v3 fit', () => {
    expect(sourced('market.spend2025')).toBe(180);
    expect(byId('market.spend2025').range).toEqual([100, 400]);
    expect(sourced('market.growthNear')).toBe(45);
    expect(sourced('market.growthLong')).toBe(25);
    expect(sourced('market.inference2025')).toBe(50);
    expect(sourced('market.inference2026')).toBe(67);
    expect(sourced('market.inference2031')).toBe(80);
    expect(FAMILIES.map((f) => sourced(`share2025.${f}`))).toEqual([12, 4, 22, 16, 1, 45]);
    expect(FAMILIES.map((f) => sourced(`share2026.${f}`))).toEqual([15, 10, 21, 15, 1, 38]);
    expect(FAMILIES.map((f) => sourced(`share2031.${f}`))).toEqual([15, 10, 21, 15, 1, 38]);
    expect(CLOUDS.map((c) => sourced(`hosting2025.openai.${c}`))).toEqual([75, 0, 3, 22]);
    expect(CLOUDS.map((c) => sourced(`hosting2031.openai.${c}`))).toEqual([40, 10, 5, 45]);
    expect(CLOUDS.map((c) => sourced(`hosting2025.anthropic.${c}`))).toEqual([0, 60, 35, 5]);
    expect(CLOUDS.map((c) => sourced(`hosting2031.anthropic.${c}`))).toEqual([8, 32, 55, 5]);
    expect(CLOUDS.map((c) => sourced(`hosting2025.other.${c}`))).toEqual([26, 24, 12, 38]);
    expect(CLOUDS.map((c) => sourced(`hosting2031.google.${c}`))).toEqual([0, 0, 100, 0]);
    expect(CLOUDS.map((c) => sourced(`ownUse2025.openai.${c}`))).toEqual([35, 0, 0, 0]);
    expect(sourced('ownUse2025.google.gcp')).toBe(85);
    // Public data: archetypes alike where no public figure tells them apart (model v2, principle 2).
    expect(ARCHETYPES.map((a) => sourced(`archetype.${a}.margin`))).toEqual([20, 20, 20]);
    expect(ARCHETYPES.map((a) => sourced(`archetype.${a}.utilisation`))).toEqual([80, 80, 80]);
    expect(ARCHETYPES.map((a) => sourced(`archetype.${a}.premium`))).toEqual([0, 0, 0]);
    expect(sourced('vertical.access')).toBe(100);
    expect(sourced('residency.premium')).toBe(10);
    expect(sourced('residency.share')).toBe(20);
    expect(HYPERSCALERS.map((c) => sourced(`silicon2025.${c}`))).toEqual([5, 20, 70]);
    expect(HYPERSCALERS.map((c) => sourced(`silicon2031.${c}`))).toEqual([30, 50, 80]);
    expect(HYPERSCALERS.map((c) => sourced(`silicon.costCut.${c}`))).toEqual([30, 35, 35]);
    expect(FAMILIES.map((f) => sourced(`revenueRatio2025.${f}`))).toEqual([0.6, 0.65, 0.25, 0, 0.3, 0.1]);
    expect(FAMILIES.map((f) => sourced(`revenueRatio2026.${f}`))).toEqual([0.75, 1.5, 0.25, 0, 0.3, 0.1]);
    expect(FAMILIES.map((f) => sourced(`revenueRatio2031.${f}`))).toEqual([0.75, 1.5, 0.25, 0, 0.3, 0.1]);
    expect(sourced('model.grossMargin')).toBe(45);
    expect(sourced('msft.revShare')).toBe(20);
    expect(sourced('msft.revShareCap')).toBe(38);
    expect(sourced('msft.revShareLastYear')).toBe(2030);
    expect(sourced('stake.openai.azure')).toBe(27);
    expect(sourced('capture.google.gcp')).toBe(100);
    expect(sourced('capture.openai.azure')).toBe(0);
    const strategies = HYPERSCALERS.map((c) => parametersById.get(`strategy.${c}`)?.default);
    expect(strategies).toEqual(['agnostic', 'horizontal', 'vertical']);
  });

  it('takes Public data’s fitted values from the committed fit (fitted.json), keeping the sourced value as the prior', () => {
    const fittedValues = fitted.parameters as Record<string, number>;
    expect(Object.keys(fittedValues).length).toBeGreaterThan(0);
    for (const [id, value] of Object.entries(fittedValues)) {
      const spec = byId(id);
      expect(spec?.kind, id).toBe('number');
      expect(spec.default, id).toBe(value);
      expect(spec.prior, id).toBeTypeOf('number');
      // A fitted default is a value the slider can hold, so a link writes it exactly.
      expect(Math.abs(value / spec.step - Math.round(value / spec.step)), id).toBeLessThan(1e-9);
      // The plausible range holds the fitted value; where the fit left the prior range, it is kept as priorRange.
      expect(spec.range[0], id).toBeLessThanOrEqual(value);
      expect(spec.range[1], id).toBeGreaterThanOrEqual(value);
      if (spec.priorRange) expect(value < spec.priorRange[0] || value > spec.priorRange[1], id).toBe(true);
    }
    // Only fitted parameters carry a prior.
    for (const p of parameters) if (p.kind === 'number' && p.prior !== undefined) expect(Object.hasOwn(fittedValues, p.id), p.id).toBe(true);
    // The biggest moves (MODEL_CHANGELOG v3): world AI compute in 2025 $180B -> $220B, growth 45% -> 67% and 25% -> 45%.
    expect([byId('market.spend2025').default, byId('market.growthNear').default, byId('market.growthLong').default]).toEqual([220, 67, 45]);
  });

  it('reads each pair’s commitment from the facts ledger’s signed contracts, and the v3 contract settings', () => {
    // Several contracts on a pair add up (OpenAI's Oracle, CoreWeave and Cerebras contracts are all "Other").
    for (const pair of LAB_CONTRACTS) {
      expect(byId(`commit.${pair.family}.${pair.cloud}`).default, `${pair.family}.${pair.cloud}`).toBeCloseTo(pair.totalUsdBn, 9);
      expect(pair.totalUsdBn).toBeCloseTo(
        pair.rows.reduce((sum, r) => sum + r.terms.totalUsdBn, 0),
        1,
      );
    }
    const withContracts = new Set(LAB_CONTRACTS.map((p) => `${p.family}.${p.cloud}`));
    for (const f of FAMILIES) for (const c of CLOUDS) if (!withContracts.has(`${f}.${c}`)) expect(byId(`commit.${f}.${c}`).default, `${f}.${c}`).toBe(0);
    expect(byId('commit.openai.azure').default).toBe(250);
    expect(byId('commit.anthropic.azure').default).toBe(30);
    expect(byId('commit.anthropic.aws').default).toBe(100);
    expect(byId('commit.anthropic.gcp').default).toBe(200);
    expect(byId('commit.openai.aws').default).toBe(138);
    expect(commitmentTerms('openai', 'aws')).toMatchObject({ startYear: 2026, endYear: 2033 });
    expect(byId('commit.openai.other').default).toBeCloseTo(332.4, 9);
    expect(byId('commit.meta.other').default).toBeCloseTo(62.2, 9);
    expect(byId('commit.anthropic.other').default).toBe(45);
    expect(byId('commit.meta.gcp').default).toBe(10);
    // Each pair's yearly schedule over 2025-2031: shares of its total, none negative, at most all of it.
    for (const f of FAMILIES) {
      for (const c of CLOUDS) {
        const shares = COMMITMENT_SCHEDULE_SHARES[f][c];
        expect(shares, `${f}.${c}`).toHaveLength(7);
        for (const x of shares) expect(x, `${f}.${c}`).toBeGreaterThanOrEqual(0);
        expect(
          shares.reduce((sum, x) => sum + x, 0),
          `${f}.${c}`,
        ).toBeLessThanOrEqual(1 + 1e-9);
      }
    }
    // A contract running past 2031 has only part of its total in the horizon.
    expect(COMMITMENT_SCHEDULE_SHARES.anthropic.aws.reduce((sum, x) => sum + x, 0)).toBeLessThan(1);
    expect(byId('contracts.taken')).toMatchObject({ key: 'ctk', default: 100, min: 0, max: 100 });
    expect(byId('lease.msft')).toMatchObject({ key: 'lms' });
    expect(byId('lease.msft').default).toBeCloseTo(NEOCLOUD_LEASES.totalUsdBn, 9);
    expect(['platform.openai.azure', 'platform.anthropic.aws', 'platform.anthropic.gcp'].map((id) => byId(id).key)).toEqual(['pfoaaz', 'pfanaw', 'pfangc']);
    expect(['platform.openai.azure', 'platform.anthropic.aws', 'platform.anthropic.gcp'].map(sourced)).toEqual([25, 25, 15]);
  });

  it('rests no Public-data default on a seed article alone', () => {
    // Sources may mention a seed to say its figure lives in the Seed thesis preset, or to contradict it.
    for (const p of parameters) {
      if (!/seed/i.test(p.source)) continue;
      const saysWhereItLives = /Seed thesis|contradicted|unconfirmed|as the seed says|Archetype names from the seed|Analysis setting/i.test(p.source);
      expect(saysWhereItLives, `${p.id}: ${p.source}`).toBe(true);
    }
  });

  it('derives the weight groups from the registry: every id a weight, every weight in one group', () => {
    const grouped = WEIGHT_GROUPS.flat();
    expect(new Set(grouped).size).toBe(grouped.length);
    for (const id of grouped) expect(byId(id).unit, id).toBe('weight');
    expect(
      parameters
        .filter((p) => p.kind === 'number' && p.unit === 'weight')
        .map((p) => p.id)
        .sort(),
    ).toEqual([...grouped].sort());
  });
});
