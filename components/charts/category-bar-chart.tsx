'use client';
/** Bars per category (cloud or contract): stacked or grouped, vertical or horizontal. Draws only. */
import { memo } from 'react';
import type { ChartModel } from '@/lib/view-models';
import { formatTick } from './format-value';
import { bandPositions, stackSegments, valueToLeftPct, valueToTopPct } from './geometry';
import { Plot } from './plot';
import { useSteadyAxis } from './use-steady-axis';
import { tooltipFooter, tooltipItems, tooltipTitle } from './series-tooltip';

/** Bars of one category in a group fill this share of their slot (the rest is the gap between them). */
const GROUPED_BAR_FILL = 0.9;

export const CategoryBarChart = memo(function CategoryBarChart({
  model,
  stacked,
  horizontal,
}: {
  model: ChartModel;
  stacked?: boolean;
  horizontal?: boolean;
}) {
  const axis = useSteadyAxis(model, stacked);
  // Position along the value axis: from the top when bars stand up, from the left when they lie down.
  const at = (v: number) => (horizontal ? valueToLeftPct(v, axis.domain) : valueToTopPct(v, axis.domain));
  const band = bandPositions(model.rows.length);
  const segments = stacked ? stackSegments(model) : null;
  const slot = stacked ? band.width : band.width / Math.max(1, model.series.length);

  const bars = model.rows.flatMap((row, i) =>
    model.series.map((s, k) => {
      const v = Number(row[s.key]);
      const seg = segments?.[i]?.[k] ?? { from: 0, to: Number.isFinite(v) ? v : 0 };
      const a = at(seg.from);
      const b = at(seg.to);
      const start = (band.centers[i] ?? 0) - band.width / 2 + (stacked ? 0 : k * slot + (slot * (1 - GROUPED_BAR_FILL)) / 2);
      const breadth = stacked ? slot : slot * GROUPED_BAR_FILL;
      const lo = Math.min(a, b);
      const length = Math.abs(a - b);
      return horizontal ? (
        <rect key={`${i}-${s.key}`} x={lo} width={length} y={start} height={breadth} style={{ fill: s.color, ['--series' as string]: s.color }} className="chart-bar" vectorEffect="non-scaling-stroke" />
      ) : (
        <rect key={`${i}-${s.key}`} x={start} width={breadth} y={lo} height={length} style={{ fill: s.color, ['--series' as string]: s.color }} className="chart-bar" vectorEffect="non-scaling-stroke" />
      );
    }),
  );
  // A pinned baseline: a dashed outline where each bar stood under it (stacks: where the stack's top stood).
  const ghostOutline = (key: string, i: number, start: number, breadth: number, from: number, to: number, color: string) => {
    const a = at(from);
    const b = at(to);
    const lo = Math.min(a, b);
    const length = Math.abs(a - b);
    const common = { fill: 'none', style: { stroke: color }, strokeWidth: 1.5, strokeDasharray: '3 3', vectorEffect: 'non-scaling-stroke' as const, 'data-ghost': true };
    return horizontal ? (
      <rect key={`g-${i}-${key}`} x={lo} width={length} y={start} height={breadth} {...common} />
    ) : (
      <rect key={`g-${i}-${key}`} x={start} width={breadth} y={lo} height={length} {...common} />
    );
  };
  const ghostShapes = !model.ghosts?.length
    ? []
    : model.rows.flatMap((row, i) => {
        const left = (band.centers[i] ?? 0) - band.width / 2;
        if (stacked) {
          let total = 0;
          for (const g of model.ghosts ?? []) {
            const v = Number(row[g.key]);
            if (Number.isFinite(v) && v > 0) total += v;
          }
          return [ghostOutline('total', i, left, band.width, 0, total, 'var(--foreground)')];
        }
        return model.series.flatMap((s, k) => {
          const v = Number(row[`${s.key}__base`]);
          if (!Number.isFinite(v)) return [];
          const start = left + k * slot + (slot * (1 - GROUPED_BAR_FILL)) / 2;
          return [ghostOutline(s.key, i, start, slot * GROUPED_BAR_FILL, 0, v, s.color)];
        });
      });
  const step = model.rows.length > 0 ? 100 / model.rows.length : 100;

  return (
    <Plot
      orientation={horizontal ? 'horizontal' : 'vertical'}
      labelWidth={horizontal ? 140 : 64}
      valueTicks={axis.ticks.map((t) => ({ pct: at(t), label: formatTick(model.format, t) }))}
      categoryTicks={model.rows.map((row, i) => ({ pct: band.centers[i] ?? 0, label: String(row[model.tickKey ?? model.xKey]) }))}
      zeroPct={axis.domain[0] < 0 ? at(0) : undefined}
      shapes={[...bars, ...ghostShapes]}
      highlight={(i) => {
        const from = (band.centers[i] ?? 0) - step / 2;
        return horizontal ? (
          <rect x={0} width={100} y={from} height={step} className="chart-band" />
        ) : (
          <rect x={from} width={step} y={0} height={100} className="chart-band" />
        );
      }}
      wrapCategories={!horizontal}
      tooltipTitle={(i) => tooltipTitle(model, i)}
      tooltipItems={(i) => tooltipItems(model, i, stacked ? 'stack' : 'value')}
      tooltipFooter={(i) => tooltipFooter(model, i)}
    />
  );
});
