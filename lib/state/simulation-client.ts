'use client';
/**
 * The page's side of the simulation worker: one worker for the page's life, started on first use; each
 * request gets an id and a promise; aborting (react-query's signal, when the scenario changes) tells the
 * worker to stop that run.
 */
import type { WorkerProgress, WorkerRequest, WorkerResponse, WorkerValues } from '@/lib/workers/protocol';

export type ProgressListener = (progress: Omit<WorkerProgress, 'id' | 'progress'>) => void;
type Pending = { resolve: (v: { value: unknown; ms: number }) => void; reject: (e: Error) => void; onProgress?: ProgressListener };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('../workers/simulation.worker.ts', import.meta.url), { type: 'module', name: 'simulation' });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const response = event.data;
      const p = pending.get(response.id);
      if (!p) return;
      if ('progress' in response) {
        p.onProgress?.({ done: response.done, total: response.total, preview: response.preview });
        return;
      }
      pending.delete(response.id);
      if (response.ok) p.resolve({ value: response.value, ms: response.ms });
      else p.reject(response.cancelled ? new DOMException('The scenario changed', 'AbortError') : new Error(response.error));
    };
    worker.onerror = (event) => {
      // A worker that failed to load or crashed: fail what is waiting, start afresh next time.
      for (const p of pending.values()) p.reject(new Error(event.message || 'The simulation worker stopped'));
      pending.clear();
      worker?.terminate();
      worker = null;
    };
  }
  return worker;
}

type RequestBody = WorkerRequest extends infer R ? (R extends { kind: 'cancel' } ? never : Omit<R, 'id'>) : never;

/** Sends a request to the worker; resolves with its value and the worker's time for it. */
export function askWorker<K extends keyof WorkerValues>(
  body: Extract<RequestBody, { kind: K }>,
  signal?: AbortSignal,
  /** Called as a simulation's draws are done, once with its preview (simulate, importance). */
  onProgress?: ProgressListener,
): Promise<{ value: WorkerValues[K]; ms: number }> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('The scenario changed', 'AbortError'));
      return;
    }
    const w = getWorker();
    pending.set(id, { resolve: resolve as Pending['resolve'], reject, onProgress });
    signal?.addEventListener(
      'abort',
      () => {
        if (!pending.has(id)) return;
        w.postMessage({ id: nextId++, kind: 'cancel', target: id } satisfies WorkerRequest);
        // Settle now: the worker's reply for a cancelled run is ignored.
        pending.delete(id);
        reject(new DOMException('The scenario changed', 'AbortError'));
      },
      { once: true },
    );
    w.postMessage({ ...body, id } as WorkerRequest);
  });
}
