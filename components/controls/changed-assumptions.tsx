'use client';
/**
 * Every assumption the scenario changes against its base (the preset, or Public data), in one place, each
 * with its base value and its own reset. Folded until opened; says "no changes" in words when there are none.
 */
import { formatParameterValue, parameters } from '@/lib/engine';
import type { ScenarioState } from '@/lib/state/use-scenario';

export function ChangedAssumptions({ state }: { state: ScenarioState }) {
  const changed = parameters.filter((p) => state.changedIds.has(p.id));
  const base = state.presetId ? 'the preset' : 'Public data';
  if (changed.length === 0) {
    return (
      <p className="py-2 text-sm text-muted-foreground" data-testid="changed-assumptions">
        No assumption changed against {base}.
      </p>
    );
  }
  return (
    <details className="my-2 rounded-md border bg-card px-3 py-1 text-sm" data-testid="changed-assumptions">
      <summary className="cursor-pointer py-1.5 font-medium">
        {changed.length} assumption{changed.length === 1 ? '' : 's'} changed against {base}
      </summary>
      <ul className="divide-y pb-1">
        {changed.map((spec) => (
          <li key={spec.id} className="flex items-center gap-2 py-1.5" data-param={spec.id}>
            <span className="min-w-0 flex-1">
              <span className="block font-medium">{spec.label}</span>
              <span className="figures text-muted-foreground">
                {formatParameterValue(spec, state.scenario[spec.id] ?? spec.default)} (was {formatParameterValue(spec, state.base[spec.id] ?? spec.default)})
              </span>
            </span>
            <button
              type="button"
              onClick={() => state.setParameter(spec.id, state.base[spec.id] ?? spec.default, 'commit')}
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
