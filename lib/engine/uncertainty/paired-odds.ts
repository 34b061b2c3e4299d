/** Paired odds: how likely scenario B's figure beats A's (the Compare view). */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { evaluateCloudInputs } from '../evaluate';
import type { CloudId } from '../ids';
import { resolveInputs } from '../inputs';
import type { Scenario } from '../scenario';
import { DEFAULT_THESIS_MEASURE, type ThesisMeasure } from '../simulation-settings';
import type { Uniform } from './distributions';
import { dirichletShares, triangularValue } from './draw';
import { setInput, type InputSetter } from '../inputs';
import { planDraws, type TriangularDraw } from './plan';
import { DIRICHLET_GROUPS } from './ranges';
import { resolveSimulationSettings, type Probability, type SimulationOptions } from './results';

export interface PairedOdds extends Probability {
  /** Share of pairs in which the two figures are equal (counted as half a win each), 0-1. */
  tieFraction: number;
  /** Every pair tied: the two scenarios do not differ on this figure. */
  tie: boolean;
  samples: number;
}

export interface CompareOddsOptions extends SimulationOptions {
  cloud: CloudId;
  measure?: ThesisMeasure;
}

/** One scenario's draw plan for paired draws: every slot exists for every scenario, so the streams align. */
function pairedPlan(scenario: Readonly<Scenario>, spread: number, concentration: number) {
  return { ...planDraws(scenario, spread, concentration, true), inputs: resolveInputs({ ...scenario }) };
}

/**
 * How likely B's 2025-2031 figure for `cloud` on `measure` exceeds A's, from paired draws: draw i gives both
 * scenarios the same uniforms (each parameter at the same quantile of its own range) and the same gamma
 * stream for each share group, so what differs between the two is the scenarios, not the luck of the draw.
 * Ties count half. compareOdds(a, a) is exactly 0.5 with every pair tied.
 */
export function compareOdds(a: Readonly<Scenario>, b: Readonly<Scenario>, options: CompareOddsOptions): PairedOdds {
  const { samples: n, seed, spread, concentration } = resolveSimulationSettings(options);
  const measure = options.measure ?? DEFAULT_THESIS_MEASURE;
  const cloud = options.cloud;
  const plans = [pairedPlan(a, spread, concentration), pairedPlan(b, spread, concentration)];
  const rng = xoroshiro128plus(seed);
  const uniform: Uniform = () => uniformFloat64(rng);
  const T = plans[0]!.triangles.length;
  const D = DIRICHLET_GROUPS.length;
  const us = new Float64Array(T);
  const subSeeds = new Int32Array(D);
  let wins = 0;
  let ties = 0;
  const value = (plan: ReturnType<typeof pairedPlan>): number => {
    for (let k = 0; k < T; k++) {
      const t = plan.triangles[k] as TriangularDraw;
      setInput(plan.inputs, t.setters, triangularValue(t, us[k] as number));
    }
    for (let g = 0; g < D; g++) {
      const d = plan.dirichlets[g];
      if (!d) continue;
      const sub = xoroshiro128plus(subSeeds[g] as number);
      const shares = dirichletShares(d, () => uniformFloat64(sub));
      for (let j = 0; j < d.ids.length; j++) setInput(plan.inputs, d.setters[j] as readonly InputSetter[], (shares[j] as number) * d.total);
    }
    const cum = evaluateCloudInputs(plan.inputs, cloud).cumulative;
    return measure === 'hosted' ? cum.hostedComputeUsdBn : measure === 'revenue' ? cum.revenueUsdBn : cum.companyGrossProfitUsdBn;
  };
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < T; k++) us[k] = uniform();
    for (let g = 0; g < D; g++) subSeeds[g] = Math.floor(uniform() * 2 ** 31);
    const va = value(plans[0]!);
    const vb = value(plans[1]!);
    // Equal to rounding: the same figure (a scenario against itself, or a change that does not reach it).
    if (Math.abs(vb - va) <= 1e-9 * Math.max(1, Math.abs(va))) ties++;
    else if (vb > va) wins++;
  }
  const p = n > 0 ? (wins + ties / 2) / n : 0.5;
  // Each pair scores 1, ½ or 0: the error is that score's standard deviation over √n (0 when all tie).
  const variance = n > 0 ? Math.max(0, (wins + ties / 4) / n - p * p) : 0;
  return { p, se: n > 0 ? Math.sqrt(variance / n) : 0, tieFraction: n > 0 ? ties / n : 0, tie: n > 0 && ties === n, samples: n };
}
