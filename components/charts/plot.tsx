'use client';
/**
 * The frame every chart draws in: value axis, category axis, grid, hover cursor and tooltip. Shapes are
 * SVG in a 100 × 100 viewBox stretched over the plot (strokes non-scaling); labels are HTML at the same
 * percentages (geometry.ts). The server renders the finished chart, and a redraw is a few attribute
 * changes, cheap enough for every step of a slider drag.
 */
import { useEffect, useRef, useState, type PointerEvent, type ReactNode } from 'react';
import { nearestIndex } from './geometry';

export interface AxisTick {
  /** Percent along the axis (from the left, or from the top). */
  pct: number;
  label: string;
}

export interface TooltipItem {
  key: string;
  label: string;
  color: string;
  value: string;
  dashed?: boolean;
}

export interface PlotProps {
  /** 'vertical': categories along the bottom, values up the side; 'horizontal': the other way round. */
  orientation: 'vertical' | 'horizontal';
  categoryTicks: readonly AxisTick[];
  valueTicks: readonly AxisTick[];
  /** Width of the label column on the left (value labels, or category names when horizontal). */
  labelWidth: number;
  /** Where the zero line is (percent along the value axis), when the values go below zero. */
  zeroPct?: number;
  /** The series, in the 0-100 coordinates. */
  shapes: ReactNode;
  /** SVG drawn under the shapes for the hovered category (cursor line, band). */
  highlight?: (index: number) => ReactNode;
  /** HTML drawn over the shapes for the hovered category (dots). */
  markers?: (index: number) => ReactNode;
  tooltipTitle: (index: number) => string;
  tooltipItems: (index: number) => TooltipItem[];
  /**
   * Names beside the lines' ends (percent from the top, already kept apart), so a reader need not look
   * up the legend. Shown when the chart is wide enough for the extra column.
   */
  endLabels?: readonly EndLabel[];
}

export interface EndLabel {
  key: string;
  label: string;
  color: string;
  dashed?: boolean;
  pct: number;
}

export function Plot(props: PlotProps) {
  const { orientation, categoryTicks, valueTicks, labelWidth, zeroPct, shapes, highlight, markers, endLabels } = props;
  const vertical = orientation === 'vertical';
  const [hover, setHover] = useState<number | null>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  // Marks the chart as interactive once hydrated (the UI bench measures when charts can show tooltips).
  useEffect(() => {
    if (plotRef.current) plotRef.current.dataset.interactive = '';
  }, []);

  const track = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const pct = vertical ? ((e.clientX - box.left) / box.width) * 100 : ((e.clientY - box.top) / box.height) * 100;
    setHover(nearestIndex(pct, categoryTicks.map((t) => t.pct)));
  };
  // A finger lifting fires pointerleave; keep its tooltip until the next touch.
  const leave = (e: PointerEvent<HTMLDivElement>) => {
    if (e.pointerType !== 'touch') setHover(null);
  };

  const gridLines = valueTicks.map((t) =>
    vertical ? (
      <line key={t.label} x1={0} x2={100} y1={t.pct} y2={t.pct} className="chart-gridline" vectorEffect="non-scaling-stroke" />
    ) : (
      <line key={t.label} y1={0} y2={100} x1={t.pct} x2={t.pct} className="chart-gridline" vectorEffect="non-scaling-stroke" />
    ),
  );
  const zeroLine =
    zeroPct !== undefined &&
    (vertical ? (
      <line x1={0} x2={100} y1={zeroPct} y2={zeroPct} className="chart-zeroline" vectorEffect="non-scaling-stroke" />
    ) : (
      <line y1={0} y2={100} x1={zeroPct} x2={zeroPct} className="chart-zeroline" vectorEffect="non-scaling-stroke" />
    ));
  const hovered = hover !== null && hover < categoryTicks.length ? hover : null;
  const hoveredPct = hovered !== null ? (categoryTicks[hovered]?.pct ?? 0) : 0;

  const valueLabels = valueTicks.map((t) =>
    vertical ? (
      <span key={t.label} style={{ top: `${t.pct}%` }} className="absolute right-2 -translate-y-1/2 whitespace-nowrap">
        {t.label}
      </span>
    ) : (
      <span key={t.label} style={{ left: `${t.pct}%` }} className="absolute top-1 -translate-x-1/2 whitespace-nowrap">
        {t.label}
      </span>
    ),
  );
  const categoryLabels = categoryTicks.map((t, i) =>
    vertical ? (
      <span
        key={i}
        style={{ left: `${t.pct}%` }}
        // On a narrow chart (a phone) every other year is labelled, so the labels never touch.
        className={`absolute top-1 -translate-x-1/2 whitespace-nowrap ${categoryTicks.length > 5 && i % 2 === 1 ? '@max-md:hidden' : ''}`}
      >
        {t.label}
      </span>
    ) : (
      <span key={i} style={{ top: `${t.pct}%`, width: labelWidth - 10 }} className="absolute right-2.5 -translate-y-1/2 text-right leading-tight">
        {t.label}
      </span>
    ),
  );

  // With end labels, a third column holds them on a wide chart (container query; the class names must
  // be literal for Tailwind); on a phone the legend does the job.
  const columns = endLabels
    ? 'grid-cols-[64px_minmax(0,1fr)] @xl:grid-cols-[64px_minmax(0,1fr)_9rem]'
    : '';
  return (
    <div className="@container h-full">
      <div
        className={`chart-frame grid h-full select-none pb-0.5 pr-4 pt-2.5 text-[13px] tabular-nums text-muted-foreground ${columns}`}
        style={{ ...(endLabels ? {} : { gridTemplateColumns: `${labelWidth}px minmax(0,1fr)` }), gridTemplateRows: 'minmax(0,1fr) 26px' }}
      >
        <div className="relative" aria-hidden>
          {vertical ? valueLabels : categoryLabels}
        </div>
        <div
          ref={plotRef}
          data-plot
          className="relative touch-pan-y border-border"
          style={vertical ? { borderBottomWidth: 1 } : { borderLeftWidth: 1 }}
          onPointerMove={track}
          onPointerDown={track}
          onPointerLeave={leave}
        >
          <svg className="absolute inset-0 h-full w-full overflow-visible" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden>
            {gridLines}
            {hovered !== null && highlight?.(hovered)}
            {shapes}
            {zeroLine}
          </svg>
          {hovered !== null && markers?.(hovered)}
          {hovered !== null && (
            <ChartTooltip
              title={props.tooltipTitle(hovered)}
              items={props.tooltipItems(hovered)}
              vertical={vertical}
              pct={hoveredPct}
            />
          )}
        </div>
        {endLabels && (
          <div className="relative hidden @xl:block" style={{ gridColumn: 3, gridRow: 1 }} aria-hidden>
            {endLabels.map((l) => (
              <span
                key={l.key}
                style={{ top: `${l.pct}%` }}
                className="absolute left-2 flex -translate-y-1/2 items-center gap-1.5 whitespace-nowrap text-sm font-medium text-foreground"
              >
                <svg width="12" height="8" aria-hidden className="shrink-0">
                  <line x1="0" y1="4" x2="12" y2="4" stroke={l.color} strokeWidth="4" strokeDasharray={l.dashed ? '3 2' : undefined} />
                </svg>
                {l.label}
              </span>
            ))}
          </div>
        )}
        <div aria-hidden />
        <div className="relative" aria-hidden>
          {vertical ? categoryLabels : valueLabels}
        </div>
      </div>
    </div>
  );
}

/** The hovered category's figures, beside the cursor and kept inside the plot. */
function ChartTooltip({ title, items, vertical, pct }: { title: string; items: TooltipItem[]; vertical: boolean; pct: number }) {
  const flip = pct > 55;
  const style = vertical
    ? { left: `${pct}%`, top: 0, transform: flip ? 'translateX(calc(-100% - 14px))' : 'translateX(14px)' }
    : { top: `${pct}%`, right: 8, transform: flip ? 'translateY(calc(-100% - 10px))' : 'translateY(10px)' };
  return (
    <div
      data-chart-tooltip
      style={style}
      className="pointer-events-none absolute z-10 min-w-40 rounded-md border bg-card px-3 py-2 text-sm text-card-foreground shadow-lg"
    >
      <p className="font-semibold">{title}</p>
      <ul className="mt-1 space-y-0.5">
        {items.map((item) => (
          <li key={item.key} data-series={item.key} className="flex items-center gap-2 whitespace-nowrap">
            <svg width="14" height="10" aria-hidden className="shrink-0">
              <line x1="1" y1="5" x2="13" y2="5" stroke={item.color} strokeWidth="4" strokeDasharray={item.dashed ? '3 2' : undefined} />
            </svg>
            <span className="mr-auto pr-3">{item.label}</span>
            <span data-value className="font-semibold tabular-nums">
              {item.value}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
