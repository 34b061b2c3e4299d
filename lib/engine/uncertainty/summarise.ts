/** A simulation's summary from its tally after n draws: bands, quantiles, lead odds, Azure's gap, the thesis' odds. */
import { CLOUDS as CLOUDS_, HYPERSCALERS as HYPERSCALERS_, YEARS, type CloudId, type HyperscalerId } from '../ids';
import { THESIS_MEASURES, type ThesisMeasure, type UncertainMeasure } from '../simulation-settings';
import type { Tally } from './draw';
import type { SimulationPlan } from './plan';
import type { CloudSimulation, Odds, Probability, SimulationResult, SimulationSamples, ThesisOdds } from './results';
import { bands, histogram, quantiles } from './statistics';

const CLOUDS = CLOUDS_;
const HYPERSCALERS = HYPERSCALERS_;
const H = HYPERSCALERS.length;

/** Each key's share of n draws, and its standard error sqrt(p(1-p)/n). */
function leadOdds<K extends CloudId>(keys: readonly K[], cumulative: Float64Array, last: Float64Array, n: number) {
  const probability = (counts: Float64Array) => {
    const p = {} as Record<K, number>;
    for (const c of keys) p[c] = n > 0 ? (counts[CLOUDS.indexOf(c)] as number) / n : 0;
    return p;
  };
  const error = (p: Record<K, number>) => {
    const e = {} as Record<K, number>;
    for (const c of keys) e[c] = n > 0 ? Math.sqrt((p[c] * (1 - p[c])) / n) : 0;
    return e;
  };
  const p: Odds<K> = { cumulative: probability(cumulative), year2031: probability(last) };
  return { p, se: { cumulative: error(p.cumulative), year2031: error(p.year2031) } as Odds<K> };
}

/** Azure's 2025-2031 hosted compute minus the larger of its hyperscaler rivals', per draw. */
function azureGap(tally: Tally, n: number): SimulationResult['azureGap'] {
  const { outputs } = tally;
  const gap = new Float64Array(n);
  let ahead = 0;
  for (let i = 0; i < n; i++) {
    let rival = -Infinity;
    for (const c of HYPERSCALERS) if (c !== 'azure') rival = Math.max(rival, outputs[c].hostedCompute[i] as number);
    const g = (outputs.azure.hostedCompute[i] as number) - rival;
    gap[i] = g;
    if (g > 0) ahead++;
  }
  return { quantiles: quantiles(gap), histogram: histogram(gap, 16), probabilityAhead: n > 0 ? ahead / n : 0 };
}

export function thesisOdds(tally: Tally, n: number, measure: ThesisMeasure): ThesisOdds {
  const of = (counts: Float64Array, mi: number) => {
    const out = {} as Record<HyperscalerId, Probability>;
    HYPERSCALERS.forEach((c, hi) => {
      const p = n > 0 ? (counts[mi * H + hi] as number) / n : 0;
      out[c] = { p, se: n > 0 ? Math.sqrt((p * (1 - p)) / n) : 0 };
    });
    return out;
  };
  const leader = {} as ThesisOdds['leader'];
  const leastExposedBy = {} as ThesisOdds['leastExposedBy'];
  THESIS_MEASURES.forEach((m, mi) => {
    leader[m] = of(tally.leaderCounts, mi);
    leastExposedBy[m] = of(tally.leastCounts, mi);
  });
  return { measure, leader, leastExposed: leastExposedBy[measure], leastExposedBy };
}

export function summarise(plan: SimulationPlan, tally: Tally, n: number): SimulationResult {
  const { yearly, outputs } = tally;
  const clouds = {} as Record<CloudId, CloudSimulation>;
  for (const c of CLOUDS) {
    clouds[c] = {
      hostedComputeUsdBn: bands(yearly[c].hosted, n),
      companyGrossProfitUsdBn: bands(yearly[c].profit, n),
      cumulative: {
        hostedCompute: quantiles(outputs[c].hostedCompute.subarray(0, n)),
        revenue: quantiles(outputs[c].revenue.subarray(0, n)),
        companyGrossProfit: quantiles(outputs[c].companyGrossProfit.subarray(0, n)),
      },
    };
  }
  const all = leadOdds(CLOUDS, tally.leadCumulative, tally.lead2031, n);
  const hyper = leadOdds(HYPERSCALERS, tally.hyperLeadCumulative, tally.hyperLead2031, n);
  const { seed, spread, concentration } = plan.settings;
  return {
    samples: n,
    seed,
    spread,
    concentration,
    years: YEARS,
    clouds,
    leadProbability: all.p,
    leadStandardError: all.se,
    hyperscalerLeadProbability: hyper.p,
    hyperscalerLeadStandardError: hyper.se,
    azureGap: azureGap(tally, n),
    drawn: { parameters: plan.triangles.length, dirichletGroups: plan.dirichlets.length },
    odds: thesisOdds(tally, n, plan.oddsMeasure),
  };
}

/** The first n draws' inputs and outputs, for importance (views into the tally, not copies). */
export function samplesOf(plan: SimulationPlan, tally: Tally, n: number): SimulationSamples {
  const sliced = {} as Record<CloudId, Record<UncertainMeasure, Float64Array>>;
  for (const c of CLOUDS) {
    const o = tally.outputs[c];
    sliced[c] = {
      hostedCompute: o.hostedCompute.subarray(0, n),
      revenue: o.revenue.subarray(0, n),
      companyGrossProfit: o.companyGrossProfit.subarray(0, n),
    };
  }
  return { count: n, ids: plan.ids, inputs: tally.inputs.map((a) => a.subarray(0, n)), outputs: sliced };
}
