/**
 * A simulation's plan: what each draw draws, fixed once per scenario. Triangular draws for the parameters
 * with a range, Dirichlets for the weight groups drawn together (ranges.ts says which).
 */
import { parametersById, type NumberParameterSpec } from '../parameters';
import type { Scenario } from '../scenario';
import { DEFAULT_THESIS_MEASURE, type SimulationSettings, type ThesisMeasure } from '../simulation-settings';
import { inputSetters, type InputSetter } from '../inputs';
import { DIRICHLET_GROUPS, DIRICHLET_IDS, hasRange, HELD_IDS, numberParameters, numberValue, plausibleRange } from './ranges';
import { resolveSimulationSettings, type SimulationOptions } from './results';

export interface TriangularDraw {
  spec: NumberParameterSpec;
  setters: readonly InputSetter[];
  low: number;
  mode: number;
  high: number;
  /** Years are whole. */
  whole: boolean;
}

export interface DirichletDraw {
  ids: readonly string[];
  /** Dirichlet parameters: concentration x the scenario's normalised weights. */
  alphas: number[];
  /** The weights' sum in the scenario, so draws stay on the slider's scale. */
  total: number;
  setters: readonly (readonly InputSetter[])[];
}

/**
 * The draws for one scenario. `aligned` keeps a slot for every drawable parameter and group, even one that
 * cannot vary here (a point range, a null group), so that two scenarios' plans consume one stream alike
 * (paired draws); otherwise such slots are left out.
 */
export function planDraws(
  scenario: Readonly<Scenario>,
  spread: number,
  concentration: number,
  aligned: boolean,
): { triangles: TriangularDraw[]; dirichlets: (DirichletDraw | null)[] } {
  const triangles: TriangularDraw[] = [];
  for (const spec of numberParameters) {
    if (DIRICHLET_IDS.has(spec.id) || HELD_IDS.has(spec.id) || !hasRange(spec)) continue;
    const mode = numberValue(scenario, spec);
    const [low, high] = plausibleRange(spec, mode, spread);
    if (aligned || high > low) triangles.push({ spec, setters: inputSetters(spec), low, mode, high, whole: spec.unit === 'year' });
  }
  // A spread so small that the Dirichlet would be a point (or overflow) draws the weights as they are.
  const c = spread > 0 ? concentration / (spread * spread) : Infinity;
  const drawable = Number.isFinite(c) && c < 1e9;
  const dirichlets: (DirichletDraw | null)[] = [];
  for (const ids of DIRICHLET_GROUPS) {
    const weights = ids.map((id) => numberValue(scenario, parametersById.get(id) as NumberParameterSpec));
    const sum = weights.reduce((a, b) => a + b, 0);
    // A row with one non-zero weight cannot vary (e.g. Gemini on Google Cloud): nothing to draw.
    if (!drawable || sum <= 0 || weights.filter((w) => w > 0).length < 2) {
      if (aligned) dirichlets.push(null);
      continue;
    }
    dirichlets.push({
      ids,
      alphas: weights.map((w) => (c * w) / sum),
      total: sum,
      setters: ids.map((id) => inputSetters(parametersById.get(id) as NumberParameterSpec)),
    });
  }
  return { triangles, dirichlets };
}

/** Everything a simulation fixes before its first draw. */
export interface SimulationPlan {
  settings: SimulationSettings;
  triangles: readonly TriangularDraw[];
  dirichlets: readonly DirichletDraw[];
  /** Drawn parameter ids, in the order draws record them (triangles, then each group's ids). */
  ids: readonly string[];
  /** The measure `odds.leastExposed` speaks of. */
  oddsMeasure: ThesisMeasure;
}

export function planSimulation(scenario: Readonly<Scenario>, options: SimulationOptions = {}): SimulationPlan {
  const settings = resolveSimulationSettings(options);
  const { triangles, dirichlets } = planDraws(scenario, settings.spread, settings.concentration, false);
  const drawn = dirichlets as DirichletDraw[];
  return {
    settings,
    triangles,
    dirichlets: drawn,
    ids: [...triangles.map((t) => t.spec.id), ...drawn.flatMap((d) => d.ids)],
    oddsMeasure: options.measure ?? DEFAULT_THESIS_MEASURE,
  };
}
