/// <reference lib="webworker" />
/**
 * The simulation worker: runs the engine's Monte Carlo, importance, sensitivity, switching values and
 * attribution (up to 4,096 evaluations) off the main thread, so a slider stays smooth while thousands of scenarios are evaluated (issue 10).
 *
 * A simulation runs in chunks of CHUNK draws and yields between them, so a "cancel" (the scenario changed)
 * is read within a few milliseconds and the stale run stops. The last few full runs are kept, so the
 * importance of another cloud or measure reuses their draws instead of drawing again. A run asked for
 * again while it is under way is shared, not drawn twice; the scans wait while a run is short of its
 * preview, so the preview comes first.
 */
import {
  attribute,
  compareOdds,
  createSimulation,
  PREVIEW_SAMPLES,
  importance,
  scenarioKey,
  sensitivity,
  switchingValues,
  type Simulation,
  type SimulationResult,
  type SimulationSettings,
  type Scenario,
} from '@/lib/engine';
import type { SwitchingResult, WorkerProgress, WorkerRequest, WorkerResponse } from './protocol';
import { rememberRecent } from '@/lib/recent';

declare const self: DedicatedWorkerGlobalScope;

/** Draws per chunk: about 15-30 ms on these machines, so a cancel waits at most that long. */
const CHUNK = 250;
const KEEP_RUNS = 3;

const cancelled = new Set<number>();
const finished = new Map<string, Simulation>();
/** The last few switching-value scans, by scenario and measure. */
const switchingDone = new Map<string, SwitchingResult>();

class Cancelled extends Error {}

/**
 * A run under way, shared by every request for the same scenario and settings (the headline's odds, the
 * Risk view's run, a warm-up started on intent): one set of draws, each asker told its progress. It stops
 * only once every one of its askers has cancelled.
 */
interface ActiveRun {
  sim: Simulation;
  askers: Set<number>;
  /** The last preview reported, sent at once to an asker that joins later. */
  preview?: SimulationResult;
  done: Promise<Simulation>;
}
const active = new Map<string, ActiveRun>();

function runKey(scenario: Scenario, settings: SimulationSettings): string {
  return `${scenarioKey(scenario)}#${settings.samples}/${settings.seed}/${settings.spread}/${settings.concentration}`;
}

/** Lets queued messages (a cancel) run before the next chunk. */
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Where a run reports its preview: the first PREVIEW_SAMPLES draws (none when the run is no longer). */
function previewAt(sim: Simulation): number {
  return sim.total > PREVIEW_SAMPLES ? PREVIEW_SAMPLES : 0;
}

/**
 * Waits while a run is short of its preview: the scans (sensitivity, switching values, attribution, paired
 * odds) run in one go for up to seconds, and a preview waiting behind them is what a reader sees first.
 * Yields once first, so requests sent together with this one (the Risk view's run) are queued before it.
 */
async function afterPreviews(): Promise<void> {
  do await yieldToMessages();
  while ([...active.values()].some((a) => a.sim.done < previewAt(a.sim)));
}

function post(ids: Iterable<number>, message: Omit<WorkerProgress, 'id'>): void {
  for (const id of ids) if (!cancelled.has(id)) self.postMessage({ ...message, id } satisfies WorkerResponse);
}

async function draw(key: string, run: ActiveRun): Promise<Simulation> {
  const { sim } = run;
  try {
    while (sim.done < sim.total) {
      if ([...run.askers].every((id) => cancelled.has(id))) throw new Cancelled();
      // The preview is the run's own first draws: reported once, then the run carries on from there.
      const at = previewAt(sim);
      const atPreview = sim.done < at;
      sim.step(atPreview ? Math.min(CHUNK, at - sim.done) : CHUNK);
      // Progress at the preview and then every fifth of the run: each message re-renders a progress bar.
      const fifth = Math.max(1, Math.floor(sim.total / 5));
      const crossed = Math.floor(sim.done / fifth) > Math.floor((sim.done - Math.min(CHUNK, sim.done)) / fifth);
      if ((atPreview && sim.done === at) || crossed) {
        if (atPreview && sim.done === at) run.preview = sim.result();
        post(run.askers, { progress: true, done: sim.done, total: sim.total, ...(atPreview && sim.done === at ? { preview: run.preview } : {}) });
      }
      await yieldToMessages();
    }
    if ([...run.askers].every((id) => cancelled.has(id))) throw new Cancelled();
  } finally {
    if (active.get(key) === run) active.delete(key);
  }
  return rememberRecent(finished, key, sim, KEEP_RUNS);
}

async function run(id: number, scenario: Scenario, settings: SimulationSettings): Promise<Simulation> {
  const key = runKey(scenario, settings);
  const kept = finished.get(key);
  if (kept) return kept;
  let shared = active.get(key);
  if (shared) {
    shared.askers.add(id);
    // Joining late: what the others were told so far.
    const { sim } = shared;
    if (shared.preview) post([id], { progress: true, done: sim.done, total: sim.total, preview: shared.preview });
  } else {
    const sim = createSimulation(scenario, settings);
    const started: ActiveRun = { sim, askers: new Set([id]), done: Promise.resolve(sim) };
    active.set(key, started);
    started.done = draw(key, started);
    shared = started;
  }
  const sim = await shared.done;
  if (cancelled.has(id)) throw new Cancelled();
  return sim;
}

async function handle(request: Exclude<WorkerRequest, { kind: 'cancel' }>): Promise<unknown> {
  switch (request.kind) {
    case 'simulate':
      return (await run(request.id, request.scenario, request.settings)).result();
    case 'importance': {
      const sim = await run(request.id, request.scenario, request.settings);
      return importance(sim.samples(), { cloud: request.cloud, measure: request.measure, versus: request.versus });
    }
    case 'sensitivity':
      await afterPreviews();
      return sensitivity(request.scenario, { cloud: request.cloud, measure: request.measure, spread: request.spread });
    case 'attribute':
      await afterPreviews();
      return attribute(request.from, request.to, { cloud: request.cloud, measure: request.measure });
    case 'switching': {
      // The headline and the Risk view ask for the same scan: seconds of work, done once.
      const key = `${scenarioKey(request.scenario)}#${request.measure ?? ''}`;
      const kept = switchingDone.get(key);
      if (kept) return kept;
      await afterPreviews();
      const value = switchingDone.get(key) ?? {
        leader: switchingValues(request.scenario, { measure: request.measure }),
        leastExposed: switchingValues(request.scenario, { conclusion: 'leastExposed', measure: request.measure }),
      };
      return rememberRecent(switchingDone, key, value, KEEP_RUNS);
    }
    case 'compareOdds':
      await afterPreviews();
      return compareOdds(request.a, request.b, { ...request.settings, cloud: request.cloud, measure: request.measure });
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'cancel') {
    cancelled.add(request.target);
    return;
  }
  const started = performance.now();
  handle(request).then(
    (value) => {
      cancelled.delete(request.id);
      const response: WorkerResponse = { id: request.id, ok: true, value, ms: performance.now() - started };
      self.postMessage(response);
    },
    (error: unknown) => {
      const wasCancelled = error instanceof Cancelled;
      cancelled.delete(request.id);
      const response: WorkerResponse = { id: request.id, ok: false, cancelled: wasCancelled, error: wasCancelled ? 'cancelled' : String(error) };
      self.postMessage(response);
    },
  );
};
