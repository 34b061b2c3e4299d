import { describe, expect, it } from 'vitest';
import { FAMILIES } from './ids';
import { defaultScenario } from './scenario';
import { winnerAnalysis, winnerWeights } from './winners';
import { evaluate } from './evaluate';

describe('winner analysis', () => {
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

  it('matches evaluating each winner’s scenario directly', () => {
    const base = defaultScenario();
    const analysis = winnerAnalysis(base);
    const geminiWins = analysis.outcomes.find((o) => o.winner === 'google')!;
    // 2031 defaults 15/10/21/15/1/38: Gemini at 60%, the other 79 points shrink to 40
    const direct = evaluate({
      ...base,
      'share2031.openai': (15 / 79) * 40,
      'share2031.anthropic': (10 / 79) * 40,
      'share2031.google': 60,
      'share2031.meta': (15 / 79) * 40,
      'share2031.mistral': (1 / 79) * 40,
      'share2031.other': (38 / 79) * 40,
    });
    expect(geminiWins.hostedComputeUsdBn.gcp).toBeCloseTo(direct.clouds.gcp.cumulative.hostedComputeUsdBn, 8);
    expect(geminiWins.companyGrossProfitUsdBn.gcp).toBeCloseTo(direct.clouds.gcp.cumulative.companyGrossProfitUsdBn, 8);
  });

  it('computes exposure as (max - min) / mean of hosted compute across winners', () => {
    const a = winnerAnalysis(defaultScenario());
    const values = a.outcomes.map((o) => o.hostedComputeUsdBn.gcp);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(a.clouds.gcp.exposure).toBeCloseTo((Math.max(...values) - Math.min(...values)) / mean, 12);
    expect(a.clouds.gcp.best).toBe('google');
    expect(a.outcomes).toHaveLength(6);
  });

  it('under public data, Azure is the least exposed hyperscaler (the thesis holds there)', () => {
    // A finding of the v2 defaults, not a law (exposures 0.70 / 0.80 / 0.93 for Azure / AWS / Google Cloud
    // when measured); presets such as "Gemini surge" can be checked on the dashboard.
    expect(winnerAnalysis(defaultScenario()).leastExposed).toBe('azure');
  });
});
