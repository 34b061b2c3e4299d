'use client';
/**
 * The scenario as URL state. Parsers are built from the registry through the shared codec
 * (lib/scenario), so the dashboard and every test read links the same way. Only what differs from the
 * base (the chosen preset, or the defaults) is written, under each parameter's short key, with `v`.
 *
 * History: the first change of a gesture (a drag or a key press) pushes one entry, later changes of the
 * same gesture replace it, throttled, so Back undoes a whole drag and browsers never rate-limit us.
 */
import { createParser, parseAsInteger, parseAsNativeArrayOf, parseAsString, parseAsStringLiteral, throttle, useQueryStates } from 'nuqs';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import {
  CLOUDS,
  DEFAULT_SIMULATION_SETTINGS,
  SIMULATION_SETTINGS,
  UNCERTAIN_MEASURES,
  THESIS_MEASURES,
  DEFAULT_THESIS_MEASURE,
  parameters,
  presets,
  type ParameterGroup,
  type Scenario,
  type SimulationSettings,
  type ThesisMeasure,
} from '@/lib/engine';
import {
  SCHEMA_VERSION,
  VIEW_IDS,
  baseScenarioFor,
  encodeBaseline,
  encodeScenario,
  encodeSlide,
  readStoryValues,
  MAX_SLIDES,
  type Slide,
  type SlideContext,
  parseParameterValue,
  readBaselineValue,
  readColumnValues,
  MAX_COMPARE_COLUMNS,
  parseSimulationSetting,
  serializeParameterValue,
  serializeSimulationSetting,
  type Baseline,
  type DecodedLink,
  type Focus,
  DEFAULT_FOCUS,
  type ViewId,
} from '@/lib/scenario';

/**
 * URL writes at most every 200 ms while dragging: 50 in a 10-second drag, far under the 100 that Safari,
 * Firefox and Chromium allow (nuqs docs: Safari needs ~340 ms for sustained writes; 100 calls / 10 s).
 */
export const URL_THROTTLE_MS = 200;

const PRESET_IDS = presets.map((p) => p.id);

const parameterParsers = Object.fromEntries(
  parameters.map((spec) => [
    spec.id,
    createParser<number | string>({
      // Out-of-range values are clamped (a usable value); malformed ones fall back to the base.
      parse: (raw) => {
        const { value, problem } = parseParameterValue(spec, raw);
        return problem && problem.kind !== 'clamped' ? null : value;
      },
      serialize: (value) => serializeParameterValue(spec, value),
      eq: (a, b) => a === b,
    }),
  ]),
);

// Simulation settings (the Risk view): clamped like parameters; unreadable text falls back to the default.
const settingParsers = Object.fromEntries(
  SIMULATION_SETTINGS.map((spec) => [
    `sim.${spec.id}`,
    createParser<number>({
      parse: (raw) => {
        const { value, problem } = parseSimulationSetting(spec, raw);
        return problem && problem.kind !== 'clamped' ? null : value;
      },
      serialize: (value) => serializeSimulationSetting(spec, value),
      eq: (a, b) => a === b,
    }),
  ]),
);

const parsers = {
  ...parameterParsers,
  ...settingParsers,
  preset: parseAsStringLiteral(PRESET_IDS),
  view: parseAsStringLiteral(VIEW_IDS),
  focusCloud: parseAsStringLiteral(CLOUDS),
  focusMeasure: parseAsStringLiteral(UNCERTAIN_MEASURES),
  measure: parseAsStringLiteral(THESIS_MEASURES),
  // The pinned baseline, one short value; the codec reads it (an unreadable one counts as none).
  baseline: createParser<string>({ parse: (raw) => (readBaselineValue(raw) ? raw : null), serialize: (v) => v, eq: (a, b) => a === b }),
  // The Compare view's added columns: one raw `cc` value each (the codec reads them; unreadable ones are dropped).
  columns: parseAsNativeArrayOf(parseAsString),
  // The story: one raw `st` value per slide (the codec reads them; unreadable ones are dropped).
  story: parseAsNativeArrayOf(parseAsString),
  present: parseAsInteger,
  version: parseAsInteger,
};

const urlKeys = {
  ...Object.fromEntries(parameters.map((p) => [p.id, p.key])),
  ...Object.fromEntries(SIMULATION_SETTINGS.map((s) => [`sim.${s.id}`, s.key])),
  preset: 'p',
  view: 'view',
  baseline: 'b',
  columns: 'cc',
  focusCloud: 'fc',
  focusMeasure: 'fm',
  measure: 'ms',
  story: 'st',
  present: 'pr',
  version: 'v',
};

type Update = Record<string, number | string | string[] | null>;
type QueryValue = number | string | string[] | null | undefined;

function clearAllParameters(): Update {
  return Object.fromEntries(parameters.map((p) => [p.id, null]));
}
/**
 * 'drag': a value during a gesture (the first pushes a history entry, the rest replace it);
 * 'commit': a one-off change (pushed); 'end': the gesture is over, nothing to write. A slider ends its
 * gesture with 'end', not with the value Radix reports on commit: Radix computes that value inside a
 * state updater, which under load can run after the next key press and would write a stale value back.
 */
export type ChangeKind = 'drag' | 'commit' | 'end';

export interface ScenarioState {
  scenario: Scenario;
  /** The scenario the current one is compared with for "changed" marks: the preset, or the defaults. */
  base: Scenario;
  presetId: string | null;
  view: ViewId;
  /** Parameter ids whose value differs from the base. */
  changedIds: ReadonlySet<string>;
  setParameter: (id: string, value: number | string, kind?: ChangeKind) => void;
  setPreset: (presetId: string | null) => void;
  setView: (view: ViewId) => void;
  /** The pinned baseline (in the link), or null: then figures compare with Public data. */
  baseline: Baseline | null;
  /** Pins the scenario on screen as the baseline. */
  pinBaseline: () => void;
  /** Pins a preset (as it is, without changes) as the baseline; 'public' pins Public data. */
  pinPreset: (presetId: string) => void;
  unpinBaseline: () => void;
  /** The Compare view's columns after A (the baseline) and B (the scenario on screen): C, D (the `cc` keys). */
  columns: readonly Baseline[];
  /** Adds a column: the scenario on screen as it is now ('screen'), or a preset as it is ('public' for Public data). */
  addColumn: (source: string) => void;
  /** Removes added column `index` (0-based: 0 is C). */
  removeColumn: (index: number) => void;
  /** The figure in focus in the tornado and the waterfall (in the link). */
  focus: Focus;
  setFocus: (focus: Partial<Focus>) => void;
  /** What the headline, the winner analysis and the odds speak of (in the link; the default is not written). */
  measure: ThesisMeasure;
  setMeasure: (measure: ThesisMeasure) => void;
  /** How the Risk view's simulation runs (in the link; defaults omitted). */
  simulation: SimulationSettings;
  setSimulation: (settings: Partial<SimulationSettings>) => void;
  resetGroup: (group: ParameterGroup) => void;
  resetAll: () => void;
  /** The story's slides, in order (the `st` keys). */
  slides: readonly Slide[];
  /** The slide being presented (1-based), or null when not presenting. */
  present: number | null;
  /** Adds what is on screen (scenario and view) as the story's last slide. */
  addSlide: (title: string) => void;
  updateSlide: (index: number, text: { title?: string; note?: string }) => void;
  /** Moves slide `index` (0-based) by `delta` places. */
  moveSlide: (index: number, delta: number) => void;
  removeSlide: (index: number) => void;
  /** Shows slide n (1-based): its scenario and view on screen; in present mode, also presents it. */
  showSlide: (n: number) => void;
  /** Enters present mode on slide n (1-based). */
  startPresenting: (n?: number) => void;
  /** Puts the slide being presented back to its starting point (before any live change). */
  resetSlide: () => void;
  stopPresenting: () => void;
  /**
   * Replaces everything a link holds (preset, values, view, baseline, focus, settings) with a decoded
   * link's, as one history entry: an imported scenario file, which Back undoes.
   */
  loadLink: (link: Pick<DecodedLink, 'scenario' | 'presetId' | 'view' | 'baseline' | 'focus' | 'simulation'> & Partial<Pick<DecodedLink, 'measure' | 'columns'>>) => void;
  /**
   * The link query for what is on screen at this moment, from the latest state rather than the address
   * bar (which trails a drag by up to one throttle window). For Copy link and Share.
   */
  currentQuery: () => string;
}

export function useScenario(): ScenarioState {
  const [query, setQuery] = useQueryStates(parsers, {
    urlKeys,
    history: 'replace',
    limitUrlUpdates: throttle(URL_THROTTLE_MS),
  });
  const q = query as unknown as Record<string, number | string | null>;
  const presetId = (query.preset as string | null) ?? null;
  const view: ViewId = (query.view as ViewId | null) ?? 'strategies';
  const base = useMemo(() => baseScenarioFor(presetId), [presetId]);

  const scenario = useMemo(() => {
    const s: Scenario = { ...base };
    for (const p of parameters) {
      const v = q[p.id];
      if (v !== null && v !== undefined) s[p.id] = v;
    }
    return s;
  }, [q, base]);

  const simulation = useMemo(() => readSettings(q), [q]);
  const focusCloud = (q.focusCloud as Focus['cloud'] | null) ?? DEFAULT_FOCUS.cloud;
  const focusMeasure = (q.focusMeasure as Focus['measure'] | null) ?? DEFAULT_FOCUS.measure;
  const focus = useMemo(() => ({ cloud: focusCloud, measure: focusMeasure }), [focusCloud, focusMeasure]);
  const measure = (q.measure as ThesisMeasure | null) ?? DEFAULT_THESIS_MEASURE;
  const baselineText = (q.baseline as string | null | undefined) ?? null;
  const baseline = useMemo(() => (baselineText ? readBaselineValue(baselineText) : null), [baselineText]);
  const columnValues = q.columns as unknown as string[] | null;
  const columns = useMemo(() => readColumnValues(columnValues ?? []), [columnValues]);

  const changedIds = useMemo(() => new Set(parameters.filter((p) => scenario[p.id] !== base[p.id]).map((p) => p.id)), [scenario, base]);
  const storyValues = q.story as unknown as string[] | null;
  // A slide written before slides carried their context takes the link's (codec.ts).
  const linkContext = useMemo(() => contextFrom(q as Record<string, QueryValue>), [q]);
  const slides = useMemo(() => readStoryValues(storyValues ?? [], linkContext), [storyValues, linkContext]);
  const presentRaw = q.present as number | null;
  const present = presentRaw !== null && presentRaw >= 1 && presentRaw <= slides.length ? presentRaw : null;

  // Whether the current gesture already pushed its history entry.
  const gesturePushed = useRef(false);
  // The latest query and base, read by the setters so that they stay stable across renders (memoised
  // controls then re-render only when their own value changes).
  const latest = useRef({ q: q as Record<string, QueryValue>, base, setQuery });
  useEffect(() => {
    latest.current = { q: q as Record<string, QueryValue>, base, setQuery };
  });

  /** Applies an update, keeping `v` present exactly when anything else is in the URL. */
  const apply = useCallback((update: Update, push: boolean) => {
    const { q: current, setQuery: set } = latest.current;
    const next: Record<string, unknown> = { ...current, ...update };
    // Keep the ref current for a second update in the same tick (a drag fires faster than renders).
    latest.current = { ...latest.current, q: next as Record<string, QueryValue> };
    const anything = Object.entries(next).some(([k, v]) => k !== 'version' && v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0));
    void set({ ...update, version: anything ? SCHEMA_VERSION : null } as never, { history: push ? 'push' : 'replace' });
  }, []);

  const setParameter = useCallback(
    (id: string, value: number | string, kind: ChangeKind = 'commit') => {
      if (kind === 'end') {
        gesturePushed.current = false;
        // Radix reports a key press's commit before its change (both synchronously): end the gesture again
        // once that change has run, so the next gesture (a click, another key press) gets its own entry.
        queueMicrotask(() => {
          gesturePushed.current = false;
        });
        return;
      }
      const push = !gesturePushed.current;
      gesturePushed.current = kind === 'drag';
      apply({ [id]: value === latest.current.base[id] ? null : value }, push);
    },
    [apply],
  );

  const setPreset = useCallback(
    (id: string | null) => {
      gesturePushed.current = false;
      apply({ ...clearAllParameters(), preset: id === 'public' ? null : id }, true);
    },
    [apply],
  );

  const setView = useCallback((v: ViewId) => apply({ view: v === 'strategies' ? null : v }, true), [apply]);

  const pinBaseline = useCallback(() => {
    const { q: current } = latest.current;
    const preset = (current.preset as string | null | undefined) ?? null;
    apply({ baseline: encodeBaseline({ scenario: scenarioFrom(current), presetId: preset }) }, true);
  }, [apply]);
  const pinPreset = useCallback(
    (id: string) => apply({ baseline: encodeBaseline({ scenario: baseScenarioFor(id), presetId: id }) }, true),
    [apply],
  );
  const unpinBaseline = useCallback(() => apply({ baseline: null }, true), [apply]);
  // Columns are written as the codec reads them back, so an unreadable `cc` in the address is dropped on the first edit.
  const columnsNow = useCallback(() => readColumnValues((latest.current.q.columns as string[] | null | undefined) ?? []).map(encodeBaseline), []);
  const addColumn = useCallback(
    (source: string) => {
      const current = columnsNow();
      if (current.length >= MAX_COMPARE_COLUMNS - 2) return;
      const { q: now } = latest.current;
      const column =
        source === 'screen'
          ? { scenario: scenarioFrom(now), presetId: (now.preset as string | null | undefined) ?? null }
          : { scenario: baseScenarioFor(source), presetId: source };
      apply({ columns: [...current, encodeBaseline(column)] }, true);
    },
    [apply, columnsNow],
  );
  const removeColumn = useCallback(
    (index: number) => {
      const next = columnsNow().filter((_, i) => i !== index);
      apply({ columns: next.length > 0 ? next : null }, true);
    },
    [apply, columnsNow],
  );
  const setFocus = useCallback(
    (f: Partial<Focus>) => {
      const update: Update = {};
      if (f.cloud) update.focusCloud = f.cloud === DEFAULT_FOCUS.cloud ? null : f.cloud;
      if (f.measure) update.focusMeasure = f.measure === DEFAULT_FOCUS.measure ? null : f.measure;
      apply(update, false);
    },
    [apply],
  );

  const setMeasure = useCallback(
    (m: ThesisMeasure) => {
      gesturePushed.current = false;
      apply({ measure: m === DEFAULT_THESIS_MEASURE ? null : m }, true);
    },
    [apply],
  );

  const setSimulation = useCallback(
    (settings: Partial<SimulationSettings>) => {
      gesturePushed.current = false;
      const update: Update = {};
      for (const spec of SIMULATION_SETTINGS) {
        const v = settings[spec.id];
        if (v !== undefined) update[`sim.${spec.id}`] = v === spec.default ? null : v;
      }
      apply(update, true);
    },
    [apply],
  );

  const resetGroup = useCallback(
    (group: ParameterGroup) => {
      gesturePushed.current = false;
      apply(Object.fromEntries(parameters.filter((p) => p.group === group).map((p) => [p.id, null])), true);
    },
    [apply],
  );

  const resetAll = useCallback(() => {
    gesturePushed.current = false;
    apply({ ...clearAllParameters(), preset: null }, true);
  }, [apply]);

  // Stories. Slides are written back whole (re-encoded), so an unreadable `st` value is dropped on the
  // first edit, as the notice said it would be.
  const writeStory = useCallback(
    (next: readonly Slide[], push: boolean, extra: Update = {}) => {
      gesturePushed.current = false;
      apply({ ...extra, story: next.length > 0 ? next.slice(0, MAX_SLIDES).map(encodeSlide) : null }, push);
    },
    [apply],
  );
  const slidesNow = useCallback(() => {
    const current = latest.current.q;
    return readStoryValues((current.story as string[] | null | undefined) ?? [], contextFrom(current));
  }, []);

  const addSlide = useCallback(
    (title: string) => {
      const { q: current } = latest.current;
      const slide: Slide = {
        view: (current.view as ViewId | null | undefined) ?? 'strategies',
        scenario: scenarioFrom(current),
        presetId: (current.preset as string | null | undefined) ?? null,
        title,
        note: '',
        context: contextFrom(current),
        start: null,
      };
      writeStory([...slidesNow(), slide], true);
    },
    [writeStory, slidesNow],
  );
  const updateSlide = useCallback(
    (index: number, text: { title?: string; note?: string }) => {
      const next = slidesNow().map((s, i) => (i === index ? { ...s, ...text } : s));
      writeStory(next, false);
    },
    [writeStory, slidesNow],
  );
  const moveSlide = useCallback(
    (index: number, delta: number) => {
      const next = [...slidesNow()];
      const to = index + delta;
      if (index < 0 || index >= next.length || to < 0 || to >= next.length) return;
      const [moved] = next.splice(index, 1);
      next.splice(to, 0, moved!);
      writeStory(next, true);
    },
    [writeStory, slidesNow],
  );
  const removeSlide = useCallback(
    (index: number) => {
      const next = slidesNow().filter((_, i) => i !== index);
      // Presenting past the end of a shortened story would present nothing: stop instead.
      const presenting = latest.current.q.present as number | null | undefined;
      writeStory(next, true, presenting != null && presenting > next.length ? { present: null } : {});
    },
    [writeStory, slidesNow],
  );
  const showSlide = useCallback(
    (n: number) => {
      const all = slidesNow();
      const slide = all[n - 1];
      if (!slide) return;
      gesturePushed.current = false;
      const presenting = latest.current.q.present != null;
      // The story is written back with the slides: a slide read with the link's context (written before
      // slides carried their own) keeps it, whatever this slide's puts on screen.
      apply({ ...slideUpdate(slide), story: all.map(encodeSlide), ...(presenting ? { present: n } : {}) }, !presenting);
    },
    [apply, slidesNow],
  );
  const startPresenting = useCallback(
    (n = 1) => {
      const all = slidesNow();
      const slide = all[n - 1];
      if (!slide) return;
      gesturePushed.current = false;
      apply({ ...slideUpdate(slide), story: all.map(encodeSlide), present: n }, true);
    },
    [apply, slidesNow],
  );
  const resetSlide = useCallback(() => {
    const n = latest.current.q.present as number | null | undefined;
    const all = slidesNow();
    const slide = n != null ? all[n - 1] : undefined;
    if (!slide?.start) return;
    gesturePushed.current = false;
    const reset: Slide = { ...slide, scenario: slide.start.scenario, presetId: slide.start.presetId, start: null };
    apply({ ...slideUpdate(reset), story: all.map((s, i) => encodeSlide(i === n! - 1 ? reset : s)) }, true);
  }, [apply, slidesNow]);
  const stopPresenting = useCallback(() => apply({ present: null }, true), [apply]);

  // While presenting, the slide follows the screen: a change made live (the drawer) is written into the
  // slide's `st` value, so the story's link keeps it.
  // A link opened in present mode whose own scenario differs from its slide's (written by hand, or cut)
  // shows the slide: the slide is what the story says, so on arrival the screen follows it, not the reverse.
  const presentedText = present !== null && slides[present - 1] ? encodeSlide(slides[present - 1]!) : null;
  const arrived = useRef(false);
  useEffect(() => {
    if (present === null || presentedText === null) return;
    const slide = slides[present - 1]!;
    // A live change keeps the slide's starting point (what it showed before), so the change is shown
    // against it and the reset key can restore it; back at the start, there is no change to keep.
    const start = slide.start ?? { scenario: slide.scenario, presetId: slide.presetId };
    const atStart = encodeBaseline(start) === encodeBaseline({ scenario, presetId });
    const onScreen: Slide = { ...slide, scenario, presetId, view, context: linkContext, start: atStart ? null : start };
    const same = encodeSlide(onScreen) === presentedText;
    if (!arrived.current) {
      arrived.current = true;
      if (!same) apply(slideUpdate(slide), false);
      return;
    }
    if (same) return;
    apply({ story: slides.map((s, i) => encodeSlide(i === present - 1 ? onScreen : s)) }, false);
  }, [present, presentedText, slides, scenario, presetId, view, linkContext, apply]);
  const loadLink = useCallback<ScenarioState['loadLink']>(
    (link) => {
      gesturePushed.current = false;
      const preset = link.presetId === 'public' ? null : link.presetId;
      const base = baseScenarioFor(preset);
      const update: Update = { preset, view: link.view === 'strategies' ? null : link.view };
      for (const p of parameters) update[p.id] = link.scenario[p.id] === undefined || link.scenario[p.id] === base[p.id] ? null : link.scenario[p.id]!;
      for (const spec of SIMULATION_SETTINGS) {
        const v = link.simulation[spec.id];
        update[`sim.${spec.id}`] = v === undefined || v === spec.default ? null : v;
      }
      update.baseline = link.baseline ? encodeBaseline(link.baseline) : null;
      update.columns = link.columns && link.columns.length > 0 ? link.columns.map(encodeBaseline) : null;
      update.focusCloud = link.focus.cloud && link.focus.cloud !== DEFAULT_FOCUS.cloud ? link.focus.cloud : null;
      update.focusMeasure = link.focus.measure && link.focus.measure !== DEFAULT_FOCUS.measure ? link.focus.measure : null;
      update.measure = link.measure && link.measure !== DEFAULT_THESIS_MEASURE ? link.measure : null;
      apply(update, true);
    },
    [apply],
  );

  const currentQuery = useCallback(() => {
    const { q: current } = latest.current;
    const preset = (current.preset as string | null | undefined) ?? null;
    const b = typeof current.baseline === 'string' ? readBaselineValue(current.baseline) : null;
    return encodeScenario(scenarioFrom(current), {
      presetId: preset,
      view: (current.view as ViewId | null | undefined) ?? null,
      simulation: readSettings(current),
      baseline: b,
      columns: readColumnValues((current.columns as string[] | null | undefined) ?? []),
      focus: {
        cloud: (current.focusCloud as Focus['cloud'] | null | undefined) ?? undefined,
        measure: (current.focusMeasure as Focus['measure'] | null | undefined) ?? undefined,
      },
      measure: (current.measure as ThesisMeasure | null | undefined) ?? null,
      story: readStoryValues((current.story as string[] | null | undefined) ?? [], contextFrom(current)),
      present: (current.present as number | null | undefined) ?? null,
    });
  }, []);

  return {
    scenario,
    base,
    presetId,
    view,
    changedIds,
    setParameter,
    setPreset,
    setView,
    simulation,
    setSimulation,
    baseline,
    pinBaseline,
    pinPreset,
    unpinBaseline,
    columns,
    addColumn,
    removeColumn,
    focus,
    setFocus,
    measure,
    setMeasure,
    resetGroup,
    resetAll,
    slides,
    present,
    addSlide,
    updateSlide,
    moveSlide,
    removeSlide,
    showSlide,
    startPresenting,
    stopPresenting,
    resetSlide,
    loadLink,
    currentQuery,
  };
}

/** The URL update that puts a slide on screen: its scenario, view, baseline, figure in focus, measure and settings. */
function slideUpdate(slide: Slide): Update {
  const base = baseScenarioFor(slide.presetId);
  const c = slide.context;
  const update: Update = {
    ...clearAllParameters(),
    preset: slide.presetId,
    view: slide.view === 'strategies' ? null : slide.view,
    baseline: c?.baseline ? encodeBaseline(c.baseline) : null,
    focusCloud: c && c.focus.cloud !== DEFAULT_FOCUS.cloud ? c.focus.cloud : null,
    focusMeasure: c && c.focus.measure !== DEFAULT_FOCUS.measure ? c.focus.measure : null,
    measure: c && c.measure !== DEFAULT_THESIS_MEASURE ? c.measure : null,
  };
  for (const spec of SIMULATION_SETTINGS) {
    const v = c?.simulation[spec.id];
    update[`sim.${spec.id}`] = v === undefined || v === spec.default ? null : v;
  }
  for (const p of parameters) {
    const v = slide.scenario[p.id];
    if (v !== undefined && v !== base[p.id]) update[p.id] = v;
  }
  return update;
}

/** The scenario a query state holds: its preset's values with the query's on top. */
function scenarioFrom(q: Record<string, QueryValue>): Scenario {
  const preset = (q.preset as string | null | undefined) ?? null;
  const s: Scenario = baseScenarioFor(preset);
  for (const p of parameters) {
    const v = q[p.id];
    if (typeof v === 'number' || typeof v === 'string') s[p.id] = v;
  }
  return s;
}

/** What a query state gives a slide besides its scenario and view: baseline, figure in focus, measure, settings. */
function contextFrom(q: Record<string, QueryValue>): SlideContext {
  const settings = readSettings(q);
  return {
    baseline: typeof q.baseline === 'string' ? readBaselineValue(q.baseline) : null,
    focus: { cloud: (q.focusCloud as Focus['cloud'] | null | undefined) ?? DEFAULT_FOCUS.cloud, measure: (q.focusMeasure as Focus['measure'] | null | undefined) ?? DEFAULT_FOCUS.measure },
    measure: (q.measure as ThesisMeasure | null | undefined) ?? DEFAULT_THESIS_MEASURE,
    simulation: Object.fromEntries(SIMULATION_SETTINGS.filter((spec) => settings[spec.id] !== spec.default).map((spec) => [spec.id, settings[spec.id]])),
  };
}

/** The simulation settings in a query state, defaults filled in. */
function readSettings(q: Record<string, QueryValue>): SimulationSettings {
  const out = { ...DEFAULT_SIMULATION_SETTINGS };
  for (const spec of SIMULATION_SETTINGS) {
    const v = q[`sim.${spec.id}`];
    if (typeof v === 'number') out[spec.id] = v;
  }
  return out;
}
