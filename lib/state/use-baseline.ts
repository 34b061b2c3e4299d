'use client';
/** The pinned baseline (`b`) and the Compare view's added columns (`cc`): second scenarios a link carries. */
import { useCallback, useMemo } from 'react';
import { MAX_COMPARE_COLUMNS, baseScenarioFor, encodeBaseline, readColumnValues, type Baseline } from '@/lib/scenario';
import { baselineFrom, columnsFrom, scenarioFrom } from './url-state';
import type { UrlStore } from './use-url-state';

export interface BaselineState {
  /** The pinned baseline (in the link), or null: then figures compare with Public data. */
  baseline: Baseline | null;
  /** Pins the scenario on screen as the baseline. */
  pinBaseline: () => void;
  /** Pins a preset (as it is, without changes) as the baseline; 'public' pins Public data. */
  pinPreset: (presetId: string) => void;
  unpinBaseline: () => void;
  /** The Compare view's columns after A (the baseline) and B (the scenario on screen): C, D (the `cc` keys). */
  columns: readonly Baseline[];
  /** Adds a column: the scenario on screen as it is now ('screen'), or a preset as it is ('public' for Public data). */
  addColumn: (source: string) => void;
  /** Removes added column `index` (0-based: 0 is C). */
  removeColumn: (index: number) => void;
}

export function useBaseline({ state, latest, apply }: UrlStore): BaselineState {
  const baselineText = state.baseline;
  const baseline = useMemo(() => baselineFrom(baselineText), [baselineText]);
  const columnValues = state.columns;
  const columns = useMemo(() => readColumnValues(columnValues), [columnValues]);

  const pinBaseline = useCallback(() => {
    const current = latest();
    apply({ baseline: encodeBaseline({ scenario: scenarioFrom(current), presetId: current.preset }) }, true);
  }, [apply, latest]);
  const pinPreset = useCallback((id: string) => apply({ baseline: encodeBaseline({ scenario: baseScenarioFor(id), presetId: id }) }, true), [apply]);
  const unpinBaseline = useCallback(() => apply({ baseline: null }, true), [apply]);

  // Columns are written as the codec reads them back, so an unreadable `cc` in the address is dropped on the first edit.
  const columnsNow = useCallback(() => columnsFrom(latest()).map(encodeBaseline), [latest]);
  const addColumn = useCallback(
    (source: string) => {
      const current = columnsNow();
      if (current.length >= MAX_COMPARE_COLUMNS - 2) return;
      const now = latest();
      const column = source === 'screen' ? { scenario: scenarioFrom(now), presetId: now.preset } : { scenario: baseScenarioFor(source), presetId: source };
      apply({ columns: [...current, encodeBaseline(column)] }, true);
    },
    [apply, columnsNow, latest],
  );
  const removeColumn = useCallback((index: number) => apply({ columns: columnsNow().filter((_, i) => i !== index) }, true), [apply, columnsNow]);

  return { baseline, pinBaseline, pinPreset, unpinBaseline, columns, addColumn, removeColumn };
}
