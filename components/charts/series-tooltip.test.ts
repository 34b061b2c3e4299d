import { describe, expect, it } from 'vitest';
import { evaluate, defaultScenario } from '@/lib/engine';
import { formatPct, formatUsdBn } from '@/lib/format';
import { cloudByFamilyChart, commitmentChart, commitmentRows, siliconMarginChart, siliconSplitChart } from '@/lib/view-models';
import { tooltipFooter, tooltipItems } from './series-tooltip';

const result = evaluate(defaultScenario());

describe('chart tooltips', () => {
  it('list a stack top-down, and its total is the cloud’s captured spend', () => {
    const model = cloudByFamilyChart(result);
    const items = tooltipItems(model, 0, 'stack');
    expect(items.map((i) => i.key)).toEqual([...model.series].reverse().map((s) => s.key));
    // Row 0 is Azure: the footer shows the engine's figure, which the stacked parts add up to.
    const azure = result.clouds.azure.cumulative.capturedSpendUsdBn;
    expect(tooltipFooter(model, 0)).toEqual({ label: 'Total', value: formatUsdBn(azure) });
    const parts = model.series.reduce((sum, s) => sum + Number(model.rows[0]![s.key]), 0);
    expect(parts).toBeCloseTo(azure, 6);
  });
  it('keep each cloud’s with/without-silicon pair together', () => {
    const model = siliconMarginChart(result);
    expect(tooltipItems(model, 3).map((i) => i.key)).toEqual(model.series.map((s) => s.key));
    // Without the model's request the same row is sorted by value, which splits the pairs.
    const sorted = tooltipItems({ ...model, tooltipOrder: undefined }, 3).map((i) => i.key);
    expect(sorted).not.toEqual(model.series.map((s) => s.key));
  });
  it('list grouped bars left to right, as drawn and as the legend lists them, under every category', () => {
    const model = siliconSplitChart(result);
    const keys = model.series.map((s) => s.key);
    for (let i = 0; i < model.rows.length; i++) expect(tooltipItems(model, i, 'drawn').map((t) => t.key)).toEqual(keys);
    // Sorted by value, the order changed from one cloud to the next.
    const byValue = model.rows.map((_, i) =>
      tooltipItems(model, i, 'value')
        .map((t) => t.key)
        .join(),
    );
    expect(new Set(byValue).size).toBeGreaterThan(1);
  });
  it('give each contract its coverage', () => {
    const model = commitmentChart(result);
    const first = commitmentRows(result)[0]!;
    expect(tooltipFooter(model, 0)).toEqual({ label: 'Coverage after floors', value: formatPct(first.coverage) });
    expect(first.coverage).toBeCloseTo(first.projectedUsdBn / first.commitmentUsdBn, 9);
  });
});
