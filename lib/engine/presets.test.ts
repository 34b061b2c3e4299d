import { describe, expect, it } from 'vitest';
import { parametersById } from './parameters';
import { applyPreset, presets } from './presets';
import { defaultScenario, sanitizeScenario } from './scenario';
import { evaluate } from './evaluate';
import { FAMILIES } from './ids';

describe('presets', () => {
  it('includes the required scenarios, each described in one sentence', () => {
    const names = presets.map((p) => p.name);
    for (const n of ['Public data', 'Seed thesis', 'OpenAI dominance', 'Fragmentation', 'Open-weight wins', 'Gemini surge', 'Full unbundling', 'AI spending slowdown']) {
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

  it('public data is the defaults', () => {
    expect(applyPreset('public')).toEqual(defaultScenario());
    expect(applyPreset('no-such-preset')).toEqual(defaultScenario());
  });

  it('OpenAI dominance reaches 80% of spend by 2031', () => {
    const r = evaluate(applyPreset('openai-dominance'));
    expect(r.familyShare.openai[6]).toBeCloseTo(0.8, 12);
    expect(FAMILIES.reduce((s, f) => s + r.familyShare[f][6]!, 0)).toBeCloseTo(1, 12);
  });

  it('Full unbundling drops Azure to 20% of OpenAI’s hosting by 2031', () => {
    const r = evaluate({ ...applyPreset('unbundling'), 'strategy.gcp': 'agnostic', 'price.elasticity': 0 });
    // 20 / (20 + 15 + 10 + 55) = 20%
    expect(r.clouds.azure.capturedByFamilyUsdBn.openai[6]! / r.familySpendUsdBn.openai[6]!).toBeCloseTo(0.2, 12);
  });

  it('moves the answer in the expected direction', () => {
    const base = evaluate(defaultScenario());
    expect(evaluate(applyPreset('slowdown')).cumulativeTotalSpendUsdBn).toBeLessThan(base.cumulativeTotalSpendUsdBn);
    expect(evaluate(applyPreset('openai-dominance')).clouds.azure.cumulative.capturedSpendUsdBn).toBeGreaterThan(base.clouds.azure.cumulative.capturedSpendUsdBn);
    expect(evaluate(applyPreset('gemini-surge')).clouds.gcp.cumulative.capturedSpendUsdBn).toBeGreaterThan(base.clouds.gcp.cumulative.capturedSpendUsdBn);
    expect(evaluate(applyPreset('unbundling')).clouds.azure.cumulative.capturedSpendUsdBn).toBeLessThan(base.clouds.azure.cumulative.capturedSpendUsdBn);
  });
});
