'use client';
/**
 * The figure in focus: a cloud and a 2025-2031 measure, chosen by two selects. Shared by the Risk view's
 * tornado and the Compare view's waterfall; the choice is in the link (fc, fm), so both follow it.
 */
import { CLOUDS, CLOUD_LABELS, MEASURE_LABELS, UNCERTAIN_MEASURES, type CloudId, type UncertainMeasure } from '@/lib/engine';
import type { ScenarioState } from '@/lib/state/use-scenario';

export const SELECT = 'min-h-10 min-w-0 max-w-full rounded-md bg-card px-2 text-sm ring-1 ring-border';

export function FocusPicker({ focus, setFocus }: { focus: ScenarioState['focus']; setFocus: ScenarioState['setFocus'] }) {
  return (
    <div className="mt-2 flex flex-wrap gap-3" data-present-hide>
      <label className="flex max-w-full items-center gap-2 text-sm">
        <span className="font-medium">Cloud</span>
        <select className={SELECT} value={focus.cloud} onChange={(e) => setFocus({ cloud: e.target.value as CloudId })}>
          {CLOUDS.map((c) => (
            <option key={c} value={c}>
              {CLOUD_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-0 max-w-full items-center gap-2 text-sm">
        <span className="font-medium">Figure</span>
        <select className={`${SELECT} flex-1`} value={focus.measure} onChange={(e) => setFocus({ measure: e.target.value as UncertainMeasure })}>
          {UNCERTAIN_MEASURES.map((m) => (
            <option key={m} value={m}>
              {MEASURE_LABELS[m][0]?.toUpperCase()}
              {MEASURE_LABELS[m].slice(1)}, 2025-2031
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
