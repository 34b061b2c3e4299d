/**
 * One draw: the plan's values written into model inputs, then the evaluated draw counted into a tally
 * (per-draw figures kept for bands and importance, leaders and least-exposed counted for the odds).
 */
import { evaluateInputs, type ScenarioResult } from '../evaluate';
import { CLOUDS as CLOUDS_, HYPERSCALERS as HYPERSCALERS_, YEARS, type CloudId } from '../ids';
import type { ModelInputs } from '../inputs';
import { THESIS_MEASURES, type ThesisMeasure, type UncertainMeasure } from '../simulation-settings';
import { createExposureProbe, leaderOn } from '../winners';
import { gamma, triangular, type Uniform } from './distributions';
import { setInput } from '../inputs';
import { LEAN } from './measures';
import type { DirichletDraw, SimulationPlan, TriangularDraw } from './plan';

const CLOUDS = CLOUDS_;
const HYPERSCALERS = HYPERSCALERS_;
const YEAR_COUNT = YEARS.length;
const M = THESIS_MEASURES.length;
const H = HYPERSCALERS.length;

/** A triangular draw at uniform u, whole for years. */
export function triangularValue(t: TriangularDraw, u: number): number {
  const x = triangular(u, t.low, t.mode, t.high);
  return t.whole ? Math.round(x) : x;
}

/** A Dirichlet group's shares (0-1, in its ids' order), drawn with `uniform`. */
export function dirichletShares(d: DirichletDraw, uniform: Uniform): number[] {
  const g = d.alphas.map((a) => gamma(a, uniform));
  const sum = g.reduce((a, b) => a + b, 0);
  // All-zero gammas happen only for vanishing alphas; keep the scenario's row then.
  for (let j = 0; j < g.length; j++) g[j] = sum > 0 ? (g[j] as number) / sum : (d.alphas[j] as number) / d.alphas.reduce((a, b) => a + b, 0);
  return g;
}

/** Per-draw figures and counts, sized for the plan's total draws. */
export interface Tally {
  /** Per drawn parameter, per draw: its uniform (triangular) or its share (Dirichlet). */
  inputs: Float64Array[];
  yearly: Record<CloudId, { hosted: Float64Array[]; profit: Float64Array[] }>;
  outputs: Record<CloudId, Record<UncertainMeasure, Float64Array>>;
  /** Draws each cloud leads (index into CLOUDS), 2025-2031 and 2031; among all four and among hyperscalers. */
  leadCumulative: Float64Array;
  lead2031: Float64Array;
  hyperLeadCumulative: Float64Array;
  hyperLead2031: Float64Array;
  /** Per measure (THESIS_MEASURES order) and hyperscaler: draws it leads / is least exposed. */
  leaderCounts: Float64Array;
  leastCounts: Float64Array;
  exposures: Float64Array;
  probe: ReturnType<typeof createExposureProbe>;
}

export function createTally(plan: SimulationPlan): Tally {
  const total = plan.settings.samples;
  const yearly = {} as Tally['yearly'];
  const outputs = {} as Tally['outputs'];
  for (const c of CLOUDS) {
    yearly[c] = {
      hosted: YEARS.map(() => new Float64Array(total)),
      profit: YEARS.map(() => new Float64Array(total)),
    };
    outputs[c] = { hostedCompute: new Float64Array(total), revenue: new Float64Array(total), companyGrossProfit: new Float64Array(total) };
  }
  return {
    inputs: plan.ids.map(() => new Float64Array(total)),
    yearly,
    outputs,
    leadCumulative: new Float64Array(CLOUDS.length),
    lead2031: new Float64Array(CLOUDS.length),
    // Indices into CLOUDS of the hyperscalers' leader; CLOUDS lists the hyperscalers first.
    hyperLeadCumulative: new Float64Array(CLOUDS.length),
    hyperLead2031: new Float64Array(CLOUDS.length),
    leaderCounts: new Float64Array(M * H),
    leastCounts: new Float64Array(M * H),
    exposures: new Float64Array(M * H),
    probe: createExposureProbe(),
  };
}

/** Draw i: writes the plan's values into `inputs` (in place) and records each drawn value in the tally. */
export function drawInto(plan: SimulationPlan, uniform: Uniform, inputs: ModelInputs, tally: Tally, i: number): void {
  let k = 0;
  for (const t of plan.triangles) {
    const u = uniform();
    setInput(inputs, t.setters, triangularValue(t, u));
    (tally.inputs[k++] as Float64Array)[i] = u;
  }
  for (const d of plan.dirichlets) {
    const shares = dirichletShares(d, uniform);
    for (let j = 0; j < d.ids.length; j++) {
      const share = shares[j] as number;
      setInput(inputs, d.setters[j] as DirichletDraw['setters'][number], share * d.total);
      (tally.inputs[k++] as Float64Array)[i] = share;
    }
  }
}

/** Evaluates draw i's inputs and counts it: its figures, who leads, who is least exposed. */
export function countDraw(inputs: ModelInputs, tally: Tally, i: number): void {
  const r: ScenarioResult = evaluateInputs(inputs, LEAN);
  const { yearly, outputs } = tally;
  let leadC = 0;
  let lead31 = 0;
  let hyperC = 0;
  let hyper31 = 0;
  CLOUDS.forEach((c, ci) => {
    const cr = r.clouds[c];
    for (let y = 0; y < YEAR_COUNT; y++) {
      (yearly[c].hosted[y] as Float64Array)[i] = cr.hostedComputeUsdBn[y] as number;
      (yearly[c].profit[y] as Float64Array)[i] = cr.companyGrossProfitUsdBn[y] as number;
    }
    outputs[c].hostedCompute[i] = cr.cumulative.hostedComputeUsdBn;
    outputs[c].revenue[i] = cr.cumulative.revenueUsdBn;
    outputs[c].companyGrossProfit[i] = cr.cumulative.companyGrossProfitUsdBn;
    if (cr.cumulative.hostedComputeUsdBn > r.clouds[CLOUDS[leadC] as CloudId].cumulative.hostedComputeUsdBn) leadC = ci;
    const last = YEAR_COUNT - 1;
    if ((cr.hostedComputeUsdBn[last] as number) > (r.clouds[CLOUDS[lead31] as CloudId].hostedComputeUsdBn[last] as number)) lead31 = ci;
    if (c !== 'other') {
      if (cr.cumulative.hostedComputeUsdBn > r.clouds[CLOUDS[hyperC] as CloudId].cumulative.hostedComputeUsdBn) hyperC = ci;
      if ((cr.hostedComputeUsdBn[last] as number) > (r.clouds[CLOUDS[hyper31] as CloudId].hostedComputeUsdBn[last] as number)) hyper31 = ci;
    }
  });
  const { leaderCounts, leastCounts, exposures } = tally;
  tally.probe(inputs, r, exposures);
  for (let mi = 0; mi < M; mi++) {
    const m = THESIS_MEASURES[mi] as ThesisMeasure;
    const lead = HYPERSCALERS.indexOf(leaderOn(r, m));
    leaderCounts[mi * H + lead] = (leaderCounts[mi * H + lead] as number) + 1;
    let least = 0;
    for (let hi = 1; hi < H; hi++) if ((exposures[mi * H + hi] as number) < (exposures[mi * H + least] as number)) least = hi;
    leastCounts[mi * H + least] = (leastCounts[mi * H + least] as number) + 1;
  }
  tally.hyperLeadCumulative[hyperC] = (tally.hyperLeadCumulative[hyperC] as number) + 1;
  tally.hyperLead2031[hyper31] = (tally.hyperLead2031[hyper31] as number) + 1;
  tally.leadCumulative[leadC] = (tally.leadCumulative[leadC] as number) + 1;
  tally.lead2031[lead31] = (tally.lead2031[lead31] as number) + 1;
}
