/**
 * The facts ledger's numbers without its words (model v3): what the engine and the headline's ledger note
 * need in the browser. The ledger itself (ledger.ts) is 92 KB of sources, definitions and reasons, about a
 * tenth of the dashboard's first-load JavaScript; the dashboard needs only contract terms and the compared
 * rows' figures. `ledger-core.generated.ts` holds these, written from the ledger by `npm run ledger:core`
 * and checked against it by a unit test (facts.test.ts), so the two cannot drift.
 */
import type { ContractTerms, Fact, FactClass, FactCompare, FactUnit } from './types';

/** A contract's terms with what the registry says of its source (publisher, month, class). */
export interface ContractCore extends Omit<ContractTerms, 'rampNote'> {
  publisher: string;
  reportedOn: string;
  class: FactClass;
  secondaryOnly?: boolean;
}

export interface FactCore {
  id: string;
  /** "Entity: measure, period", as the ledger note and the calibration table name a row. */
  label: string;
  unit: FactUnit;
  value?: number;
  low?: number;
  high?: number;
  compare: Omit<FactCompare, 'why'> | null;
  contract?: ContractCore;
}

function omit<T extends object, K extends keyof T>(o: T, key: K): Omit<T, K> {
  const copy = { ...o };
  delete copy[key];
  return copy;
}

/** The row's label, shared by the note, the table and the fit's printout. */
export const factLabel = (f: Pick<Fact, 'entity' | 'measure' | 'period'>): string => `${f.entity}: ${f.measure}, ${f.period}`;

/** A ledger row's numbers, or null for a context row (neither compared nor a contract). */
export function factCore(f: Fact): FactCore | null {
  if (f.compare === null && !f.contract) return null;
  const core: FactCore = { id: f.id, label: factLabel(f), unit: f.unit, compare: null };
  if (f.value !== undefined) core.value = f.value;
  if (f.low !== undefined) core.low = f.low;
  if (f.high !== undefined) core.high = f.high;
  if (f.compare) core.compare = omit(f.compare, 'why');
  if (f.contract) {
    core.contract = { ...omit(f.contract, 'rampNote'), publisher: f.source.publisher, reportedOn: f.reportedOn, class: f.class };
    if (f.secondaryOnly) core.contract.secondaryOnly = true;
  }
  return core;
}

/** The generated module's text for a ledger. */
export function renderLedgerCore(facts: readonly Fact[]): string {
  const rows = facts.map(factCore).filter((r): r is FactCore => r !== null);
  return [
    '// Generated from ledger.ts by `npm run ledger:core` (lib/engine/facts/core.ts says why). Do not edit.',
    "import type { FactCore } from './core';",
    '',
    `export const LEDGER_CORE: readonly FactCore[] = ${JSON.stringify(rows, null, 2)};`,
    '',
  ].join('\n');
}
