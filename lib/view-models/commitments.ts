/**
 * Engine result -> the Commitments view (model v3): each pair's signed contracts on their yearly schedule,
 * against the lab's own bill on that cloud before and after the contract floors.
 */
import { CLOUD_LABELS, FAMILY_LABELS, commitmentTerms, type CommitmentResult, type ScenarioResult } from '@/lib/engine';
import { MEASURE_COLORS } from '@/lib/palette';
import type { ChartModel, ChartRow } from './chart-model';

export interface CommitmentRow extends CommitmentResult {
  label: string;
  window: string;
  /** The lab's own bill over the window, before floors (what shares and hosting alone give). */
  projectedBeforeUsdBn: number;
  /** What floors moved to this contract over 2025-2031, and what the family's compute could not cover. */
  liftedUsdBn: number;
  unmetTotalUsdBn: number;
  /** In words: covered, honoured by the floor, or partly unmet. */
  status: 'covered' | 'floor' | 'unmet';
}

export interface CommitmentSummary {
  contracts: number;
  /** Contracts the scenario's shares and hosting alone would leave partly unused. */
  binding: number;
  liftedUsdBn: number;
  unmetUsdBn: number;
  takenPct: number;
  text: string;
}

export function commitmentRows(result: ScenarioResult): CommitmentRow[] {
  return result.commitments
    .map((c) => ({
      ...c,
      // "OpenAI → Oracle" rather than "OpenAI → Other": the model counts Oracle and Nebius as Other clouds.
      label: `${FAMILY_LABELS[c.family]} → ${commitmentTerms(c.family, c.cloud).counterparty ?? CLOUD_LABELS[c.cloud]}`,
      window: c.endYear > 2031 ? `${c.startYear}-${c.endYear} (to 2031 shown)` : `${c.startYear}-${c.endYear}`,
      projectedBeforeUsdBn: c.coverageBeforeFloor * c.commitmentUsdBn,
      liftedUsdBn: c.floorAppliedUsdBn.reduce((s, v) => s + v, 0),
      unmetTotalUsdBn: c.unmetUsdBn.reduce((s, v, i) => s + (c.scheduleUsdBn[i]! > 0 ? v : 0), 0),
      status: (c.unmetUsdBn.some((v, i) => v > 1e-6 && c.scheduleUsdBn[i]! > 0)
        ? 'unmet'
        : c.floorAppliedUsdBn.some((v) => v > 1e-6)
          ? 'floor'
          : 'covered') as CommitmentRow['status'],
    }))
    .sort((a, b) => b.commitmentUsdBn - a.commitmentUsdBn);
}

/** The view's sentence: how many contracts the shares alone would leave unused, and what the floors did. */
export function commitmentSummary(result: ScenarioResult): CommitmentSummary {
  const rows = commitmentRows(result);
  const binding = rows.filter((r) => r.binds).length;
  const liftedUsdBn = rows.reduce((s, r) => s + r.liftedUsdBn, 0);
  // Unmet is per family and year: count each family once.
  const unmetByFamily = new Map(rows.map((r) => [r.family, r.unmetUsdBn.reduce((s, v) => s + v, 0)]));
  const unmetUsdBn = [...unmetByFamily.values()].reduce((s, v) => s + v, 0);
  const takenPct = Math.round(result.contractsTakenFraction * 100);
  const usd = (v: number) => `$${v >= 10 ? v.toFixed(0) : v.toFixed(1)}B`;
  let text: string;
  if (rows.length === 0) text = 'No signed contracts in this scenario.';
  else if (binding === 0) text = `The labs’ own bills cover every signed contract (${rows.length}) on this scenario’s shares and hosting: no floor binds.`;
  else if (takenPct === 0)
    text = `${binding} of ${rows.length} contracts would go partly unused on this scenario’s shares and hosting; contracts are not honoured here (0% taken), so nothing moves.`;
  else
    text = `${binding} of ${rows.length} contracts would go partly unused on this scenario’s shares and hosting; honouring ${takenPct}% of each schedule moves ${usd(liftedUsdBn)} of the labs’ own compute to them over 2025-2031${unmetUsdBn > 0.05 ? `, and ${usd(unmetUsdBn)} is more than their whole compute can cover (unmet)` : ''}.`;
  return { contracts: rows.length, binding, liftedUsdBn, unmetUsdBn, takenPct, text };
}

export function commitmentChart(result: ScenarioResult): ChartModel {
  const rows: ChartRow[] = commitmentRows(result).map((c) => ({
    contract: c.label,
    commitment: c.commitmentUsdBn,
    before: c.projectedBeforeUsdBn,
    projected: c.projectedUsdBn,
    coverage: c.coverage,
  }));
  return {
    rows,
    xKey: 'contract',
    xLabel: 'Contract',
    yLabel: 'USD over the contract window (to 2031)',
    series: [
      { key: 'commitment', label: 'Contract schedule', color: MEASURE_COLORS.strong },
      { key: 'before', label: 'Lab’s own bill before floors', color: MEASURE_COLORS.soft },
      { key: 'projected', label: 'Lab’s own bill after floors', color: MEASURE_COLORS.projected },
    ],
    format: 'usdBn',
    tooltipFooter: { key: 'coverage', label: 'Coverage after floors', format: 'pct' },
  };
}
