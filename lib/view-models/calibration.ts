/**
 * Engine result -> the facts-ledger note near the headline figures and the ledger table on the methodology
 * page (model v3: every compared ledger row, its residual in tolerances, what the fit moved).
 */
import { ledgerCheck, type CalibrationRow, type ScenarioResult } from '@/lib/engine';
import { formatPct, formatUsdBnFine } from '@/lib/format';

export interface CalibrationSummary {
  met: number;
  total: number;
  /** Labels of the rows the scenario misses, farthest first, for the note's words. */
  missed: string[];
  /** The note's sentence: all met, or how many missed and the farthest. */
  text: string;
}

export function calibrationSummary(result: ScenarioResult): CalibrationSummary {
  // The ledger's numbers only (ledgerCheck): this runs in the browser on every change.
  const rows = ledgerCheck(result);
  const missedRows = rows.filter((r) => !r.met).sort((a, b) => Math.abs(b.residual) - Math.abs(a.residual));
  const met = rows.length - missedRows.length;
  const farthest = missedRows[0];
  const text =
    farthest === undefined
      ? `Held to the facts ledger: all ${rows.length} reported figures met`
      : `Against the facts ledger: ${met} of ${rows.length} reported figures met; farthest: ${farthest.label} (${farthestWords(farthest)})`;
  return { met, total: rows.length, missed: missedRows.map((r) => r.label), text };
}

/**
 * How far the farthest row is, in words. A contract row compares the lab's own demand on that cloud before
 * floors; where the contract's floor then lifts the bill, saying only "5.0 tolerances below" read as the
 * contract unmet, beside a Commitments view that shows it honoured (new-user review).
 */
function farthestWords(row: { residual: number; model: number; afterFloors: number | null }): string {
  const away = formatResidual(row.residual);
  const move = floorMove(row);
  if (move === null) return away;
  if (move === 'none') return `the lab’s own bill there ${away}`;
  return `the lab’s own demand there ${away}; ${move === 'up' ? 'the contract’s floor lifts' : 'floors on its other clouds move'} its bill to ${formatUsdBnFine(row.afterFloors!)}`;
}

/**
 * How step 11a's floors move a contract row's bill (null for any other row): up where this contract's floor
 * binds; down where floors on the lab's other clouds pull its compute away (the engine moves compute, never
 * creates it); or not at all (by more than rounding).
 */
function floorMove(row: { model: number; afterFloors: number | null }): 'up' | 'down' | 'none' | null {
  if (row.afterFloors === null) return null;
  if (row.afterFloors > row.model + 0.05) return 'up';
  if (row.afterFloors < row.model - 0.05) return 'down';
  return 'none';
}

/** A residual in tolerances, in words: “within”, or “2.3 tolerances below”. */
export function formatResidual(residual: number): string {
  if (Math.abs(residual) <= 1)
    return residual === 0 ? 'on the allowed side' : `${Math.abs(residual).toFixed(2)} of a tolerance ${residual > 0 ? 'above' : 'below'}`;
  return `${Math.abs(residual).toFixed(1)} tolerances ${residual > 0 ? 'above' : 'below'}`;
}

const CLASS_TEXT: Record<CalibrationRow['class'], string> = {
  filing: 'Filing or company release',
  press: 'Credible press',
  estimate: 'Estimate',
};

/** A ledger row's source class in words, as the ledger table and its context rows both say it. */
export function factClassText(cls: CalibrationRow['class'], secondaryOnly: boolean): string {
  return `${CLASS_TEXT[cls]}${secondaryOnly ? '; secondary reporting only' : ''}`;
}

export interface CalibrationRowView extends CalibrationRow {
  modelText: string;
  /** A contract row: that the model figure is before contract floors, and the bill after them; else null. */
  modelNote: string | null;
  bandText: string;
  /** In words: met, or how far outside the band and on which side. */
  verdictText: string;
  /** The residual in tolerances, signed, to two decimals (“+0.42”, “−1.80”). */
  residualText: string;
  classText: string;
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
    const residualText = `${row.residual > 0 ? '+' : row.residual < 0 ? '−' : ''}${Math.abs(row.residual).toFixed(2)}`;
    const classText = factClassText(row.class, row.secondaryOnly);
    const move = floorMove(row);
    const modelNote =
      move === null
        ? null
        : move === 'none'
          ? 'before contract floors, which leave it as it is'
          : `before contract floors; ${move === 'up' ? 'the floors lift' : 'floors on its other clouds move'} it to ${f(row.afterFloors!)}`;
    return { ...row, modelText: f(row.model), modelNote, bandText, verdictText, residualText, classText };
  });
}
