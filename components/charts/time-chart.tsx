'use client';
/** Yearly series as lines (one per cloud or variant) or a 100% stacked area (the family mix). Draws only. */
import { memo } from 'react';
import type { ChartModel } from '@/lib/view-models';
import { valueToTopPct } from '@/lib/charts/geometry';
import { Plot } from './plot';
import { SHARE_AXIS, timeScene, type TimeKind } from '@/lib/charts/scene';
import { sceneShapes } from './scene-shapes';
import { useSteadyAxis } from './use-steady-axis';
import { tooltipItems, tooltipTitle } from './series-tooltip';

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
  kind: TimeKind;
  /** The drawing area's height, px: spaces the labels at the lines' ends. */
  height: number;
}) {
  const steady = useSteadyAxis(model);
  const axis = kind === 'stacked-area' ? SHARE_AXIS : steady;
  const scene = timeScene(model, kind, axis, (END_LABEL_PX / plotHeightPx(height)) * 100);
  const xs = scene.categoryTicks.map((t) => t.pct);
  const top = (i: number, key: string) => {
    const v = Number(model.rows[i]?.[key]);
    return Number.isFinite(v) ? valueToTopPct(v, axis.domain) : null;
  };

  return (
    <Plot
      endLabels={scene.endLabels}
      orientation="vertical"
      labelWidth={64}
      valueTicks={scene.valueTicks}
      categoryTicks={scene.categoryTicks}
      zeroPct={scene.zeroPct}
      shapes={sceneShapes(scene.shapes)}
      highlight={(i) => <line x1={xs[i]} x2={xs[i]} y1={0} y2={100} className="chart-cursor" vectorEffect="non-scaling-stroke" />}
      markers={
        kind === 'line'
          ? (i) =>
              model.series.map((s) => {
                const y = top(i, s.key);
                return y !== null ? (
                  <span
                    key={s.key}
                    className="pointer-events-none absolute size-2.5 -translate-x-1/2 -translate-y-1/2 rounded-full ring-2 ring-card"
                    style={{ left: `${xs[i]}%`, top: `${y}%`, background: s.color }}
                  />
                ) : null;
              })
          : undefined
      }
      // On the stacked area the cursor goes over the fill, where it can be seen.
      highlightAbove={kind === 'stacked-area'}
      tooltipTitle={(i) => tooltipTitle(model, i)}
      tooltipItems={(i) => tooltipItems(model, i, kind === 'stacked-area' ? 'stack' : 'value')}
    />
  );
});
