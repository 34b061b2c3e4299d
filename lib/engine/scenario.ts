/**
 * Scenarios: a value for every registry parameter, keyed by parameter id.
 * Validation is derived from the registry: numbers are clamped to [min, max], enums fall back to their
 * default, missing ids take their default. Bad input is a value with a message, never an exception.
 */
import { parameters, parametersById, type ParameterSpec } from './parameters';

/** Parameter id -> value; every id present. Percentages are 0-100, as sliders show them. */
export type Scenario = Record<string, number | string>;

export type ProblemKind = 'unknown' | 'malformed' | 'clamped' | 'invalid-option' | 'version';

/** Something about an input that could not be used as given, in words a user understands. */
export interface ScenarioProblem {
  kind: ProblemKind;
  /** The parameter id, where the problem concerns one. */
  id?: string;
  message: string;
}

// Private and never handed out, so it needs no freezing (spreading a frozen object is ~50× slower in V8).
let cachedDefaults: Scenario | undefined;

/** The "Public data" scenario: every parameter at its registry default. Returns a fresh copy. */
export function defaultScenario(): Scenario {
  if (!cachedDefaults) {
    cachedDefaults = {};
    for (const p of parameters) cachedDefaults[p.id] = p.default;
  }
  return { ...cachedDefaults };
}

export function formatParameterValue(spec: ParameterSpec, value: number | string): string {
  if (spec.kind === 'enum') return spec.options.find((o) => o.value === value)?.label ?? String(value);
  const n = typeof value === 'number' ? value : Number(value);
  // A true minus sign, as everywhere the product shows numbers (DESIGN.md, "Numbers").
  const v = n < 0 ? `\u2212${-n}` : `${n}`;
  switch (spec.unit) {
    case 'USD bn':
      return n < 0 ? `\u2212$${-n}B` : `$${n}B`;
    case 'USD bn/yr':
      return n < 0 ? `\u2212$${-n}B a year` : `$${n}B a year`;
    case '%':
      return `${v}%`;
    case '%/yr':
      return `${v}% a year`;
    case 'pts':
      return `${v} pts`;
    case '×':
      return `${v}×`;
    case 'weight':
    case 'year':
      return `${v}`;
  }
}

/**
 * Validates one value against its spec. Returns the usable value and, if it had to change, why.
 * Accepts numbers only as finite JS numbers; parsing text is the URL codec's job.
 */
export function validateValue(spec: ParameterSpec, value: unknown): { value: number | string; problem?: ScenarioProblem } {
  if (spec.kind === 'enum') {
    if (typeof value === 'string' && spec.options.some((o) => o.value === value)) return { value };
    return {
      value: spec.default,
      problem: {
        kind: 'invalid-option',
        id: spec.id,
        message: `${spec.label}: not one of ${spec.options.map((o) => o.label).join(', ')}; using ${formatParameterValue(spec, spec.default)}.`,
      },
    };
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return {
      value: spec.default,
      problem: {
        kind: 'malformed',
        id: spec.id,
        message: `${spec.label}: not a number; using the default, ${formatParameterValue(spec, spec.default)}.`,
      },
    };
  }
  if (value < spec.min || value > spec.max) {
    const clamped = Math.min(spec.max, Math.max(spec.min, value));
    return {
      value: clamped,
      problem: {
        kind: 'clamped',
        id: spec.id,
        message: `${spec.label}: ${formatParameterValue(spec, value)} is outside ${formatParameterValue(spec, spec.min)} to ${formatParameterValue(spec, spec.max)}; using ${formatParameterValue(spec, clamped)}.`,
      },
    };
  }
  // -0 would round-trip through a URL as "0"; normalise it so equal scenarios encode equally.
  return { value: value === 0 ? 0 : value };
}

/**
 * Completes and bounds a partial scenario: missing ids take their defaults, out-of-range numbers are
 * clamped, unknown ids are reported and dropped.
 */
export function sanitizeScenario(input: Readonly<Record<string, unknown>>): { scenario: Scenario; problems: ScenarioProblem[] } {
  const scenario = defaultScenario();
  const problems: ScenarioProblem[] = [];
  for (const id of Object.keys(input)) {
    const spec = parametersById.get(id);
    if (!spec) {
      problems.push({ kind: 'unknown', message: `Unknown parameter “${id}” ignored.` });
      continue;
    }
    const { value, problem } = validateValue(spec, input[id]);
    scenario[id] = value;
    if (problem) problems.push(problem);
  }
  return { scenario, problems };
}

/** Ids whose value differs from the base scenario (defaults unless given). */
export function changedParameterIds(scenario: Readonly<Scenario>, base: Readonly<Scenario> = defaultScenario()): string[] {
  return parameters.filter((p) => scenario[p.id] !== undefined && scenario[p.id] !== base[p.id]).map((p) => p.id);
}

/** Ids whose values differ between two scenarios (a missing id counts as its default), in registry order. */
export function differingIds(from: Readonly<Scenario>, to: Readonly<Scenario>): string[] {
  return parameters.filter((p) => (from[p.id] ?? p.default) !== (to[p.id] ?? p.default)).map((p) => p.id);
}

/**
 * A scenario's values in registry order, as one string: equal for equal scenarios whatever their key
 * order, so results can be cached and handed from the server to the browser by it.
 */
export function scenarioKey(scenario: Readonly<Scenario>): string {
  return parameters.map((p) => String(scenario[p.id])).join('|');
}
