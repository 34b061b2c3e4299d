import { describe, expect, it } from 'vitest';
import { parametersById } from './parameters';
import { applyPreset, presets } from './presets';
import { defaultScenario, sanitizeScenario } from './scenario';
import { evaluate } from './evaluate';
import { FAMILIES } from './ids';
import { claimsSetBy, seedClaims } from './seed-claims';

describe('presets', () => {
  it('includes the required scenarios, each described in one sentence', () => {
    const names = presets.map((p) => p.name);
    for (const n of [
      'Public data',
      'Seed thesis',
      'OpenAI dominance',
      'Fragmentation',
      'Open-weight wins',
      'Gemini surge',
      'Anthropic leads',
      'Full unbundling',
      'Before the April 2026 amendment',
      'AI spending slowdown',
    ]) {
      expect(names).toContain(n);
    }
    for (const p of presets) expect(p.description).toMatch(/^[A-Z].+\.$/);
  });

  it('only sets registered parameters to values within bounds', () => {
    for (const p of presets) {
      for (const id of Object.keys(p.values)) expect(parametersById.has(id), `${p.id}: ${id}`).toBe(true);
      expect(sanitizeScenario(p.values).problems, p.id).toEqual([]);
    }
  });

  it('labels every seed-thesis value with its status', () => {
    const seed = presets.find((p) => p.id === 'seed')!;
    const noted = Object.keys(seed.notes ?? {});
    // Every value is either noted itself or part of a noted group (OpenAI's hosting row).
    for (const id of Object.keys(seed.values)) {
      const covered = noted.includes(id) || noted.some((n) => n.split('.').slice(0, 2).join('.') === id.split('.').slice(0, 2).join('.'));
      expect(covered, id).toBe(true);
    }
    const statuses = Object.values(seed.notes ?? {}).map((n) => n.status);
    expect(statuses).toContain('contradicted');
  });

  it('counts seed claims one way: each Seed thesis figure sits under exactly one claim, with the claim’s status', () => {
    const seed = presets.find((p) => p.id === 'seed')!;
    for (const [id, note] of Object.entries(seed.notes ?? {})) {
      const owners = seedClaims.filter((c) => c.parameters.includes(id));
      expect(
        owners.map((c) => c.claim),
        id,
      ).toHaveLength(1);
      expect(note.status, `${id} under “${owners[0]!.claim}”`).toBe(owners[0]!.status);
    }
    for (const c of seedClaims) for (const id of c.parameters) expect(parametersById.has(id), `${c.claim}: ${id}`).toBe(true);
    const set = claimsSetBy(seed);
    // Every figure the preset notes appears under its claim, once.
    expect(set.flatMap((c) => c.figures.map((f) => f.id)).sort()).toEqual(Object.keys(seed.notes ?? {}).sort());
    expect(set.every((c) => c.figures.every((f) => f.value === seed.values[f.id]))).toBe(true);
    // A claim's check that quotes Public data quotes the registry's current (fitted) value.
    const growth = seedClaims.find((c) => c.parameters.includes('market.growthNear'))!;
    expect(growth.publicData).toContain(`${parametersById.get('market.growthNear')!.default}% a year`);
    // A preset without notes sets no claims.
    expect(claimsSetBy(presets.find((p) => p.id === 'public')!)).toEqual([]);
  });

  it('public data is the defaults', () => {
    expect(applyPreset('public')).toEqual(defaultScenario());
    expect(applyPreset('no-such-preset')).toEqual(defaultScenario());
  });

  it('OpenAI dominance reaches 80% of spend by 2031', () => {
    const r = evaluate(applyPreset('openai-dominance'));
    expect(r.familyShare.openai[6]).toBeCloseTo(0.8, 12);
    expect(FAMILIES.reduce((s, f) => s + r.familyShare[f][6]!, 0)).toBeCloseTo(1, 12);
  });

  it('Full unbundling drops Azure to 20% of OpenAI’s hosting by 2031 (where no signed contract holds it up)', () => {
    // Contract floors off (model v3 honours signed contracts by default): the hosting weights alone decide.
    const r = evaluate({ ...applyPreset('unbundling'), 'strategy.gcp': 'agnostic', 'price.elasticity': 0, 'contracts.taken': 0 });
    // 20 / (20 + 15 + 10 + 55) = 20%
    expect(r.clouds.azure.capturedByFamilyUsdBn.openai[6]! / r.familyComputeUsdBn.openai[6]!).toBeCloseTo(0.2, 12);
    // With the contracts honoured, Azure keeps at least that much (a floor only moves compute onto it).
    const floored = evaluate({ ...applyPreset('unbundling'), 'strategy.gcp': 'agnostic', 'price.elasticity': 0 });
    expect(floored.clouds.azure.capturedByFamilyUsdBn.openai[6]! / floored.familyComputeUsdBn.openai[6]!).toBeGreaterThanOrEqual(0.2 - 1e-12);
  });

  it('moves the answer in the expected direction', () => {
    const base = evaluate(defaultScenario());
    expect(evaluate(applyPreset('slowdown')).cumulativeTotalComputeUsdBn).toBeLessThan(base.cumulativeTotalComputeUsdBn);
    expect(evaluate(applyPreset('openai-dominance')).clouds.azure.cumulative.capturedSpendUsdBn).toBeGreaterThan(
      base.clouds.azure.cumulative.capturedSpendUsdBn,
    );
    expect(evaluate(applyPreset('gemini-surge')).clouds.gcp.cumulative.capturedSpendUsdBn).toBeGreaterThan(base.clouds.gcp.cumulative.capturedSpendUsdBn);
    expect(evaluate(applyPreset('unbundling')).clouds.azure.cumulative.capturedSpendUsdBn).toBeLessThan(base.clouds.azure.cumulative.capturedSpendUsdBn);
    expect(evaluate(applyPreset('anthropic-leads')).clouds.aws.cumulative.hostedComputeUsdBn).toBeGreaterThan(base.clouds.aws.cumulative.hostedComputeUsdBn);
    // Without the amendment Microsoft keeps OpenAI's compute and an uncapped revenue share through 2031.
    const pre = evaluate(applyPreset('pre-amendment')).clouds.azure.cumulative;
    expect(pre.hostedComputeUsdBn).toBeGreaterThan(base.clouds.azure.cumulative.hostedComputeUsdBn);
    expect(pre.modelLayerIncomeUsdBn).toBeGreaterThan(base.clouds.azure.cumulative.modelLayerIncomeUsdBn);
  });

  it('moves the seeds’ unconfirmed figures out of Public data and into the Seed thesis', () => {
    const pub = defaultScenario();
    // Public data: archetypes alike where no public figure tells them apart (model v2, principle 2).
    for (const field of ['margin', 'premium', 'utilisation']) {
      const values = ['agnostic', 'horizontal', 'vertical'].map((a) => pub[`archetype.${a}.${field}`]);
      expect(new Set(values).size, field).toBe(1);
    }
    expect(pub['archetype.agnostic.premium']).toBe(0);
    expect(pub['vertical.access']).toBe(100);
    const seed = applyPreset('seed');
    expect(seed['archetype.agnostic.margin']).toBe(25);
    expect(seed['archetype.horizontal.margin']).toBe(15);
    expect(seed['archetype.agnostic.premium']).toBe(12.5);
    expect(seed['vertical.access']).toBe(85);
  });
});
