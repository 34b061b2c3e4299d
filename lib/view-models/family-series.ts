/** Engine result -> the Model shares view: the family mix over time and each cloud's hosted compute by family. */
import {
  CLOUDS,
  CLOUD_LABELS,
  FAMILIES,
  FAMILY_LABELS,
  THESIS_MEASURE_SHORT_LABELS,
  type CloudId,
  type FamilyId,
  type ScenarioResult,
  type ThesisMeasure,
  type WinnerAnalysis,
  type WinnerOutcome,
} from '@/lib/engine';
import { FAMILY_COLORS } from '@/lib/palette';
import type { ChartModel, ChartRow, SeriesSpec } from './chart-model';

export function familySeriesSpecs(): SeriesSpec[] {
  return FAMILIES.map((f) => ({ key: f, label: FAMILY_LABELS[f], color: FAMILY_COLORS[f] }));
}

/** Each family's share of the world's AI compute per year (fractions, stacking to 1). */
export function familyMixChart(result: ScenarioResult): ChartModel {
  const rows: ChartRow[] = result.years.map((year, i) => {
    const row: ChartRow = { year };
    for (const f of FAMILIES) row[f] = result.familyShare[f][i] as number;
    return row;
  });
  return { rows, xKey: 'year', xLabel: 'Year', yLabel: 'Share of the world’s AI compute (%)', series: familySeriesSpecs(), format: 'pct' };
}

/** Each cloud's cumulative 2025-2031 hosted compute (own use included), split by the family it comes from. */
export function cloudByFamilyChart(result: ScenarioResult): ChartModel {
  const rows: ChartRow[] = CLOUDS.map((c) => {
    const row: ChartRow = { cloud: CLOUD_LABELS[c] };
    for (const f of FAMILIES) {
      let sum = 0;
      for (const v of result.clouds[c].capturedByFamilyUsdBn[f]) sum += v;
      row[f] = sum;
    }
    // The stack's total is the cloud's hosted compute, as the engine reports it (the cards show it too).
    row.total = result.clouds[c].cumulative.hostedComputeUsdBn;
    return row;
  });
  return {
    rows,
    xKey: 'cloud',
    xLabel: 'Cloud',
    yLabel: 'AI compute hosted 2025-2031 (USD)',
    series: familySeriesSpecs(),
    format: 'usdBn',
    tooltipFooter: { key: 'total', label: 'Total', format: 'usdBn' },
  };
}

/** For each cloud, its cumulative hosted compute when each family wins (grouped bars, families as series). */
/** A cloud's 2025-2031 total on the analysis' measure in one winner's world. */
export function winnerValue(o: WinnerOutcome, c: CloudId, measure: ThesisMeasure): number {
  return measure === 'hosted' ? o.hostedComputeUsdBn[c] : measure === 'revenue' ? o.revenueUsdBn[c] : o.companyGrossProfitUsdBn[c];
}

/** Each cloud's 2025-2031 total on the analysis' measure (the headline's) under each winner. */
export function winnerChart(winners: WinnerAnalysis): ChartModel {
  const rows: ChartRow[] = CLOUDS.map((c) => {
    const row: ChartRow = { cloud: CLOUD_LABELS[c] };
    for (const o of winners.outcomes) row[o.winner] = winnerValue(o, c, winners.measure);
    return row;
  });
  return {
    rows,
    xKey: 'cloud',
    xLabel: 'Cloud',
    yLabel: `${THESIS_MEASURE_SHORT_LABELS[winners.measure]} 2025-2031 (USD) if this family wins`,
    series: familySeriesSpecs().map((s) => ({ ...s, label: `${s.label} wins` })),
    format: 'usdBn',
  };
}

export interface FamilyRow {
  family: FamilyId;
  label: string;
  color: string;
  /** 2025-2031 totals, USD bn. */
  computeUsdBn: number;
  billedUsdBn: number;
  ownUseUsdBn: number;
  revenueUsdBn: number;
  grossProfitUsdBn: number;
  /** The 2026 revenue, where the reports put Anthropic ahead of OpenAI. */
  revenue2026UsdBn: number;
}

/** Each model family's compute, billed compute, own revenue and gross profit (the model layer, step 9). */
export function familyRows(result: ScenarioResult): FamilyRow[] {
  const sum = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0);
  return FAMILIES.map((f) => {
    const x = result.families[f];
    return {
      family: f,
      label: FAMILY_LABELS[f],
      color: FAMILY_COLORS[f],
      computeUsdBn: sum(x.computeUsdBn),
      billedUsdBn: sum(x.billedComputeUsdBn),
      ownUseUsdBn: sum(x.ownUseComputeUsdBn),
      revenueUsdBn: sum(x.revenueUsdBn),
      grossProfitUsdBn: sum(x.grossProfitUsdBn),
      revenue2026UsdBn: x.revenueUsdBn[1] as number,
    };
  });
}
