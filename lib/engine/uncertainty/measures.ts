/** The measures the uncertainty tools read from a result, and the lean evaluation they run per draw. */
import { evaluateInputs, type CloudResult, type ScenarioResult } from '../evaluate';
import type { CloudId } from '../ids';
import { resolveInputs } from '../inputs';
import type { Scenario } from '../scenario';
import type { UncertainMeasure } from '../simulation-settings';

/** A cloud's measure summed over 2025-2031, USD bn, from its result. */
export function cloudMeasure(cloud: CloudResult, measure: UncertainMeasure): number {
  const c = cloud.cumulative;
  return measure === 'hostedCompute' ? c.hostedComputeUsdBn : measure === 'revenue' ? c.revenueUsdBn : c.companyGrossProfitUsdBn;
}

/** A cloud's measure summed over 2025-2031, USD bn. */
export function cumulativeMeasure(result: ScenarioResult, cloud: CloudId, measure: UncertainMeasure): number {
  return cloudMeasure(result.clouds[cloud], measure);
}

/** Clouds' figures only: contract coverage is not needed for any measure here. */
export const LEAN = Object.freeze({ commitments: false });

export function evaluateScenario(scenario: Readonly<Scenario>): ScenarioResult {
  return evaluateInputs(resolveInputs(scenario), LEAN);
}
