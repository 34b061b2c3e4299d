'use client';
import { useUiStore } from '@/lib/state/ui-store';

/** Whether a chart shows its table, and the button that switches (kept in the UI store per chart). */
export function useShowTable(chartId: string): boolean {
  return useUiStore((s) => s.tables[chartId] ?? false);
}

/** "Show table" / "Show chart": the label says what a press does (no aria-pressed: "Show chart, pressed"). */
export function TableToggle({ chartId, title }: { chartId: string; title: string }) {
  const showTable = useShowTable(chartId);
  const setTable = useUiStore((s) => s.setTable);
  return (
    <button type="button" onClick={() => setTable(chartId, !showTable)} className="shrink-0 rounded-md px-2.5 py-1 text-sm font-medium ring-1 ring-border hover:bg-muted">
      {showTable ? 'Show chart' : 'Show table'}
      <span className="sr-only"> for {title}</span>
    </button>
  );
}
