'use client';
/**
 * Every assumption the scenario changes against its base (the preset, or Public data), in one place, each
 * with its base value and its own reset. Folded until opened; says "no changes" in words when there are none.
 */
import { useRef } from 'react';
import { formatParameterValue, parameters, type ParameterSpec, type Scenario } from '@/lib/engine';
import type { ScenarioState } from '@/lib/state/use-scenario';
import { formatParameterAt } from '@/lib/view-models';

/**
 * A value as the list shows it: a weight as the share it becomes in that scenario, with the weight, as its
 * slider reads ("62% (weight 100)"); the base value's share is the base scenario's.
 */
function shown(spec: ParameterSpec, value: number | string, scenario: Readonly<Scenario>): string {
  return spec.kind === 'number' ? formatParameterAt(scenario, spec.id, Number(value)) : formatParameterValue(spec, value);
}

export function ChangedAssumptions({ state }: { state: ScenarioState }) {
  // After a reset the item leaves the list: keep keyboard focus in the list, on its summary.
  const summaryRef = useRef<HTMLElement>(null);
  const changed = parameters.filter((p) => state.changedIds.has(p.id));
  const base = state.presetId ? 'the preset' : 'Public data';
  if (changed.length === 0) {
    // The same box and line height as the list's folded summary, so the first change moves nothing.
    return (
      <div className="my-2 rounded-md border bg-card px-3 py-1 text-sm" data-testid="changed-assumptions">
        <p className="py-1.5 text-muted-foreground">No assumption changed against {base}</p>
      </div>
    );
  }
  return (
    <details className="my-2 rounded-md border bg-card px-3 py-1 text-sm" data-testid="changed-assumptions">
      <summary ref={summaryRef} className="cursor-pointer py-1.5 font-medium">
        {changed.length} assumption{changed.length === 1 ? '' : 's'} changed against {base}
      </summary>
      <ul className="divide-y pb-1">
        {changed.map((spec) => (
          <li key={spec.id} className="flex items-center gap-2 py-1.5" data-param={spec.id}>
            <span className="min-w-0 flex-1">
              <span className="block font-medium">{spec.label}</span>
              <span className="figures text-muted-foreground">
                {shown(spec, state.scenario[spec.id] ?? spec.default, state.scenario)}; was {shown(spec, state.base[spec.id] ?? spec.default, state.base)}
              </span>
            </span>
            <button
              type="button"
              onClick={() => {
                state.setParameter(spec.id, state.base[spec.id] ?? spec.default, 'commit');
                summaryRef.current?.focus();
              }}
              className="shrink-0 rounded px-2 py-1 text-xs font-medium ring-1 ring-border hover:bg-muted"
              aria-label={`Reset ${spec.label} to ${formatParameterValue(spec, state.base[spec.id] ?? spec.default)}`}
            >
              Reset
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
