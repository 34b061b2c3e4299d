/** Engine result -> the Commitments view: each announced contract against what the scenario projects. */
import { CLOUD_LABELS, FAMILY_LABELS, commitmentTerms, type CommitmentResult, type ScenarioResult } from '@/lib/engine';
import { MEASURE_COLORS } from '@/lib/palette';
import type { ChartModel, ChartRow } from './chart-model';

export interface CommitmentRow extends CommitmentResult {
  label: string;
  window: string;
}

export function commitmentRows(result: ScenarioResult): CommitmentRow[] {
  return result.commitments
    .map((c) => ({
      ...c,
      // "OpenAI → Oracle" rather than "OpenAI → Other": the model counts Oracle and Nebius as Other clouds.
      label: `${FAMILY_LABELS[c.family]} → ${commitmentTerms(c.family, c.cloud).counterparty ?? CLOUD_LABELS[c.cloud]}`,
      window: c.endYear > 2031 ? `${c.startYear}-${c.endYear} (to 2031 shown)` : `${c.startYear}-${c.endYear}`,
    }))
    .sort((a, b) => b.commitmentUsdBn - a.commitmentUsdBn);
}

export function commitmentChart(result: ScenarioResult): ChartModel {
  const rows: ChartRow[] = commitmentRows(result).map((c) => ({
    contract: c.label,
    commitment: c.commitmentUsdBn,
    projected: c.projectedUsdBn,
    coverage: c.coverage,
  }));
  return {
    rows,
    xKey: 'contract',
    xLabel: 'Contract',
    yLabel: 'USD over the contract window (to 2031)',
    series: [
      { key: 'commitment', label: 'Commitment', color: MEASURE_COLORS.strong },
      { key: 'projected', label: 'Projected billed compute', color: MEASURE_COLORS.projected },
    ],
    format: 'usdBn',
    tooltipFooter: { key: 'coverage', label: 'Coverage', format: 'pct' },
  };
}
