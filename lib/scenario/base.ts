/** The scenario a link's values are written against: a preset applied on the defaults, or the defaults. */
import { applyPreset, defaultScenario, getPreset, parameters, type Scenario } from '@/lib/engine';
import { serializeParameterValue } from './parse-value';

// One private, unfrozen base per preset, copied on every call. Spreading the engine's frozen defaults costs
// about 50 µs a time in V8 (a slow path for frozen sources) against about 1 µs for a plain object, and
// decoding copies a base for every link it reads.
const baseCache = new Map<string | null, Readonly<Scenario>>();

/** The scenario a link's values are relative to: the preset applied on the defaults, or the defaults. A fresh copy. */
export function baseScenarioFor(presetId: string | null): Scenario {
  return { ...baseValuesFor(presetId) };
}

/** The same base, shared and read-only: for comparing against, never for handing out. */
export function baseValuesFor(presetId: string | null): Readonly<Scenario> {
  const known = presetId !== null && getPreset(presetId) ? presetId : null;
  let base = baseCache.get(known);
  if (!base) {
    base = { ...(known === null ? defaultScenario() : applyPreset(known)) };
    baseCache.set(known, base);
  }
  return base;
}

// Base values as URL text, per preset: encoding compares text, so a value that rounds to the base is omitted.
const baseTextCache = new Map<string | null, ReadonlyMap<string, string>>();
export function baseTextFor(presetId: string | null): ReadonlyMap<string, string> {
  let texts = baseTextCache.get(presetId);
  if (!texts) {
    const base = baseScenarioFor(presetId);
    texts = new Map(parameters.map((p) => [p.id, serializeParameterValue(p, base[p.id] ?? p.default)]));
    baseTextCache.set(presetId, texts);
  }
  return texts;
}
