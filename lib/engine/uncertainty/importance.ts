/** Global importance, from the Monte Carlo draws. */
import type { CloudId } from '../ids';
import type { UncertainMeasure } from '../simulation-settings';
import { DIRICHLET_IDS } from './ranges';
import type { SimulationSamples } from './results';

export interface ImportanceRow {
  id: string;
  /** Spearman rank correlation between the parameter's draws and the measure, -1 to 1. */
  rankCorrelation: number;
  /** Its square: the share of the measure's rank variance this parameter explains alone, 0-1. */
  varianceShare: number;
}

/** Ranks 0..1 (average ranks for ties), so that Pearson on ranks is Spearman's rho. */
function rankScores(values: Float64Array): Float64Array {
  // A typed array sorts natively (no comparator calls); each value's rank is then found by bisection.
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    const first = bound(sorted, v, false);
    const last = bound(sorted, v, true) - 1;
    out[i] = (first + last) / 2;
  }
  return out;
}

/** The first index whose value is >= v (or > v when `after`). */
function bound(sorted: Float64Array, v: number, after: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const m = sorted[mid] as number;
    if (m < v || (after && m === v)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function pearson(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  if (n < 2) return 0;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i] as number;
    mb += b[i] as number;
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = (a[i] as number) - ma;
    const db = (b[i] as number) - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  // A constant input or output explains nothing (and would divide by zero).
  if (saa <= 1e-24 * n || sbb <= 1e-18 * n) return 0;
  return Math.max(-1, Math.min(1, sab / Math.sqrt(saa * sbb)));
}

/**
 * Which drawn parameters the measure's spread comes from, across all draws at once (so interactions count,
 * unlike a one-at-a-time tornado): Spearman's rho of each input with the measure, largest |rho| first.
 * Triangular draws are scored by their uniform, which ranks them exactly; Dirichlet shares by their ranks.
 */
export function importance(
  samples: SimulationSamples,
  { cloud, measure, versus }: { cloud: CloudId; measure: UncertainMeasure; /** Rank the ratio cloud / versus instead. */ versus?: CloudId },
): ImportanceRow[] {
  // With `versus`, the measure is one cloud against another (what decides who leads), not one cloud's
  // level: their ratio, so the market's size, which scales both, does not pass for a driver of the lead.
  const own = samples.outputs[cloud][measure];
  let values = own;
  if (versus !== undefined && versus !== cloud) {
    const other = samples.outputs[versus][measure];
    values = new Float64Array(own.length);
    for (let i = 0; i < own.length; i++) {
      const o = other[i] as number;
      values[i] = o > 0 ? (own[i] as number) / o : (own[i] as number) > 0 ? Number.MAX_VALUE : 1;
    }
  }
  const output = rankScores(values);
  const rows = samples.ids.map((id, k) => {
    const input = samples.inputs[k] as Float64Array;
    const scored = DIRICHLET_IDS.has(id) ? rankScores(input) : input;
    const rho = pearson(scored, output);
    return { id, rankCorrelation: rho, varianceShare: rho * rho };
  });
  return rows.sort((a, b) => b.varianceShare - a.varianceShare || a.id.localeCompare(b.id));
}
