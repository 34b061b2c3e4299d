/** Which parameters a simulation draws, and the plausible range of each around the scenario's value. */
import { parameters, WEIGHT_GROUPS, type NumberParameterSpec } from '../parameters';
import type { Scenario } from '../scenario';

/** The parameters with a plausible range, and the groups drawn as Dirichlets (their ids excluded there). */
export const DIRICHLET_GROUPS: readonly (readonly string[])[] = WEIGHT_GROUPS.filter((g) => {
  const id = g[0] as string;
  return id.startsWith('share2026.') || id.startsWith('share2031.') || id.startsWith('hosting2031.');
});
export const DIRICHLET_IDS: ReadonlySet<string> = new Set(DIRICHLET_GROUPS.flat());
export const HELD_IDS: ReadonlySet<string> = new Set(WEIGHT_GROUPS.flat().filter((id) => id.startsWith('share2025.') || id.startsWith('hosting2025.')));

export const numberParameters: readonly NumberParameterSpec[] = parameters.filter((p): p is NumberParameterSpec => p.kind === 'number');

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
export function hasRange(spec: NumberParameterSpec): boolean {
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

export function numberValue(scenario: Readonly<Scenario>, spec: NumberParameterSpec): number {
  const v = scenario[spec.id];
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(spec.max, Math.max(spec.min, v)) : spec.default;
}
