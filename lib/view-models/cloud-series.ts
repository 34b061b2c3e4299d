/** Engine result -> per-cloud yearly series for the Strategies view. */
import { CLOUDS, CLOUD_LABELS, COMPANY_LABELS, HOSTED_LABELS, MARGIN_LABEL, type CloudId, type ScenarioResult } from '@/lib/engine';
import { CLOUD_COLORS } from '@/lib/palette';
import { withGhosts, type ChartModel, type ChartRow, type SeriesSpec } from './chart-model';

export type CloudYearlyMetric = 'hostedComputeUsdBn' | 'revenueUsdBn' | 'companyGrossProfitUsdBn' | 'cloudGrossMargin';

const METRICS: Record<CloudYearlyMetric, { yLabel: string; format: ChartModel['format'] }> = {
  hostedComputeUsdBn: { yLabel: 'AI compute hosted per year, owners’ own products included (USD)', format: 'usdBn' },
  revenueUsdBn: { yLabel: 'Cloud AI revenue per year (USD)', format: 'usdBn' },
  companyGrossProfitUsdBn: { yLabel: 'Company AI gross profit per year (USD)', format: 'usdBn' },
  cloudGrossMargin: { yLabel: `${MARGIN_LABEL}, on billed compute (%)`, format: 'pct' },
};

export function cloudSeriesSpecs(clouds: readonly CloudId[] = CLOUDS, labels: Readonly<Record<CloudId, string>> = CLOUD_LABELS): SeriesSpec[] {
  // Where the legend names the company and its own products, a line's end says the company alone.
  return clouds.map((c) => ({
    key: c,
    label: labels[c],
    color: CLOUD_COLORS[c],
    ...(labels === HOSTED_LABELS ? { shortLabel: c === 'other' ? 'Other' : COMPANY_LABELS[c] } : {}),
  }));
}

/**
 * One row per year, one column per cloud (all four, or the ones given: company figures leave out "Other");
 * with a pinned baseline, its values as ghost series.
 */
export function cloudYearlyChart(
  result: ScenarioResult,
  metric: CloudYearlyMetric,
  clouds: readonly CloudId[] = CLOUDS,
  baseline: ScenarioResult | null = null,
): ChartModel {
  const rows: ChartRow[] = result.years.map((year, i) => {
    const row: ChartRow = { year };
    for (const c of clouds) row[c] = result.clouds[c][metric][i] as number;
    return row;
  });
  // Hosted compute holds each owner's own products: its series say so (model v3, labels). Company AI gross
  // profit is the company's (model v2: "never as the cloud's"): its legend said "Azure" under a caption on
  // "Microsoft's" line.
  const labels = metric === 'hostedComputeUsdBn' ? HOSTED_LABELS : metric === 'companyGrossProfitUsdBn' ? COMPANY_LABELS : CLOUD_LABELS;
  const model: ChartModel = {
    rows,
    xKey: 'year',
    xLabel: 'Year',
    series: cloudSeriesSpecs(clouds, labels),
    ...METRICS[metric],
  };
  return baseline ? withGhosts(model, cloudYearlyChart(baseline, metric, clouds)) : model;
}
