/** The Monte Carlo run: plan once, draw in steps (so a worker can stop between them), summarise on demand. */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { resolveInputs } from '../inputs';
import type { Scenario } from '../scenario';
import type { Uniform } from './distributions';
import { countDraw, createTally, drawInto } from './draw';
import { planSimulation } from './plan';
import type { SimulationOptions, SimulationResult, SimulationSamples } from './results';
import { samplesOf, summarise } from './summarise';

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
  const plan = planSimulation(scenario, options);
  const total = plan.settings.samples;
  const tally = createTally(plan);
  const rng = xoroshiro128plus(plan.settings.seed);
  const uniform: Uniform = () => uniformFloat64(rng);
  // Every draw sets every drawn input, so one inputs object is rewritten in place (evaluateInputs never
  // writes to its inputs).
  const inputs = resolveInputs({ ...scenario });
  let done = 0;
  return {
    total,
    get done() {
      return done;
    },
    step(count: number): void {
      const end = Math.min(total, done + count);
      for (let i = done; i < end; i++) {
        drawInto(plan, uniform, inputs, tally, i);
        countDraw(inputs, tally, i);
      }
      done = end;
    },
    result: () => summarise(plan, tally, done),
    samples: () => samplesOf(plan, tally, done),
  };
}

/** Monte Carlo over the scenario's plausible ranges: bands, lead odds and Azure's gap. Deterministic per seed. */
export function simulate(scenario: Readonly<Scenario>, options: SimulationOptions = {}): SimulationResult {
  const sim = createSimulation(scenario, options);
  sim.step(sim.total);
  return sim.result();
}
