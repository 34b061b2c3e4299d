/** Engine result -> the one-line calibration note near the headline figures (model v2, principle 3). */
import { calibrationTable, type CalibrationRow, type ScenarioResult } from '@/lib/engine';
import { formatPct, formatUsdBnFine } from '@/lib/format';

export interface CalibrationSummary {
  met: number;
  total: number;
  /** Labels of the rows the scenario misses, for the note's words. */
  missed: string[];
}

export function calibrationSummary(result: ScenarioResult): CalibrationSummary {
  const rows = calibrationTable(undefined, result);
  return { met: rows.filter((r) => r.met).length, total: rows.length, missed: rows.filter((r) => !r.met).map((r) => r.label) };
}

export interface CalibrationRowView extends CalibrationRow {
  modelText: string;
  bandText: string;
  /** In words: met, or how far outside the band and on which side. */
  verdictText: string;
}

/** A calibration figure as the table shows it (also what the calibration script prints). */
export function formatCalibrationValue(unit: CalibrationRow['unit'], value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'fraction') return formatPct(value, 1);
  if (unit === 'ratio') return `${value.toFixed(2)}×`;
  return formatUsdBnFine(value);
}

/** Each calibration row with its figures as text and, where it is missed, by how much. */
export function calibrationRowsView(rows: readonly CalibrationRow[]): CalibrationRowView[] {
  return rows.map((row) => {
    const f = (v: number) => formatCalibrationValue(row.unit, v);
    const bandText =
      row.low <= 0 && row.unit === 'usdBn' ? `at most ${f(row.high)}` : row.high === Infinity ? `at least ${f(row.low)}` : `${f(row.low)} to ${f(row.high)}`;
    let verdictText = 'Met';
    if (!row.met) {
      const gap = row.model > row.high ? row.model - row.high : row.low - row.model;
      const side = row.model > row.high ? 'above' : 'below';
      const gapText = row.unit === 'fraction' ? `${(gap * 100).toFixed(1)} pts` : formatCalibrationValue(row.unit, gap);
      verdictText = `Not met: ${gapText} ${side} the band`;
    }
    return { ...row, modelText: f(row.model), bandText, verdictText };
  });
}
