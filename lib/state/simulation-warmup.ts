'use client';
/**
 * The Risk view's preview, drawn before the view is opened (issue 19): when the browser is idle after load,
 * or when the pointer or focus reaches the Risk tab, the dashboard loads this module (not part of the first
 * load), which starts the worker and has it draw the scenario's preview: the first PREVIEW_SAMPLES draws of
 * the run, with the run's seed, so the same draws the full run starts with (as the preview while a slider
 * moves). A few tens of milliseconds of the worker's time, nothing left running. The Risk view shows it on
 * its first render, labelled as a preview, while the full run draws.
 */
import { PREVIEW_SAMPLES, type Scenario, type SimulationResult, type SimulationSettings } from '@/lib/engine';
import { askWorker } from './simulation-client';
import { oddsKey } from './use-thesis-odds';

interface Warmed {
  key: string;
  preview?: SimulationResult;
  /** Told when the preview arrives (a Risk view opened before it did). */
  waiting: Set<(preview: SimulationResult) => void>;
}
let known: Warmed | null = null;

/** Draws this scenario's preview in the worker, once per scenario and settings (the last one is kept). */
export function warmSimulation(scenario: Scenario, settings: SimulationSettings): void {
  const key = oddsKey(scenario, settings);
  if (known?.key === key || settings.samples <= PREVIEW_SAMPLES) return;
  const entry: Warmed = { key, waiting: new Set() };
  known = entry;
  askWorker({ kind: 'simulate', scenario, settings: { ...settings, samples: PREVIEW_SAMPLES } })
    .then(({ value }) => {
      entry.preview = value;
      for (const tell of entry.waiting) tell(value);
      entry.waiting.clear();
    })
    .catch(() => {
      // The worker failed: the Risk view asks for itself.
      if (known === entry) known = null;
    });
}

/** The preview drawn ahead for this scenario and settings, if there is one. */
export function warmedPreview(scenario: Scenario, settings: SimulationSettings): SimulationResult | undefined {
  return known?.key === oddsKey(scenario, settings) ? known.preview : undefined;
}

/** Calls `tell` when the preview drawn ahead for this scenario and settings arrives; returns a cancel. */
export function whenWarmed(scenario: Scenario, settings: SimulationSettings, tell: (preview: SimulationResult) => void): () => void {
  const entry = known;
  if (!entry || entry.key !== oddsKey(scenario, settings) || entry.preview) return () => undefined;
  entry.waiting.add(tell);
  return () => entry.waiting.delete(tell);
}
