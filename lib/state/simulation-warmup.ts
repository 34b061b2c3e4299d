'use client';
/**
 * The Risk view's preview, drawn before the view is opened (issue 19): when the browser is idle after
 * hydration, or when the pointer reaches the Risk tab, the dashboard loads the Risk view's code (this module
 * comes with it, re-exported by risk-view.tsx; not part of the first load), and this starts the worker and
 * has it draw the scenario's preview: the first WARM_PREVIEW_SAMPLES draws of the run, with the run's seed,
 * so the same draws the full run starts with (as the preview while a slider moves). Tens of milliseconds of
 * the worker's time, nothing left running. The Risk view shows it on its first render, labelled as a
 * preview with its draws, while the full run draws.
 */
import { scenarioKey, type Scenario, type SimulationResult, type SimulationSettings } from '@/lib/engine';
import { askWorker } from './simulation-client';

/**
 * Draws in the preview drawn ahead: fewer than the run's own preview (PREVIEW_SAMPLES), because a worker
 * just started runs its first draws slowly (about 1 ms each at a load of 15 on these machines, before the JIT
 * has warmed up); the run's own 500-draw preview replaces it, then the full run.
 */
export const WARM_PREVIEW_SAMPLES = 200;

/** The run a preview belongs to: the scenario and how it is drawn. */
function runKey(scenario: Scenario, settings: SimulationSettings): string {
  return `${scenarioKey(scenario)}#${settings.samples}/${settings.seed}/${settings.spread}/${settings.concentration}`;
}

interface Warmed {
  key: string;
  preview?: SimulationResult;
  /** Told when the preview arrives (a Risk view opened before it did). */
  waiting: Set<(preview: SimulationResult) => void>;
}
let known: Warmed | null = null;

/** Draws this scenario's preview in the worker, once per scenario and settings (the last one is kept). */
export function warmSimulation(scenario: Scenario, settings: SimulationSettings): void {
  const key = runKey(scenario, settings);
  if (known?.key === key || settings.samples <= WARM_PREVIEW_SAMPLES) return;
  const entry: Warmed = { key, waiting: new Set() };
  known = entry;
  askWorker({ kind: 'simulate', scenario, settings: { ...settings, samples: WARM_PREVIEW_SAMPLES } })
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
  return known?.key === runKey(scenario, settings) ? known.preview : undefined;
}

/** Calls `tell` when the preview drawn ahead for this scenario and settings arrives; returns a cancel. */
export function whenWarmed(scenario: Scenario, settings: SimulationSettings, tell: (preview: SimulationResult) => void): () => void {
  const entry = known;
  if (!entry || entry.key !== runKey(scenario, settings) || entry.preview) return () => undefined;
  entry.waiting.add(tell);
  return () => entry.waiting.delete(tell);
}
