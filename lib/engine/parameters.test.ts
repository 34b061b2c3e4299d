/** The registry is the single source of truth: check its shape and that it carries ECONOMICS.md's figures. */
import { describe, expect, it } from 'vitest';
import { CLOUDS, FAMILIES, HYPERSCALERS, ARCHETYPES } from './ids';
import { GROUPS, WEIGHT_GROUPS, parameters, parametersById, type NumberParameterSpec } from './parameters';

const byId = (id: string) => parametersById.get(id) as NumberParameterSpec;

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
      'market.spend2025', 'market.growthNear', 'market.growthLong', 'market.inference2025', 'market.inference2026', 'market.inference2031',
      'vertical.access', 'silicon.passThrough', 'silicon.computeShare', 'price.elasticity', 'residency.premium',
      'residency.share', 'model.grossMargin', 'msft.revShare', 'msft.revShareCap',
      'msft.revShareLastYear', 'stake.openai.azure', 'stake.anthropic.aws', 'stake.anthropic.gcp', 'finance.discountRate', 'winner.share',
      ...FAMILIES.flatMap((f) => [`share2025.${f}`, `share2026.${f}`, `share2031.${f}`]),
      ...FAMILIES.flatMap((f) => [`revenueRatio2025.${f}`, `revenueRatio2026.${f}`, `revenueRatio2031.${f}`]),
      ...FAMILIES.flatMap((f) =>
        CLOUDS.flatMap((c) => [`hosting2025.${f}.${c}`, `hosting2031.${f}.${c}`, `ownUse2025.${f}.${c}`, `ownUse2031.${f}.${c}`, `capture.${f}.${c}`, `commit.${f}.${c}`]),
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
        expect(p.options.map((o) => o.value), p.id).toContain(p.default);
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

  it('carries the v2 defaults: ECONOMICS.md’s figures, the 2026 events and the calibrated values', () => {
    expect(byId('market.spend2025').default).toBe(180);
    expect(byId('market.spend2025').range).toEqual([100, 400]);
    expect(byId('market.growthNear').default).toBe(45);
    expect(byId('market.growthLong').default).toBe(25);
    expect(byId('market.inference2025').default).toBe(50);
    expect(byId('market.inference2026').default).toBe(67);
    expect(byId('market.inference2031').default).toBe(80);
    expect(FAMILIES.map((f) => byId(`share2025.${f}`).default)).toEqual([12, 4, 22, 16, 1, 45]);
    expect(FAMILIES.map((f) => byId(`share2026.${f}`).default)).toEqual([15, 10, 21, 15, 1, 38]);
    expect(FAMILIES.map((f) => byId(`share2031.${f}`).default)).toEqual([15, 10, 21, 15, 1, 38]);
    expect(CLOUDS.map((c) => byId(`hosting2025.openai.${c}`).default)).toEqual([75, 0, 3, 22]);
    expect(CLOUDS.map((c) => byId(`hosting2031.openai.${c}`).default)).toEqual([40, 10, 5, 45]);
    expect(CLOUDS.map((c) => byId(`hosting2025.anthropic.${c}`).default)).toEqual([0, 60, 35, 5]);
    expect(CLOUDS.map((c) => byId(`hosting2031.anthropic.${c}`).default)).toEqual([8, 32, 55, 5]);
    expect(CLOUDS.map((c) => byId(`hosting2025.other.${c}`).default)).toEqual([26, 24, 12, 38]);
    expect(CLOUDS.map((c) => byId(`hosting2031.google.${c}`).default)).toEqual([0, 0, 100, 0]);
    expect(CLOUDS.map((c) => byId(`ownUse2025.openai.${c}`).default)).toEqual([35, 0, 0, 0]);
    expect(byId('ownUse2025.google.gcp').default).toBe(85);
    // Public data: archetypes alike where no public figure tells them apart (model v2, principle 2).
    expect(ARCHETYPES.map((a) => byId(`archetype.${a}.margin`).default)).toEqual([20, 20, 20]);
    expect(ARCHETYPES.map((a) => byId(`archetype.${a}.utilisation`).default)).toEqual([80, 80, 80]);
    expect(ARCHETYPES.map((a) => byId(`archetype.${a}.premium`).default)).toEqual([0, 0, 0]);
    expect(byId('vertical.access').default).toBe(100);
    expect(byId('residency.premium').default).toBe(10);
    expect(byId('residency.share').default).toBe(20);
    expect(HYPERSCALERS.map((c) => byId(`silicon2025.${c}`).default)).toEqual([5, 20, 70]);
    expect(HYPERSCALERS.map((c) => byId(`silicon2031.${c}`).default)).toEqual([30, 50, 80]);
    expect(HYPERSCALERS.map((c) => byId(`silicon.costCut.${c}`).default)).toEqual([30, 35, 35]);
    expect(FAMILIES.map((f) => byId(`revenueRatio2025.${f}`).default)).toEqual([0.6, 0.65, 0.25, 0, 0.3, 0.1]);
    expect(FAMILIES.map((f) => byId(`revenueRatio2026.${f}`).default)).toEqual([0.75, 1.5, 0.25, 0, 0.3, 0.1]);
    expect(FAMILIES.map((f) => byId(`revenueRatio2031.${f}`).default)).toEqual([0.75, 1.5, 0.25, 0, 0.3, 0.1]);
    expect(byId('model.grossMargin').default).toBe(45);
    expect(byId('msft.revShare').default).toBe(20);
    expect(byId('msft.revShareCap').default).toBe(38);
    expect(byId('msft.revShareLastYear').default).toBe(2030);
    expect(byId('stake.openai.azure').default).toBe(27);
    expect(byId('capture.google.gcp').default).toBe(100);
    expect(byId('capture.openai.azure').default).toBe(0);
    expect(byId('commit.openai.azure').default).toBe(250);
    expect(byId('commit.anthropic.azure').default).toBe(30);
    expect(byId('commit.anthropic.aws').default).toBe(100);
    expect(byId('commit.anthropic.gcp').default).toBe(200);
    expect(byId('commit.openai.aws').default).toBe(38);
    expect(byId('commit.openai.other').default).toBe(300);
    expect(byId('commit.meta.other').default).toBe(27);
    const strategies = HYPERSCALERS.map((c) => parametersById.get(`strategy.${c}`)?.default);
    expect(strategies).toEqual(['agnostic', 'horizontal', 'vertical']);
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
    expect(parameters.filter((p) => p.kind === 'number' && p.unit === 'weight').map((p) => p.id).sort()).toEqual([...grouped].sort());
  });
});
