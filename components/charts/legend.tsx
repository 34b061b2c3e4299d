import { ghostLook } from '@/lib/charts/scene';
import type { ChartModel, SeriesSpec } from '@/lib/view-models';

/** A series' colour as a short line (dashed when the series is: dashes longer than the line is thick, so they never read as the baseline's dots), the same in legends, tooltips and end labels. */
export function SeriesSwatch({ color, dashed, width = 16 }: { color: string; dashed?: boolean; width?: number }) {
  return (
    <svg width={width} height="10" aria-hidden className="shrink-0">
      <line x1="0" y1="5" x2={width} y2="5" style={{ stroke: color }} strokeWidth="4" strokeDasharray={dashed ? '6 3' : undefined} />
    </svg>
  );
}

/** An HTML legend: colour swatch plus words, so meaning never rests on colour alone. */
export function Legend({ series }: { series: readonly SeriesSpec[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Legend">
      {series.map((s) => (
        <li key={s.key} className="flex items-center gap-1.5">
          <SeriesSwatch color={s.color} dashed={s.dashed} width={18} />
          {s.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * The pinned baseline's key beside a chart's legend, drawn and named as the chart draws it (ghostLook):
 * the dashboard's cards and the embed both use it, so neither says "dashed" of dotted lines.
 */
export function BaselineLegend({ model }: { model: Pick<ChartModel, 'series' | 'ghosts'> }) {
  if (!model.ghosts || model.ghosts.length === 0) return null;
  const ghost = ghostLook(model);
  return (
    <span className="flex items-center gap-1.5 text-sm text-muted-foreground">
      <svg width="18" height="10" aria-hidden className="shrink-0">
        <line x1="1" y1="5" x2="18" y2="5" stroke="currentColor" strokeWidth="2" strokeDasharray={ghost.dash} strokeLinecap="round" />
      </svg>
      {ghost.legend}
    </span>
  );
}
