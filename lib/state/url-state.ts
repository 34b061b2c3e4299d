/**
 * Pure reads and writes of the URL state (url-schema.ts): the scenario, settings and slide context it
 * holds, and the updates that put a slide or a decoded link on screen. No React: the hooks compose these.
 */
import { DEFAULT_THESIS_MEASURE, SIMULATION_SETTINGS, parameters, type Scenario, type SimulationSettings } from '@/lib/engine';
import {
  DEFAULT_FOCUS,
  DEFAULT_SLIDE_CONTEXT,
  baseScenarioFor,
  encodeBaseline,
  readBaselineValue,
  readColumnValues,
  readStoryValues,
  type Baseline,
  type DecodedLink,
  type Focus,
  type Slide,
  type SlideContext,
} from '@/lib/scenario';
import { DEFAULT_VIEW, NO_PARAMETERS, type UrlState, type UrlUpdate } from './url-schema';

/** The scenario a state holds: its preset's values with the URL's on top. A fresh object. */
export function scenarioFrom(state: UrlState): Scenario {
  const s = baseScenarioFor(state.preset);
  for (const p of parameters) {
    const v = state[p.id];
    if (v !== null && v !== undefined) s[p.id] = v;
  }
  return s;
}

export function settingsFrom(state: UrlState): SimulationSettings {
  return { samples: state.samples, seed: state.seed, spread: state.spread, concentration: state.concentration };
}

export function focusFrom(state: UrlState): Focus {
  return { cloud: state.focusCloud, measure: state.focusMeasure };
}

/** The pinned baseline a `b` value holds (an unreadable one counts as none). */
export function baselineFrom(text: string | null): Baseline | null {
  return text ? readBaselineValue(text) : null;
}

/** The Compare view's added columns, as the codec reads them (unreadable ones dropped). */
export function columnsFrom(state: UrlState): Baseline[] {
  return readColumnValues(state.columns);
}

/** What a state gives a slide besides its scenario and view: baseline, figure in focus, measure, settings. */
export function contextFrom(state: UrlState): SlideContext {
  const settings = settingsFrom(state);
  return {
    baseline: baselineFrom(state.baseline),
    focus: focusFrom(state),
    measure: state.measure,
    simulation: Object.fromEntries(SIMULATION_SETTINGS.filter((spec) => settings[spec.id] !== spec.default).map((spec) => [spec.id, settings[spec.id]])),
    columns: columnsFrom(state),
  };
}

/** The story's slides; a slide written before slides carried their context takes the link's (codec.ts). */
export function slidesFrom(state: UrlState, linkContext: SlideContext = contextFrom(state)): Slide[] {
  return readStoryValues(state.story, linkContext);
}

/** The settings given (all of them with `fill`, the rest at their defaults). */
export function settingsUpdate(settings: Partial<SimulationSettings>, fill = false): UrlUpdate {
  const update: UrlUpdate = {};
  for (const spec of SIMULATION_SETTINGS) {
    const v = settings[spec.id] ?? (fill ? spec.default : undefined);
    if (v !== undefined) update[spec.id] = v;
  }
  return update;
}

/** The parameters of `scenario` that differ from its preset's base; the rest back to the base. */
function scenarioUpdate(scenario: Scenario, presetId: string | null): UrlUpdate {
  const base = baseScenarioFor(presetId);
  const update: UrlUpdate = {};
  for (const p of parameters) {
    const v = scenario[p.id];
    update[p.id] = v === undefined || v === base[p.id] ? null : v;
  }
  return update;
}

/** The URL update that puts a slide on screen: its scenario, view, baseline, columns, figure in focus, measure and settings. */
export function slideUpdate(slide: Slide): UrlUpdate {
  const c = slide.context ?? DEFAULT_SLIDE_CONTEXT;
  return {
    ...NO_PARAMETERS,
    preset: slide.presetId,
    view: slide.view,
    baseline: c.baseline ? encodeBaseline(c.baseline) : null,
    focusCloud: c.focus.cloud,
    focusMeasure: c.focus.measure,
    measure: c.measure,
    ...settingsUpdate(c.simulation, true),
    // The slide's own Compare columns (none if it has none), not whatever columns the link had before.
    columns: c.columns.map(encodeBaseline),
    ...scenarioUpdate(slide.scenario, slide.presetId),
  };
}

/** What `loadLink` reads from a decoded link (an imported scenario file). */
export type LoadableLink = Pick<DecodedLink, 'scenario' | 'presetId' | 'view' | 'baseline' | 'focus' | 'simulation'> &
  Partial<Pick<DecodedLink, 'measure' | 'columns'>>;

/** The URL update that replaces everything a link holds (preset, values, view, baseline, focus, settings). */
export function linkUpdate(link: LoadableLink): UrlUpdate {
  const preset = link.presetId === 'public' ? null : link.presetId;
  return {
    preset,
    view: link.view ?? DEFAULT_VIEW,
    ...scenarioUpdate(link.scenario, preset),
    ...settingsUpdate(link.simulation, true),
    baseline: link.baseline ? encodeBaseline(link.baseline) : null,
    columns: (link.columns ?? []).map(encodeBaseline),
    focusCloud: link.focus.cloud ?? DEFAULT_FOCUS.cloud,
    focusMeasure: link.focus.measure ?? DEFAULT_FOCUS.measure,
    measure: link.measure ?? DEFAULT_THESIS_MEASURE,
  };
}
