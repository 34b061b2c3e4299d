/**
 * The winner analysis, the thesis test (ECONOMICS.md, "Outputs"): the same scenario with each family's
 * 2031 share set to `winner.share`, the others scaled down in proportion. For each cloud, its cumulative
 * hosted AI compute and its company's AI gross profit under each winner, and its model-risk exposure.
 */
import { CLOUDS as CLOUDS_, FAMILIES as FAMILIES_, HYPERSCALERS, type CloudId, type FamilyId, type HyperscalerId } from './ids';
import { resolveInputs, type ModelInputs } from './inputs';
import { evaluateInputs, type ScenarioResult } from './evaluate';
import type { Scenario } from './scenario';
import { normaliseWeights } from './steps';

// Local bindings: imported bindings can be getters under some ESM loaders, too slow in hot loops.
const CLOUDS = CLOUDS_;
const FAMILIES = FAMILIES_;

export interface WinnerOutcome {
  winner: FamilyId;
  /** Per cloud, cumulative 2025-2031 AI compute hosted (own use included) under this winner. */
  hostedComputeUsdBn: Record<CloudId, number>;
  /** Per cloud, cumulative 2025-2031 company AI gross profit (cloud + model layer) under this winner. */
  companyGrossProfitUsdBn: Record<CloudId, number>;
}

export interface CloudExposure {
  /** (max - min) / mean of cumulative hosted compute across winners; 0 = indifferent to who wins. */
  exposure: number;
  /** The same measure on company AI gross profit (mean of absolute values in the denominator). */
  profitExposure: number;
  best: FamilyId;
  worst: FamilyId;
  minHostedUsdBn: number;
  maxHostedUsdBn: number;
}

export interface WinnerAnalysis {
  winnerShare: number;
  outcomes: WinnerOutcome[];
  clouds: Record<CloudId, CloudExposure>;
  /** The cloud with the lowest exposure among azure, aws and gcp. */
  leastExposed: CloudId;
}

/**
 * The hyperscaler hosting the most AI compute over 2025-2031, the headline's question (ties go to the first
 * in HYPERSCALERS order). "Other providers" is many firms together (Oracle, CoreWeave, Meta's own data
 * centres...), so it is not a contender for "which hyperscaler", though the Risk view's four-cloud odds
 * show it too.
 */
export function hyperscalerLeader(result: ScenarioResult): HyperscalerId {
  let best: HyperscalerId = 'azure';
  for (const c of HYPERSCALERS) if (result.clouds[c].cumulative.hostedComputeUsdBn > result.clouds[best].cumulative.hostedComputeUsdBn) best = c;
  return best;
}

/** 2031 weights with `winner` at `winnerShareFraction` and the rest scaled in proportion (sum 1). */
export function winnerWeights(
  weights2031: Readonly<Record<FamilyId, number>>,
  winner: FamilyId,
  winnerShareFraction: number,
): Record<FamilyId, number> {
  const base = normaliseWeights(weights2031);
  const rest = 1 - base[winner];
  const out = {} as Record<FamilyId, number>;
  const others = FAMILIES.filter((f) => f !== winner);
  for (const f of others) {
    out[f] = rest > 0 ? (base[f] / rest) * (1 - winnerShareFraction) : (1 - winnerShareFraction) / others.length;
  }
  out[winner] = winnerShareFraction;
  return out;
}

function spreadOver(values: readonly number[]): { spread: number; meanAbs: number } {
  let min = Infinity;
  let max = -Infinity;
  let sumAbs = 0;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
    sumAbs += Math.abs(v);
  }
  return { spread: max - min, meanAbs: sumAbs / values.length };
}

export function winnerAnalysis(scenario: Readonly<Scenario>): WinnerAnalysis {
  return winnerAnalysisInputs(resolveInputs(scenario));
}

export function winnerAnalysisInputs(inputs: ModelInputs): WinnerAnalysis {
  const outcomes: WinnerOutcome[] = FAMILIES.map((winner) => {
    const result = evaluateInputs({
      ...inputs,
      shareWeights2031: winnerWeights(inputs.shareWeights2031, winner, inputs.winnerShareFraction),
    });
    const hostedComputeUsdBn = {} as Record<CloudId, number>;
    const companyGrossProfitUsdBn = {} as Record<CloudId, number>;
    for (const c of CLOUDS) {
      hostedComputeUsdBn[c] = result.clouds[c].cumulative.hostedComputeUsdBn;
      companyGrossProfitUsdBn[c] = result.clouds[c].cumulative.companyGrossProfitUsdBn;
    }
    return { winner, hostedComputeUsdBn, companyGrossProfitUsdBn };
  });

  const clouds = {} as Record<CloudId, CloudExposure>;
  for (const c of CLOUDS) {
    const captured = outcomes.map((o) => o.hostedComputeUsdBn[c]);
    const profit = outcomes.map((o) => o.companyGrossProfitUsdBn[c]);
    const cap = spreadOver(captured);
    const prof = spreadOver(profit);
    let best = 0;
    let worst = 0;
    captured.forEach((v, i) => {
      if (v > (captured[best] as number)) best = i;
      if (v < (captured[worst] as number)) worst = i;
    });
    clouds[c] = {
      exposure: cap.meanAbs > 0 ? cap.spread / cap.meanAbs : 0,
      profitExposure: prof.meanAbs > 0 ? prof.spread / prof.meanAbs : 0,
      best: FAMILIES[best] as FamilyId,
      worst: FAMILIES[worst] as FamilyId,
      minHostedUsdBn: Math.min(...captured),
      maxHostedUsdBn: Math.max(...captured),
    };
  }
  const leastExposed = (['azure', 'aws', 'gcp'] as const).reduce((a, b) =>
    clouds[b].exposure < clouds[a].exposure ? b : a,
  );
  return { winnerShare: inputs.winnerShareFraction, outcomes, clouds, leastExposed };
}
