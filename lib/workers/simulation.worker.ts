/// <reference lib="webworker" />
/**
 * The simulation worker: runs the engine's Monte Carlo, importance, sensitivity, switching values and
 * attribution (up to 4,096 evaluations) off the main thread, so a slider stays smooth while thousands of scenarios are evaluated (issue 10).
 *
 * A simulation runs in chunks of CHUNK draws and yields between them, so a "cancel" (the scenario changed)
 * is read within a few milliseconds and the stale run stops. The last few full runs are kept, so the
 * importance of another cloud or measure reuses their draws instead of drawing again.
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
  type SimulationSettings,
  type Scenario,
} from '@/lib/engine';
import type { WorkerRequest, WorkerResponse } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

/** Draws per chunk: about 15-30 ms on these machines, so a cancel waits at most that long. */
const CHUNK = 250;
const KEEP_RUNS = 3;

const cancelled = new Set<number>();
const finished = new Map<string, Simulation>();

class Cancelled extends Error {}

function runKey(scenario: Scenario, settings: SimulationSettings): string {
  return `${scenarioKey(scenario)}#${settings.samples}/${settings.seed}/${settings.spread}/${settings.concentration}`;
}

/** Lets queued messages (a cancel) run before the next chunk. */
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function run(id: number, scenario: Scenario, settings: SimulationSettings): Promise<Simulation> {
  const key = runKey(scenario, settings);
  const kept = finished.get(key);
  if (kept) return kept;
  const sim = createSimulation(scenario, settings);
  while (sim.done < sim.total) {
    if (cancelled.has(id)) throw new Cancelled();
    // The preview is the run's own first draws: reported once, then the run carries on from there.
    const atPreview = sim.done < PREVIEW_SAMPLES && sim.total > PREVIEW_SAMPLES;
    sim.step(atPreview ? Math.min(CHUNK, PREVIEW_SAMPLES - sim.done) : CHUNK);
    // Progress at the preview and then every fifth of the run: each message re-renders a progress bar.
    const fifth = Math.max(1, Math.floor(sim.total / 5));
    const crossed = Math.floor(sim.done / fifth) > Math.floor((sim.done - Math.min(CHUNK, sim.done)) / fifth);
    if ((atPreview && sim.done === PREVIEW_SAMPLES) || crossed) {
      const progress: WorkerResponse = { id, progress: true, done: sim.done, total: sim.total };
      if (atPreview && sim.done === PREVIEW_SAMPLES) progress.preview = sim.result();
      self.postMessage(progress);
    }
    await yieldToMessages();
  }
  if (cancelled.has(id)) throw new Cancelled();
  finished.delete(key);
  finished.set(key, sim);
  for (const old of finished.keys()) {
    if (finished.size <= KEEP_RUNS) break;
    finished.delete(old);
  }
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
      return sensitivity(request.scenario, { cloud: request.cloud, measure: request.measure, spread: request.spread });
    case 'attribute':
      return attribute(request.from, request.to, { cloud: request.cloud, measure: request.measure });
    case 'switching':
      return {
        leader: switchingValues(request.scenario, { measure: request.measure }),
        leastExposed: switchingValues(request.scenario, { conclusion: 'leastExposed', measure: request.measure }),
      };
    case 'compareOdds':
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
