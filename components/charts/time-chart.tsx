'use client';
/** Yearly series as lines (one per cloud or variant) or a 100% stacked area (the family mix). Draws only. */
import { memo } from 'react';
import { Area, AreaChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { chartAxis, niceAxis, type ChartModel } from '@/lib/view-models';
import { formatTick, formatValue } from './format-value';
import { TOOLTIP_ITEM_STYLE, TOOLTIP_LABEL_STYLE, TOOLTIP_STYLE } from './tooltip-style';

const AXIS_TICK = { fontSize: 13 };

export const TimeChart = memo(function TimeChart({ model, kind }: { model: ChartModel; kind: 'line' | 'stacked-area' }) {
  const format = (v: unknown) => formatValue(model.format, Number(v));
  const axis = kind === 'stacked-area' ? niceAxis(0, 1) : chartAxis(model);
  const yAxis = (
    <YAxis
      width={64}
      tick={AXIS_TICK}
      tickFormatter={(v: number) => formatTick(model.format, v)}
      domain={axis.domain}
      ticks={axis.ticks}
      className="chart-axis"
    />
  );
  const common = (
    <>
      <CartesianGrid vertical={false} className="chart-grid" />
      <XAxis dataKey={model.xKey} tick={AXIS_TICK} className="chart-axis" tickMargin={6} />
      {yAxis}
      <Tooltip formatter={format} contentStyle={TOOLTIP_STYLE} itemStyle={TOOLTIP_ITEM_STYLE} labelStyle={TOOLTIP_LABEL_STYLE} separator=": " itemSorter={(item) => -Number(item.value)} isAnimationActive={false} />
    </>
  );
  if (kind === 'stacked-area') {
    return (
      <AreaChart data={model.rows} responsive style={{ width: '100%', height: '100%' }} margin={{ top: 8, right: 12, bottom: 4, left: 4 }} accessibilityLayer={false}>
        {common}
        {model.series.map((s) => (
          <Area key={s.key} type="linear" dataKey={s.key} name={s.label} stackId="mix" stroke={s.color} fill={s.color} fillOpacity={0.85} isAnimationActive={false} />
        ))}
      </AreaChart>
    );
  }
  return (
    <LineChart data={model.rows} responsive style={{ width: '100%', height: '100%' }} margin={{ top: 8, right: 12, bottom: 4, left: 4 }} accessibilityLayer={false}>
      {common}
      {model.series.map((s) => (
        <Line
          key={s.key}
          type="monotone"
          dataKey={s.key}
          name={s.label}
          stroke={s.color}
          strokeWidth={s.dashed ? 2 : 3}
          strokeDasharray={s.dashed ? '6 4' : undefined}
          dot={false}
          activeDot={{ r: 5 }}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
});
