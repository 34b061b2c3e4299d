'use client';
/**
 * The scenario as URL state, composed from small hooks over one URL schema (url-schema.ts): the values,
 * preset and view here; the baseline and Compare columns (use-baseline.ts); the story (use-story.ts);
 * present mode (use-present.ts); a whole link in and out (use-link-io.ts). Only what differs from the base
 * (the chosen preset, or the defaults) is written, under each parameter's short key, with `v`.
 */
import { useCallback, useMemo } from 'react';
import { parameters, parametersById, type ParameterGroup, type Scenario, type SimulationSettings, type ThesisMeasure } from '@/lib/engine';
import { baseScenarioFor, type Focus, type ViewId } from '@/lib/scenario';
import { NO_PARAMETERS, type UrlUpdate } from './url-schema';
import { contextFrom, scenarioFrom, settingsFrom, settingsUpdate } from './url-state';
import { useBaseline, type BaselineState } from './use-baseline';
import { useLinkIO, type LinkIO } from './use-link-io';
import { usePresent, type PresentState } from './use-present';
import { useStory, type StoryState } from './use-story';
import { useUrlState, type ChangeKind } from './use-url-state';

export type { ChangeKind } from './use-url-state';

export interface ScenarioState extends BaselineState, StoryState, PresentState, LinkIO {
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
}

export function useScenario(): ScenarioState {
  const url = useUrlState();
  const { state, latest, apply, step, endGesture } = url;
  const { preset: presetId, view, focusCloud, focusMeasure, measure } = state;
  const base = useMemo(() => baseScenarioFor(presetId), [presetId]);
  const scenario = useMemo(() => scenarioFrom(state), [state]);
  const changedIds = useMemo(() => new Set(parameters.filter((p) => scenario[p.id] !== base[p.id]).map((p) => p.id)), [scenario, base]);
  const simulation = useMemo(() => settingsFrom(state), [state]);
  const focus = useMemo(() => ({ cloud: focusCloud, measure: focusMeasure }), [focusCloud, focusMeasure]);
  const linkContext = useMemo(() => contextFrom(state), [state]);

  const setParameter = useCallback(
    (id: string, value: number | string, kind: ChangeKind = 'commit') => {
      if (kind === 'end') {
        endGesture();
        // Radix reports a key press's commit before its change (both synchronously): end the gesture again
        // once that change has run, so the next gesture (a click, another key press) gets its own entry.
        queueMicrotask(endGesture);
        return;
      }
      const spec = parametersById.get(id);
      if (!spec) return;
      step({ [spec.id]: value === baseScenarioFor(latest().preset)[spec.id] ? null : value }, kind);
    },
    [step, endGesture, latest],
  );
  const setPreset = useCallback(
    (id: string | null) => {
      endGesture();
      apply({ ...NO_PARAMETERS, preset: id === 'public' ? null : id }, true);
    },
    [apply, endGesture],
  );
  const setView = useCallback((v: ViewId) => apply({ view: v }, true), [apply]);
  const setFocus = useCallback(
    (f: Partial<Focus>) => {
      const update: UrlUpdate = {};
      if (f.cloud) update.focusCloud = f.cloud;
      if (f.measure) update.focusMeasure = f.measure;
      apply(update, false);
    },
    [apply],
  );
  const setMeasure = useCallback(
    (m: ThesisMeasure) => {
      endGesture();
      apply({ measure: m }, true);
    },
    [apply, endGesture],
  );
  const setSimulation = useCallback(
    (settings: Partial<SimulationSettings>) => {
      endGesture();
      apply(settingsUpdate(settings), true);
    },
    [apply, endGesture],
  );
  const resetGroup = useCallback(
    (group: ParameterGroup) => {
      endGesture();
      const update: UrlUpdate = {};
      for (const p of parameters) if (p.group === group) update[p.id] = null;
      apply(update, true);
    },
    [apply, endGesture],
  );
  const resetAll = useCallback(() => {
    endGesture();
    apply({ ...NO_PARAMETERS, preset: null }, true);
  }, [apply, endGesture]);

  const baselineState = useBaseline(url);
  const story = useStory(url, linkContext);
  const presentState = usePresent(url, story.slides, { scenario, presetId, view, linkContext });
  const linkIO = useLinkIO(url);
  return {
    scenario,
    base,
    presetId,
    view,
    changedIds,
    setParameter,
    setPreset,
    setView,
    focus,
    setFocus,
    measure,
    setMeasure,
    simulation,
    setSimulation,
    resetGroup,
    resetAll,
    ...baselineState,
    ...story,
    ...presentState,
    ...linkIO,
  };
}
