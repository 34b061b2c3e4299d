/** The Risk view's simulation settings as link keys (`n`, `seed`, `spr`, `conc`): read, checked and written. */
import { DEFAULT_SIMULATION_SETTINGS, SIMULATION_SETTINGS, type ScenarioProblem, type SimulationSettings, type SimulationSettingSpec } from '@/lib/engine';
import { problems } from './messages';
import type { LinkParams } from './migrate';

export const SETTING_KEYS: ReadonlySet<string> = new Set(SIMULATION_SETTINGS.map((s) => s.key));

/**
 * One simulation setting from its URL text: a plain decimal within bounds, rounded to the setting's step.
 * Never throws: unreadable text is a problem and the default; out of bounds is clamped with a problem.
 */
export function parseSimulationSetting(spec: SimulationSettingSpec, raw: string): { value: number; problem?: ScenarioProblem } {
  const text = typeof raw === 'string' ? raw : '';
  const n = text.length <= 32 && DECIMAL.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(n)) return { value: spec.default, problem: problems.badSetting(spec, text) };
  const stepped = Number((Math.round(n / spec.step) * spec.step).toFixed(6));
  const value = Math.min(spec.max, Math.max(spec.min, stepped));
  if (n < spec.min || n > spec.max) return { value, problem: problems.clampedSetting(spec, text, value) };
  // Between two steps (a seed of 1.5, 1,234 draws): the run uses the nearest step, and the notice says so, as
  // for a clamped value (a new-user review saw seed=1.5 run as seed 2 without a word).
  if (Math.abs(stepped - n) > 1e-9 * Math.max(1, Math.abs(n))) return { value, problem: problems.steppedSetting(spec, text, value) };
  return { value: value === 0 ? 0 : value };
}

/** A setting's URL text (the step's precision, no trailing zeros). */
export function serializeSimulationSetting(spec: SimulationSettingSpec, value: number): string {
  return String(Number(value.toFixed(6)));
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function readSimulationSettings(params: LinkParams, found: ScenarioProblem[]): Partial<SimulationSettings> {
  const out: Partial<SimulationSettings> = {};
  for (const spec of SIMULATION_SETTINGS) {
    const values = params.get(spec.key);
    if (!values || values.length === 0) continue;
    const first = values[0] ?? '';
    const { value, problem } = parseSimulationSetting(spec, first);
    if (problem) found.push(problem);
    if (values.length > 1) found.push(problems.repeatedSetting(spec, first));
    if (value !== DEFAULT_SIMULATION_SETTINGS[spec.id]) out[spec.id] = value;
  }
  return out;
}

/** [key, text] for each setting that differs from its default, in SIMULATION_SETTINGS order. */
export function settingsText(settings: Partial<SimulationSettings> | undefined): [string, string][] {
  if (!settings) return [];
  const out: [string, string][] = [];
  for (const spec of SIMULATION_SETTINGS) {
    const v = settings[spec.id];
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    const { value } = parseSimulationSetting(spec, serializeSimulationSetting(spec, v));
    if (value !== DEFAULT_SIMULATION_SETTINGS[spec.id]) out.push([spec.key, serializeSimulationSetting(spec, value)]);
  }
  return out;
}
