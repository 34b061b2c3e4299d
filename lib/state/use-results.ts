'use client';
/**
 * The UI's one door to the engine: evaluates the scenario, its winner analysis and the fixed "Public
 * data" baseline. Charts read a deferred copy so a slider's own figures update in the same frame while
 * heavier chart redraws can yield to the next input.
 *
 * Results are cached by scenario (scenarioKey), a few dozen at most: the live and the deferred copy of
 * one scenario are computed once, Back and presets revisit cached ones, and the server hands over the
 * results it rendered the first HTML with (seedResults), so hydration does not evaluate the model again
 * while the engine's code is still cold (measured: ~40 ms of a phone's load, 4× slowed CPU ~150 ms).
 */
import { useDeferredValue, useMemo, useState } from 'react';
import {
  defaultScenario,
  evaluate,
  scenarioKey,
  winnerAnalysis,
  type Scenario,
  type ScenarioResult,
  type WinnerAnalysis,
} from '@/lib/engine';

export interface Results {
  result: ScenarioResult;
  winners: WinnerAnalysis;
  baseline: ScenarioResult;
}

/** What the server computed for the scenario it rendered. */
export interface InitialResults {
  key: string;
  result: ScenarioResult;
  winners: WinnerAnalysis;
}

const CACHE_LIMIT = 32;
const cache = new Map<string, { result: ScenarioResult; winners: WinnerAnalysis }>();
const DEFAULT_KEY = scenarioKey(defaultScenario());

function remember(key: string, entry: { result: ScenarioResult; winners: WinnerAnalysis }) {
  cache.delete(key);
  cache.set(key, entry);
  // Oldest first in a Map: drop beyond the limit.
  for (const old of cache.keys()) {
    if (cache.size <= CACHE_LIMIT) break;
    if (old !== DEFAULT_KEY) cache.delete(old);
  }
}

function computed(scenario: Scenario): { result: ScenarioResult; winners: WinnerAnalysis } {
  const key = scenarioKey(scenario);
  let entry = cache.get(key);
  if (!entry) {
    entry = { result: evaluate(scenario), winners: winnerAnalysis(scenario) };
    remember(key, entry);
  }
  return entry;
}

export function baselineResult(): ScenarioResult {
  return computed(defaultScenario()).result;
}

/** Puts the server's results in the cache before the first render uses them. */
export function useSeedResults(initial: InitialResults | undefined): void {
  useState(() => {
    if (initial && !cache.has(initial.key)) remember(initial.key, { result: initial.result, winners: initial.winners });
    return null;
  });
}

export function useResults(scenario: Scenario): Results {
  return useMemo(() => ({ ...computed(scenario), baseline: baselineResult() }), [scenario]);
}

/** The same, for charts: lags behind fast slider input when rendering cannot keep up. */
export function useDeferredResults(scenario: Scenario): Results {
  const deferred = useDeferredValue(scenario);
  return useResults(deferred);
}
