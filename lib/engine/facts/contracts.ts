/**
 * Signed compute contracts, read from the facts ledger (model v3): the engine's commitments and Microsoft's
 * neocloud leases come from these rows, so a new contract is one ledger row. Pure data, no engine imports
 * beyond the schedule shape (steps.ts), so the registry can read it; read from the ledger's numbers only
 * (core.ts), so the dashboard's first load does not carry the ledger's words.
 */
import { contractScheduleShares } from '../steps';
import type { ContractCore, FactCore } from './core';
import { LEDGER_CORE } from './ledger-core.generated';

export interface ContractRow {
  /** The ledger row's numbers (core.ts: the browser does not load the ledger's words). */
  fact: FactCore;
  terms: ContractCore;
  /** This contract's share of its total in each year 2025-2031. */
  shares: readonly number[];
}

export interface PairContracts {
  family: string;
  cloud: string;
  totalUsdBn: number;
  startYear: number;
  endYear: number;
  /** The pair's schedule per dollar of its total, 2025-2031: each contract's schedule, weighted by its size. */
  scheduleShares: readonly number[];
  rows: readonly ContractRow[];
  announcement: string;
  /** Latest report month among the pair's rows (YYYY-MM). */
  asOf: string;
  confidence: 'high' | 'medium' | 'low';
}

const usd = (x: number) => `$${Number.isInteger(x) ? x : x.toFixed(1)}B`;

function contractRows(filter: (t: ContractCore) => boolean): ContractRow[] {
  return LEDGER_CORE.filter((f): f is FactCore & { contract: ContractCore } => !!f.contract && filter(f.contract)).map((fact) => ({
    fact,
    terms: fact.contract,
    shares: contractScheduleShares(fact.contract.startYear, fact.contract.endYear, fact.contract.ramp),
  }));
}

function combine(rows: readonly ContractRow[]): Omit<PairContracts, 'family' | 'cloud' | 'rows'> {
  const totalUsdBn = rows.reduce((s, r) => s + r.terms.totalUsdBn, 0);
  const scheduleShares = [0, 0, 0, 0, 0, 0, 0].map((_, i) =>
    totalUsdBn > 0 ? rows.reduce((s, r) => s + r.terms.totalUsdBn * (r.shares[i] as number), 0) / totalUsdBn : 0,
  );
  const confidence = rows.every((r) => r.terms.class === 'filing') ? 'high' : rows.some((r) => r.terms.secondaryOnly) ? 'low' : 'medium';
  return {
    totalUsdBn: Math.round(totalUsdBn * 10) / 10,
    startYear: Math.min(...rows.map((r) => r.terms.startYear)),
    endYear: Math.max(...rows.map((r) => r.terms.endYear)),
    scheduleShares,
    announcement: rows
      .map(
        (r) =>
          `${r.terms.provider.replace(/ \(lessee: Microsoft\)/, '')} ${usd(r.terms.totalUsdBn)}, ${r.terms.startYear}-${r.terms.endYear} (${r.terms.publisher}, ${r.terms.reportedOn.slice(0, 7)}${r.terms.secondaryOnly ? ', secondary reporting' : ''})`,
      )
      .join('; '),
    asOf:
      rows
        .map((r) => r.terms.reportedOn.slice(0, 7))
        .sort()
        .at(-1) ?? '2026-12',
    confidence,
  };
}

/** Labs' contracts with clouds, one entry per family and cloud (several contracts add up). */
export const LAB_CONTRACTS: readonly PairContracts[] = (() => {
  const rows = contractRows((t) => !t.lessee);
  const pairs = new Map<string, ContractRow[]>();
  for (const r of rows) {
    const key = `${r.terms.family}.${r.terms.cloud}`;
    pairs.set(key, [...(pairs.get(key) ?? []), r]);
  }
  return [...pairs.entries()].map(([key, list]) => {
    const [family, cloud] = key.split('.') as [string, string];
    return { family, cloud, rows: list, ...combine(list) };
  });
})();

/** Microsoft's capacity leases from neoclouds (counted under Azure). */
export const NEOCLOUD_LEASES: PairContracts = (() => {
  const rows = contractRows((t) => t.lessee === 'Microsoft');
  return { family: 'other', cloud: 'other', rows, ...combine(rows) };
})();
