/**
 * Uncertainty (issue 10): Monte Carlo bands, the odds each cloud leads, sensitivity and switching values.
 * Pure TypeScript like the rest of the engine; the dashboard runs it in a Web Worker.
 *
 * What is drawn, and why (methodology page, "Uncertainty"):
 * - Every number parameter with a plausible range (the registry's `range`) is drawn from a triangular
 *   distribution whose mode is the scenario's value and whose ends sit as far below and above it as the
 *   registry's range sits around the default, times `spread`, within the slider's bounds. A scenario that
 *   moves a value moves its range with it.
 * - Family shares for 2026 and 2031 and each family's 2031 hosting row are drawn together from a Dirichlet
 *   centred on the scenario's weights (shares that must sum to 100% cannot be drawn one by one). Its
 *   concentration is a setting: a share p then has a standard deviation of sqrt(p(1-p)/(c+1)), so the default
 *   40 gives OpenAI's 15% about ±5.6 points. `spread` scales it as it scales the ranges (c / spread²).
 * - 2025 shares and hosting are reported history (lab cloud bills, Epoch AI) and strategies are choices:
 *   neither is drawn.
 * The generator is pure-rand's xoroshiro128+, seeded from the link, so a link shows the same bands on every
 * machine. Draws are taken in one fixed order, so the first 500 draws of a run are its 500-draw preview.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { CLOUDS as CLOUDS_, HYPERSCALERS as HYPERSCALERS_, YEARS, type CloudId, type HyperscalerId } from './ids';
import { evaluateCloudInputs, evaluateInputs, type CloudResult, type ScenarioResult } from './evaluate';
import { resolveInputs, type ModelInputs } from './inputs';
import { parameters, parametersById, WEIGHT_GROUPS, type NumberParameterSpec } from './parameters';
import type { Scenario } from './scenario';
import { createExposureProbe, leaderOn, winnerAnalysisOf } from './winners';
import {
  DEFAULT_SIMULATION_SETTINGS,
  DEFAULT_THESIS_MEASURE,
  SIMULATION_SETTINGS,
  THESIS_MEASURES,
  type SimulationSettings,
  type ThesisMeasure,
  type UncertainMeasure,
} from './simulation-settings';

const CLOUDS = CLOUDS_;
const HYPERSCALERS = HYPERSCALERS_;
const YEAR_COUNT = YEARS.length;

export {
  DEFAULT_SIMULATION_SETTINGS,
  MEASURE_LABELS,
  PREVIEW_SAMPLES,
  SIMULATION_SETTINGS,
  UNCERTAIN_MEASURES,
} from './simulation-settings';
export type { SimulationSettings, SimulationSettingSpec, UncertainMeasure } from './simulation-settings';

/** A cloud's measure summed over 2025-2031, USD bn, from its result. */
export function cloudMeasure(cloud: CloudResult, measure: UncertainMeasure): number {
  const c = cloud.cumulative;
  return measure === 'hostedCompute' ? c.hostedComputeUsdBn : measure === 'revenue' ? c.revenueUsdBn : c.companyGrossProfitUsdBn;
}

/** A cloud's measure summed over 2025-2031, USD bn. */
export function cumulativeMeasure(result: ScenarioResult, cloud: CloudId, measure: UncertainMeasure): number {
  return cloudMeasure(result.clouds[cloud], measure);
}

export { hyperscalerLeader } from './winners';

/** Clouds' figures only: contract coverage is not needed for any measure here. */
export const LEAN = Object.freeze({ commitments: false });

function evaluateScenario(scenario: Readonly<Scenario>): ScenarioResult {
  return evaluateInputs(resolveInputs(scenario), LEAN);
}

// ---------------------------------------------------------------------------------------------------------
// A fast path for draws. Resolving a whole scenario into model inputs reads all 228 parameters by name
// (about a fifth of a draw's time, measured); a draw changes about 130. So each parameter's place in
// ModelInputs is found once, by asking resolveInputs itself (set the parameter to its two bounds and see
// which input moves, and how), and each draw writes its values straight there. resolveInputs stays the one
// mapping; a property test holds the fast path to it exactly.

interface InputSetter {
  path: readonly string[];
  /** input = value × scale + offset (every mapping in resolveInputs is linear: a unit or a percentage). */
  scale: number;
  offset: number;
}

function leafDiffs(a: unknown, b: unknown, path: string[], out: { path: string[]; a: number; b: number }[]): void {
  if (typeof a === 'number' && typeof b === 'number') {
    if (a !== b) out.push({ path: [...path], a, b });
    return;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of Object.keys(a)) leafDiffs((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...path, k], out);
  }
}

const setterCache = new Map<string, readonly InputSetter[]>();
/** Where a number parameter lands in ModelInputs. */
export function inputSetters(spec: NumberParameterSpec): readonly InputSetter[] {
  let setters = setterCache.get(spec.id);
  if (!setters) {
    const probe: Scenario = {};
    for (const p of parameters) probe[p.id] = p.default;
    const low = resolveInputs({ ...probe, [spec.id]: spec.min });
    const high = resolveInputs({ ...probe, [spec.id]: spec.max });
    const diffs: { path: string[]; a: number; b: number }[] = [];
    leafDiffs(low, high, [], diffs);
    setters = diffs.map(({ path, a, b }) => {
      const scale = (b - a) / (spec.max - spec.min);
      return { path, scale, offset: a - scale * spec.min };
    });
    setterCache.set(spec.id, setters);
  }
  return setters;
}

/** Writes a parameter's value into model inputs in place, as resolveInputs would have. */
export function setInput(inputs: ModelInputs, setters: readonly InputSetter[], value: number): void {
  for (const { path, scale, offset } of setters) {
    let target = inputs as unknown as Record<string, unknown>;
    for (let i = 0; i < path.length - 1; i++) target = target[path[i] as string] as Record<string, unknown>;
    target[path[path.length - 1] as string] = value * scale + offset;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Ranges

/** The parameters with a plausible range, and the groups drawn as Dirichlets (their ids excluded there). */
const DIRICHLET_GROUPS: readonly (readonly string[])[] = WEIGHT_GROUPS.filter((g) => {
  const id = g[0] as string;
  return id.startsWith('share2026.') || id.startsWith('share2031.') || id.startsWith('hosting2031.');
});
const DIRICHLET_IDS: ReadonlySet<string> = new Set(DIRICHLET_GROUPS.flat());
const HELD_IDS: ReadonlySet<string> = new Set(
  WEIGHT_GROUPS.flat().filter((id) => id.startsWith('share2025.') || id.startsWith('hosting2025.')),
);

const numberParameters: readonly NumberParameterSpec[] = parameters.filter((p): p is NumberParameterSpec => p.kind === 'number');

/**
 * What a simulation draws, for the methodology page: the parameters drawn one by one (triangular), the
 * weight groups drawn together (Dirichlet) and the groups held at the scenario's values (2025 history).
 */
export function uncertaintyInputs(): { triangular: string[]; dirichletGroups: string[][]; held: string[][] } {
  return {
    triangular: numberParameters.filter((p) => !DIRICHLET_IDS.has(p.id) && !HELD_IDS.has(p.id) && hasRange(p)).map((p) => p.id),
    dirichletGroups: DIRICHLET_GROUPS.map((g) => [...g]),
    held: WEIGHT_GROUPS.filter((g) => HELD_IDS.has(g[0] as string)).map((g) => [...g]),
  };
}

/** Whether a parameter is uncertain at all (a plausible range wider than a point). */
function hasRange(spec: NumberParameterSpec): boolean {
  return spec.range[1] > spec.range[0];
}

/**
 * The plausible [low, high] of a parameter around the scenario's value: the registry's range moved with the
 * value, scaled by `spread`, within the slider's bounds.
 */
export function plausibleRange(spec: NumberParameterSpec, value: number, spread = 1): [number, number] {
  const below = Math.max(0, spec.default - spec.range[0]) * spread;
  const above = Math.max(0, spec.range[1] - spec.default) * spread;
  return [Math.max(spec.min, value - below), Math.min(spec.max, value + above)];
}

function numberValue(scenario: Readonly<Scenario>, spec: NumberParameterSpec): number {
  const v = scenario[spec.id];
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(spec.max, Math.max(spec.min, v)) : spec.default;
}

// ---------------------------------------------------------------------------------------------------------
// Distributions (the generator is pure-rand's; these turn its uniforms into draws)

type Uniform = () => number;

/** Inverse CDF of a triangular distribution: u in [0, 1) -> value. */
function triangular(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (width <= 0) return mode;
  const cut = (mode - low) / width;
  return u < cut ? low + Math.sqrt(u * width * (mode - low)) : high - Math.sqrt((1 - u) * width * (high - mode));
}

/** A standard normal draw (Box-Muller, one of the pair; simple and exact). */
function normal(uniform: Uniform): number {
  const u1 = 1 - uniform(); // (0, 1]: log is finite
  const u2 = uniform();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** A Gamma(shape, 1) draw: Marsaglia and Tsang (2000), boosted for shape < 1. */
function gamma(shape: number, uniform: Uniform): number {
  if (!(shape > 0)) return 0;
  // Past ~1e9 the draw equals its mean to double precision, and the rejection test below would overflow.
  if (shape > 1e9) return shape;
  if (shape < 1) return gamma(shape + 1, uniform) * Math.pow(1 - uniform(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(uniform);
    const t = 1 + c * x;
    if (t <= 0) continue;
    const v = t * t * t;
    const u = 1 - uniform();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Simulation

/** Percentiles of a yearly series across draws: each an array over YEARS. */
export interface Bands {
  p5: number[];
  p25: number[];
  p50: number[];
  p75: number[];
  p95: number[];
}

export interface Quantiles {
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
  mean: number;
}

export interface CloudSimulation {
  hostedComputeUsdBn: Bands;
  companyGrossProfitUsdBn: Bands;
  /** 2025-2031 totals across draws. */
  cumulative: Record<UncertainMeasure, Quantiles>;
}

export interface Histogram {
  /** Bin edges, one more than counts. */
  edges: number[];
  counts: number[];
}

/** A probability and its sampling error, sqrt(p(1−p)/n), both 0-1. */
export interface Probability {
  p: number;
  se: number;
}

/**
 * The odds of the headline's conclusions (issue 18), among the three hyperscalers, over 2025-2031 totals:
 * who leads on each measure, and who is least exposed to which model family wins. Each record sums to 1.
 */
export interface ThesisOdds {
  /** The measure `leastExposed` speaks of (the simulation's `measure` option). */
  measure: ThesisMeasure;
  leader: Record<ThesisMeasure, Record<HyperscalerId, Probability>>;
  leastExposed: Record<HyperscalerId, Probability>;
  /** Least exposed on every measure (one pass computes all three). */
  leastExposedBy: Record<ThesisMeasure, Record<HyperscalerId, Probability>>;
}

/** Probabilities over 2025-2031 together and over 2031 alone. */
export interface Odds<K extends string> {
  cumulative: Record<K, number>;
  year2031: Record<K, number>;
}

export interface SimulationResult {
  samples: number;
  seed: number;
  spread: number;
  concentration: number;
  years: readonly number[];
  clouds: Record<CloudId, CloudSimulation>;
  /**
   * Share of draws in which each of the four clouds hosts the most AI compute (2025-2031 together, and in
   * 2031); each record sums to 1. "Other providers" counts as one, though it is many firms.
   */
  leadProbability: Odds<CloudId>;
  /** Standard error of each probability from the sample count: sqrt(p(1-p)/n). */
  leadStandardError: Odds<CloudId>;
  /** The headline's question: which of the three hyperscalers hosts the most; each record sums to 1. */
  hyperscalerLeadProbability: Odds<HyperscalerId>;
  hyperscalerLeadStandardError: Odds<HyperscalerId>;
  /**
   * Azure's 2025-2031 hosted compute minus its nearest hyperscaler rival's (the larger of AWS and Google
   * Cloud), USD bn: positive exactly when Azure leads the hyperscalers.
   */
  azureGap: { quantiles: Quantiles; histogram: Histogram; probabilityAhead: number };
  /** How many parameters were drawn one by one, and how many groups of weights as Dirichlets. */
  drawn: { parameters: number; dirichletGroups: number };
  /** The headline's conclusions with their odds (each draw is also a winner analysis). */
  odds: ThesisOdds;
}

/** Per-draw values kept for importance: each drawn input's rank score and each cloud's cumulative measures. */
export interface SimulationSamples {
  count: number;
  /** Parameter ids in the order of `inputs`. */
  ids: readonly string[];
  /** Per parameter, per draw: its uniform (triangular draws, already a rank score) or its drawn share. */
  inputs: readonly Float64Array[];
  /** Per cloud and measure, per draw, 2025-2031 totals, USD bn. */
  outputs: Record<CloudId, Record<UncertainMeasure, Float64Array>>;
}

export interface SimulationOptions {
  samples?: number;
  seed?: number;
  /** Scales every plausible range (and the Dirichlets' spread) around the scenario; 0 draws the scenario. */
  spread?: number;
  concentration?: number;
  /** The measure `odds.leastExposed` speaks of (default: cloud AI revenue); `odds.leastExposedBy` has all. */
  measure?: ThesisMeasure;
}

/** The most draws the engine runs (a link may ask for up to SIMULATION_SETTINGS' maximum). */
export const MAX_SAMPLES = 100_000;

/**
 * Settings the engine can run: samples a whole number from 1 to MAX_SAMPLES, the seed any integer (taken
 * as 32 bits), spread and concentration within their settings' bounds. Anything unusable takes its default.
 * The link's narrower bounds (at least 500 draws) are the codec's business.
 */
export function resolveSimulationSettings(options: SimulationOptions = {}): SimulationSettings {
  const out = { ...DEFAULT_SIMULATION_SETTINGS };
  const given = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  if (given(options.samples)) out.samples = Math.min(MAX_SAMPLES, Math.max(1, Math.round(options.samples)));
  if (given(options.seed)) out.seed = Math.trunc(options.seed) | 0;
  for (const spec of SIMULATION_SETTINGS) {
    if (spec.id !== 'spread' && spec.id !== 'concentration') continue;
    const v = options[spec.id];
    if (given(v)) out[spec.id] = Math.min(spec.max, Math.max(spec.min, v));
  }
  return out;
}

interface TriangularDraw {
  spec: NumberParameterSpec;
  setters: readonly InputSetter[];
  low: number;
  mode: number;
  high: number;
  /** Years are whole. */
  whole: boolean;
}

interface DirichletDraw {
  ids: readonly string[];
  /** Dirichlet parameters: concentration x the scenario's normalised weights. */
  alphas: number[];
  /** The weights' sum in the scenario, so draws stay on the slider's scale. */
  total: number;
  setters: readonly (readonly InputSetter[])[];
}

/** A simulation run in steps, so a worker can stop between them; `simulate` runs it in one go. */
export interface Simulation {
  readonly total: number;
  readonly done: number;
  /** Draws and evaluates up to `count` more scenarios. */
  step(count: number): void;
  result(): SimulationResult;
  samples(): SimulationSamples;
}

export function createSimulation(scenario: Readonly<Scenario>, options: SimulationOptions = {}): Simulation {
  const settings = resolveSimulationSettings(options);
  const { samples: total, seed, spread, concentration } = settings;
  const base: Scenario = { ...scenario };

  const triangles: TriangularDraw[] = [];
  for (const spec of numberParameters) {
    if (DIRICHLET_IDS.has(spec.id) || HELD_IDS.has(spec.id) || !hasRange(spec)) continue;
    const mode = numberValue(scenario, spec);
    const [low, high] = plausibleRange(spec, mode, spread);
    if (high > low) triangles.push({ spec, setters: inputSetters(spec), low, mode, high, whole: spec.unit === 'year' });
  }
  const dirichlets: DirichletDraw[] = [];
  // A spread so small that the Dirichlet would be a point (or overflow) draws the weights as they are.
  const c = spread > 0 ? concentration / (spread * spread) : Infinity;
  if (Number.isFinite(c) && c < 1e9) {
    for (const ids of DIRICHLET_GROUPS) {
      const weights = ids.map((id) => numberValue(scenario, parametersById.get(id) as NumberParameterSpec));
      const sum = weights.reduce((a, b) => a + b, 0);
      // A row with one non-zero weight cannot vary (e.g. Gemini on Google Cloud): nothing to draw.
      if (sum <= 0 || weights.filter((w) => w > 0).length < 2) continue;
      dirichlets.push({
        ids,
        alphas: weights.map((w) => (c * w) / sum),
        total: sum,
        setters: ids.map((id) => inputSetters(parametersById.get(id) as NumberParameterSpec)),
      });
    }
  }

  const ids = [...triangles.map((t) => t.spec.id), ...dirichlets.flatMap((d) => d.ids)];
  const inputs = ids.map(() => new Float64Array(total));
  const yearly = {} as Record<CloudId, { hosted: Float64Array[]; profit: Float64Array[] }>;
  const outputs = {} as Record<CloudId, Record<UncertainMeasure, Float64Array>>;
  for (const c of CLOUDS) {
    yearly[c] = {
      hosted: YEARS.map(() => new Float64Array(total)),
      profit: YEARS.map(() => new Float64Array(total)),
    };
    outputs[c] = { hostedCompute: new Float64Array(total), revenue: new Float64Array(total), companyGrossProfit: new Float64Array(total) };
  }
  const leadCumulative = new Float64Array(CLOUDS.length);
  const lead2031 = new Float64Array(CLOUDS.length);
  // Indices into CLOUDS of the hyperscalers' leader; CLOUDS lists the hyperscalers first.
  const hyperLeadCumulative = new Float64Array(CLOUDS.length);
  const hyperLead2031 = new Float64Array(CLOUDS.length);
  // The thesis' conclusions: per measure (THESIS_MEASURES order) and hyperscaler, draws it leads / is least exposed.
  const M = THESIS_MEASURES.length;
  const H = HYPERSCALERS.length;
  const leaderCounts = new Float64Array(M * H);
  const leastCounts = new Float64Array(M * H);
  const exposures = new Float64Array(M * H);
  const probe = createExposureProbe();
  const oddsMeasure: ThesisMeasure = options.measure ?? DEFAULT_THESIS_MEASURE;

  const rng = xoroshiro128plus(seed);
  const uniform: Uniform = () => uniformFloat64(rng);
  // Every draw sets every drawn input, so one inputs object is rewritten in place (evaluateInputs never
  // writes to its inputs).
  const drawInputs = resolveInputs(base);
  let done = 0;

  function step(count: number): void {
    const end = Math.min(total, done + count);
    for (let i = done; i < end; i++) {
      let k = 0;
      for (const t of triangles) {
        const u = uniform();
        const x = triangular(u, t.low, t.mode, t.high);
        setInput(drawInputs, t.setters, t.whole ? Math.round(x) : x);
        (inputs[k++] as Float64Array)[i] = u;
      }
      for (const d of dirichlets) {
        const g = d.alphas.map((a) => gamma(a, uniform));
        const sum = g.reduce((a, b) => a + b, 0);
        for (let j = 0; j < d.ids.length; j++) {
          // All-zero gammas happen only for vanishing alphas; keep the scenario's row then.
          const share = sum > 0 ? (g[j] as number) / sum : (d.alphas[j] as number) / d.alphas.reduce((a, b) => a + b, 0);
          setInput(drawInputs, d.setters[j] as readonly InputSetter[], share * d.total);
          (inputs[k++] as Float64Array)[i] = share;
        }
      }
      const r = evaluateInputs(drawInputs, LEAN);
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
      probe(drawInputs, r, exposures);
      for (let mi = 0; mi < M; mi++) {
        const m = THESIS_MEASURES[mi] as ThesisMeasure;
        const lead = HYPERSCALERS.indexOf(leaderOn(r, m));
        leaderCounts[mi * H + lead] = (leaderCounts[mi * H + lead] as number) + 1;
        let least = 0;
        for (let hi = 1; hi < H; hi++) if ((exposures[mi * H + hi] as number) < (exposures[mi * H + least] as number)) least = hi;
        leastCounts[mi * H + least] = (leastCounts[mi * H + least] as number) + 1;
      }
      hyperLeadCumulative[hyperC] = (hyperLeadCumulative[hyperC] as number) + 1;
      hyperLead2031[hyper31] = (hyperLead2031[hyper31] as number) + 1;
      leadCumulative[leadC] = (leadCumulative[leadC] as number) + 1;
      lead2031[lead31] = (lead2031[lead31] as number) + 1;
    }
    done = end;
  }

  function result(): SimulationResult {
    const n = done;
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
    const probability = <K extends CloudId>(keys: readonly K[], counts: Float64Array) => {
      const p = {} as Record<K, number>;
      for (const c of keys) p[c] = n > 0 ? (counts[CLOUDS.indexOf(c)] as number) / n : 0;
      return p;
    };
    const error = <K extends CloudId>(keys: readonly K[], p: Record<K, number>) => {
      const e = {} as Record<K, number>;
      for (const c of keys) e[c] = n > 0 ? Math.sqrt((p[c] * (1 - p[c])) / n) : 0;
      return e;
    };
    const odds = <K extends CloudId>(keys: readonly K[], cumulative: Float64Array, last: Float64Array) => {
      const p = { cumulative: probability(keys, cumulative), year2031: probability(keys, last) };
      return { p, se: { cumulative: error(keys, p.cumulative), year2031: error(keys, p.year2031) } };
    };
    const all = odds(CLOUDS, leadCumulative, lead2031);
    const hyper = odds(HYPERSCALERS, hyperLeadCumulative, hyperLead2031);

    const gap = new Float64Array(n);
    let ahead = 0;
    for (let i = 0; i < n; i++) {
      let rival = -Infinity;
      for (const c of HYPERSCALERS) if (c !== 'azure') rival = Math.max(rival, outputs[c].hostedCompute[i] as number);
      const g = (outputs.azure.hostedCompute[i] as number) - rival;
      gap[i] = g;
      if (g > 0) ahead++;
    }
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
      azureGap: { quantiles: quantiles(gap), histogram: histogram(gap, 16), probabilityAhead: n > 0 ? ahead / n : 0 },
      drawn: { parameters: triangles.length, dirichletGroups: dirichlets.length },
      odds: thesisOdds(),
    };
  }

  function thesisOdds(): ThesisOdds {
    const n = done;
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
      leader[m] = of(leaderCounts, mi);
      leastExposedBy[m] = of(leastCounts, mi);
    });
    return { measure: oddsMeasure, leader, leastExposed: leastExposedBy[oddsMeasure], leastExposedBy };
  }

  function samples(): SimulationSamples {
    const sliced = {} as Record<CloudId, Record<UncertainMeasure, Float64Array>>;
    for (const c of CLOUDS) {
      sliced[c] = {
        hostedCompute: outputs[c].hostedCompute.subarray(0, done),
        revenue: outputs[c].revenue.subarray(0, done),
        companyGrossProfit: outputs[c].companyGrossProfit.subarray(0, done),
      };
    }
    return { count: done, ids, inputs: inputs.map((a) => a.subarray(0, done)), outputs: sliced };
  }

  return {
    total,
    get done() {
      return done;
    },
    step,
    result,
    samples,
  };
}

/** Monte Carlo over the scenario's plausible ranges: bands, lead odds and Azure's gap. Deterministic per seed. */
export function simulate(scenario: Readonly<Scenario>, options: SimulationOptions = {}): SimulationResult {
  const sim = createSimulation(scenario, options);
  sim.step(sim.total);
  return sim.result();
}

/** The value at fraction p of sorted values (linear interpolation between order statistics, type 7). */
function quantileSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

function quantiles(values: Float64Array): Quantiles {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    p5: quantileSorted(sorted, 0.05),
    p25: quantileSorted(sorted, 0.25),
    p50: quantileSorted(sorted, 0.5),
    p75: quantileSorted(sorted, 0.75),
    p95: quantileSorted(sorted, 0.95),
    mean: sorted.length > 0 ? sum / sorted.length : 0,
  };
}

function bands(perYear: readonly Float64Array[], n: number): Bands {
  const out: Bands = { p5: [], p25: [], p50: [], p75: [], p95: [] };
  for (const values of perYear) {
    const q = quantiles(values.subarray(0, n));
    out.p5.push(q.p5);
    out.p25.push(q.p25);
    out.p50.push(q.p50);
    out.p75.push(q.p75);
    out.p95.push(q.p95);
  }
  return out;
}

/** Equal-width bins over the p0.5-p99.5 span (the last bins take the tails), with zero on an edge. */
function histogram(values: Float64Array, bins: number): Histogram {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return { edges: [0, 0], counts: [0] };
  const lo = quantileSorted(sorted, 0.005);
  const hi = quantileSorted(sorted, 0.995);
  // Every draw alike (a range width of 0): one bin around the value.
  if (hi - lo < 1e-9) return { edges: [lo - 0.5, lo + 0.5], counts: [sorted.length] };
  // A round bin width, with zero on an edge so "ahead" and "behind" never share a bin.
  const raw = (hi - lo) / bins;
  const magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
  const width = ([1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((w) => w >= raw) as number) ?? raw;
  const start = Math.floor(lo / width) * width;
  const count = Math.max(1, Math.ceil((hi - start) / width));
  const edges = Array.from({ length: count + 1 }, (_, i) => start + i * width);
  const counts = new Array<number>(count).fill(0);
  for (const v of sorted) {
    const b = Math.min(count - 1, Math.max(0, Math.floor((v - start) / width)));
    counts[b] = (counts[b] as number) + 1;
  }
  return { edges, counts };
}

// ---------------------------------------------------------------------------------------------------------
// Global importance, from the Monte Carlo draws

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

// ---------------------------------------------------------------------------------------------------------
// Sensitivity: one parameter at a time across its plausible range

export interface SensitivityRow {
  id: string;
  /** The parameter's low and high ends (plausible range around the scenario's value). */
  low: number;
  high: number;
  /** The measure (cumulative 2025-2031, USD bn) with the parameter at its low and high end. */
  lowValue: number;
  highValue: number;
  /** The measure in the scenario. */
  baseValue: number;
  /** highValue - lowValue: its sign says which way the parameter pushes; rows sort by its size. */
  swing: number;
}

export function sensitivity(
  scenario: Readonly<Scenario>,
  { cloud, measure, spread = 1 }: { cloud: CloudId; measure: UncertainMeasure; spread?: number },
): SensitivityRow[] {
  const draw: Scenario = { ...scenario };
  const baseValue = cumulativeMeasure(evaluateScenario(draw), cloud, measure);
  const rows: SensitivityRow[] = [];
  for (const spec of numberParameters) {
    if (!hasRange(spec)) continue;
    const value = numberValue(scenario, spec);
    const [low, high] = plausibleRange(spec, value, spread);
    draw[spec.id] = low;
    const lowValue = cumulativeMeasure(evaluateScenario(draw), cloud, measure);
    draw[spec.id] = high;
    const highValue = cumulativeMeasure(evaluateScenario(draw), cloud, measure);
    draw[spec.id] = scenario[spec.id] ?? spec.default;
    rows.push({ id: spec.id, low, high, lowValue, highValue, baseValue, swing: highValue - lowValue });
  }
  return rows.sort((a, b) => Math.abs(b.swing) - Math.abs(a.swing) || a.id.localeCompare(b.id));
}

// ---------------------------------------------------------------------------------------------------------
// Switching values: how far one parameter, alone, must move for the conclusion to change

export type Conclusion = 'leader' | 'leastExposed';

export interface SwitchingValue {
  id: string;
  /** The scenario's value. */
  current: number;
  /** The nearest value (on the slider's steps) at which the conclusion changes; null if never within bounds. */
  value: number | null;
  /** The conclusion in the scenario: the leading hyperscaler, or the least exposed one. */
  from: CloudId;
  /** What it becomes at `value`; null when it never flips. */
  to: CloudId | null;
  /** How far the flip is, in widths of the parameter's plausible range (Infinity when it never flips). */
  distance: number;
}

type Judge = (scenario: Readonly<Scenario>) => CloudId;

/** The conclusion as a function of the scenario: who leads on the measure, or who is least exposed on it. */
function judgeFor(conclusion: Conclusion, measure: ThesisMeasure): Judge {
  if (conclusion === 'leader') return (s) => leaderOn(evaluateScenario(s), measure);
  return (s) => {
    const inp = resolveInputs(s);
    return winnerAnalysisOf(inp, evaluateInputs(inp, LEAN), { measure }).leastExposed;
  };
}

/** Fractions of the way from the value to a bound at which the search looks for a change before bisecting. */
const SCAN: Readonly<Record<Conclusion, readonly number[]>> = {
  leader: [0.25, 0.5, 1],
  // A winner analysis costs about one evaluation since model v3 (winners.ts), so it scans as finely.
  leastExposed: [0.25, 0.5, 1],
};

/** Rounds to the parameter's step grid (anchored at its minimum), without float noise. */
function onStep(spec: NumberParameterSpec, x: number, dir: 'up' | 'down'): number {
  const steps = (x - spec.min) / spec.step;
  const k = dir === 'up' ? Math.ceil(steps - 1e-9) : Math.floor(steps + 1e-9);
  const decimals = Math.max(0, -Math.floor(Math.log10(spec.step)) + 2);
  return Number(Math.min(spec.max, Math.max(spec.min, spec.min + k * spec.step)).toFixed(decimals));
}

/**
 * For one parameter, the nearest value toward `bound` at which `judge` no longer returns `from`, on the
 * slider's step grid, verified; null if none found. Scans a few points then bisects (a conclusion that flips
 * and flips back between two scanned points can be missed: said on the methodology page).
 */
function flipToward(
  draw: Scenario,
  spec: NumberParameterSpec,
  current: number,
  bound: number,
  from: CloudId,
  judge: Judge,
  scan: readonly number[],
): { value: number; to: CloudId } | null {
  if (bound === current) return null;
  const dir = bound > current ? 'up' : 'down';
  let inside = current;
  let outside: number | null = null;
  for (const f of scan) {
    const x = current + (bound - current) * f;
    draw[spec.id] = x;
    if (judge(draw) !== from) {
      outside = x;
      break;
    }
    inside = x;
  }
  if (outside === null) return null;
  let flipped: number = outside;
  for (let i = 0; i < 30 && Math.abs(flipped - inside) > spec.step / 4; i++) {
    const mid: number = (inside + flipped) / 2;
    draw[spec.id] = mid;
    if (judge(draw) !== from) flipped = mid;
    else inside = mid;
  }
  // The first value on the slider's grid past the threshold that does flip (a user can set only those).
  let candidate = onStep(spec, inside, dir);
  for (let tries = 0; tries < 4; tries++) {
    if ((dir === 'up' && candidate > current) || (dir === 'down' && candidate < current)) {
      draw[spec.id] = candidate;
      const to = judge(draw);
      if (to !== from) return { value: candidate, to };
    }
    const next = Number((candidate + (dir === 'up' ? spec.step : -spec.step)).toFixed(10));
    if (next > spec.max || next < spec.min) break;
    candidate = next;
  }
  return null;
}

/**
 * For the headline conclusion (`leader`: which hyperscaler hosts the most AI compute over 2025-2031;
 * `leastExposed`: which hyperscaler is least exposed to which model family wins), each number parameter's
 * switching value within its slider bounds, nearest flips first (in plausible-range widths).
 */
export function switchingValues(
  scenario: Readonly<Scenario>,
  { conclusion = 'leader', measure = DEFAULT_THESIS_MEASURE }: { conclusion?: Conclusion; measure?: ThesisMeasure } = {},
): SwitchingValue[] {
  const judge = judgeFor(conclusion, measure);
  const draw: Scenario = { ...scenario };
  const from = judge(draw);
  const base = evaluateScenario(draw);
  const rows: SwitchingValue[] = [];
  for (const spec of numberParameters) {
    const current = numberValue(scenario, spec);
    const restore = scenario[spec.id] ?? spec.default;
    let best: { value: number; to: CloudId } | null = null;
    // Both conclusions rest on the measure's totals (and a winner world is linear in them): a parameter that
    // moves no cloud's hosted compute, revenue or company gross profit at either bound cannot flip them
    // (finance, commitments). One cheap check each.
    {
      let moves = false;
      const moved = (a: CloudResult, b: CloudResult) =>
        Math.abs(a.cumulative.hostedComputeUsdBn - b.cumulative.hostedComputeUsdBn) > 1e-9 ||
        Math.abs(a.cumulative.revenueUsdBn - b.cumulative.revenueUsdBn) > 1e-9 ||
        Math.abs(a.cumulative.companyGrossProfitUsdBn - b.cumulative.companyGrossProfitUsdBn) > 1e-9;
      for (const bound of [spec.min, spec.max]) {
        draw[spec.id] = bound;
        const r = evaluateScenario(draw);
        if (CLOUDS.some((c) => moved(r.clouds[c], base.clouds[c]))) moves = true;
      }
      // Winner analysis also reads the winner's share, which moves no hosted compute of the scenario itself.
      if (conclusion === 'leastExposed' && spec.id === 'winner.share') moves = true;
      draw[spec.id] = restore;
      if (!moves) {
        rows.push({ id: spec.id, current, value: null, from, to: null, distance: Infinity });
        continue;
      }
    }
    for (const bound of [spec.min, spec.max]) {
      const flip = flipToward(draw, spec, current, bound, from, judge, SCAN[conclusion]);
      draw[spec.id] = restore;
      if (flip && (best === null || Math.abs(flip.value - current) < Math.abs(best.value - current))) best = flip;
    }
    const width = spec.range[1] - spec.range[0];
    const distance = best === null ? Infinity : Math.abs(best.value - current) / (width > 0 ? width : spec.max - spec.min || 1);
    rows.push({ id: spec.id, current, value: best?.value ?? null, from, to: best?.to ?? null, distance });
  }
  return rows.sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id));
}

// ---------------------------------------------------------------------------------------------------------
// Paired odds: how likely scenario B's figure beats A's (the Compare view)

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
  const triangles: TriangularDraw[] = [];
  for (const spec of numberParameters) {
    if (DIRICHLET_IDS.has(spec.id) || HELD_IDS.has(spec.id) || !hasRange(spec)) continue;
    const mode = numberValue(scenario, spec);
    const [low, high] = plausibleRange(spec, mode, spread);
    triangles.push({ spec, setters: inputSetters(spec), low, mode, high, whole: spec.unit === 'year' });
  }
  const c = spread > 0 ? concentration / (spread * spread) : Infinity;
  const dirichlets: (DirichletDraw | null)[] = DIRICHLET_GROUPS.map((ids) => {
    const weights = ids.map((id) => numberValue(scenario, parametersById.get(id) as NumberParameterSpec));
    const sum = weights.reduce((a, b) => a + b, 0);
    if (!(Number.isFinite(c) && c < 1e9) || sum <= 0 || weights.filter((w) => w > 0).length < 2) return null;
    return { ids, alphas: weights.map((w) => (c * w) / sum), total: sum, setters: ids.map((id) => inputSetters(parametersById.get(id) as NumberParameterSpec)) };
  });
  return { triangles, dirichlets, inputs: resolveInputs({ ...scenario }) };
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
      const x = triangular(us[k] as number, t.low, t.mode, t.high);
      setInput(plan.inputs, t.setters, t.whole ? Math.round(x) : x);
    }
    for (let g = 0; g < D; g++) {
      const d = plan.dirichlets[g];
      if (!d) continue;
      const sub = xoroshiro128plus(subSeeds[g] as number);
      const draw: Uniform = () => uniformFloat64(sub);
      const gs = d.alphas.map((al) => gamma(al, draw));
      const sum = gs.reduce((x, y) => x + y, 0);
      for (let j = 0; j < d.ids.length; j++) {
        const share = sum > 0 ? (gs[j] as number) / sum : (d.alphas[j] as number) / d.alphas.reduce((x, y) => x + y, 0);
        setInput(plan.inputs, d.setters[j] as readonly InputSetter[], share * d.total);
      }
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
