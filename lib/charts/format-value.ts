import { formatPct, formatUsdBn, formatUsdBnAxis } from '@/lib/format';
import type { ValueFormat } from '@/lib/view-models';

export function formatValue(format: ValueFormat, value: number): string {
  return format === 'pct' ? formatPct(value) : formatUsdBn(value);
}

export function formatTick(format: ValueFormat, value: number): string {
  return format === 'pct' ? formatPct(value) : formatUsdBnAxis(value);
}
