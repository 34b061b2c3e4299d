/**
 * What the committed fit did (fitted.json, written by `npm run calibrate`), for the methodology page: when,
 * against which ledger, how far it moved each free parameter from its sourced value. Reads the file only;
 * the optimiser itself (fit.ts) never loads in the app.
 */
import fitted from './fitted.json';
import { parametersById } from '../parameters';

export interface FitMove {
  id: string;
  label: string;
  prior: number;
  fitted: number;
  /** Distance from the prior in half plausible ranges (the fit's prior residual). */
  z: number;
}

export interface FitSummary {
  fittedOn: string;
  ledgerHash: string;
  optimiser: string;
  iterations: number;
  costBefore: number;
  costAfter: number;
  rowsMet: number;
  rowsTotal: number;
  /** Every free parameter, largest move first. */
  moves: FitMove[];
}

export function fitSummary(): FitSummary {
  const f = fitted as unknown as {
    fittedOn?: string;
    ledgerHash?: string;
    optimiser?: string;
    iterations?: number;
    costBefore?: number;
    costAfter?: number;
    rowsMet?: number;
    rowsTotal?: number;
    priors?: Record<string, number>;
    priorResiduals?: Record<string, number>;
    parameters?: Record<string, number>;
  };
  const moves = Object.entries(f.priorResiduals ?? {})
    .map(([id, z]) => ({ id, label: parametersById.get(id)?.label ?? id, prior: f.priors?.[id] ?? 0, fitted: f.parameters?.[id] ?? 0, z }))
    .sort((a, b) => Math.abs(b.z) - Math.abs(a.z));
  return {
    fittedOn: f.fittedOn ?? '',
    ledgerHash: f.ledgerHash ?? '',
    optimiser: f.optimiser ?? '',
    iterations: f.iterations ?? 0,
    costBefore: f.costBefore ?? 0,
    costAfter: f.costAfter ?? 0,
    rowsMet: f.rowsMet ?? 0,
    rowsTotal: f.rowsTotal ?? 0,
    moves,
  };
}
