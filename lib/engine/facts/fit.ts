/**
 * The fitted calibration (model v3, ECONOMICS.md "v3 rules" 1): a deterministic weighted least-squares fit
 * of a declared set of free parameters to the facts ledger, with the registry's sourced values as priors.
 *
 * Residuals: each compared ledger row's residual in tolerances (calibration.ts; a pair's contracts count
 * once), and each free parameter's distance from its prior in half plausible ranges, so a parameter no row
 * informs stays at its sourced value. Bounds: the registry's slider bounds. Optimiser: Levenberg-Marquardt
 * (ml-levenberg-marquardt), in units of each parameter's prior width so one step size fits all.
 * `npm run calibrate` runs it and writes fitted.json; a test holds the committed file to its output.
 */
import { levenbergMarquardt } from 'ml-levenberg-marquardt';
import { FAMILIES, CLOUDS } from '../ids';
import { parametersById, type NumberParameterSpec } from '../parameters';
import { evaluate } from '../evaluate';
import { defaultScenario, type Scenario } from '../scenario';
import { checkFact, type ComparedCore } from '../ledger-check';
import { factCore } from './core';
import { facts } from './ledger';
import type { Fact, FactCompare } from './types';

/** A free parameter and the parameters that hold its value by default (2031 held at 2026, or at 2025). */
export interface FreeParameter {
  id: string;
  tiedTo: readonly string[];
}

const free = (id: string, ...tiedTo: string[]): FreeParameter => ({ id, tiedTo });

/** What the fit may move, and why each: the ledger informs these. Everything else keeps its sourced value. */
export const FREE_PARAMETERS: readonly FreeParameter[] = [
  // World compute and its growth: lab bills, segment bounds, the labs' own compute plans through 2030.
  free('market.spend2025'),
  free('market.growthNear'),
  free('market.growthLong'),
  // Inference share: Deloitte's two points.
  free('market.inference2025'),
  free('market.inference2026'),
  // Family shares, 2025 and 2026 (2031 holds 2026 by default): lab bills, revenue, compute plans, contracts.
  ...FAMILIES.map((f) => free(`share2025.${f}`)),
  ...FAMILIES.map((f) => free(`share2026.${f}`, `share2031.${f}`)),
  // Where OpenAI and Anthropic run, 2025 and 2031: their contracts.
  ...(['openai', 'anthropic'] as const).flatMap((f) => CLOUDS.flatMap((c) => [free(`hosting2025.${f}.${c}`), free(`hosting2031.${f}.${c}`)])),
  // Owners' own use (2031 holds 2025): the hyperscalers' split and revenue bounds, the labs' own bills.
  ...['openai.azure', 'google.gcp', 'meta.other', 'other.azure', 'other.aws', 'other.gcp', 'other.other'].map((p) =>
    free(`ownUse2025.${p}`, `ownUse2031.${p}`),
  ),
  // Revenue per dollar of compute (2031 holds 2026): the labs' revenue.
  free('revenueRatio2025.openai'),
  free('revenueRatio2025.anthropic'),
  free('revenueRatio2026.openai', 'revenueRatio2031.openai'),
  free('revenueRatio2026.anthropic', 'revenueRatio2031.anthropic'),
  // End customers' platform bills: the labs' own bills against billed compute.
  free('platform.openai.azure'),
  free('platform.anthropic.aws'),
  free('platform.anthropic.gcp'),
];

function spec(id: string): NumberParameterSpec {
  const s = parametersById.get(id);
  if (!s || s.kind !== 'number') throw new Error(`fit: ${id} is not a numeric parameter`);
  return s;
}
/** A parameter's sourced value: what the registry held before the fit. */
export function priorOf(id: string): number {
  const s = spec(id);
  return s.prior ?? s.default;
}
/** One unit of distance from the prior: half the plausible range (a quarter of the prior if that is empty). */
function widthOf(id: string): number {
  const s = spec(id);
  const range = s.priorRange ?? s.range;
  const half = (range[1] - range[0]) / 2;
  return half > 0 ? half : Math.max(1, Math.abs(priorOf(id)) * 0.25);
}

const FITTED_ROWS = (() => {
  const seen = new Set<string>();
  return facts.filter((f): f is Fact & { compare: FactCompare } => {
    if (!f.compare) return false;
    const key = f.compare.figure.startsWith('contract.') || f.compare.figure === 'lease.azure' ? f.compare.figure : f.id;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
})();
/** The fitted rows' numbers, prepared once (the fit evaluates them thousands of times). */
const FITTED_CORES = FITTED_ROWS.map((f) => factCore(f) as ComparedCore);

/** Public data with the free parameters set to `values` (and their ties). */
export function scenarioWith(values: Readonly<Record<string, number>>): Scenario {
  const s = defaultScenario();
  for (const p of FREE_PARAMETERS) {
    const v = values[p.id] ?? priorOf(p.id);
    s[p.id] = v;
    for (const t of p.tiedTo) s[t] = v;
  }
  return s;
}

function rowResiduals(s: Scenario): number[] {
  const r = evaluate(s);
  return FITTED_CORES.map((f) => checkFact(f, r).residual);
}

export interface FitResult {
  parameters: Record<string, number>;
  priors: Record<string, number>;
  residuals: Record<string, number>;
  priorResiduals: Record<string, number>;
  movedBy: Record<string, string[]>;
  iterations: number;
  costBefore: number;
  costAfter: number;
  rowsMet: number;
  rowsTotal: number;
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Runs the fit. Deterministic: the same ledger and registry give the same values. */
export function fit(): FitResult {
  const ids = FREE_PARAMETERS.map((p) => p.id);
  const priors = ids.map(priorOf);
  const widths = ids.map(widthOf);
  const toValues = (z: readonly number[]) => Object.fromEntries(ids.map((id, k) => [id, (priors[k] as number) + (z[k] as number) * (widths[k] as number)]));
  const nRows = FITTED_ROWS.length;
  let lastZ: number[] | null = null;
  let lastRes: number[] = [];
  const residuals = (z: number[]) => {
    if (lastZ !== z) {
      lastRes = [...rowResiduals(scenarioWith(toValues(z))), ...z];
      lastZ = z;
    }
    return lastRes;
  };
  const n = nRows + ids.length;
  const result = levenbergMarquardt({ x: Array.from({ length: n }, (_, i) => i), y: new Array<number>(n).fill(0) }, (z) => (i) => residuals(z)[i] as number, {
    initialValues: new Array<number>(ids.length).fill(0),
    minValues: ids.map((id, k) => (spec(id).min - (priors[k] as number)) / (widths[k] as number)),
    maxValues: ids.map((id, k) => (spec(id).max - (priors[k] as number)) / (widths[k] as number)),
    gradientDifference: 1e-3,
    damping: 1e-2,
    maxIterations: 100,
    errorTolerance: 1e-6,
  });
  const fittedRaw = toValues(result.parameterValues);
  const parameters: Record<string, number> = {};
  for (const p of FREE_PARAMETERS) {
    const s = spec(p.id);
    // On the slider's grid, so Public data is a value a user can set and a link can write exactly.
    const onGrid = Math.round((fittedRaw[p.id] as number) / s.step) * s.step;
    const decimals = Math.max(0, -Math.floor(Math.log10(s.step) + 1e-9));
    const v = Math.min(s.max, Math.max(s.min, Number(onGrid.toFixed(decimals))));
    parameters[p.id] = v;
    for (const t of p.tiedTo) parameters[t] = v;
  }
  // Residuals and attributions at the rounded values (what Public data will be).
  const fittedScenario = scenarioWith(parameters);
  const priorScenario = scenarioWith({});
  const after = rowResiduals(fittedScenario);
  const before = rowResiduals(priorScenario);
  const movedBy: Record<string, string[]> = {};
  const effects = ids.map((id) => {
    if (Math.abs((parameters[id] as number) - priorOf(id)) < 1e-9) return null;
    return rowResiduals(scenarioWith({ [id]: parameters[id] as number }));
  });
  FITTED_ROWS.forEach((f, i) => {
    const moves = ids
      .map((id, k) => ({ id, delta: effects[k] ? (effects[k] as number[])[i]! - (before[i] as number) : 0 }))
      .filter((m) => Math.abs(m.delta) >= 0.05)
      .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
      .slice(0, 3);
    if (moves.length) movedBy[f.id] = moves.map((m) => `${spec(m.id).label}: ${round(priorOf(m.id))} → ${parameters[m.id]}`);
  });
  const cost = (res: readonly number[], z: readonly number[]) => res.reduce((s, x) => s + x * x, 0) + z.reduce((s, x) => s + x * x, 0);
  const zAfter = ids.map((id, k) => ((parameters[id] as number) - (priors[k] as number)) / (widths[k] as number));
  return {
    parameters,
    priors: Object.fromEntries(ids.map((id, k) => [id, priors[k] as number])),
    residuals: Object.fromEntries(FITTED_ROWS.map((f, i) => [f.id, round(after[i] as number, 3)])),
    priorResiduals: Object.fromEntries(ids.map((id, k) => [id, round(zAfter[k] as number, 3)])),
    movedBy,
    iterations: result.iterations,
    costBefore: round(
      cost(
        before,
        ids.map(() => 0),
      ),
      3,
    ),
    costAfter: round(cost(after, zAfter), 3),
    rowsMet: after.filter((x) => Math.abs(x) <= 1 + 1e-9).length,
    rowsTotal: nRows,
  };
}
