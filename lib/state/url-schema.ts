/**
 * The dashboard's URL schema: one nuqs parser per query key, built from the registry through the shared
 * codec (lib/scenario), so the dashboard and every test read links the same way. A key with a fixed default
 * (view, figure in focus, measure, simulation settings, columns, story) reads as that default when absent,
 * and nuqs clears it from the URL when it is set back to it (`withDefault` + `clearOnDefault`). A
 * parameter's default depends on the chosen preset, so parameters stay nullable and the hook writes null for
 * a value equal to its base (use-scenario.ts).
 */
import { createParser, createSerializer, parseAsInteger, parseAsNativeArrayOf, parseAsString, parseAsStringLiteral, type inferParserType } from 'nuqs';
import {
  CLOUDS,
  DEFAULT_THESIS_MEASURE,
  SIMULATION_SETTINGS,
  THESIS_MEASURES,
  UNCERTAIN_MEASURES,
  parameters,
  presets,
  type ParameterSpec,
  type SimulationSettingSpec,
  type SimulationSettings,
} from '@/lib/engine';
import {
  DEFAULT_FOCUS,
  RESERVED_KEYS,
  VIEW_IDS,
  parseParameterValue,
  parseSimulationSetting,
  readBaselineValue,
  serializeParameterValue,
  serializeSimulationSetting,
  DEFAULT_VIEW,
} from '@/lib/scenario';

/**
 * URL writes at most every 200 ms while dragging: 50 in a 10-second drag, far under the 100 that Safari,
 * Firefox and Chromium allow (nuqs docs: Safari needs ~340 ms for sustained writes; 100 calls / 10 s).
 */
export const URL_THROTTLE_MS = 200;

/** The view a link without `view` opens; never written (defined beside the view ids). */
export { DEFAULT_VIEW };

/**
 * Parameter ids all have a dot ('market.spend2025'), the schema's other keys none, so the two never meet and
 * each named key keeps its own type. `byParameter` fails `tsc` if an id without a dot is added.
 */
type ParameterKey = `${string}.${string}`;
function byParameter<T>(make: (spec: ParameterSpec) => T): Record<ParameterKey, T> {
  const out: Record<ParameterKey, T> = {};
  for (const spec of parameters) {
    const key: ParameterKey = spec.id;
    out[key] = make(spec);
  }
  return out;
}

// Out-of-range values are clamped (a usable value); malformed ones read as absent (the base).
const parameterParser = (spec: ParameterSpec) =>
  createParser<number | string>({
    parse: (raw) => {
      const { value, problem } = parseParameterValue(spec, raw);
      return problem && problem.kind !== 'clamped' ? null : value;
    },
    serialize: (value) => serializeParameterValue(spec, value),
    eq: (a, b) => a === b,
  });

// Simulation settings (the Risk view): clamped like parameters; unreadable text reads as the default.
function settingParser(id: SimulationSettingSpec['id']) {
  const spec = SIMULATION_SETTINGS.find((s) => s.id === id);
  if (!spec) throw new Error(`No simulation setting ${id}`);
  return createParser<number>({
    parse: (raw) => {
      const { value, problem } = parseSimulationSetting(spec, raw);
      return problem && problem.kind !== 'clamped' ? null : value;
    },
    serialize: (value) => serializeSimulationSetting(spec, value),
    eq: (a, b) => a === b,
  }).withDefault(spec.default);
}

const settingParsers = {
  samples: settingParser('samples'),
  seed: settingParser('seed'),
  spread: settingParser('spread'),
  concentration: settingParser('concentration'),
} satisfies Record<keyof SimulationSettings, unknown>;

// Every named key but `v`, which is written exactly when one of these or a parameter is.
const linkParsers = {
  ...settingParsers,
  preset: parseAsStringLiteral(presets.map((p) => p.id)),
  view: parseAsStringLiteral(VIEW_IDS).withDefault(DEFAULT_VIEW),
  focusCloud: parseAsStringLiteral(CLOUDS).withDefault(DEFAULT_FOCUS.cloud),
  focusMeasure: parseAsStringLiteral(UNCERTAIN_MEASURES).withDefault(DEFAULT_FOCUS.measure),
  measure: parseAsStringLiteral(THESIS_MEASURES).withDefault(DEFAULT_THESIS_MEASURE),
  // The pinned baseline, one short value; the codec reads it (an unreadable one counts as none).
  baseline: createParser<string>({ parse: (raw) => (readBaselineValue(raw) ? raw : null), serialize: (v) => v, eq: (a, b) => a === b }),
  // The Compare view's added columns: one raw `cc` value each (the codec reads them; unreadable ones are dropped).
  // parseAsNativeArrayOf defaults to [] itself, so an empty list leaves the URL.
  columns: parseAsNativeArrayOf(parseAsString),
  // The story: one raw `st` value per slide (the codec reads them; unreadable ones are dropped).
  story: parseAsNativeArrayOf(parseAsString),
  // The slide being presented (1-based).
  present: parseAsInteger,
};

/** The schema: every parameter (nullable), the named keys, and the link schema's version. */
export const urlSchema = Object.assign({}, byParameter(parameterParser), linkParsers, { version: parseAsInteger });

/** Short keys in the URL: each parameter's registry key, and the codec's reserved keys for the rest. */
export const urlKeys = Object.assign(
  {},
  byParameter((spec) => spec.key),
  RESERVED_KEYS,
);

/** What the URL holds, as read: defaults filled in; a parameter is null when it is at its base. */
export type UrlState = inferParserType<typeof urlSchema>;
/** Keys to change; a key with a default is set to a value (set to its default, it leaves the URL). */
export type UrlUpdate = Partial<UrlState>;

/** Every parameter back to its base (out of the URL). */
export const NO_PARAMETERS: Readonly<UrlUpdate> = Object.freeze(byParameter(() => null));

const serializeLink = createSerializer(linkParsers, { urlKeys: RESERVED_KEYS });

/** Whether a state writes anything besides `v` to the URL (then `v` is written too). Runs on every drag step. */
export function writesAnything(state: UrlState): boolean {
  return parameters.some((p) => state[p.id] != null) || serializeLink(state) !== '';
}
