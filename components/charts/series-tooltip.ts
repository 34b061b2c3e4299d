import type { ChartModel } from '@/lib/view-models';
import { formatValue } from '@/lib/charts/format-value';
import type { TooltipItem } from './plot';

/**
 * One row's figures for the tooltip. Lines: largest first (the order the lines usually stand in), or in
 * series order where the model asks (pairs). Grouped bars: left to right, as drawn and as the legend lists
 * them (sorted by value, the rows came in a different order under each category: a new-user review).
 * Stacks: top of the stack first, as drawn.
 */
export function tooltipItems(model: ChartModel, index: number, order: 'value' | 'stack' | 'drawn' = 'value'): TooltipItem[] {
  const row = model.rows[index];
  if (!row) return [];
  const entries = (model.columns ?? model.series).map((s) => ({ s, v: Number(row[s.key]) })).filter(({ v }) => Number.isFinite(v));
  const ordered =
    order === 'stack' ? entries.reverse() : order === 'drawn' || model.tooltipOrder === 'series' || model.columns ? entries : entries.sort((a, b) => b.v - a.v);
  return ordered.map(({ s, v }) => ({ key: s.key, label: s.label, color: s.color, dashed: s.dashed, value: formatValue(model.format, v) }));
}

/** The tooltip's last line: the model's footer figure (a stack's total, a contract's coverage). */
export function tooltipFooter(model: ChartModel, index: number): { label: string; value: string } | undefined {
  const row = model.rows[index];
  if (!row || !model.tooltipFooter) return undefined;
  const { key, label, format } = model.tooltipFooter;
  return { label, value: formatValue(format, Number(row[key])) };
}

export function tooltipTitle(model: ChartModel, index: number): string {
  return String(model.rows[index]?.[model.xKey] ?? '');
}
