'use client';
/**
 * The UI's one door to the engine: evaluates the scenario, its winner analysis and the fixed "Public
 * data" baseline. Charts read a deferred copy so a slider's own figures update in the same frame while
 * heavier chart redraws can yield to the next input.
 *
 * Results are cached by scenario (scenarioKey), a few dozen at most: the live and the deferred copy of
 * one scenario are computed once, and Back and presets revisit cached ones. The server hands over the
 * winner analysis it rendered the first HTML with (useSeedResults): six evaluations the browser would
 * otherwise run while the engine's code is still cold. Not the full result: its 17 KB in the page cost
 * more to parse than the one evaluation saves (measured, see the commit).
 */
import { useDeferredValue, useMemo, useState } from 'react';
import {
  DEFAULT_THESIS_MEASURE,
  defaultScenario,
  evaluate,
  scenarioKey,
  winnerAnalysis,
  type Scenario,
  type ScenarioResult,
  type WinnerAnalysis,
  type ThesisMeasure,
} from '@/lib/engine';
import type { OddsInput } from '@/lib/view-models';
import { rememberRecent } from '@/lib/recent';

export interface Results {
  result: ScenarioResult;
  winners: WinnerAnalysis;
  /** Public data, the fixed reference of the cards when no baseline is pinned. */
  baseline: ScenarioResult;
  /** The pinned baseline's result and winner analysis, for ghost series; null when none is pinned. */
  compare?: ScenarioResult | null;
  compareWinners?: WinnerAnalysis | null;
}

/** What the server computed for the scenario it rendered: the winner analysis (small, and the costliest). */
export interface InitialResults {
  /** The scenario's key and the measure, as winnersKey writes them. */
  key: string;
  winners: WinnerAnalysis;
  /** The server's 500-draw odds for the first paint (the browser's full run replaces them), keyed by oddsKey. */
  odds?: { key: string; result: OddsInput } | null;
}

/** A winner analysis is for a scenario and a measure. */
export function winnersKey(scenarioKeyText: string, measure: ThesisMeasure): string {
  return `${scenarioKeyText}|${measure}`;
}

const CACHE_LIMIT = 32;
const DEFAULT_KEY = scenarioKey(defaultScenario());

/** A small map that forgets its oldest entries (never the defaults, the baseline of every card). */
function boundedCache<T>() {
  const map = new Map<string, T>();
  return {
    get: (key: string) => map.get(key),
    has: (key: string) => map.has(key),
    set: (key: string, value: T) => rememberRecent(map, key, value, CACHE_LIMIT, DEFAULT_KEY),
  };
}
const resultCache = boundedCache<ScenarioResult>();
const winnersCache = boundedCache<WinnerAnalysis>();

/** The cached value for a scenario, computed and remembered on a miss. */
function cached<T>(cache: ReturnType<typeof boundedCache<T>>, key: string, compute: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    cache.set(key, value);
  }
  return value;
}
const resultFor = (key: string, scenario: Scenario) => cached(resultCache, key, () => evaluate(scenario));
const winnersFor = (key: string, scenario: Scenario, measure: ThesisMeasure) =>
  cached(winnersCache, winnersKey(key, measure), () => winnerAnalysis(scenario, { measure }));

export function baselineResult(): ScenarioResult {
  return resultFor(DEFAULT_KEY, defaultScenario());
}

/** Puts the server's winner analysis in the cache before the first render uses it. */
export function useSeedResults(initial: InitialResults | undefined): void {
  useState(() => {
    if (initial && !winnersCache.has(initial.key)) winnersCache.set(initial.key, initial.winners);
    return null;
  });
}

export function useResults(scenario: Scenario, measure: ThesisMeasure = DEFAULT_THESIS_MEASURE): Results {
  return useMemo(() => {
    const key = scenarioKey(scenario);
    return { result: resultFor(key, scenario), winners: winnersFor(key, scenario, measure), baseline: baselineResult() };
  }, [scenario, measure]);
}

/** A scenario's result, and its winner analysis computed when first read (cached like any scenario's). */
function lazyResults(scenario: Scenario, measure: ThesisMeasure): { result: ScenarioResult; readonly winners: WinnerAnalysis } {
  const key = scenarioKey(scenario);
  return {
    result: resultFor(key, scenario),
    get winners() {
      return winnersFor(key, scenario, measure);
    },
  };
}

/**
 * The pinned baseline's result and winner analysis (cached like any scenario's), or null. The winner
 * analysis is computed when first read: with no baseline pinned, Public data's is needed only by the
 * Compare view, not at load.
 */
export function useCompareResults(
  baseline: Scenario | null,
  measure: ThesisMeasure = DEFAULT_THESIS_MEASURE,
): { result: ScenarioResult; readonly winners: WinnerAnalysis } | null {
  return useMemo(() => (baseline ? lazyResults(baseline, measure) : null), [baseline, measure]);
}

/** The Compare view's added columns' results, as the baseline's. */
export function useColumnResults(
  scenarios: readonly Scenario[],
  measure: ThesisMeasure = DEFAULT_THESIS_MEASURE,
): { result: ScenarioResult; readonly winners: WinnerAnalysis }[] {
  return useMemo(() => scenarios.map((scenario) => lazyResults(scenario, measure)), [scenarios, measure]);
}

/** The same, for charts: lags behind fast slider input when rendering cannot keep up. */
export function useDeferredResults(scenario: Scenario, measure: ThesisMeasure = DEFAULT_THESIS_MEASURE): Results {
  const deferred = useDeferredValue(scenario);
  return useResults(deferred, measure);
}
