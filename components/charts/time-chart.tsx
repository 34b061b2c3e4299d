'use client';
/** Yearly series as lines (one per cloud or variant) or a 100% stacked area (the family mix). Draws only. */
import { memo } from 'react';
import { niceAxis, type ChartModel } from '@/lib/view-models';
import { formatTick } from './format-value';
import { areaPath, dodgeLabels, linePath, pointPositions, stackSegments, valueToTopPct } from './geometry';
import { Plot } from './plot';
import { useSteadyAxis } from './use-steady-axis';
import { tooltipItems, tooltipTitle } from './series-tooltip';

const SHARE_AXIS = niceAxis(0, 1);
/** Lines beyond this many are named by the legend only: more end labels would crowd each other. */
const MAX_END_LABELS = 6;
/** Vertical room one end label needs, px (14 px text). */
const END_LABEL_PX = 19;
/** The plot's height inside a drawing area of `height` px (plot.tsx: 10 px above, 26 px axis row). */
const plotHeightPx = (height: number) => Math.max(60, height - 38);

export const TimeChart = memo(function TimeChart({
  model,
  kind,
  height,
}: {
  model: ChartModel;
  kind: 'line' | 'stacked-area';
  /** The drawing area's height, px: spaces the labels at the lines' ends. */
  height: number;
}) {
  const steady = useSteadyAxis(model);
  const axis = kind === 'stacked-area' ? SHARE_AXIS : steady;
  const top = (v: number) => valueToTopPct(v, axis.domain);
  const xs = pointPositions(model.rows.length);
  const valueOf = (i: number, key: string) => Number(model.rows[i]?.[key]);

  let shapes;
  if (kind === 'stacked-area') {
    const stacks = stackSegments(model);
    // A pinned baseline: where each boundary between the stacked series stood, as a dashed line.
    const ghostKeys = (model.ghosts ?? []).map((g) => g.key);
    const ghostBoundaries =
      ghostKeys.length === 0
        ? []
        : ghostKeys.slice(0, -1).map((key, k) => (
            <path
              key={`g-${key}`}
              d={linePath(
                xs,
                model.rows.map((row) => {
                  let sum = 0;
                  for (const gk of ghostKeys.slice(0, k + 1)) sum += Number(row[gk]) || 0;
                  return top(sum);
                }),
              )}
              fill="none"
              stroke="var(--foreground)"
              strokeOpacity={0.7}
              strokeWidth={1.5}
              strokeDasharray="3 3"
              vectorEffect="non-scaling-stroke"
              data-ghost
            />
          ));
    shapes = [...model.series.map((s, k) => (
      <path
        key={s.key}
        d={areaPath(
          xs,
          stacks.map((row) => top(row[k]?.to ?? 0)),
          stacks.map((row) => top(row[k]?.from ?? 0)),
        )}
        style={{ fill: s.color, ['--series' as string]: s.color }}
        fillOpacity={0.9}
        className="chart-bar"
        vectorEffect="non-scaling-stroke"
      />
    )), ...ghostBoundaries];
  } else {
    // A fan chart's bands first, under its lines.
    const bandShapes = (model.bands ?? []).map((b) => (
      <path
        key={b.key}
        d={areaPath(
          xs,
          model.rows.map((_, i) => top(valueOf(i, b.highKey))),
          model.rows.map((_, i) => top(valueOf(i, b.lowKey))),
        )}
        style={{ fill: b.color }}
        fillOpacity={b.opacity}
        stroke="none"
      />
    ));
    const lines = model.series.map((s) => (
      <path
        key={s.key}
        d={linePath(
          xs,
          xs.map((_, i) => (Number.isFinite(valueOf(i, s.key)) ? top(valueOf(i, s.key)) : null)),
        )}
        fill="none"
        style={{ stroke: s.color }}
        strokeWidth={s.dashed ? 2 : 3}
        strokeDasharray={s.dashed ? '6 4' : undefined}
        strokeLinejoin="round"
        strokeLinecap="round"
        vectorEffect="non-scaling-stroke"
      />
    ));
    // A pinned baseline's series: thin, dashed and faint, under the scenario's.
    const ghostLines = (model.ghosts ?? []).map((g) => (
      <path
        key={g.key}
        d={linePath(
          xs,
          xs.map((_, i) => (Number.isFinite(valueOf(i, g.key)) ? top(valueOf(i, g.key)) : null)),
        )}
        fill="none"
        style={{ stroke: g.color }}
        strokeOpacity={0.55}
        strokeWidth={2}
        strokeDasharray="3 4"
        strokeLinecap="round"
        vectorEffect="non-scaling-stroke"
        data-ghost
      />
    ));
    shapes = [...bandShapes, ...ghostLines, ...lines];
  }

  const last = model.rows.length - 1;
  const endLabels =
    kind === 'line' && !model.bands && model.series.length <= MAX_END_LABELS && last >= 0
      ? (() => {
          const placed = dodgeLabels(
            model.series.map((s) => top(valueOf(last, s.key))),
            (END_LABEL_PX / plotHeightPx(height)) * 100,
          );
          return model.series.map((s, k) => ({ key: s.key, label: s.label, color: s.color, dashed: s.dashed, pct: placed[k] ?? 0 }));
        })()
      : undefined;

  return (
    <Plot
      endLabels={endLabels}
      orientation="vertical"
      labelWidth={64}
      valueTicks={axis.ticks.map((t) => ({ pct: top(t), label: formatTick(model.format, t) }))}
      categoryTicks={model.rows.map((row, i) => ({ pct: xs[i] ?? 0, label: String(row[model.xKey]) }))}
      zeroPct={axis.domain[0] < 0 ? top(0) : undefined}
      shapes={shapes}
      highlight={(i) => <line x1={xs[i]} x2={xs[i]} y1={0} y2={100} className="chart-cursor" vectorEffect="non-scaling-stroke" />}
      markers={
        kind === 'line'
          ? (i) =>
              model.series.map((s) =>
                Number.isFinite(valueOf(i, s.key)) ? (
                  <span
                    key={s.key}
                    className="pointer-events-none absolute size-2.5 -translate-x-1/2 -translate-y-1/2 rounded-full ring-2 ring-card"
                    style={{ left: `${xs[i]}%`, top: `${top(valueOf(i, s.key))}%`, background: s.color }}
                  />
                ) : null,
              )
          : undefined
      }
      // On the stacked area the cursor goes over the fill, where it can be seen.
      highlightAbove={kind === 'stacked-area'}
      tooltipTitle={(i) => tooltipTitle(model, i)}
      tooltipItems={(i) => tooltipItems(model, i, kind === 'stacked-area' ? 'stack' : 'value')}
    />
  );
});
