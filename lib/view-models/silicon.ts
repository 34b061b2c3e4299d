/** Engine result -> the Custom silicon view: savings per cloud and margin with and without silicon. */
import { CLOUD_LABELS, HYPERSCALERS, type HyperscalerId, type ScenarioResult } from '@/lib/engine';
import { CLOUD_COLORS, MEASURE_COLORS } from '@/lib/palette';
import type { ChartModel, ChartRow, SeriesSpec } from './chart-model';

export interface SiliconSummary {
  cloud: HyperscalerId;
  label: string;
  grossSavingsUsdBn: number;
  passedOnUsdBn: number;
  /** Kept on billed compute: savings there less the part passed on. */
  keptOnBilledUsdBn: number;
  /** Savings on the owner's own use, kept in full. */
  keptOnOwnUseUsdBn: number;
  keptUsdBn: number;
  programmeUsdBn: number;
  /** Gross savings less programme cost (ECONOMICS.md step 10). */
  netUsdBn: number;
  breakevenYear: number | null;
  adoption2031: number;
}

export function siliconSummaries(result: ScenarioResult): SiliconSummary[] {
  return HYPERSCALERS.map((c) => {
    const x = result.clouds[c];
    return {
      cloud: c,
      label: CLOUD_LABELS[c],
      grossSavingsUsdBn: x.cumulative.siliconSavingsUsdBn,
      passedOnUsdBn: x.cumulative.siliconPassedOnUsdBn,
      keptOnBilledUsdBn: x.cumulative.siliconKeptUsdBn - x.cumulative.siliconSavingsOwnUseUsdBn,
      keptOnOwnUseUsdBn: x.cumulative.siliconSavingsOwnUseUsdBn,
      keptUsdBn: x.cumulative.siliconKeptUsdBn,
      programmeUsdBn: x.cumulative.siliconProgrammeUsdBn,
      netUsdBn: x.cumulative.siliconNetUsdBn,
      breakevenYear: x.siliconBreakevenYear,
      adoption2031: x.siliconAdoption[x.siliconAdoption.length - 1] ?? 0,
    };
  });
}

/**
 * Where each cloud's 2025-2031 savings go: kept as cloud margin, kept by the owner on its own use, passed
 * on to customers; against the programme's cost.
 */
export function siliconSplitChart(result: ScenarioResult): ChartModel {
  const rows: ChartRow[] = siliconSummaries(result).map((s) => ({
    cloud: s.label,
    kept: s.keptOnBilledUsdBn,
    ownUse: s.keptOnOwnUseUsdBn,
    passedOn: s.passedOnUsdBn,
    programme: s.programmeUsdBn,
  }));
  const series: SeriesSpec[] = [
    { key: 'kept', label: 'Kept as cloud margin', color: MEASURE_COLORS.strong },
    { key: 'ownUse', label: 'Kept on own use', color: MEASURE_COLORS.projected },
    { key: 'passedOn', label: 'Passed on to customers', color: MEASURE_COLORS.soft },
    { key: 'programme', label: 'Programme cost', color: MEASURE_COLORS.cost },
  ];
  return { rows, xKey: 'cloud', xLabel: 'Cloud', yLabel: 'Silicon savings 2025-2031 (USD)', series, format: 'usdBn' };
}

/** Each hyperscaler's margin per year with its silicon (solid) and without (dashed). */
export function siliconMarginChart(result: ScenarioResult): ChartModel {
  const rows: ChartRow[] = result.years.map((year, i) => {
    const row: ChartRow = { year };
    for (const c of HYPERSCALERS) {
      row[c] = result.clouds[c].cloudGrossMargin[i] as number;
      row[`${c}NoSilicon`] = result.clouds[c].cloudGrossMarginNoSilicon[i] as number;
    }
    return row;
  });
  const series: SeriesSpec[] = HYPERSCALERS.flatMap((c) => [
    { key: c, label: `${CLOUD_LABELS[c]} with silicon`, color: CLOUD_COLORS[c] },
    { key: `${c}NoSilicon`, label: `${CLOUD_LABELS[c]} without`, color: CLOUD_COLORS[c], dashed: true },
  ]);
  // The tooltip keeps each cloud's with/without pair together rather than sorting six margins.
  return { rows, xKey: 'year', xLabel: 'Year', yLabel: 'Cloud AI gross margin on billed compute (%)', series, format: 'pct', tooltipOrder: 'series' };
}

/**
 * True when the three clouds' margins without silicon are the same every year (Public data gives the
 * archetypes one margin, premium and utilisation), so the dashed lines of the margin chart lie on one another.
 */
export function noSiliconMarginsCoincide(result: ScenarioResult): boolean {
  const [first, ...rest] = HYPERSCALERS.map((c) => result.clouds[c].cloudGrossMarginNoSilicon);
  return rest.every((series) => series.every((v, i) => Math.abs(v - (first![i] as number)) < 1e-9));
}
