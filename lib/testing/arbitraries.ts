/**
 * fast-check generators derived from the registry, shared by property tests (engine and URL codec).
 * Test-only: nothing in the app imports this file.
 */
import fc from 'fast-check';
import { SIMULATION_SETTINGS, parameters, presets, type ParameterSpec, type Scenario, type SimulationSettings } from '@/lib/engine';

/** A value anywhere in the parameter's slider bounds, with the bounds themselves and the default likely. */
export function valueArbitrary(spec: ParameterSpec): fc.Arbitrary<number | string> {
  if (spec.kind === 'enum') return fc.constantFrom(...spec.options.map((o) => o.value));
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(spec.min, spec.max, spec.default) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: Math.round((spec.max - spec.min) / spec.step) }).map((k) => snap(spec.min + k * spec.step, spec)) },
    { weight: 2, arbitrary: fc.double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v)) },
  );
}

function snap(v: number, spec: { min: number; max: number; step: number }): number {
  const decimals = (String(spec.step).split('.')[1] ?? '').length;
  return Math.min(spec.max, Math.max(spec.min, Number(v.toFixed(decimals))));
}

/** A whole scenario with every parameter drawn independently within its bounds. */
export const scenarioArbitrary: fc.Arbitrary<Scenario> = fc.record(
  Object.fromEntries(parameters.map((p) => [p.id, valueArbitrary(p)])) as Record<string, fc.Arbitrary<number | string>>,
) as fc.Arbitrary<Scenario>;

/** A scenario on slider steps (what a person can reach by dragging). */
export const steppedScenarioArbitrary: fc.Arbitrary<Scenario> = fc.record(
  Object.fromEntries(
    parameters.map((p) => [
      p.id,
      p.kind === 'enum'
        ? fc.constantFrom(...p.options.map((o) => o.value))
        : fc.integer({ min: 0, max: Math.round((p.max - p.min) / p.step) }).map((k) => snap(p.min + k * p.step, p)),
    ]),
  ) as Record<string, fc.Arbitrary<number | string>>,
) as fc.Arbitrary<Scenario>;

export const presetIdArbitrary: fc.Arbitrary<string> = fc.constantFrom(...presets.map((p) => p.id));

/** Simulation settings on their steps, some given and some left to their defaults. */
export const simulationArbitrary: fc.Arbitrary<Partial<SimulationSettings>> = fc.record(
  Object.fromEntries(
    SIMULATION_SETTINGS.map((spec) => [
      spec.id,
      fc.integer({ min: 0, max: Math.round((spec.max - spec.min) / spec.step) }).map((k) => Number((spec.min + k * spec.step).toFixed(6))),
    ]),
  ) as Record<keyof SimulationSettings, fc.Arbitrary<number>>,
  { requiredKeys: [] },
);
