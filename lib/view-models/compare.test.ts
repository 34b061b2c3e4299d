import { describe, expect, it } from 'vitest';
import { applyPreset, attribute, defaultScenario, evaluate, winnerAnalysis } from '@/lib/engine';
import { cloudYearlyChart } from './cloud-series';
import { chartCsv, withGhosts } from './chart-model';
import { commitmentChart } from './commitments';
import { attributionSentence, comparisonFigures, comparisonSentences, differingAssumptions, scenarioName, waterfallSteps } from './compare';

describe('compare view models', () => {
  const a = defaultScenario();
  const b = applyPreset('openai-dominance');
  const ra = evaluate(a);
  const rb = evaluate(b);

  it('names scenarios by preset and count of changes', () => {
    expect(scenarioName(a, null, a)).toBe('Public data');
    expect(scenarioName({ ...b, 'market.spend2025': 300 }, 'openai-dominance', b)).toBe('OpenAI dominance, 1 change');
  });

  it('lays out four figures per hyperscaler with signed differences', () => {
    const rows = comparisonFigures(ra, rb);
    expect(rows).toHaveLength(12);
    expect(rows.every((r) => r.diff.length > 0)).toBe(true);
  });

  it('says in words what changes, and something even when nothing does', () => {
    expect(comparisonSentences(ra, ra, winnerAnalysis(a), winnerAnalysis(a))).toEqual(['The two scenarios give the same headline figures.']);
    const said = comparisonSentences(ra, rb, winnerAnalysis(a), winnerAnalysis(b)).join(' ');
    expect(said).toMatch(/Under B|largest move/);
  });

  it('groups differing assumptions by registry group, with both values', () => {
    const groups = differingAssumptions(a, b);
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) for (const r of g.rows) expect(r.a).not.toBe(r.b);
  });

  it('runs the waterfall from A to B exactly', () => {
    const att = attribute(a, b, { cloud: 'azure', measure: 'companyGrossProfit' });
    const steps = waterfallSteps(att);
    expect(steps[0]!.start).toBe(att.fromValue);
    expect(Math.abs(steps.at(-1)!.end - att.toValue)).toBeLessThan(1e-9 * Math.max(1, Math.abs(att.toValue)));
    expect(attributionSentence(att, 'azure', 'company AI gross profit')).toMatch(/^Azure’s company AI gross profit goes from/);
  });

  it('says what pushes and what holds back when changes pull both ways, never a share over 100%', () => {
    const att = {
      total: 10,
      fromValue: 100,
      toValue: 110,
      contributions: [
        { key: 'sp', label: 'World AI compute, 2025', ids: ['market.spend2025'], value: 32 },
        { key: 'oa', label: 'OpenAI share, 2031', ids: [], value: -22 },
      ],
      method: 'Exact Shapley values',
      grouping: 'parameter',
    } as unknown as Parameters<typeof attributionSentence>[0];
    const sentence = attributionSentence(att, 'azure', 'AI compute hosted');
    expect(sentence).toBe('Azure’s AI compute hosted goes from $100B to $110B (+$10B): World AI compute, 2025 moves it +$32B, partly offset by OpenAI share, 2031 (−$22B).');
    expect(sentence).not.toMatch(/\d{3}%/);
  });

  it('adds ghosts matched by x value, in table columns beside their series', () => {
    const g = withGhosts(cloudYearlyChart(rb, 'hostedComputeUsdBn'), cloudYearlyChart(ra, 'hostedComputeUsdBn'));
    expect(g.ghosts).toHaveLength(4);
    expect(g.rows[0]!['azure__base']).toBe(ra.clouds.azure.hostedComputeUsdBn[0]);
    expect(g.columns!.map((c) => c.key).slice(0, 2)).toEqual(['azure', 'azure__base']);
    // Contracts present in one scenario only get no ghost value (NaN), never another contract's.
    const c = withGhosts(commitmentChart(rb), { ...commitmentChart(ra), rows: [] });
    expect(c.rows.every((r) => Number.isNaN(r['commitment__base'] as number))).toBe(true);
  });
});

describe('chartCsv', () => {
  it('writes the table’s columns with units, raw numbers and percentages as 0-100', () => {
    const r = evaluate(defaultScenario());
    const csv = chartCsv(cloudYearlyChart(r, 'hostedComputeUsdBn'));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Year,Microsoft: Azure and its own products (USD bn),Amazon: AWS and its own products (USD bn),Google: Cloud and its own products (USD bn),Other: neoclouds and self-builders (USD bn)');
    expect(lines).toHaveLength(8);
    expect(Number(lines[7]!.split(',')[1])).toBeCloseTo(r.clouds.azure.hostedComputeUsdBn[6]!, 3);
    const pct = chartCsv(cloudYearlyChart(r, 'cloudGrossMargin')).split('\r\n')[1]!.split(',');
    expect(Number(pct[1])).toBeCloseTo(r.clouds.azure.cloudGrossMargin[0]! * 100, 3);
  });
});
