'use client';
/**
 * The frame around every chart: title, one-line reading, legend, and a Table toggle that shows the same
 * numbers as a table. The drawing area has a fixed height so nothing shifts when data changes.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useUiStore } from '@/lib/state/ui-store';
import type { ChartModel } from '@/lib/view-models';
import { DataTable } from './data-table';
import { Legend } from './legend';

export interface ChartCardProps {
  chartId: string;
  title: string;
  subtitle?: ReactNode;
  model: ChartModel;
  height: number;
  /** Draws the chart for a model; called with the last model seen while the card was on screen. */
  children: (model: ChartModel) => ReactNode;
  /** Hide the legend where the drawing labels itself. */
  legend?: boolean;
}

export function ChartCard({ chartId, title, subtitle, model, height, children, legend = true }: ChartCardProps) {
  const headingId = useId();
  const showTable = useUiStore((s) => s.tables[chartId] ?? false);
  const setTable = useUiStore((s) => s.setTable);
  const { ref, drawnModel } = useOnScreenModel(model);
  return (
    <section ref={ref} aria-labelledby={headingId} className="rounded-lg border bg-card p-4 text-card-foreground" data-chart={chartId}>
      <div className="flex items-start gap-3">
        <div className="min-w-0 flex-1">
          <h3 id={headingId} className="text-lg font-semibold leading-tight">
            {title}
          </h3>
          {subtitle && <p className="mt-0.5 text-sm text-muted-foreground">{subtitle}</p>}
        </div>
        <button
          type="button"
          aria-pressed={showTable}
          onClick={() => setTable(chartId, !showTable)}
          className="shrink-0 rounded-md px-2.5 py-1 text-sm font-medium ring-1 ring-border hover:bg-muted"
        >
          {showTable ? 'Show chart' : 'Show table'}
          <span className="sr-only"> for {title}</span>
        </button>
      </div>
      {legend && !showTable && (
        <div className="mt-2">
          <Legend series={model.series} />
        </div>
      )}
      {!showTable && (
        <p className="mt-2 text-xs font-medium text-muted-foreground" data-axis-label>
          {model.yLabel}
        </p>
      )}
      <div className="mt-1" style={{ minHeight: height }}>
        {showTable ? (
          <DataTable model={model} caption={title} />
        ) : (
          <div role="img" aria-label={`${title}: chart. Use “Show table” for the figures.`} style={{ height }}>
            {drawnModel && children(drawnModel)}
          </div>
        )}
      </div>
    </section>
  );
}

/**
 * Charts are the costly part of a redraw. A chart off screen keeps its last drawing (the memoised chart
 * sees the same model and skips work) and one never seen is not drawn at all, so a slider drag redraws
 * only what the user can see, and a phone hydrates only the first chart. Tables always show live numbers.
 */
function useOnScreenModel(model: ChartModel) {
  const ref = useRef<HTMLElement>(null);
  const latest = useRef(model);
  const [onScreen, setOnScreen] = useState(false);
  const [frozen, setFrozen] = useState<ChartModel | null>(null);
  useEffect(() => {
    latest.current = model;
  });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let seen = false;
    const observer = new IntersectionObserver(([entry]) => {
      const visible = entry?.isIntersecting ?? false;
      setOnScreen(visible);
      // Freeze the drawing it had; a chart never seen stays undrawn (and its code unloaded).
      if (visible) seen = true;
      else if (seen) setFrozen(latest.current);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, drawnModel: onScreen ? model : frozen };
}
