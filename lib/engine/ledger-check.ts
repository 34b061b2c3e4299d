/**
 * The facts ledger's check, numbers only (model v3): each compared row's model figure, band, residual in
 * tolerances and whether it is met. The headline's ledger note runs this for every scenario the user
 * makes, in the browser, from the ledger's numbers (facts/core.ts); the methodology page's calibration
 * table (calibration.ts) adds each row's words from the whole ledger on the server.
 */
import { YEARS } from './ids';
import type { ScenarioResult } from './evaluate';
import { LAB_CONTRACTS } from './facts/contracts';
import type { FactCore } from './facts/core';
import { afterFloorsId, figureValue } from './facts/figures';
import { LEDGER_CORE } from './facts/ledger-core.generated';

export type CalibrationUnit = 'usdBn' | 'fraction' | 'ratio';

const UNIT: Record<FactCore['unit'], CalibrationUnit> = {
  usdBn: 'usdBn',
  fraction: 'fraction',
  pct: 'fraction',
  ratio: 'ratio',
  gw: 'ratio',
  millionH100e: 'ratio',
};

export type ComparedCore = FactCore & { compare: NonNullable<FactCore['compare']> };

export interface LedgerCheckRow {
  id: string;
  label: string;
  unit: CalibrationUnit;
  /** The model's like-for-like value for the scenario. */
  model: number;
  /** The reported value it is compared with (a contract row: all of the pair's contracts in those years). */
  value: number;
  /** One tolerance, in the row's unit. */
  tolerance: number;
  /** The band within which the row counts as met; -Infinity or Infinity where one side is open. */
  low: number;
  high: number;
  met: boolean;
  /** Signed distance in tolerances (0 inside a bound's allowed side); |residual| ≤ 1 is met. */
  residual: number;
  /**
   * A contract row: the model figure is the lab's own bill there before contract floors; this is the same
   * bill after them (step 11a), over the same years. Null for every other row.
   */
  afterFloors: number | null;
}

/** The value a row compares with: its own, or, for a contract, every ledger contract of its pair in those years. */
function comparedValue(fact: ComparedCore, r: ScenarioResult): number {
  const m = /^contract\.([a-z]+)\.([a-z]+)$/.exec(fact.compare.figure);
  if (m) {
    const pair = LAB_CONTRACTS.find((p) => p.family === m[1] && p.cloud === m[2]);
    if (pair) {
      let sum = 0;
      for (const y of fact.compare.years) {
        const i = YEARS.indexOf(y);
        if (i >= 0) sum += pair.totalUsdBn * (pair.scheduleShares[i] as number);
      }
      return sum * r.contractsTakenFraction;
    }
  }
  return fact.value ?? ((fact.low ?? 0) + (fact.high ?? fact.low ?? 0)) / 2;
}

/** One compared ledger row against a result. */
export function checkFact(fact: ComparedCore, r: ScenarioResult): LedgerCheckRow {
  const c = fact.compare;
  const model = (c.scale ?? 1) * figureValue(r, c.figure, c.years, c.aggregate);
  const value = comparedValue(fact, r);
  const tolerance = Math.max(1e-9, c.relative ? c.tolerance * Math.abs(value) : c.tolerance);
  const diff = (model - value) / tolerance;
  const residual = c.kind === 'atLeast' ? Math.min(0, diff) : c.kind === 'atMost' ? Math.max(0, diff) : diff;
  const low = c.kind === 'atMost' ? -Infinity : value - tolerance;
  const high = c.kind === 'atLeast' ? Infinity : value + tolerance;
  // Met inside the band (the same as |residual| <= 1, without the tolerance floor's rounding).
  const met = model >= low - 1e-9 && model <= high + 1e-9;
  const afterId = afterFloorsId(c.figure);
  const afterFloors = afterId === null ? null : (c.scale ?? 1) * figureValue(r, afterId, c.years, c.aggregate);
  return { id: fact.id, label: fact.label, unit: UNIT[fact.unit], model, value, tolerance, low, high, met, residual, afterFloors };
}

const COMPARED_CORE = LEDGER_CORE.filter((f): f is ComparedCore => f.compare !== null);

/** Every compared ledger row's check for a result, in ledger order. */
export function ledgerCheck(r: ScenarioResult): LedgerCheckRow[] {
  return COMPARED_CORE.map((f) => checkFact(f, r));
}
