import type { ModelInputs } from '../inputs';
import { parameters, type NumberParameterSpec } from '../parameters';
import type { Scenario } from '../scenario';
import { resolveInputs } from '../inputs';

// A fast path for draws. Resolving a whole scenario into model inputs reads all 228 parameters by name
// (about a fifth of a draw's time, measured); a draw changes about 130. So each parameter's place in
// ModelInputs is found once, by asking resolveInputs itself (set the parameter to its two bounds and see
// which input moves, and how), and each draw writes its values straight there. resolveInputs stays the one
// mapping; a property test holds the fast path to it exactly.

export interface InputSetter {
  path: readonly string[];
  /** input = value × scale + offset (every mapping in resolveInputs is linear: a unit or a percentage). */
  scale: number;
  offset: number;
}

function leafDiffs(a: unknown, b: unknown, path: string[], out: { path: string[]; a: number; b: number }[]): void {
  if (typeof a === 'number' && typeof b === 'number') {
    if (a !== b) out.push({ path: [...path], a, b });
    return;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of Object.keys(a)) leafDiffs((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...path, k], out);
  }
}

const setterCache = new Map<string, readonly InputSetter[]>();
/** Where a number parameter lands in ModelInputs. */
export function inputSetters(spec: NumberParameterSpec): readonly InputSetter[] {
  let setters = setterCache.get(spec.id);
  if (!setters) {
    const probe: Scenario = {};
    for (const p of parameters) probe[p.id] = p.default;
    const low = resolveInputs({ ...probe, [spec.id]: spec.min });
    const high = resolveInputs({ ...probe, [spec.id]: spec.max });
    const diffs: { path: string[]; a: number; b: number }[] = [];
    leafDiffs(low, high, [], diffs);
    setters = diffs.map(({ path, a, b }) => {
      const scale = (b - a) / (spec.max - spec.min);
      return { path, scale, offset: a - scale * spec.min };
    });
    setterCache.set(spec.id, setters);
  }
  return setters;
}

/** Writes a parameter's value into model inputs in place, as resolveInputs would have. */
export function setInput(inputs: ModelInputs, setters: readonly InputSetter[], value: number): void {
  for (const { path, scale, offset } of setters) {
    let target = inputs as unknown as Record<string, unknown>;
    for (let i = 0; i < path.length - 1; i++) target = target[path[i] as string] as Record<string, unknown>;
    target[path[path.length - 1] as string] = value * scale + offset;
  }
}
