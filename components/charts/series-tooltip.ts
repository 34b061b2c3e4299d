import type { ChartModel } from '@/lib/view-models';
import { formatValue } from './format-value';
import type { TooltipItem } from './plot';

/**
 * One row's figures for the tooltip. Lines and grouped bars: largest first (the order the lines usually
 * stand in). Stacks: top of the stack first, as drawn, every series included.
 */
export function tooltipItems(model: ChartModel, index: number, order: 'value' | 'stack' = 'value'): TooltipItem[] {
  const row = model.rows[index];
  if (!row) return [];
  const entries = model.series.map((s) => ({ s, v: Number(row[s.key]) })).filter(({ v }) => Number.isFinite(v));
  const ordered = order === 'stack' ? entries.reverse() : entries.sort((a, b) => b.v - a.v);
  return ordered.map(({ s, v }) => ({ key: s.key, label: s.label, color: s.color, dashed: s.dashed, value: formatValue(model.format, v) }));
}

/** A stack's total, for the tooltip's last line. */
export function tooltipTotal(model: ChartModel, index: number): string | undefined {
  const row = model.rows[index];
  if (!row) return undefined;
  const total = model.series.reduce((sum, s) => {
    const v = Number(row[s.key]);
    return Number.isFinite(v) ? sum + v : sum;
  }, 0);
  return formatValue(model.format, total);
}

export function tooltipTitle(model: ChartModel, index: number): string {
  return String(model.rows[index]?.[model.xKey] ?? '');
}
