'use client';
/** Bars per category (cloud or contract): stacked or grouped, vertical or horizontal. Draws only. */
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { chartAxis, type ChartModel } from '@/lib/view-models';
import { formatTick, formatValue } from './format-value';
import { TOOLTIP_ITEM_STYLE, TOOLTIP_LABEL_STYLE, TOOLTIP_STYLE } from './tooltip-style';

const AXIS_TICK = { fontSize: 13 };

export const CategoryBarChart = memo(function CategoryBarChart({
  model,
  stacked,
  horizontal,
}: {
  model: ChartModel;
  stacked?: boolean;
  horizontal?: boolean;
}) {
  const format = (v: unknown) => formatValue(model.format, Number(v));
  const axis = chartAxis(model, stacked);
  const valueAxisProps = {
    domain: axis.domain,
    ticks: axis.ticks,
    tick: AXIS_TICK,
    tickFormatter: (v: number) => formatTick(model.format, v),
    className: 'chart-axis',
  };
  return (
    <BarChart
      data={model.rows}
      layout={horizontal ? 'vertical' : 'horizontal'}
      responsive
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 8, right: 16, bottom: 4, left: 4 }}
      accessibilityLayer={false}
      barCategoryGap="20%"
    >
      <CartesianGrid vertical={!!horizontal} horizontal={!horizontal} className="chart-grid" />
      {horizontal ? (
        <>
          <XAxis type="number" {...valueAxisProps} />
          <YAxis type="category" dataKey={model.xKey} width={132} tick={AXIS_TICK} className="chart-axis" />
        </>
      ) : (
        <>
          <XAxis dataKey={model.xKey} tick={AXIS_TICK} className="chart-axis" tickMargin={6} />
          <YAxis
            width={64}
            {...valueAxisProps}
          />
        </>
      )}
      <Tooltip formatter={format} contentStyle={TOOLTIP_STYLE} itemStyle={TOOLTIP_ITEM_STYLE} labelStyle={TOOLTIP_LABEL_STYLE} separator=": " itemSorter={(item) => -Number(item.value)} isAnimationActive={false} cursor={{ fillOpacity: 0.15 }} />
      {model.series.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} stackId={stacked ? 'stack' : undefined} isAnimationActive={false} />
      ))}
    </BarChart>
  );
});
