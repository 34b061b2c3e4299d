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
 *
 * The folder, one concern a file: `ranges` (what is drawn, and how wide), `distributions`, `plan` / `draw` /
 * `summarise` (the Monte Carlo's three stages, composed by `simulation`), `statistics` (quantiles, bands),
 * `importance`, `sensitivity`, `switching`, `paired-odds` (Compare), `fast-inputs` (draws written straight
 * into model inputs). This barrel is the folder's public face: import from `./uncertainty` or `@/lib/engine`.
 */
export { DEFAULT_SIMULATION_SETTINGS, MEASURE_LABELS, PREVIEW_SAMPLES, SIMULATION_SETTINGS, UNCERTAIN_MEASURES } from '../simulation-settings';
export type { SimulationSettings, SimulationSettingSpec, UncertainMeasure } from '../simulation-settings';
export { hyperscalerLeader } from '../winners';
export { cloudMeasure, cumulativeMeasure, LEAN } from './measures';
export { inputSetters, setInput } from '../inputs';
export { plausibleRange, uncertaintyInputs } from './ranges';
export { MAX_SAMPLES, resolveSimulationSettings } from './results';
export type {
  Bands,
  CloudSimulation,
  Histogram,
  Odds,
  Probability,
  Quantiles,
  SimulationOptions,
  SimulationResult,
  SimulationSamples,
  ThesisOdds,
} from './results';
export { createSimulation, simulate, type Simulation } from './simulation';
export { importance, type ImportanceRow } from './importance';
export { sensitivity, type SensitivityRow } from './sensitivity';
export { switchingValues, type Conclusion, type SwitchingValue } from './switching';
export { compareOdds, type CompareOddsOptions, type PairedOdds } from './paired-odds';
