import type { ChartModel } from '@/lib/view-models';
import { formatValue } from './format-value';
import type { TooltipItem } from './plot';

/** One row's figures for the tooltip, largest first (the order the lines or bars usually stand in). */
export function tooltipItems(model: ChartModel, index: number): TooltipItem[] {
  const row = model.rows[index];
  if (!row) return [];
  return model.series
    .map((s) => ({ s, v: Number(row[s.key]) }))
    .filter(({ v }) => Number.isFinite(v))
    .sort((a, b) => b.v - a.v)
    .map(({ s, v }) => ({ key: s.key, label: s.label, color: s.color, dashed: s.dashed, value: formatValue(model.format, v) }));
}

export function tooltipTitle(model: ChartModel, index: number): string {
  return String(model.rows[index]?.[model.xKey] ?? '');
}
