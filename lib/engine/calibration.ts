/**
 * Calibration (model v3, ECONOMICS.md "v3 rules" 1): every facts-ledger row that is compared with the model,
 * the model's like-for-like figure beside the reported one, the band within which the row counts as met,
 * and the residual in tolerances (what the fit minimises). The methodology page draws this table for the
 * scenario on screen; `npm run calibrate` fits Public data to it.
 */
import { evaluate, type ScenarioResult } from './evaluate';
import { defaultScenario, type Scenario } from './scenario';
import { facts, type Fact, type FactClass, type FactCompare } from './facts';
import { factCore, factLabel } from './facts/core';
import { checkFact, type CalibrationUnit, type ComparedCore } from './ledger-check';
import fitted from './facts/fitted.json';

export type { CalibrationUnit } from './ledger-check';

export interface CalibrationRow {
  /** The ledger row's id. */
  id: string;
  label: string;
  unit: CalibrationUnit;
  /** The model's like-for-like value for the scenario (USD bn, or a fraction 0-1, as `unit` says). */
  model: number;
  /** A contract row: the lab's own bill there after contract floors (the model figure is before them); else null. */
  afterFloors: number | null;
  /** The band within which the row counts as met; -Infinity or Infinity where one side is open. */
  low: number;
  high: number;
  met: boolean;
  /**
   * How far the model is from the reported figure, in tolerances: 0 inside a bound's allowed side, signed
   * (+ above, − below); |residual| ≤ 1 is met. What the fit minimises (squared, weighted equally).
   */
  residual: number;
  /** The reported figure, in words. */
  reported: string;
  /** The reported value the model is compared with (a contract row: all of the pair's contracts in those years). */
  reportedValue: number;
  source: string;
  url: string;
  /** When the reported figure was published. */
  date: string;
  class: FactClass;
  secondaryOnly: boolean;
  /** Whether the model's figure and the reported one are defined alike, and where they differ. */
  likeForLike: string;
  /** Whether the fit counts this row (a pair's contracts are counted once, on its first row). */
  fitted: boolean;
  /** The free parameters whose fit moved this row most (from the committed fit), with the change they made. */
  movedBy: readonly string[];
}

const moved: Record<string, readonly string[]> = (fitted as { movedBy?: Record<string, string[]> }).movedBy ?? {};

const firstOfPair = new Set<string>();
{
  const seen = new Set<string>();
  for (const f of facts) {
    if (!f.compare) continue;
    const key = f.compare.figure.startsWith('contract.') || f.compare.figure === 'lease.azure' ? f.compare.figure : f.id;
    if (!seen.has(key)) {
      seen.add(key);
      firstOfPair.add(f.id);
    }
  }
}

function reportedText(fact: Fact, compare: FactCompare, value: number, tol: number, unit: CalibrationUnit): string {
  const fmt = (v: number) =>
    unit === 'fraction' ? `${(v * 100).toFixed(1)}%` : unit === 'usdBn' ? `$${v >= 100 ? v.toFixed(0) : v.toFixed(1)}B` : v.toFixed(2);
  const own = fact.value !== undefined ? fmt(fact.value) : `${fmt(fact.low ?? 0)}-${fmt(fact.high ?? 0)}`;
  const tolText = compare.relative ? `${Math.round(compare.tolerance * 100)}%` : fmt(tol);
  const word = compare.kind === 'atLeast' ? 'at least' : compare.kind === 'atMost' ? 'at most' : 'about';
  const pairNote = Math.abs(value - (fact.value ?? value)) > 1e-9 ? ` (compared: all the pair’s contracts in those years, ${fmt(value)}, × share taken)` : '';
  const scale = compare.scale && compare.scale !== 1 ? `; the model’s figure × ${compare.scale.toFixed(2)}` : '';
  return `${word} ${own}${pairNote}, within ${tolText}${scale}`;
}

/** One ledger row against a result: the numbers (ledger-check.ts) with the row's words. */
export function compareFact(fact: Fact & { compare: FactCompare }, r: ScenarioResult): CalibrationRow {
  const c = fact.compare;
  const { model, afterFloors, value, tolerance: tol, low, high, met, residual, unit } = checkFact(factCore(fact) as ComparedCore, r);
  const years = c.years.length > 1 ? `${c.years[0]}-${c.years[c.years.length - 1]}` : `${c.years[0]}`;
  return {
    id: fact.id,
    label: factLabel(fact),
    unit,
    model,
    afterFloors,
    low,
    high,
    met,
    residual,
    reported: reportedText(fact, c, value, tol, unit),
    reportedValue: value,
    source: `${fact.source.publisher}, “${fact.source.title}”`,
    url: fact.source.url,
    date: fact.reportedOn,
    class: fact.class,
    secondaryOnly: !!fact.secondaryOnly,
    likeForLike: `${c.why} (model: ${years}${c.aggregate === 'mean' ? ', mean' : c.years.length > 1 ? ', sum' : ''})`,
    fitted: firstOfPair.has(fact.id),
    movedBy: moved[fact.id] ?? [],
  };
}

const COMPARED = facts.filter((f): f is Fact & { compare: FactCompare } => f.compare !== null);

/** Every compared ledger row for a scenario (Public data when none is given). */
export function calibrationTable(scenario?: Readonly<Scenario>, result?: ScenarioResult): CalibrationRow[] {
  const r = result ?? evaluate(scenario ?? defaultScenario());
  return COMPARED.map((f) => compareFact(f, r));
}
