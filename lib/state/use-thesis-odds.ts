'use client';
/**
 * The headline's odds (issue 18): the scenario's Monte Carlo in the simulation worker, without react-query
 * (which loads only with the Risk and Compare views). The run's own first 500 draws arrive first (the
 * preview), then the full run; the worker keeps finished runs, so the Risk view reuses this one.
 * Starts once the scenario has been still for SETTLE_MS, and drops a stale run when it moves again.
 * Also asks for the switching values of both conclusions on the measure ("the answer flips if …").
 */
import { useEffect, useMemo, useState } from 'react';
import { scenarioKey, type Scenario, type SimulationSettings, type ThesisMeasure } from '@/lib/engine';
import { oddsInput, type OddsInput } from '@/lib/view-models/thesis';
import type { SwitchingResult } from '@/lib/workers/protocol';
import { askWorker } from './simulation-client';

const SETTLE_MS = 350;
/**
 * On arrival the server's 500-draw preview is already on screen: the full run waits until the page has
 * settled, so its seconds of work on a busy machine never compete with a reader's first clicks.
 */
const ARRIVAL_MS = 2500;

/** Runs `fn` once the browser is idle after `ms` (or after `ms` where idle callbacks are missing). */
export function afterIdle(ms: number, fn: () => void): () => void {
  let idle: number | null = null;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(fn, { timeout: 2000 });
    else fn();
  }, ms);
  return () => {
    clearTimeout(timer);
    if (idle !== null && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
  };
}

/** What a run is for: the scenario and how it is drawn (the server keys its preview the same way). */
export function oddsKey(scenario: Scenario, settings: SimulationSettings): string {
  return `${scenarioKey(scenario)}#${settings.samples}/${settings.seed}/${settings.spread}/${settings.concentration}`;
}

export interface ThesisOddsView {
  /**
   * The run for this scenario (full or its preview); null while a changed scenario's run has not yet drawn
   * its first draws. Never an earlier scenario's odds: beside the new figures they read as this scenario's
   * ("ahead in 68% of 10,000 draws" stood for seconds after a slider had moved the answer to a coin flip).
   */
  result: OddsInput | null;
  /** 'stale': the scenario changed and its run has not yet drawn (result is null until it has). */
  status: 'full' | 'preview' | 'stale' | 'none';
  /** Draws done of the run under way, 0-1. */
  progress: number;
  switching: SwitchingResult | null;
}

interface RunState {
  key: string;
  result: OddsInput | null;
  full: boolean;
  progress: number;
}

/** `initial`: odds the server drew for the first paint (its 500-draw preview), keyed like the run. */
export function useThesisOdds(
  scenario: Scenario,
  settings: SimulationSettings,
  measure: ThesisMeasure,
  initial?: { key: string; result: OddsInput } | null,
): ThesisOddsView {
  const key = useMemo(() => oddsKey(scenario, settings), [scenario, settings]);
  const [run, setRun] = useState<RunState>(() =>
    initial && initial.key === key
      ? { key, result: initial.result, full: false, progress: initial.result.samples / settings.samples }
      : { key: '', result: null, full: false, progress: 0 },
  );
  const [switching, setSwitching] = useState<{ key: string; value: SwitchingResult } | null>(null);
  const switchKey = `${scenarioKey(scenario)}#${measure}`;

  useEffect(() => {
    if (run.key === key && run.full) return;
    const controller = new AbortController();
    const arriving = run.key === key;
    const cancel = afterIdle(arriving ? ARRIVAL_MS : SETTLE_MS, () => {
      askWorker({ kind: 'simulate', scenario, settings }, controller.signal, (p) => {
        const preview = p.preview;
        setRun((r) =>
          preview ? { key, result: oddsInput(preview, settings), full: false, progress: p.done / p.total } : { ...r, progress: p.done / p.total },
        );
      })
        .then(({ value }) => setRun({ key, result: oddsInput(value, settings), full: true, progress: 1 }))
        .catch(() => {});
    });
    return () => {
      cancel();
      controller.abort();
    };
    // Runs once per scenario and settings: `run` is read for its key only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(() => {
    if (switching?.key === switchKey) return;
    const controller = new AbortController();
    // After the odds: one-at-a-time scans are slower and matter less than the odds themselves.
    const cancel = afterIdle(switching === null ? ARRIVAL_MS : SETTLE_MS * 2, () => {
      askWorker({ kind: 'switching', scenario, measure }, controller.signal)
        .then(({ value }) => setSwitching({ key: switchKey, value }))
        .catch(() => {});
    });
    return () => {
      cancel();
      controller.abort();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [switchKey]);

  const status: ThesisOddsView['status'] = !run.result ? 'none' : run.key !== key ? 'stale' : run.full ? 'full' : 'preview';
  const fresh = run.key === key;
  return { result: fresh ? run.result : null, status, progress: fresh ? run.progress : 0, switching: switching?.key === switchKey ? switching.value : null };
}
