/** Sensitivity (the tornado): one parameter at a time across its plausible range. */
import type { CloudId } from '../ids';
import type { Scenario } from '../scenario';
import type { UncertainMeasure } from '../simulation-settings';
import { cumulativeMeasure, evaluateScenario } from './measures';
import { hasRange, numberParameters, numberValue, plausibleRange } from './ranges';

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
