import { describe, expect, it } from 'vitest';
import { applyPreset, defaultScenario, evaluate, winnerAnalysis, FAMILIES } from '@/lib/engine';
import {
  cloudByFamilyChart,
  cloudCards,
  cloudYearlyChart,
  commitmentRows,
  familyMixChart,
  headlineSentence,
  siliconMarginChart,
  siliconSummaries,
  thesisVerdict,
  winnerChart,
} from './index';

const base = evaluate(defaultScenario());
const baseWinners = winnerAnalysis(defaultScenario());

describe('view models', () => {
  it('cloud cards carry cumulative figures and their change against the baseline', () => {
    const s = applyPreset('openai-dominance');
    const r = evaluate(s);
    const cards = cloudCards(r, base, winnerAnalysis(s));
    expect(cards.map((c) => c.cloud)).toEqual(['azure', 'aws', 'gcp']);
    const azure = cards[0]!;
    expect(azure.capturedUsdBn).toBe(r.clouds.azure.cumulative.capturedSpendUsdBn);
    expect(azure.delta.capturedUsdBn).toBeCloseTo(r.clouds.azure.cumulative.capturedSpendUsdBn - base.clouds.azure.cumulative.capturedSpendUsdBn, 9);
    expect(azure.delta.capturedUsdBn).toBeGreaterThan(0);
    expect(cloudCards(base, base, baseWinners).every((c) => c.delta.capturedUsdBn === 0)).toBe(true);
  });

  it('charts read the same numbers the engine computed', () => {
    const captured = cloudYearlyChart(base, 'capturedSpendUsdBn');
    expect(captured.rows).toHaveLength(7);
    expect(captured.rows[6]!.azure).toBe(base.clouds.azure.capturedSpendUsdBn[6]);
    const mix = familyMixChart(base);
    expect(FAMILIES.reduce((s, f) => s + (mix.rows[3]![f] as number), 0)).toBeCloseTo(1, 12);
    const byFamily = cloudByFamilyChart(base);
    const azureRow = byFamily.rows[0]!;
    expect(FAMILIES.reduce((s, f) => s + (azureRow[f] as number), 0)).toBeCloseTo(base.clouds.azure.cumulative.capturedSpendUsdBn, 9);
    const winners = winnerChart(baseWinners);
    expect(winners.rows[2]!.google).toBe(baseWinners.outcomes.find((o) => o.winner === 'google')!.capturedSpendUsdBn.gcp);
    const margin = siliconMarginChart(base);
    expect(margin.series.filter((s) => s.dashed)).toHaveLength(3);
  });

  it('silicon summaries add up: gross = kept + passed on, net = gross - programme', () => {
    for (const s of siliconSummaries(base)) {
      expect(s.keptUsdBn + s.passedOnUsdBn).toBeCloseTo(s.grossSavingsUsdBn, 9);
      expect(s.grossSavingsUsdBn - s.programmeUsdBn).toBeCloseTo(s.netUsdBn, 9);
    }
  });

  it('lists commitments largest first with their window', () => {
    const rows = commitmentRows(base);
    // Named by the counterparty where the model's "Other" would hide it.
    expect(rows[0]!.label).toBe('OpenAI → Oracle');
    expect(rows.find((r) => r.family === 'meta')!.label).toBe('Llama → Nebius');
    expect(rows.find((r) => r.cloud === 'azure' && r.family === 'openai')!.label).toBe('OpenAI → Azure');
    expect(rows.find((r) => r.cloud === 'aws')!.window).toBe('2026-2032 (to 2031 shown)');
  });

  it('states the result in one sentence that names the leader and the least exposed cloud', () => {
    const sentence = headlineSentence(base, baseWinners);
    // Defaults: Google Cloud leads; Azure is least exposed (winners.test.ts).
    expect(sentence).toMatch(/^Google Cloud captures \d+% of AI infrastructure spend in 2025-2031 \(\$[\d.]+[TB], [\d.]+× Azure\); Azure is the least exposed to which model family wins\.$/);
    const dominance = applyPreset('openai-dominance');
    expect(headlineSentence(evaluate(dominance), winnerAnalysis(dominance))).toMatch(/^Azure captures .* and is also the least exposed to which model family wins\.$/);
    expect(sentence.split('. ').length).toBe(1);
    const gemini = applyPreset('gemini-surge');
    expect(headlineSentence(evaluate(gemini), winnerAnalysis(gemini))).toMatch(/^Google Cloud captures/);
  });

  it('says plainly when the thesis fails', () => {
    expect(thesisVerdict(baseWinners).holds).toBe(true);
    const failing = { ...baseWinners, leastExposed: 'aws' as const };
    const verdict = thesisVerdict(failing);
    expect(verdict.holds).toBe(false);
    expect(verdict.text).toMatch(/^The thesis fails here: AWS is less exposed than Azure/);
  });
});
