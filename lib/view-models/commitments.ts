/**
 * Engine result -> the Commitments view (model v3): each pair's signed contracts on their yearly schedule,
 * against the lab's own bill on that cloud before and after the contract floors.
 */
import { CLOUD_LABELS, FAMILY_LABELS, YEARS, commitmentTerms, type CommitmentResult, type CloudId, type FamilyId, type ScenarioResult } from '@/lib/engine';
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
  /**
   * Year by year, as the floors work: 'covered' (the lab's own bill meets every year's schedule, before and
   * after the floors), 'floor' (a floor lifted the bill to the honoured schedule in some years), 'unmet'
   * (after the floors, some year's bill is still under the honoured schedule: the lab's whole compute falls
   * short), or 'short' (under the schedule in some year, before or after the floors, yet at or above the part
   * the floors honour, so nothing was lifted: a share taken under 100%, or compute given to another floor).
   */
  status: 'covered' | 'floor' | 'unmet' | 'short';
  /** The years the status speaks of ("2027-2028"), empty when covered. */
  statusYears: string;
  /** Other years the bill after the floors is under the whole schedule ("2029"), or empty. */
  alsoShortYears: string;
  /** Years whose schedule the lab's own bill alone (before floors) leaves partly unused. */
  shortYearsBeforeFloor: readonly number[];
}

export interface CommitmentSummary {
  contracts: number;
  /** Contracts the scenario's shares and hosting alone would leave partly unused in at least one year. */
  binding: number;
  liftedUsdBn: number;
  unmetUsdBn: number;
  takenPct: number;
  text: string;
}

/** Under this, USD bn, a gap is rounding: the table shows one decimal. */
export const GAP_USD_BN = 0.05;

/** Years as a reader says them: 2026-2028, or 2026, 2028. */
export function yearsText(years: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const y of years) {
    const last = runs.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(', ');
}

/** A contract's status year by year (see CommitmentRow.status): the floors act per year, not on the window. */
function yearlyStatus(c: CommitmentResult, takenFraction: number): Pick<CommitmentRow, 'status' | 'statusYears' | 'alsoShortYears' | 'shortYearsBeforeFloor'> {
  const schedule = c.scheduleUsdBn;
  const yearsWhere = (test: (i: number) => boolean) => YEARS.filter((_, i) => (schedule[i] ?? 0) > 0 && test(i));
  const shortBefore = yearsWhere((i) => c.ownBillBeforeFloorUsdBn[i]! < schedule[i]! - GAP_USD_BN);
  // After the floors, against the whole schedule: a contract can give compute to another contract's floor.
  const shortAfter = yearsWhere((i) => c.ownBillUsdBn[i]! < schedule[i]! - GAP_USD_BN);
  // Its own bill after the floors, against the part of the schedule honoured: the contract's own shortfall
  // (the family's unmet compute is shared by its contracts, so it cannot say which one fell short).
  const unmet = yearsWhere((i) => c.ownBillUsdBn[i]! < schedule[i]! * takenFraction - GAP_USD_BN);
  const lifted = yearsWhere((i) => c.floorAppliedUsdBn[i]! > GAP_USD_BN);
  const besides = (named: readonly number[]) => yearsText(shortAfter.filter((y) => !named.includes(y)));
  const base = { shortYearsBeforeFloor: shortBefore };
  if (unmet.length > 0) return { ...base, status: 'unmet', statusYears: yearsText(unmet), alsoShortYears: besides(unmet) };
  if (lifted.length > 0) return { ...base, status: 'floor', statusYears: yearsText(lifted), alsoShortYears: besides(lifted) };
  const short = YEARS.filter((y) => shortBefore.includes(y) || shortAfter.includes(y));
  if (short.length > 0) return { ...base, status: 'short', statusYears: yearsText(short), alsoShortYears: '' };
  return { ...base, status: 'covered', statusYears: '', alsoShortYears: '' };
}

/**
 * The company that signed a family's contracts, where its name is not the family's: the facts ledger names
 * the signer ("Meta → CoreWeave"), so the table names both ("Llama (Meta) → …"), not a second name for one contract.
 */
const SIGNED_BY: Partial<Record<FamilyId, string>> = { google: 'Google', meta: 'Meta' };

/** A contract pair by name: "OpenAI → Oracle, CoreWeave, Cerebras", "Llama (Meta) → CoreWeave, Nebius". */
export function commitmentLabel(family: FamilyId, cloud: CloudId): string {
  // "OpenAI → Oracle" rather than "OpenAI → Other": the model counts Oracle and Nebius as Other clouds.
  return `${FAMILY_LABELS[family]}${SIGNED_BY[family] ? ` (${SIGNED_BY[family]})` : ''} → ${commitmentTerms(family, cloud).counterparty ?? CLOUD_LABELS[cloud]}`;
}

export function commitmentRows(result: ScenarioResult): CommitmentRow[] {
  return result.commitments
    .map((c) => ({
      ...c,
      label: commitmentLabel(c.family, c.cloud),
      window: c.endYear > 2031 ? `${c.startYear}-${c.endYear} (to 2031 shown)` : `${c.startYear}-${c.endYear}`,
      projectedBeforeUsdBn: c.coverageBeforeFloor * c.commitmentUsdBn,
      liftedUsdBn: c.floorAppliedUsdBn.reduce((s, v) => s + v, 0),
      unmetTotalUsdBn: c.unmetUsdBn.reduce((s, v, i) => s + (c.scheduleUsdBn[i]! > 0 ? v : 0), 0),
      ...yearlyStatus(c, result.contractsTakenFraction),
    }))
    .sort((a, b) => b.commitmentUsdBn - a.commitmentUsdBn);
}

/**
 * The view's sentence: how many contracts the shares alone would leave partly unused in some year, and what
 * the floors did. Counted year by year, as the floors act and as the table's statuses read (on the window's
 * totals one contract in nine fell short while the floors lifted five).
 */
export function commitmentSummary(result: ScenarioResult): CommitmentSummary {
  const rows = commitmentRows(result);
  const binding = rows.filter((r) => r.shortYearsBeforeFloor.length > 0).length;
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
    text = `${binding} of ${rows.length} contracts would go partly unused in at least one year on this scenario’s shares and hosting; contracts are not honoured here (0% taken), so nothing moves.`;
  else
    text = `${binding} of ${rows.length} contracts would go partly unused in at least one year on this scenario’s shares and hosting; honouring ${takenPct}% of each schedule moves ${usd(liftedUsdBn)} of the labs’ own compute to them over 2025-2031${unmetUsdBn > GAP_USD_BN ? `, and ${usd(unmetUsdBn)} is more than their whole compute can cover (unmet)` : ''}.`;
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
