/** What a simulation returns, and the settings it runs with. */
import type { CloudId, HyperscalerId } from '../ids';
import { DEFAULT_SIMULATION_SETTINGS, SIMULATION_SETTINGS, type SimulationSettings, type ThesisMeasure, type UncertainMeasure } from '../simulation-settings';

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
