'use client';
/**
 * The Risk view's async work, through react-query, run in the simulation worker (simulation-client.ts).
 *
 * While the scenario moves (a drag, key presses), a 500-draw preview runs for each step; once it has been
 * still for SETTLE_MS, the full run starts. The query key is the scenario's encoded link plus the settings,
 * so a key change makes the old query unused and react-query aborts it, which stops the worker's run.
 * On arrival, the full run's own first 500 draws are shown as soon as the worker has them (the preview is
 * the run's beginning, not a second run), then the full run replaces them; `progress` says how far it is.
 * When the dashboard drew those 500 ahead (simulation-warmup.ts: on intent, or idle after load), they show
 * on the first render, as the same preview.
 * Sensitivity and switching values wait for the scenario to settle and keep showing the last figures
 * meanwhile (they are one-at-a-time scans, not worth previewing).
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import {
  PREVIEW_SAMPLES,
  scenarioKey,
  type Attribution,
  type CloudId,
  type ImportanceRow,
  type Scenario,
  type SensitivityRow,
  type SimulationResult,
  type SimulationSettings,
  type ThesisMeasure,
  type UncertainMeasure,
  type PairedOdds,
} from '@/lib/engine';
import { encodeScenario } from '@/lib/scenario';
import type { SwitchingResult } from '@/lib/workers/protocol';
import { askWorker } from './simulation-client';
import { warmedPreview, whenWarmed } from './simulation-warmup';

/** How long the scenario must stay still before the full run starts. */
export const SETTLE_MS = 350;

/** `value` once it has not changed for `ms` (the first value at once). */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}

export interface SimulationView {
  /** The figures to draw: the full run, the preview, or the last shown while a new one computes. */
  result: SimulationResult | undefined;
  /** 'full': the run for this scenario; 'preview': its first 500 draws; 'stale': an earlier scenario's. */
  status: 'full' | 'preview' | 'stale' | 'none';
  /** The worker's time for the result shown, ms. */
  ms: number | undefined;
  error: Error | null;
  /** Key of the scenario the result belongs to (for importance, which reuses the worker's draws). */
  settledScenario: Scenario;
  moving: boolean;
  /** Draws done of the full run under way, 0-1 (1 once it is shown). */
  progress: number;
}

const queryDefaults = { staleTime: Infinity, gcTime: 120_000, retry: false } as const;

function scenarioLink(scenario: Scenario): string {
  return encodeScenario(scenario);
}

export function useSimulation(scenario: Scenario, settings: SimulationSettings): SimulationView {
  const key = useMemo(() => scenarioKey(scenario), [scenario]);
  const settledKey = useSettled(key, SETTLE_MS);
  const moving = settledKey !== key;
  const link = useMemo(() => scenarioLink(scenario), [scenario]);
  const [settledScenario, setSettledScenario] = useState(scenario);
  if (!moving && settledScenario !== scenario && scenarioKey(settledScenario) !== key) setSettledScenario(scenario);

  const fullKey = `${link}#${settings.samples}/${settings.seed}/${settings.spread}/${settings.concentration}`;
  // A preview drawn ahead (on intent, or when idle after load: simulation-warmup.ts) shows on the first render.
  const [running, setRunning] = useState<{ key: string; done: number; total: number; preview?: SimulationResult; at: number } | null>(() => {
    const warmed = warmedPreview(scenario, settings);
    return warmed ? { key: fullKey, done: 0, total: settings.samples, preview: warmed, at: 0 } : null;
  });
  // Opened while that preview is still drawing: shown when it arrives, unless the run's own came first.
  useEffect(
    () =>
      whenWarmed(scenario, settings, (warmed) =>
        setRunning((r) =>
          r?.key === fullKey && r.preview
            ? r
            : { key: fullKey, done: r?.key === fullKey ? r.done : 0, total: settings.samples, preview: warmed, at: performance.now() },
        ),
      ),
    // Once per run: the scenario and settings are what fullKey is made of.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [fullKey],
  );
  const full = useQuery({
    queryKey: ['simulate', link, settings],
    queryFn: ({ signal }) =>
      askWorker({ kind: 'simulate', scenario, settings }, signal, (p) =>
        setRunning((r) => ({
          key: fullKey,
          done: p.done,
          total: p.total,
          preview: p.preview ?? (r?.key === fullKey ? r.preview : undefined),
          at: performance.now(),
        })),
      ),
    enabled: !moving,
    placeholderData: keepPreviousData,
    ...queryDefaults,
  });
  const previewSettings = useMemo(() => ({ ...settings, samples: Math.min(settings.samples, PREVIEW_SAMPLES) }), [settings]);
  const preview = useQuery({
    queryKey: ['simulate', link, previewSettings],
    queryFn: ({ signal }) => askWorker({ kind: 'simulate', scenario, settings: previewSettings }, signal),
    enabled: moving,
    placeholderData: keepPreviousData,
    ...queryDefaults,
  });

  const progress = running?.key === fullKey ? running.done / running.total : 0;
  if (full.data && !full.isPlaceholderData)
    return { result: full.data.value, ms: full.data.ms, status: 'full', error: null, settledScenario, moving, progress: 1 };
  if (preview.data && !preview.isPlaceholderData && moving)
    return { result: preview.data.value, ms: preview.data.ms, status: 'preview', error: null, settledScenario, moving, progress: 0 };
  // The full run's own first draws, while it carries on.
  if (!moving && running?.key === fullKey && running.preview)
    return { result: running.preview, ms: undefined, status: 'preview', error: null, settledScenario, moving, progress };
  const last = preview.data && (!full.data || preview.dataUpdatedAt > full.dataUpdatedAt) ? preview.data : full.data;
  return {
    result: last?.value,
    ms: last?.ms,
    status: last ? 'stale' : 'none',
    error: (full.error as Error | null) ?? null,
    settledScenario,
    moving,
    progress,
  };
}

export function useImportance(
  scenario: Scenario,
  settings: SimulationSettings,
  cloud: CloudId,
  measure: UncertainMeasure,
  versus: CloudId | undefined,
  enabled: boolean,
) {
  const link = useMemo(() => scenarioLink(scenario), [scenario]);
  return useQuery<{ value: ImportanceRow[]; ms: number }>({
    queryKey: ['importance', link, settings, cloud, measure, versus ?? null],
    queryFn: ({ signal }) => askWorker({ kind: 'importance', scenario, settings, cloud, measure, versus }, signal),
    enabled,
    placeholderData: keepPreviousData,
    ...queryDefaults,
  });
}

export function useSensitivity(scenario: Scenario, spread: number, cloud: CloudId, measure: UncertainMeasure, enabled: boolean) {
  const link = useMemo(() => scenarioLink(scenario), [scenario]);
  return useQuery<{ value: SensitivityRow[]; ms: number }>({
    queryKey: ['sensitivity', link, spread, cloud, measure],
    queryFn: ({ signal }) => askWorker({ kind: 'sensitivity', scenario, spread, cloud, measure }, signal),
    enabled,
    placeholderData: keepPreviousData,
    ...queryDefaults,
  });
}

export function useAttribution(from: Scenario, to: Scenario, cloud: CloudId, measure: UncertainMeasure) {
  const fromLink = useMemo(() => scenarioLink(from), [from]);
  const toLink = useMemo(() => scenarioLink(to), [to]);
  return useQuery<{ value: Attribution; ms: number }>({
    queryKey: ['attribute', fromLink, toLink, cloud, measure],
    queryFn: ({ signal }) => askWorker({ kind: 'attribute', from, to, cloud, measure }, signal),
    placeholderData: keepPreviousData,
    ...queryDefaults,
  });
}

export function useSwitching(scenario: Scenario, enabled: boolean, measure?: ThesisMeasure) {
  const link = useMemo(() => scenarioLink(scenario), [scenario]);
  return useQuery<{ value: SwitchingResult; ms: number }>({
    queryKey: ['switching', link, measure ?? null],
    queryFn: ({ signal }) => askWorker({ kind: 'switching', scenario, measure }, signal),
    enabled,
    placeholderData: keepPreviousData,
    ...queryDefaults,
  });
}

/** How likely B's figure beats A's, from paired draws (the Compare view). */
export function useCompareOdds(a: Scenario, b: Scenario, settings: SimulationSettings, cloud: CloudId, measure: ThesisMeasure) {
  const aLink = useMemo(() => scenarioLink(a), [a]);
  const bLink = useMemo(() => scenarioLink(b), [b]);
  return useQuery<{ value: PairedOdds; ms: number }>({
    queryKey: ['compareOdds', aLink, bLink, settings, cloud, measure],
    queryFn: ({ signal }) => askWorker({ kind: 'compareOdds', a, b, settings, cloud, measure }, signal),
    placeholderData: keepPreviousData,
    ...queryDefaults,
  });
}
