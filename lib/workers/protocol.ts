/**
 * Messages between the page and the simulation worker (lib/workers/simulation.worker.ts). Plain data only:
 * everything crosses by structured clone.
 */
import type {
  Attribution,
  CloudId,
  ImportanceRow,
  Scenario,
  SensitivityRow,
  SimulationResult,
  SimulationSettings,
  SwitchingValue,
  ThesisMeasure,
  UncertainMeasure,
  PairedOdds,
} from '@/lib/engine';

export type WorkerRequest =
  | { id: number; kind: 'simulate'; scenario: Scenario; settings: SimulationSettings }
  | {
      id: number;
      kind: 'importance';
      scenario: Scenario;
      settings: SimulationSettings;
      cloud: CloudId;
      measure: UncertainMeasure;
      /** The gap between `cloud` and this one instead of `cloud` alone. */
      versus?: CloudId;
    }
  | { id: number; kind: 'sensitivity'; scenario: Scenario; spread: number; cloud: CloudId; measure: UncertainMeasure }
  | { id: number; kind: 'switching'; scenario: Scenario; measure?: ThesisMeasure }
  | {
      id: number;
      kind: 'compareOdds';
      a: Scenario;
      b: Scenario;
      settings: SimulationSettings;
      cloud: CloudId;
      measure: ThesisMeasure;
    }
  | { id: number; kind: 'attribute'; from: Scenario; to: Scenario; cloud: CloudId; measure: UncertainMeasure }
  | { id: number; kind: 'cancel'; target: number };

export interface SwitchingResult {
  leader: SwitchingValue[];
  leastExposed: SwitchingValue[];
}

export interface WorkerValues {
  simulate: SimulationResult;
  importance: ImportanceRow[];
  sensitivity: SensitivityRow[];
  switching: SwitchingResult;
  attribute: Attribution;
  compareOdds: PairedOdds;
}

/**
 * Sent while a simulation runs, before its answer: how many draws are done, and once, the result of its
 * first PREVIEW_SAMPLES draws (the preview: the same draws, so the full run only adds to it).
 */
export interface WorkerProgress {
  id: number;
  progress: true;
  done: number;
  total: number;
  preview?: SimulationResult;
}

export type WorkerResponse =
  WorkerProgress | { id: number; ok: true; value: unknown; ms: number } | { id: number; ok: false; cancelled: boolean; error: string };
