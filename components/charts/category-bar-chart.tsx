'use client';
/** Bars per category (cloud or contract): stacked or grouped, vertical or horizontal. Draws only. */
import { memo } from 'react';
import type { ChartModel } from '@/lib/view-models';
import { Plot } from './plot';
import { barScene } from '@/lib/charts/scene';
import { sceneShapes } from './scene-shapes';
import { useSteadyAxis } from './use-steady-axis';
import { tooltipFooter, tooltipItems, tooltipTitle } from './series-tooltip';

export const CategoryBarChart = memo(function CategoryBarChart({ model, stacked, horizontal }: { model: ChartModel; stacked?: boolean; horizontal?: boolean }) {
  const axis = useSteadyAxis(model, stacked);
  const scene = barScene(model, { stacked, horizontal }, axis);
  const { step } = scene;
  return (
    <Plot
      orientation={scene.orientation}
      labelWidth={horizontal ? 140 : 64}
      valueTicks={scene.valueTicks}
      categoryTicks={scene.categoryTicks}
      zeroPct={scene.zeroPct}
      shapes={sceneShapes(scene.shapes)}
      highlight={(i) => {
        const from = (scene.categoryTicks[i]?.pct ?? 0) - step / 2;
        return horizontal ? (
          <rect x={0} width={100} y={from} height={step} className="chart-band" />
        ) : (
          <rect x={from} width={step} y={0} height={100} className="chart-band" />
        );
      }}
      wrapCategories={scene.wrapCategories}
      tooltipTitle={(i) => tooltipTitle(model, i)}
      tooltipItems={(i) => tooltipItems(model, i, stacked ? 'stack' : 'drawn')}
      tooltipFooter={(i) => tooltipFooter(model, i)}
    />
  );
});
