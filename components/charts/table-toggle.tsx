'use client';
import { useUiStore } from '@/lib/state/ui-store';
import { Button } from '@/components/ui/button';

/** Whether a chart shows its table, and the button that switches (kept in the UI store per chart). */
export function useShowTable(chartId: string): boolean {
  return useUiStore((s) => s.tables[chartId] ?? false);
}

/** "Show table" / "Show chart": the label says what a press does (no aria-pressed: "Show chart, pressed"). */
export function TableToggle({ chartId, title }: { chartId: string; title: string }) {
  const showTable = useShowTable(chartId);
  const setTable = useUiStore((s) => s.setTable);
  return (
    <Button size="sm" onClick={() => setTable(chartId, !showTable)}>
      {showTable ? 'Show chart' : 'Show table'}
      <span className="sr-only"> for {title}</span>
    </Button>
  );
}
