/**
 * Scenario links: the whole scenario, its preset and the active view as a URL query, holding only what
 * differs from the base (the preset on the defaults, or the defaults alone).
 *
 * Written order, fixed so the same state always gives the same link:
 *   v=<SCHEMA_VERSION> & <changed parameters, in registry order> & p=<preset> & view=<view>
 * `v` is written whenever anything else is; the default dashboard's link is the empty string.
 */
import {
  DEFAULT_THESIS_MEASURE,
  getPreset,
  parameters,
  isThesisMeasure,
  parametersByKey,
  type Scenario,
  type ScenarioProblem,
  type SimulationSettings,
  type ThesisMeasure,
} from '@/lib/engine';
import { baseScenarioFor, baseTextFor, baseValuesFor } from './base';
import { encodeBaseline, readBaseline, type Baseline } from './baseline';
import { MAX_COMPARE_COLUMNS, readColumns } from './columns';
import { DEFAULT_FOCUS, focusText, isFocusCloud, isFocusMeasure, type Focus } from './focus';
import { problems } from './messages';
import { runMigrations } from './migrate';
import { parseParameterValue, serializeParameterValue } from './parse-value';
import { isPresetId, readQuery, readReserved, readVersion, type SchemaOptions } from './reading';
import { isTrackingKey, isViewId, RESERVED_KEYS, SCHEMA_VERSION, type ViewId } from './schema';
import { readSimulationSettings, SETTING_KEYS, settingsText } from './settings';
import { encodeSlide, MAX_SLIDES, readPresent, readStory, type Slide, type SlideContext } from './story';
import { onlyStory, readUpgradedFrom, setsAssumptions, statesAssumptions, writtenWeights } from './upgrade';

// The codec's parts, each in its own file; everything that was imported from here still is.
export { baseScenarioFor } from './base';
export { encodeBaseline, readBaselineValue, type Baseline } from './baseline';
export { columnLetter, MAX_COMPARE_COLUMNS, readColumnValues } from './columns';
export { DEFAULT_FOCUS, type Focus } from './focus';
export type { SchemaOptions } from './reading';
export { parseSimulationSetting, serializeSimulationSetting } from './settings';
export { DEFAULT_SLIDE_CONTEXT, encodeSlide, MAX_SLIDE_NOTE, MAX_SLIDE_TITLE, MAX_SLIDES, readStoryValues, type Slide, type SlideContext } from './story';
export { upgradeLinkQuery } from './upgrade';

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

/** The query for a scenario (no leading '?'). Ids missing from `scenario` count as their base value. */
export function encodeScenario(scenario: Readonly<Scenario>, options: EncodeOptions = {}): string {
  const presetId = options.presetId != null && getPreset(options.presetId) ? options.presetId : null;
  const view = isViewId(options.view) ? options.view : null;
  const base = baseValuesFor(presetId);
  let baseText: ReadonlyMap<string, string> | null = null;
  const changed: [string, string][] = [];
  for (const spec of parameters) {
    const value = scenario[spec.id];
    // A value equal to the base's writes the base's text, so it is left out without writing it: a link
    // with nothing changed (the dashboard's first render computes one) serialises nothing (issue 19).
    if (value === undefined || value === (base[spec.id] ?? spec.default)) continue;
    const text = serializeParameterValue(spec, value);
    baseText ??= baseTextFor(presetId);
    if (text !== baseText.get(spec.id)) changed.push([spec.key, text]);
  }
  const settings = settingsText(options.simulation);
  const baseline = options.baseline ? encodeBaseline(options.baseline) : null;
  const columns = (options.columns ?? []).slice(0, MAX_COMPARE_COLUMNS - 2).map(encodeBaseline);
  const focus = focusText(options.focus);
  const measure = options.measure && isThesisMeasure(options.measure) && options.measure !== DEFAULT_THESIS_MEASURE ? options.measure : null;
  const story = (options.story ?? []).slice(0, MAX_SLIDES).map(encodeSlide);
  const present =
    options.present != null && Number.isInteger(options.present) && options.present >= 1 && options.present <= story.length ? options.present : null;
  if (
    changed.length === 0 &&
    presetId === null &&
    view === null &&
    settings.length === 0 &&
    baseline === null &&
    columns.length === 0 &&
    focus.length === 0 &&
    measure === null &&
    story.length === 0
  )
    return '';
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
  const { params, reached } = runMigrations(raw, readAs, schema.schemaVersion, schema.migrations);
  // A link that names only a view, a measure or keys nobody reads means the same whatever model made it:
  // nothing to say about its version.
  const olderVersion = version < schema.schemaVersion && setsAssumptions(raw) && statesAssumptions(params) ? version : (upgradedFrom?.version ?? null);
  const upgrade =
    olderVersion === null
      ? null
      : upgradedFrom && olderVersion === upgradedFrom.version && readAs === schema.schemaVersion
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
  const inherited: SlideContext = { baseline, focus: { ...DEFAULT_FOCUS, ...focus }, measure, simulation, columns };
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
