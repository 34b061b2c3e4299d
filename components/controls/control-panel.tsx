'use client';
/**
 * All scenario controls, generated from the registry and grouped as it groups them. Each group folds,
 * shows how many of its values changed, and resets on its own. Rarely used parameters (the full hosting
 * and stake matrices, unannounced commitments) sit in an "advanced" fold rendered only when opened.
 */
import { useEffect, useMemo } from 'react';
import { GROUPS, parameters, type ParameterGroup, type ParameterSpec, type Scenario } from '@/lib/engine';
import { useUiStore } from '@/lib/state/ui-store';
import type { ScenarioState } from '@/lib/state/use-scenario';
import { normalisedShares, parameterColor } from '@/lib/view-models';
import { ParameterControl } from './parameter-control';
import { StrategyControl } from './strategy-control';
import { ChangedAssumptions } from './changed-assumptions';

const DEFAULT_OPEN: Record<ParameterGroup, boolean> = {
  Market: true,
  'Model shares': true,
  Hosting: true,
  'Own use': false,
  Strategies: false,
  'Custom silicon': true,
  Finance: false,
  Commitments: false,
};

const byGroup = GROUPS.map((group) => ({
  group,
  main: parameters.filter((p) => p.group === group && !p.advanced),
  advanced: parameters.filter((p) => p.group === group && p.advanced),
}));

function Control({ spec, state, shares }: { spec: ParameterSpec; state: ScenarioState; shares: Record<string, number> }) {
  const value = state.scenario[spec.id];
  const baseValue = state.base[spec.id];
  if (spec.kind === 'enum') {
    return (
      <StrategyControl
        spec={spec}
        value={String(value)}
        baseValue={String(baseValue)}
        color={parameterColor(spec) ?? 'var(--foreground)'}
        onChange={state.setParameter}
      />
    );
  }
  return (
    <ParameterControl
      spec={spec}
      value={Number(value)}
      baseValue={Number(baseValue)}
      normalisedShare={shares[spec.id]}
      color={parameterColor(spec)}
      onChange={state.setParameter}
    />
  );
}

function AdvancedFold({ group, specs, state, shares }: { group: string; specs: ParameterSpec[]; state: ScenarioState; shares: Record<string, number> }) {
  // In the UI store, so "jump to this control" (Risk view) can open it.
  const open = useUiStore((s) => s.openAdvanced[group] ?? false);
  const setAdvancedOpen = useUiStore((s) => s.setAdvancedOpen);
  const setOpen = (v: boolean) => {
    if (v !== open) setAdvancedOpen(group, v);
  };
  const changed = specs.filter((s) => state.changedIds.has(s.id)).length;
  return (
    <details className="mt-1 rounded-md bg-muted/60 px-3 py-1" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer py-1.5 text-sm font-medium">
        {specs.length} more settings (advanced){changed > 0 ? ` (${changed} changed)` : ''}
      </summary>
      {open && specs.map((spec) => <Control key={spec.id} spec={spec} state={state} shares={shares} />)}
    </details>
  );
}

/**
 * Brings a requested control into view and focuses its slider, once its group has rendered open (the
 * request comes from a tornado bar or a switching value in the Risk view).
 */
function useRevealControl() {
  const reveal = useUiStore((s) => s.reveal);
  const clearReveal = useUiStore((s) => s.clearReveal);
  useEffect(() => {
    if (!reveal) return;
    let frames = 0;
    let handle = 0;
    const attempt = () => {
      // The control itself, not its line in the "changed" list (which carries the same data-param).
      const rows = Array.from(document.querySelectorAll<HTMLElement>(`[data-param="${CSS.escape(reveal.id)}"]`));
      const row = rows.find((r) => r.querySelector('[role="slider"], [role="radio"]'));
      const thumb = row?.querySelector<HTMLElement>('[role="slider"], [role="radio"]:checked, [role="radio"]');
      if (row && thumb) {
        row.scrollIntoView({ block: 'center' });
        thumb.focus({ preventScroll: true });
        row.classList.add('revealed');
        window.setTimeout(() => row.classList.remove('revealed'), 1600);
        clearReveal();
        return;
      }
      // The group, fold or drawer may take a frame or two to render.
      if (frames++ < 30) handle = requestAnimationFrame(attempt);
      else clearReveal();
    };
    handle = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(handle);
  }, [reveal, clearReveal]);
}

export function ControlPanel({ state }: { state: ScenarioState }) {
  useRevealControl();
  const openGroups = useUiStore((s) => s.openGroups);
  const setGroupOpen = useUiStore((s) => s.setGroupOpen);
  const shares = useMemo(() => normalisedShares(state.scenario as Scenario), [state.scenario]);
  return (
    <>
      <ChangedAssumptions state={state} />
      <div className="divide-y">
        {byGroup.map(({ group, main, advanced }) => {
          const open = openGroups[group] ?? DEFAULT_OPEN[group];
          const changed = [...main, ...advanced].filter((s) => state.changedIds.has(s.id)).length;
          return (
            <section key={group} aria-label={group} className="py-1">
              <div className="flex items-center gap-2">
                <button
                  type="button"
                  aria-expanded={open}
                  onClick={() => setGroupOpen(group, !open)}
                  className="flex min-h-10 flex-1 items-center gap-2 text-left text-base font-semibold"
                >
                  <span aria-hidden className={`inline-block w-3 text-muted-foreground transition-transform ${open ? 'rotate-90' : ''}`}>
                    ›
                  </span>
                  {group}
                  {changed > 0 && <span className="rounded-full bg-muted px-2 text-xs font-medium">{changed} changed</span>}
                </button>
                {changed > 0 && (
                  <button
                    type="button"
                    onClick={(e) => {
                      // This button goes once nothing in the group is changed: the focus goes to the group's
                      // heading beside it rather than to the page's start (WCAG 2.4.3).
                      e.currentTarget.parentElement?.querySelector<HTMLElement>('button[aria-expanded]')?.focus();
                      state.resetGroup(group);
                    }}
                    className="rounded px-2 py-1 text-xs text-muted-foreground underline-offset-2 hover:underline"
                    aria-label={`Reset ${group}`}
                  >
                    Reset group
                  </button>
                )}
              </div>
              {open && (
                <div className="pb-2 pl-5">
                  {group === 'Model shares' && (
                    <p className="pb-1 text-xs text-muted-foreground">Weights never need to add up: each year is normalised to 100%.</p>
                  )}
                  {group === 'Hosting' && (
                    <p className="pb-1 text-xs text-muted-foreground">
                      Weights never need to add up: each family’s row is normalised to 100%, and each control shows the share its weight gives.
                    </p>
                  )}
                  {main.map((spec) => (
                    <Control key={spec.id} spec={spec} state={state} shares={shares} />
                  ))}
                  {advanced.length > 0 && <AdvancedFold group={group} specs={advanced} state={state} shares={shares} />}
                </div>
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}
