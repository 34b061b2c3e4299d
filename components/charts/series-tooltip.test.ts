import { describe, expect, it } from 'vitest';
import { evaluate, defaultScenario } from '@/lib/engine';
import { cloudByFamilyChart, commitmentChart, commitmentRows, siliconMarginChart } from '@/lib/view-models';
import { tooltipFooter, tooltipItems } from './series-tooltip';

const result = evaluate(defaultScenario());

describe('chart tooltips', () => {
  it('list a stack top-down with its total', () => {
    const model = cloudByFamilyChart(result);
    const items = tooltipItems(model, 0, 'stack');
    expect(items.map((i) => i.key)).toEqual([...model.series].reverse().map((s) => s.key));
    const total = model.series.reduce((sum, s) => sum + Number(model.rows[0]![s.key]), 0);
    expect(tooltipFooter(model, 0, true)).toEqual({ label: 'Total', value: expect.stringMatching(/^\$/) });
    expect(total).toBeGreaterThan(0);
  });
  it('keep each cloud’s with/without-silicon pair together', () => {
    const model = siliconMarginChart(result);
    expect(tooltipItems(model, 3).map((i) => i.key)).toEqual(model.series.map((s) => s.key));
  });
  it('give each contract its coverage', () => {
    const model = commitmentChart(result);
    const first = commitmentRows(result)[0]!;
    expect(tooltipFooter(model, 0, false)).toEqual({ label: 'Coverage', value: `${Math.round(first.coverage * 100)}%` });
  });
});
