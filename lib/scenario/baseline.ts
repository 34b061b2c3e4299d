/**
 * The baseline: "p.<preset>_<key>.<value>_<key>.<value>", each pair split at its first dot (keys have
 * none), its values relative to its preset (or the defaults) as the scenario's are, so it is as short as a
 * link. '_' never occurs in keys, preset ids or values; neither '_' nor '.' needs escaping in a URL.
 */
import { getPreset, parameters, parametersByKey, type Scenario, type ScenarioProblem } from '@/lib/engine';
import { baseScenarioFor, baseTextFor } from './base';
import { problems } from './messages';
import { runMigrations, type LinkParams } from './migrate';
import { serializeParameterValue, parseParameterValue } from './parse-value';
import { CURRENT_VALUES, isPresetId, type SchemaOptions } from './reading';
import { RESERVED_KEYS, SCHEMA_VERSION } from './schema';

/** A second scenario, pinned for comparison: its values and the preset it was relative to. */
export interface Baseline {
  scenario: Scenario;
  presetId: string | null;
}

export const PAIR = '_';
export const KV = '.';
const MAX_BASELINE_LENGTH = 4000;

/** The baseline as the `b` value; always names its preset (`public` for the defaults) so it is never empty. */
export function encodeBaseline(baseline: Baseline): string {
  const presetId = baseline.presetId !== null && getPreset(baseline.presetId) ? baseline.presetId : 'public';
  const baseText = baseTextFor(presetId === 'public' ? null : presetId);
  const parts = [`p${KV}${presetId}`];
  for (const spec of parameters) {
    const value = baseline.scenario[spec.id];
    if (value === undefined) continue;
    const text = serializeParameterValue(spec, value);
    if (text !== baseText.get(spec.id)) parts.push(`${spec.key}${KV}${text}`);
  }
  return parts.join(PAIR);
}

/** A `b` value in the current version as a baseline, or null if unreadable (the UI's reading of the URL). */
export function readBaselineValue(raw: string): Baseline | null {
  return readBaseline(raw, SCHEMA_VERSION, CURRENT_VALUES, []);
}

/** Reads a `b` value as a scenario: migrated from the link's version, values checked like the scenario's. */
export function readBaseline(raw: string, readAs: number, schema: SchemaOptions, found: ScenarioProblem[]): Baseline | null {
  return readScenarioText(raw, readAs, schema, found, 'Baseline: ', () => problems.unreadableBaseline(raw));
}

/**
 * A scenario written as "p.<preset>_<key>.<value>_…" (a baseline, a story's slide): migrated from the link's
 * version, each value checked like the scenario's, each problem said with `prefix` so the reader knows which
 * scenario it concerns. Null (and `unreadable()` reported) when the text is not in that form.
 */
export function readScenarioText(
  raw: string,
  readAs: number,
  schema: SchemaOptions,
  found: ScenarioProblem[],
  prefix: string,
  unreadable: () => ScenarioProblem,
): Baseline | null {
  if (raw.length > MAX_BASELINE_LENGTH) {
    found.push(unreadable());
    return null;
  }
  const inner: LinkParams = new Map();
  for (const token of raw.split(PAIR)) {
    const at = token.indexOf(KV);
    if (at <= 0) {
      found.push(unreadable());
      return null;
    }
    const key = token.slice(0, at);
    const values = inner.get(key);
    if (values) values.push(token.slice(at + 1));
    else inner.set(key, [token.slice(at + 1)]);
  }
  const { params } = runMigrations(inner, readAs, schema.schemaVersion, schema.migrations);
  const own: ScenarioProblem[] = [];
  const presetRaw = params.get(RESERVED_KEYS.preset)?.[0];
  const presetId = presetRaw !== undefined && isPresetId(presetRaw) && presetRaw !== 'public' ? presetRaw : null;
  if (presetRaw !== undefined && !isPresetId(presetRaw)) own.push(problems.unknownPreset(presetRaw));
  const scenario = baseScenarioFor(presetId);
  for (const [key, values] of params) {
    if (key === RESERVED_KEYS.preset) continue;
    const spec = parametersByKey.get(key);
    if (!spec) {
      own.push(problems.unknownKey(key));
      continue;
    }
    const { value, problem } = parseParameterValue(spec, values[0] ?? '', scenario[spec.id] ?? spec.default);
    scenario[spec.id] = value;
    if (problem) own.push(problem);
  }
  for (const p of own) found.push({ ...p, message: `${prefix}${p.message}` });
  return { scenario, presetId };
}
