import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, winnerAnalysis } from '@/lib/engine';
import { scenarioArbitrary } from '@/lib/testing/arbitraries';
import {
  chartAxis,
  cloudByFamilyChart,
  cloudYearlyChart,
  commitmentChart,
  familyMixChart,
  siliconMarginChart,
  siliconSplitChart,
  winnerChart,
  type ChartModel,
} from '@/lib/view-models';
import { areaPath, bandPositions, dodgeLabels, linePath, nearestIndex, pointPositions, stackSegments, valueToLeftPct, valueToTopPct } from './geometry';

describe('chart geometry', () => {
  it('spaces yearly points evenly inside the plot', () => {
    expect(pointPositions(7)[0]).toBe(3);
    expect(pointPositions(7)[6]).toBe(97);
    expect(pointPositions(7)[3]).toBe(50);
    expect(pointPositions(1)).toEqual([50]);
    expect(pointPositions(0)).toEqual([]);
  });
  it('centres category bands and leaves a gap between them', () => {
    const b = bandPositions(4);
    expect(b.centers).toEqual([12.5, 37.5, 62.5, 87.5]);
    expect(b.width).toBeCloseTo(20);
  });
  it('maps values onto the axis, top to bottom and left to right', () => {
    expect(valueToTopPct(0, [0, 400])).toBe(100);
    expect(valueToTopPct(400, [0, 400])).toBe(0);
    expect(valueToTopPct(100, [0, 400])).toBe(75);
    expect(valueToLeftPct(100, [0, 400])).toBe(25);
    expect(valueToTopPct(0, [-100, 100])).toBe(50);
    // Out of the domain, degenerate domains and non-numbers stay on the plot.
    expect(valueToTopPct(900, [0, 400])).toBe(0);
    expect(valueToTopPct(5, [1, 1])).toBe(100);
    expect(valueToTopPct(Number.NaN, [0, 1])).toBe(100);
  });
  it('draws lines and breaks them where a value is missing', () => {
    expect(linePath([0, 50, 100], [10, 20, 30])).toBe('M0 10L50 20L100 30');
    expect(linePath([0, 50, 100], [10, null, 30])).toBe('M0 10M100 30');
    expect(areaPath([0, 100], [10, 20], [50, 60])).toBe('M0 10L100 20L100 60L0 50Z');
  });
  it('stacks positives up and negatives down', () => {
    const model: ChartModel = {
      rows: [{ c: 'A', a: 2, b: -1, d: 3 }],
      xKey: 'c',
      xLabel: '',
      yLabel: '',
      format: 'usdBn',
      series: ['a', 'b', 'd'].map((key) => ({ key, label: key, color: '#000' })),
    };
    expect(stackSegments(model)[0]).toEqual([
      { from: 0, to: 2 },
      { from: 0, to: -1 },
      { from: 2, to: 5 },
    ]);
    const axis = chartAxis(model, true);
    expect(axis.domain[0]).toBeLessThanOrEqual(-1);
    expect(axis.domain[1]).toBeGreaterThanOrEqual(5);
  });
  it('finds the category nearest the pointer', () => {
    const xs = pointPositions(7);
    expect(nearestIndex(0, xs)).toBe(0);
    expect(nearestIndex(99, xs)).toBe(6);
    expect(nearestIndex(52, xs)).toBe(3);
  });

  it('keeps every drawn coordinate on the plot for any scenario a user can reach', () => {
    const numbersIn = (d: string) => (d.match(/-?[\d.]+(e-?\d+)?/g) ?? []).map(Number);
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const result = evaluate(scenario);
        const models: [ChartModel, boolean][] = [
          [cloudYearlyChart(result, 'hostedComputeUsdBn'), false],
          [cloudYearlyChart(result, 'companyGrossProfitUsdBn'), false],
          [cloudYearlyChart(result, 'cloudGrossMargin'), false],
          [siliconMarginChart(result), false],
          [siliconSplitChart(result), false],
          [commitmentChart(result), false],
          [winnerChart(winnerAnalysis(scenario)), false],
          [cloudByFamilyChart(result), true],
          [familyMixChart(result), true],
        ];
        for (const [model, stacked] of models) {
          const { domain, ticks } = chartAxis(model, stacked);
          expect(ticks.every(Number.isFinite)).toBe(true);
          const xs = pointPositions(model.rows.length);
          for (const s of model.series) {
            const ys = model.rows.map((r) => valueToTopPct(Number(r[s.key]), domain));
            const d = linePath(xs, ys);
            expect(d).not.toMatch(/NaN|Infinity/);
            for (const n of numbersIn(d)) expect(n >= 0 && n <= 100).toBe(true);
          }
          for (const row of stackSegments(model)) {
            for (const seg of row) {
              expect(valueToTopPct(seg.to, domain)).toBeGreaterThanOrEqual(0);
              // The axis covers every stack: no segment ends outside it.
              if (stacked) expect(seg.to >= domain[0] - 1e-9 && seg.to <= domain[1] + 1e-9).toBe(true);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('labels at the ends of lines', () => {
  it('stay at their lines when there is room', () => {
    expect(dodgeLabels([10, 50, 90], 5)).toEqual([10, 50, 90]);
  });
  it('move apart, around their mean, when lines end close together', () => {
    const [a, b] = dodgeLabels([40, 41], 6) as [number, number];
    expect(b - a).toBeCloseTo(6);
    expect((a + b) / 2).toBeCloseTo(40.5);
  });
  it('never overlap and stay on the plot, whatever the lines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -10, max: 110, noNaN: true }), { minLength: 1, maxLength: 6 }),
        fc.double({ min: 1, max: 15, noNaN: true }),
        (targets, gap) => {
          const placed = dodgeLabels(targets, gap);
          const sorted = [...placed].sort((x, y) => x - y);
          for (let i = 1; i < sorted.length; i++) expect((sorted[i] as number) - (sorted[i - 1] as number)).toBeGreaterThanOrEqual(gap - 1e-9);
          // Within the plot whenever they fit in it.
          if ((targets.length - 1) * gap <= 100) for (const p of placed) expect(p >= -1e-9 && p <= 100 + 1e-9).toBe(true);
        },
      ),
    );
  });
});
