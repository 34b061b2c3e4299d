'use client';
/**
 * The UI's one door to the engine: evaluates the scenario, its winner analysis and the fixed "Public
 * data" baseline. Charts read a deferred copy so a slider's own figures update in the same frame while
 * heavier chart redraws can yield to the next input.
 */
import { useDeferredValue, useMemo } from 'react';
import { defaultScenario, evaluate, winnerAnalysis, type Scenario, type ScenarioResult, type WinnerAnalysis } from '@/lib/engine';

let baselineCache: ScenarioResult | undefined;
export function baselineResult(): ScenarioResult {
  baselineCache ??= evaluate(defaultScenario());
  return baselineCache;
}

export interface Results {
  result: ScenarioResult;
  winners: WinnerAnalysis;
  baseline: ScenarioResult;
}

export function useResults(scenario: Scenario): Results {
  return useMemo(() => ({ result: evaluate(scenario), winners: winnerAnalysis(scenario), baseline: baselineResult() }), [scenario]);
}

/** The same, for charts: lags behind fast slider input when rendering cannot keep up. */
export function useDeferredResults(scenario: Scenario): Results {
  const deferred = useDeferredValue(scenario);
  return useResults(deferred);
}
