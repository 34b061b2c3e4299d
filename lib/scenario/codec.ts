/**
 * Scenario links: the whole scenario, its preset and the active view as a URL query, holding only what
 * differs from the base (the preset on the defaults, or the defaults alone).
 *
 * Written order, fixed so the same state always gives the same link:
 *   v=<SCHEMA_VERSION> & <changed parameters, in registry order> & p=<preset> & view=<view>
 * `v` is written whenever anything else is; the default dashboard's link is the empty string.
 */
import {
  applyPreset,
  CLOUDS,
  UNCERTAIN_MEASURES,
  DEFAULT_SIMULATION_SETTINGS,
  DEFAULT_THESIS_MEASURE,
  isThesisMeasure,
  SIMULATION_SETTINGS,
  defaultScenario,
  getPreset,
  parameters,
  parametersById,
  parametersByKey,
  type Scenario,
  type ScenarioProblem,
  type CloudId,
  type SimulationSettings,
  type SimulationSettingSpec,
  type UncertainMeasure,
  type ThesisMeasure,
} from '@/lib/engine';
import { problems } from './messages';
import { migrations as releasedMigrations, runMigrations, type LinkParams, type Migration } from './migrations';
import { parseParameterValue, serializeParameterValue } from './parse-value';
import { isTrackingKey, isViewId, RESERVED_KEYS, SCHEMA_VERSION, type ViewId } from './schema';

export interface DecodedLink {
  /** Every registry id present, every value within its bounds. */
  scenario: Scenario;
  /** A known preset id, or null. */
  presetId: string | null;
  /** null: the dashboard's default view. */
  view: ViewId | null;
  /**
   * The version the link was written in: its `v`, or 1 when it has none (links before versioning were v1).
   * A newer `v` is reported as given although the link is read as the current version; an unreadable one
   * counts as the current version.
   */
  version: number;
  /**
   * The link schema (and model) version the link was made with, when older than the current one: read from
   * `v`, or from `from` on a link the server has already upgraded. Null for a current link. Not a problem:
   * every assumption the link set is kept, but its figures now come from a newer model, which the dashboard says.
   */
  olderVersion: number | null;
  /**
   * For a link made with an older model (olderVersion set): whether it named its version (`v=`; a link
   * without one is read as a link from before versioning, model v1), and the weights the migration wrote in
   * beside the ones it set, so each group keeps the shares its sender saw (parameter ids, in registry order).
   */
  upgrade: { versionNamed: boolean; writtenIn: readonly string[] } | null;
  /** How the Risk view's simulation runs: only the settings the link gives (the rest take their defaults). */
  simulation: Partial<SimulationSettings>;
  /** The pinned baseline the scenario is compared with, or null (then: against Public data). */
  baseline: Baseline | null;
  /** The Compare view's columns after A and B (C, D): at most MAX_COMPARE_COLUMNS − 2; empty when the link has none. */
  columns: Baseline[];
  /** The figure in focus (tornado, waterfall): only what the link gives. */
  focus: Partial<Focus>;
  /** What the headline, winner analysis and odds speak of; the default (cloud AI revenue) when the link names none. */
  measure: ThesisMeasure;
  /** The story's slides, in order; empty when the link has none. */
  story: Slide[];
  /** The slide being presented (1-based), or null: the dashboard, not present mode. */
  present: number | null;
  /** In words a user understands; empty for a clean link. */
  problems: ScenarioProblem[];
}

/** The figure a tornado or waterfall is about: a cloud's measure over 2025-2031. */
export interface Focus {
  cloud: CloudId;
  measure: UncertainMeasure;
}

/** A second scenario, pinned for comparison: its values and the preset it was relative to. */
export interface Baseline {
  scenario: Scenario;
  presetId: string | null;
}

export interface EncodeOptions {
  presetId?: string | null;
  view?: ViewId | null;
  /** The pinned baseline; null or absent: none. */
  baseline?: Baseline | null;
  /** The Compare view's columns after A and B (none: no `cc`). */
  columns?: readonly Baseline[];
  focus?: Partial<Focus>;
  /** The thesis' measure; the default is not written. */
  measure?: ThesisMeasure | null;
  /** Simulation settings; those at their default are not written. */
  simulation?: Partial<SimulationSettings>;
  /** The story's slides (none: no `st`). */
  story?: readonly Slide[];
  /** The slide being presented, 1-based; written only when it is one of `story`'s. */
  present?: number | null;
}

export interface SchemaOptions {
  migrations: readonly Migration[];
  schemaVersion: number;
}

// One private, unfrozen base per preset, copied on every call. Spreading the engine's frozen defaults costs
// about 50 µs a time in V8 (a slow path for frozen sources) against about 1 µs for a plain object, and
// decoding copies a base for every link it reads.
const baseCache = new Map<string | null, Readonly<Scenario>>();

/** The scenario a link's values are relative to: the preset applied on the defaults, or the defaults. A fresh copy. */
export function baseScenarioFor(presetId: string | null): Scenario {
  const known = presetId !== null && getPreset(presetId) ? presetId : null;
  let base = baseCache.get(known);
  if (!base) {
    base = { ...(known === null ? defaultScenario() : applyPreset(known)) };
    baseCache.set(known, base);
  }
  return { ...base };
}

// Base values as URL text, per preset: encoding compares text, so a value that rounds to the base is omitted.
const baseTextCache = new Map<string | null, ReadonlyMap<string, string>>();
function baseTextFor(presetId: string | null): ReadonlyMap<string, string> {
  let texts = baseTextCache.get(presetId);
  if (!texts) {
    const base = baseScenarioFor(presetId);
    texts = new Map(parameters.map((p) => [p.id, serializeParameterValue(p, base[p.id] ?? p.default)]));
    baseTextCache.set(presetId, texts);
  }
  return texts;
}

/** The query for a scenario (no leading '?'). Ids missing from `scenario` count as their base value. */
export function encodeScenario(scenario: Readonly<Scenario>, options: EncodeOptions = {}): string {
  const presetId = options.presetId != null && getPreset(options.presetId) ? options.presetId : null;
  const view = isViewId(options.view) ? options.view : null;
  const baseText = baseTextFor(presetId);
  const changed: [string, string][] = [];
  for (const spec of parameters) {
    const value = scenario[spec.id];
    if (value === undefined) continue;
    const text = serializeParameterValue(spec, value);
    if (text !== baseText.get(spec.id)) changed.push([spec.key, text]);
  }
  const settings = settingsText(options.simulation);
  const baseline = options.baseline ? encodeBaseline(options.baseline) : null;
  const columns = (options.columns ?? []).slice(0, MAX_COMPARE_COLUMNS - 2).map(encodeBaseline);
  const focus = focusText(options.focus);
  const measure = options.measure && isThesisMeasure(options.measure) && options.measure !== DEFAULT_THESIS_MEASURE ? options.measure : null;
  const story = (options.story ?? []).slice(0, MAX_SLIDES).map(encodeSlide);
  const present = options.present != null && Number.isInteger(options.present) && options.present >= 1 && options.present <= story.length ? options.present : null;
  if (changed.length === 0 && presetId === null && view === null && settings.length === 0 && baseline === null && columns.length === 0 && focus.length === 0 && measure === null && story.length === 0) return '';
  const query = new URLSearchParams([[RESERVED_KEYS.version, String(SCHEMA_VERSION)], ...changed]);
  if (presetId !== null) query.append(RESERVED_KEYS.preset, presetId);
  if (view !== null) query.append(RESERVED_KEYS.view, view);
  if (baseline !== null) query.append(RESERVED_KEYS.baseline, baseline);
  for (const text of columns) query.append(RESERVED_KEYS.columns, text);
  for (const [key, text] of focus) query.append(key, text);
  if (measure !== null) query.append(RESERVED_KEYS.measure, measure);
  for (const [key, text] of settings) query.append(key, text);
  for (const text of story) query.append(RESERVED_KEYS.story, text);
  if (present !== null) query.append(RESERVED_KEYS.present, String(present));
  return query.toString();
}

/**
 * A decoded link written back in full and in canonical form: what it could use, nothing it could not. For
 * tidying an address bar or carrying the link to another page; written here so no field can be forgotten.
 */
export function canonicalQuery(decoded: Omit<DecodedLink, 'version' | 'olderVersion' | 'problems'>): string {
  return encodeScenario(decoded.scenario, {
    presetId: decoded.presetId,
    view: decoded.view,
    simulation: decoded.simulation,
    baseline: decoded.baseline,
    columns: decoded.columns,
    focus: decoded.focus,
    measure: decoded.measure,
    story: decoded.story,
    present: decoded.present,
  });
}

/** Reads a link's query ('?' and '#hash' optional). Never throws; anything unusable becomes a problem. */
export function decodeScenario(query: string): DecodedLink {
  return decodeScenarioWith(query, { migrations: releasedMigrations, schemaVersion: SCHEMA_VERSION });
}

/** decodeScenario with the migrations and target version given, so tests can prove the runner works. */
export function decodeScenarioWith(query: string, schema: SchemaOptions): DecodedLink {
  const found: ScenarioProblem[] = [];
  const raw = readQuery(query);

  const fromValues = raw.get(RESERVED_KEYS.from);
  raw.delete(RESERVED_KEYS.from);
  // A link with nothing in it is the default dashboard, whatever version it would count as; nor does a
  // link holding only a story (stories came after v1) count as an old link.
  const empty = Array.from(raw.keys()).every((k) => isTrackingKey(k)) || onlyStory(raw);
  const { version, readAs } = empty
    ? { version: schema.schemaVersion, readAs: schema.schemaVersion }
    : readVersion(raw.get(RESERVED_KEYS.version), schema.schemaVersion, found);
  const versionKeyGiven = raw.has(RESERVED_KEYS.version);
  raw.delete(RESERVED_KEYS.version);
  const upgradedFrom = readUpgradedFrom(fromValues, schema.schemaVersion);
  // A link that names only a view shows Public data whatever model made it: nothing to say about it.
  const olderVersion = version < schema.schemaVersion && setsAssumptions(raw) ? version : (upgradedFrom?.version ?? null);
  const { params, reached } = runMigrations(raw, readAs, schema.schemaVersion, schema.migrations);
  const upgrade =
    olderVersion === null ? null : upgradedFrom && olderVersion === upgradedFrom.version && readAs === schema.schemaVersion
      ? { versionNamed: upgradedFrom.versionNamed, writtenIn: upgradedFrom.writtenIn }
      : { versionNamed: versionKeyGiven, writtenIn: writtenWeights(raw, params) };
  if (reached < schema.schemaVersion) found.push(problems.notUpgraded(readAs, reached));

  // The preset comes first whatever its position: every parameter value is read against its base.
  const presetId = readReserved(params.get(RESERVED_KEYS.preset), 'preset', isPresetId, problems.unknownPreset, found);
  const view = readReserved(params.get(RESERVED_KEYS.view), 'view', isViewId, problems.unknownView, found);
  const simulation = readSimulationSettings(params, found);
  const baselineRaw = params.get(RESERVED_KEYS.baseline);
  if (baselineRaw && baselineRaw.length > 1) found.push(problems.repeatedReserved('baseline', baselineRaw[0] ?? ''));
  const baseline = baselineRaw ? readBaseline(baselineRaw[0] ?? '', readAs, schema, found) : null;
  const columns = readColumns(params.get(RESERVED_KEYS.columns) ?? [], readAs, schema, found);
  const focus: Partial<Focus> = {};
  const fc = readReserved(params.get(RESERVED_KEYS.focusCloud), 'cloud', isFocusCloud, (raw) => problems.unknownFocus('cloud', raw), found);
  if (fc !== null && fc !== DEFAULT_FOCUS.cloud) focus.cloud = fc;
  const fm = readReserved(params.get(RESERVED_KEYS.focusMeasure), 'figure', isFocusMeasure, (raw) => problems.unknownFocus('figure', raw), found);
  if (fm !== null && fm !== DEFAULT_FOCUS.measure) focus.measure = fm;
  const measure = readReserved(params.get(RESERVED_KEYS.measure), 'measure', isThesisMeasure, problems.unknownMeasure, found) ?? DEFAULT_THESIS_MEASURE;
  // Slides written before they carried their context take the link's, as they always did.
  const inherited: SlideContext = { baseline, focus: { ...DEFAULT_FOCUS, ...focus }, measure, simulation };
  const story = readStory(params.get(RESERVED_KEYS.story) ?? [], readAs, schema, found, inherited);
  const present = readPresent(params.get(RESERVED_KEYS.present), story.length, found);
  // Each key appears once in `params`, so until it is read, scenario[id] still holds the base value.
  const scenario = baseScenarioFor(presetId);

  for (const [key, values] of params) {
    if (
      key === RESERVED_KEYS.preset ||
      key === RESERVED_KEYS.view ||
      key === RESERVED_KEYS.baseline ||
      key === RESERVED_KEYS.columns ||
      key === RESERVED_KEYS.focusCloud ||
      key === RESERVED_KEYS.focusMeasure ||
      key === RESERVED_KEYS.measure ||
      key === RESERVED_KEYS.story ||
      key === RESERVED_KEYS.present ||
      SETTING_KEYS.has(key) ||
      isTrackingKey(key)
    )
      continue;
    const spec = parametersByKey.get(key);
    if (!spec) {
      // A value with no name ("=x") is shown with its '=' so the reader sees what was ignored.
      found.push(problems.unknownKey(key === '' ? `=${values[0] ?? ''}` : key));
      continue;
    }
    const first = values[0] ?? '';
    const { value, problem } = parseParameterValue(spec, first, scenario[spec.id] ?? spec.default);
    scenario[spec.id] = value;
    if (problem) found.push(problem);
    if (values.length > 1) found.push(problems.repeatedParameter(spec, first));
  }
  return { scenario, presetId, view, version, olderVersion, upgrade, simulation, baseline, columns, focus, measure, story, present, problems: found };
}

/** The weights a migration added to a link (absent before, present after), as parameter ids in registry order. */
function writtenWeights(before: LinkParams, after: LinkParams): string[] {
  const ids = new Set<string>();
  for (const key of after.keys()) {
    const spec = parametersByKey.get(key);
    if (spec && spec.kind === 'number' && spec.unit === 'weight' && !before.has(key)) ids.add(spec.id);
  }
  return parameters.filter((p) => ids.has(p.id)).map((p) => p.id);
}

/** The figure in focus when a link names none. */
export const DEFAULT_FOCUS: Readonly<Focus> = { cloud: 'azure', measure: 'hostedCompute' };

function isFocusCloud(raw: string): raw is CloudId {
  return (CLOUDS as readonly string[]).includes(raw);
}
function isFocusMeasure(raw: string): raw is UncertainMeasure {
  return (UNCERTAIN_MEASURES as readonly string[]).includes(raw);
}

function focusText(focus: Partial<Focus> | undefined): [string, string][] {
  const out: [string, string][] = [];
  if (focus?.cloud && isFocusCloud(focus.cloud) && focus.cloud !== DEFAULT_FOCUS.cloud) out.push([RESERVED_KEYS.focusCloud, focus.cloud]);
  if (focus?.measure && isFocusMeasure(focus.measure) && focus.measure !== DEFAULT_FOCUS.measure) out.push([RESERVED_KEYS.focusMeasure, focus.measure]);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The baseline: "p.<preset>_<key>.<value>_<key>.<value>", each pair split at its first dot (keys have
// none), its values relative to its preset (or the defaults) as the scenario's are, so it is as short as a
// link. '_' never occurs in keys, preset ids or values; neither '_' nor '.' needs escaping in a URL.

const PAIR = '_';
const KV = '.';
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

/** A `b` value written in an older version, in the current one (unreadable text is kept as it was). */
function migrateBaselineText(raw: string, fromVersion: number): string {
  const inner: LinkParams = new Map();
  for (const token of raw.split(PAIR)) {
    const at = token.indexOf(KV);
    if (at <= 0) return raw;
    inner.set(token.slice(0, at), [...(inner.get(token.slice(0, at)) ?? []), token.slice(at + 1)]);
  }
  const { params } = runMigrations(inner, fromVersion, SCHEMA_VERSION, releasedMigrations);
  return Array.from(params, ([key, values]) => values.map((v) => `${key}${KV}${v}`).join(PAIR)).join(PAIR);
}

/** A `b` value in the current version as a baseline, or null if unreadable (the UI's reading of the URL). */
export function readBaselineValue(raw: string): Baseline | null {
  return readBaseline(raw, SCHEMA_VERSION, { migrations: releasedMigrations, schemaVersion: SCHEMA_VERSION }, []);
}

/** Reads a `b` value as a scenario: migrated from the link's version, values checked like the scenario's. */
function readBaseline(raw: string, readAs: number, schema: SchemaOptions, found: ScenarioProblem[]): Baseline | null {
  return readScenarioText(raw, readAs, schema, found, 'Baseline: ', () => problems.unreadableBaseline(raw));
}

/**
 * A scenario written as "p.<preset>_<key>.<value>_…" (a baseline, a story's slide): migrated from the link's
 * version, each value checked like the scenario's, each problem said with `prefix` so the reader knows which
 * scenario it concerns. Null (and `unreadable()` reported) when the text is not in that form.
 */
function readScenarioText(
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

// ---------------------------------------------------------------------------------------------------------
// The Compare view's columns: A (the baseline), B (the scenario on screen), then one `cc` value per added
// column, each a scenario written as the baseline is.

/** The most scenarios the Compare view sets side by side, A and B included. */
export const MAX_COMPARE_COLUMNS = 4;

/** A column's letter: A and B are the baseline and the scenario on screen, so added columns start at C. */
export function columnLetter(index: number): string {
  return String.fromCharCode(67 + index);
}

/** Reads `cc` values; unreadable ones are dropped with a problem, and those past the fourth column too. */
function readColumns(values: readonly string[], readAs: number, schema: SchemaOptions, found: ScenarioProblem[]): Baseline[] {
  const max = MAX_COMPARE_COLUMNS - 2;
  if (values.length > max) found.push(problems.tooManyColumns(MAX_COMPARE_COLUMNS, values.length));
  return values.slice(0, max).flatMap((raw, i) => {
    const letter = columnLetter(i);
    const read = readScenarioText(raw, readAs, schema, found, `Column ${letter}: `, () => problems.unreadableColumn(letter, raw));
    return read ? [read] : [];
  });
}

/** `cc` values in the current version as columns; unreadable ones are dropped (the UI's reading of the URL). */
export function readColumnValues(values: readonly string[]): Baseline[] {
  return readColumns(values, SCHEMA_VERSION, { migrations: releasedMigrations, schemaVersion: SCHEMA_VERSION }, []);
}

// ---------------------------------------------------------------------------------------------------------
// A story: one `st` value per slide, "<view>~<scenario>~<title>~<note>~<key>:<value>~…". The scenario is
// written as a baseline is (its preset and its differences, so it migrates with the link's version); the
// title and note are the only free text, with '%' and '~' escaped so '~' always separates fields. From the
// fifth field on, what else makes the slide's answer (issue 20), each field one `<key>:<value>` with the
// link's own keys: `b` its pinned baseline, `fc`/`fm` the figure in focus, `ms` the measure, `n`, `seed`,
// `spr`, `conc` the simulation settings, and `start` the scenario it started from when it was changed live.
// Only what differs from the defaults is written; a slide with nothing to add ends in an empty fifth field,
// so a slide that carries its own context (all defaults) is told from one written before it could (3 or 4
// fields), which takes the link's own context as it always did.

/** At most this many slides are read from a link: a story for a meeting, not a data store. */
export const MAX_SLIDES = 30;
export const MAX_SLIDE_TITLE = 120;
export const MAX_SLIDE_NOTE = 240;
const FIELD = '~';
const TAG = ':';
/** The tag of a slide's starting point (a scenario written as a baseline is). */
const START_TAG = 'start';

/**
 * Everything besides its scenario and view that makes a slide's answer: what it is compared with, which
 * figure the Compare and Risk views break down, what the headline speaks of, and how the odds are drawn.
 */
export interface SlideContext {
  /** The pinned baseline; null: against Public data. */
  baseline: Baseline | null;
  focus: Focus;
  measure: ThesisMeasure;
  /** Only the settings that differ from their defaults. */
  simulation: Partial<SimulationSettings>;
}

/** The context of a slide that says nothing else: Public data, the default figure, measure and settings. */
export const DEFAULT_SLIDE_CONTEXT: Readonly<SlideContext> = Object.freeze({
  baseline: null,
  focus: DEFAULT_FOCUS,
  measure: DEFAULT_THESIS_MEASURE,
  simulation: Object.freeze({}),
});

/** One slide of a story: what it shows and what it says. */
export interface Slide {
  view: ViewId;
  scenario: Scenario;
  presetId: string | null;
  title: string;
  /** The presenter's private note (never projected); '' for none. */
  note: string;
  /** Its baseline, figure in focus, measure and settings; absent: the defaults. Decoded slides always have it. */
  context?: SlideContext;
  /** The scenario it showed before a live change in present mode (what Reset restores); absent or null: unchanged. */
  start?: Baseline | null;
}

function escapeText(text: string): string {
  return text.replace(/%/g, '%25').replace(/~/g, '%7E');
}
function unescapeText(text: string): string {
  return text.replace(/%7E/gi, '~').replace(/%25/g, '%');
}

/** A slide's context and starting point as `<key>:<value>` fields, only what differs from the defaults. */
function contextFields(context: SlideContext | undefined, start: Baseline | null | undefined): string[] {
  const out: string[] = [];
  if (context?.baseline) out.push(`${RESERVED_KEYS.baseline}${TAG}${encodeBaseline(context.baseline)}`);
  for (const [key, text] of focusText(context?.focus)) out.push(`${key}${TAG}${text}`);
  const measure = context?.measure;
  if (measure && isThesisMeasure(measure) && measure !== DEFAULT_THESIS_MEASURE) out.push(`${RESERVED_KEYS.measure}${TAG}${measure}`);
  for (const [key, text] of settingsText(context?.simulation)) out.push(`${key}${TAG}${text}`);
  if (start) out.push(`${START_TAG}${TAG}${encodeBaseline(start)}`);
  return out;
}

/** A slide as its `st` value (always in the form that carries its own context: five fields or more). */
export function encodeSlide(slide: Slide): string {
  const scenario = encodeBaseline({ scenario: slide.scenario, presetId: slide.presetId });
  const title = escapeText(cleanText(slide.title, MAX_SLIDE_TITLE));
  const note = escapeText(cleanText(slide.note, MAX_SLIDE_NOTE));
  const extra = contextFields(slide.context, slide.start);
  return [slide.view, scenario, title, note, ...(extra.length > 0 ? extra : [''])].join(FIELD);
}

/** Free text as a slide keeps it: one line, trimmed, at most `max` characters (code points). */
function cleanText(text: string, max: number): string {
  const line = (typeof text === 'string' ? text : '').replace(/[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]+/g, ' ').trim();
  const chars = Array.from(line);
  return chars.length > max ? chars.slice(0, max).join('').trimEnd() : line;
}

/** Fields past the note: at most one per key the slide can carry, so a link cannot grow a slide without bound. */
const MAX_SLIDE_FIELDS = 4 + 5 + SIMULATION_SETTINGS.length;

/**
 * A slide's `<key>:<value>` fields as its context and starting point, each value checked as the link's own
 * would be and each problem said with the slide's number. An unknown key is reported and ignored.
 */
function readContextFields(
  fields: readonly string[],
  n: number,
  readAs: number,
  schema: SchemaOptions,
  found: ScenarioProblem[],
): { context: SlideContext; start: Baseline | null } {
  const prefix = `Slide ${n}: `;
  const own: ScenarioProblem[] = [];
  const params: LinkParams = new Map();
  for (const field of fields) {
    if (field === '') continue;
    const at = field.indexOf(TAG);
    const key = at > 0 ? field.slice(0, at) : field;
    const values = params.get(key);
    if (values) values.push(field.slice(at + 1));
    else params.set(key, [field.slice(at + 1)]);
  }
  let baseline: Baseline | null = null;
  let start: Baseline | null = null;
  for (const [key, values] of params) {
    if (key === RESERVED_KEYS.baseline) baseline = readScenarioText(values[0] ?? '', readAs, schema, own, 'Baseline: ', () => problems.unreadableBaseline(values[0] ?? ''));
    else if (key === START_TAG) start = readScenarioText(values[0] ?? '', readAs, schema, own, 'Starting point: ', () => problems.unreadableSlide(n, values[0] ?? ''));
    else if (key !== RESERVED_KEYS.focusCloud && key !== RESERVED_KEYS.focusMeasure && key !== RESERVED_KEYS.measure && !SETTING_KEYS.has(key)) own.push(problems.unknownKey(key));
  }
  const focus: Focus = { ...DEFAULT_FOCUS };
  const fc = readReserved(params.get(RESERVED_KEYS.focusCloud), 'cloud', isFocusCloud, (raw) => problems.unknownFocus('cloud', raw), own);
  if (fc) focus.cloud = fc;
  const fm = readReserved(params.get(RESERVED_KEYS.focusMeasure), 'figure', isFocusMeasure, (raw) => problems.unknownFocus('figure', raw), own);
  if (fm) focus.measure = fm;
  const measure = readReserved(params.get(RESERVED_KEYS.measure), 'measure', isThesisMeasure, problems.unknownMeasure, own) ?? DEFAULT_THESIS_MEASURE;
  const simulation = readSimulationSettings(params, own);
  for (const p of own) found.push({ ...p, message: `${prefix}${p.message}` });
  return { context: { baseline, focus, measure, simulation }, start };
}

/**
 * Reads `st` values (slide n is values[n-1]); unreadable slides are dropped with a problem. A slide written
 * before slides carried their context (3 or 4 fields) takes `inherited`: the link's own, as it always did.
 */
function readStory(
  values: readonly string[],
  readAs: number,
  schema: SchemaOptions,
  found: ScenarioProblem[],
  inherited: SlideContext = DEFAULT_SLIDE_CONTEXT,
): Slide[] {
  if (values.length > MAX_SLIDES) found.push(problems.tooManySlides(MAX_SLIDES, values.length));
  const slides: Slide[] = [];
  values.slice(0, MAX_SLIDES).forEach((raw, i) => {
    const n = i + 1;
    const fields = raw.split(FIELD);
    if (fields.length < 3 || fields.length > MAX_SLIDE_FIELDS) {
      found.push(problems.unreadableSlide(n, raw));
      return;
    }
    const [viewRaw = '', scenarioRaw = '', titleRaw = '', noteRaw = ''] = fields;
    const read = readScenarioText(scenarioRaw, readAs, schema, found, `Slide ${n}: `, () => problems.unreadableSlide(n, raw));
    if (!read) return;
    let view: ViewId = 'strategies';
    if (isViewId(viewRaw)) view = viewRaw;
    else found.push(problems.unknownSlideView(n, viewRaw));
    const titleText = unescapeText(titleRaw);
    const noteText = unescapeText(noteRaw);
    if (Array.from(titleText).length > MAX_SLIDE_TITLE) found.push(problems.slideTextTooLong(n, 'title', MAX_SLIDE_TITLE));
    if (Array.from(noteText).length > MAX_SLIDE_NOTE) found.push(problems.slideTextTooLong(n, 'note', MAX_SLIDE_NOTE));
    const title = cleanText(titleText, MAX_SLIDE_TITLE) || `Slide ${slides.length + 1}`;
    const { context, start } =
      fields.length >= 5 ? readContextFields(fields.slice(4), n, readAs, schema, found) : { context: copyContext(inherited), start: null };
    slides.push({ view, scenario: read.scenario, presetId: read.presetId, title, note: cleanText(noteText, MAX_SLIDE_NOTE), context, start });
  });
  return slides;
}

function copyContext(c: SlideContext): SlideContext {
  return { baseline: c.baseline, focus: { ...c.focus }, measure: c.measure, simulation: { ...c.simulation } };
}

/**
 * `st` values in the current version as slides; unreadable ones are dropped (the UI's reading of the URL).
 * `inherited`: the context a slide written before slides carried their own takes (the link's).
 */
export function readStoryValues(values: readonly string[], inherited?: SlideContext): Slide[] {
  return readStory(values, SCHEMA_VERSION, { migrations: releasedMigrations, schemaVersion: SCHEMA_VERSION }, [], inherited);
}

/** A slide's `st` value written in an older version, in the current one (as migrateBaselineText). */
function migrateSlideText(raw: string, fromVersion: number): string {
  const fields = raw.split(FIELD);
  if (fields.length < 3 || fields.length > MAX_SLIDE_FIELDS) return raw;
  fields[1] = migrateBaselineText(fields[1] ?? '', fromVersion);
  // Its baseline and starting point are scenarios too.
  for (let i = 4; i < fields.length; i++) {
    const field = fields[i] ?? '';
    for (const tag of [RESERVED_KEYS.baseline, START_TAG]) {
      if (field.startsWith(`${tag}${TAG}`)) fields[i] = `${tag}${TAG}${migrateBaselineText(field.slice(tag.length + 1), fromVersion)}`;
    }
  }
  return fields.join(FIELD);
}

/** `pr`: a slide number of the story (1-based), or null with a problem. */
function readPresent(values: string[] | undefined, slideCount: number, found: ScenarioProblem[]): number | null {
  const raw = values?.[0];
  if (raw === undefined) return null;
  if (values && values.length > 1) found.push(problems.repeatedReserved('slide number', raw));
  const n = POSITIVE_INTEGER.test(raw) ? Number(raw) : 0;
  if (n >= 1 && n <= slideCount) return n;
  found.push(problems.unreadablePresent(raw));
  return null;
}

const SETTING_KEYS: ReadonlySet<string> = new Set(SIMULATION_SETTINGS.map((s) => s.key));

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
  return { value: value === 0 ? 0 : value };
}

/** A setting's URL text (the step's precision, no trailing zeros). */
export function serializeSimulationSetting(spec: SimulationSettingSpec, value: number): string {
  return String(Number(value.toFixed(6)));
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function readSimulationSettings(params: LinkParams, found: ScenarioProblem[]): Partial<SimulationSettings> {
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
function settingsText(settings: Partial<SimulationSettings> | undefined): [string, string][] {
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

/**
 * For a link written with an older schema version, the same link in the current version: its raw values
 * after the migrations, `v` set to the current version and `from` to the old one, so the dashboard (which
 * reads the URL key by key) sees the migrated values and can say the model changed. Values the codec cannot
 * use are kept as they were, so the upgraded link reports the same problems. Null for a current, newer,
 * unreadable or empty link.
 */
export function upgradeLinkQuery(query: string): string | null {
  const raw = readQuery(query);
  raw.delete(RESERVED_KEYS.from);
  if (!setsAssumptions(raw) || onlyStory(raw)) return null;
  const found: ScenarioProblem[] = [];
  const { readAs } = readVersion(raw.get(RESERVED_KEYS.version), SCHEMA_VERSION, found);
  if (found.length > 0 || readAs >= SCHEMA_VERSION) return null;
  const versionNamed = raw.has(RESERVED_KEYS.version);
  raw.delete(RESERVED_KEYS.version);
  const { params, reached } = runMigrations(raw, readAs, SCHEMA_VERSION, releasedMigrations);
  if (reached < SCHEMA_VERSION) return null;
  const writtenIn = writtenWeights(raw, params);
  // The baseline is a scenario too: its keys take the same migrations.
  const baseline = params.get(RESERVED_KEYS.baseline);
  if (baseline) params.set(RESERVED_KEYS.baseline, baseline.map((b) => migrateBaselineText(b, readAs)));
  // And every added Compare column.
  const columns = params.get(RESERVED_KEYS.columns);
  if (columns) params.set(RESERVED_KEYS.columns, columns.map((c) => migrateBaselineText(c, readAs)));
  // So is every slide of a story.
  const story = params.get(RESERVED_KEYS.story);
  if (story) params.set(RESERVED_KEYS.story, story.map((t) => migrateSlideText(t, readAs)));
  const out = new URLSearchParams([[RESERVED_KEYS.version, String(SCHEMA_VERSION)]]);
  for (const [key, values] of params) for (const value of values) out.append(key, value);
  out.append(RESERVED_KEYS.from, fromText({ version: readAs, versionNamed, writtenIn }));
  return out.toString();
}

/**
 * `from` carries what the notice says about an upgraded link: the old version, `n` when the link named none,
 * and the keys of the weights written in ("2.s1an.s1gm", "1n"; characters a URL leaves as they are). The
 * dashboard drops it from the address.
 */
function fromText(u: { version: number; versionNamed: boolean; writtenIn: readonly string[] }): string {
  const keys = u.writtenIn.map((id) => parametersById.get(id)?.key).filter((k): k is string => k !== undefined);
  return `${u.version}${u.versionNamed ? '' : 'n'}${keys.map((k) => `.${k}`).join('')}`;
}

/** Whether a link sets anything beyond its version and view: a parameter, a preset, or a key it cannot use. */
/** Keys that no v1 link could hold: a link with only these (and a view) is read as the current version. */
const CURRENT_ONLY_KEYS: ReadonlySet<string> = new Set([RESERVED_KEYS.story, RESERVED_KEYS.present, RESERVED_KEYS.columns]);

/** A link without `v` that holds only a story (and a view): no v1 link could, so it is read as current. */
function onlyStory(raw: LinkParams): boolean {
  if (raw.has(RESERVED_KEYS.version)) return false;
  const keys = Array.from(raw.keys()).filter((k) => !isTrackingKey(k));
  return keys.some((k) => CURRENT_ONLY_KEYS.has(k)) && keys.every((k) => CURRENT_ONLY_KEYS.has(k) || k === RESERVED_KEYS.view);
}

function setsAssumptions(raw: LinkParams): boolean {
  for (const key of raw.keys()) {
    // Simulation settings say how to draw, not what to assume: a link with only them shows Public data.
    if (key !== RESERVED_KEYS.version && key !== RESERVED_KEYS.view && key !== RESERVED_KEYS.from && !SETTING_KEYS.has(key) && !isTrackingKey(key)) return true;
  }
  return false;
}

/** `from=<n>`, written by the server when it upgraded a link: the older version, or null if not one. */
/** `from`'s text (fromText) read back; null unless it names a version older than `current`. */
function readUpgradedFrom(values: string[] | undefined, current: number): { version: number; versionNamed: boolean; writtenIn: string[] } | null {
  const m = /^([0-9]{1,15})(n?)((?:\.[A-Za-z0-9]{1,16}){0,320})$/.exec(values?.[0] ?? '');
  if (!m) return null;
  const n = Number(m[1]);
  if (!(n >= 1 && n < current)) return null;
  const ids = new Set((m[3] ?? '').split('.').map((k) => parametersByKey.get(k)).filter((spec) => spec?.kind === 'number' && spec.unit === 'weight').map((spec) => spec!.id));
  return { version: n, versionNamed: m[2] !== 'n', writtenIn: parameters.filter((p) => ids.has(p.id)).map((p) => p.id) };
}

function readQuery(query: string): LinkParams {
  const text = typeof query === 'string' ? query : '';
  const hash = text.indexOf('#');
  // URLSearchParams drops one leading '?', and decodes broken percent-escapes leniently instead of throwing.
  const search = new URLSearchParams(hash === -1 ? text : text.slice(0, hash));
  const params: LinkParams = new Map();
  for (const [key, value] of search) {
    const values = params.get(key);
    if (values) values.push(value);
    else params.set(key, [value]);
  }
  return params;
}

const POSITIVE_INTEGER = /^[0-9]{1,15}$/;

/** `version` is what the link claims (see DecodedLink); `readAs` is the version its values are read in. */
function readVersion(values: string[] | undefined, current: number, found: ScenarioProblem[]): { version: number; readAs: number } {
  const raw = values?.[0];
  if (values && values.length > 1) found.push(problems.repeatedReserved('version', values[0] ?? ''));
  if (raw === undefined) return { version: 1, readAs: 1 };
  const n = POSITIVE_INTEGER.test(raw) ? Number(raw) : 0;
  if (n < 1) {
    found.push(problems.unreadableVersion(raw, current));
    return { version: current, readAs: current };
  }
  if (n > current) {
    found.push(problems.newerVersion(n, current));
    return { version: n, readAs: current };
  }
  return { version: n, readAs: n };
}

function readReserved<T extends string>(
  values: string[] | undefined,
  what: string,
  isKnown: (raw: string) => raw is T,
  unknown: (raw: string) => ScenarioProblem,
  found: ScenarioProblem[],
): T | null {
  const raw = values?.[0];
  if (raw === undefined) return null;
  if (values && values.length > 1) found.push(problems.repeatedReserved(what, raw));
  if (isKnown(raw)) return raw;
  found.push(unknown(raw));
  return null;
}

function isPresetId(raw: string): raw is string {
  return getPreset(raw) !== undefined;
}
