'use client';
/**
 * The frame every chart draws in: value axis, category axis, grid, hover cursor and tooltip. Shapes are
 * SVG in a 100 × 100 viewBox stretched over the plot (strokes non-scaling); labels are HTML at the same
 * percentages (geometry.ts). The server renders the finished chart, and a redraw is a few attribute
 * changes, cheap enough for every step of a slider drag.
 *
 * Pointer: a mouse shows the tooltip while it moves over the plot. A finger opens it with a tap (a swipe
 * scrolls the page and opens nothing) and closes it with a tap elsewhere, a scroll or Escape.
 */
import { useEffect, useLayoutEffect, useRef, useState, type PointerEvent, type ReactNode } from 'react';
import { nearestIndex } from '@/lib/charts/geometry';
import { AXIS_ROW_PX, WRAPPED_AXIS_ROW_PX } from '@/lib/view-models/chart-model';
import { SeriesSwatch } from './legend';

import type { AxisTick, EndLabel } from '@/lib/charts/scene';

export type { AxisTick, EndLabel };

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
  /** Category names (bars) rather than years: they may wrap onto two lines under their bars. */
  wrapCategories?: boolean;
  /** Where the zero line is (percent along the value axis), when the values go below zero. */
  zeroPct?: number;
  /** The series, in the 0-100 coordinates. */
  shapes: ReactNode;
  /** SVG drawn for the hovered category (cursor line, band): under the shapes, or over them. */
  highlight?: (index: number) => ReactNode;
  highlightAbove?: boolean;
  /** HTML drawn over the shapes for the hovered category (dots). */
  markers?: (index: number) => ReactNode;
  tooltipTitle: (index: number) => string;
  tooltipItems: (index: number) => TooltipItem[];
  /** A last row under the items (a stack's total, a contract's coverage). */
  tooltipFooter?: (index: number) => { label: string; value: string } | undefined;
  /**
   * Names beside the lines' ends (percent from the top, already kept apart), so a reader need not look
   * up the legend. Shown when the chart is wide enough for the extra column.
   */
  endLabels?: readonly EndLabel[];
}

/** A finger that moves less than this between down and up is a tap. */
const TAP_SLOP_PX = 10;

export function Plot(props: PlotProps) {
  const { orientation, categoryTicks, valueTicks, labelWidth, zeroPct, shapes, highlight, markers, endLabels } = props;
  const vertical = orientation === 'vertical';
  const [hover, setHover] = useState<number | null>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const touchStart = useRef<{ x: number; y: number } | null>(null);
  // Marks the chart as interactive once hydrated (the UI bench measures when charts can show tooltips).
  useEffect(() => {
    if (plotRef.current) plotRef.current.dataset.interactive = '';
  }, []);

  const indexAt = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const pct = vertical ? ((e.clientX - box.left) / box.width) * 100 : ((e.clientY - box.top) / box.height) * 100;
    return nearestIndex(
      pct,
      categoryTicks.map((t) => t.pct),
    );
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (e.pointerType !== 'touch') setHover(indexAt(e));
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.pointerType === 'touch') touchStart.current = { x: e.clientX, y: e.clientY };
    else setHover(indexAt(e));
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    const start = touchStart.current;
    touchStart.current = null;
    if (e.pointerType !== 'touch' || !start) return;
    if (Math.hypot(e.clientX - start.x, e.clientY - start.y) <= TAP_SLOP_PX) setHover(indexAt(e));
  };
  const onPointerLeave = (e: PointerEvent<HTMLDivElement>) => {
    if (e.pointerType !== 'touch') setHover(null);
  };

  // While a tooltip is open: a tap elsewhere, a scroll or Escape closes it.
  const open = hover !== null;
  useEffect(() => {
    if (!open) return;
    const close = () => setHover(null);
    const onDown = (e: globalThis.PointerEvent) => {
      if (!plotRef.current?.contains(e.target as Node)) close();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    document.addEventListener('pointerdown', onDown, true);
    document.addEventListener('keydown', onKey);
    window.addEventListener('scroll', close, { passive: true, capture: true });
    return () => {
      document.removeEventListener('pointerdown', onDown, true);
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', close, { capture: true });
    };
  }, [open]);

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
  // On a narrow chart every other tick is labelled, so labels never touch (the grid keeps every line).
  const thin = (i: number, count: number) => (count > 5 && i % 2 === 1 ? '@max-md:hidden' : '');

  const valueLabels = valueTicks.map((t, i) =>
    vertical ? (
      <span key={t.label} style={{ top: `${t.pct}%` }} className="absolute right-2 -translate-y-1/2 whitespace-nowrap">
        {t.label}
      </span>
    ) : (
      <span key={t.label} style={{ left: `${t.pct}%` }} className={`absolute top-1 -translate-x-1/2 whitespace-nowrap ${thin(i, valueTicks.length + 2)}`}>
        {t.label}
      </span>
    ),
  );
  const step = categoryTicks.length > 0 ? 100 / categoryTicks.length : 100;
  // A horizontal chart's category names: a slide in projector type widens their column (--category-labels-width,
  // app/globals.css) so "Anthropic → Google Cloud" stays on one line.
  const labelColumn = vertical ? `${labelWidth}px` : `var(--category-labels-width, ${labelWidth}px)`;
  const categoryLabels = categoryTicks.map((t, i) =>
    vertical ? (
      props.wrapCategories ? (
        <span
          key={i}
          style={{ left: `${t.labelPct ?? t.pct}%`, width: `${step}%` }}
          className="absolute top-1 -translate-x-1/2 text-center leading-tight"
          data-category-label
        >
          {t.label}
        </span>
      ) : (
        <span
          key={i}
          style={{ left: `${t.labelPct ?? t.pct}%` }}
          className={`absolute top-1 -translate-x-1/2 whitespace-nowrap ${thin(i, categoryTicks.length)}`}
          data-category-label
        >
          {t.label}
        </span>
      )
    ) : (
      <span
        key={i}
        style={{ top: `${t.labelPct ?? t.pct}%`, width: `calc(${labelColumn} - 10px)` }}
        className="absolute right-2.5 -translate-y-1/2 text-right leading-tight"
        data-category-label
      >
        {t.label}
      </span>
    ),
  );

  // With end labels, a third column holds them on a wide chart (container query; the class names must
  // be literal for Tailwind); on a phone the legend does the job.
  const columns = endLabels ? 'grid-cols-[64px_minmax(0,1fr)] @xl:grid-cols-[64px_minmax(0,1fr)_var(--end-labels-width)]' : '';
  // Wide enough for the longest name (about 0.6 em a character at 14 px, plus the swatch).
  const endLabelsWidth = endLabels ? `${Math.ceil(Math.max(...endLabels.map((l) => l.label.length)) * 8.2 + 30)}px` : undefined;
  const axisRow = `${vertical && props.wrapCategories ? WRAPPED_AXIS_ROW_PX : AXIS_ROW_PX}px`;
  return (
    <div className="@container h-full">
      <div
        className={`chart-frame grid h-full select-none pb-0.5 pr-4 pt-2.5 text-sm tabular-nums text-muted-foreground ${columns}`}
        style={{
          ...(endLabels ? { ['--end-labels-width' as string]: endLabelsWidth } : { gridTemplateColumns: `${labelColumn} minmax(0,1fr)` }),
          gridTemplateRows: `minmax(0,1fr) ${axisRow}`,
        }}
      >
        <div className="relative" aria-hidden>
          {vertical ? valueLabels : categoryLabels}
        </div>
        <div
          ref={plotRef}
          data-plot
          className="relative touch-pan-y border-border"
          style={vertical ? { borderBottomWidth: 1 } : { borderLeftWidth: 1 }}
          onPointerMove={onPointerMove}
          onPointerDown={onPointerDown}
          onPointerUp={onPointerUp}
          onPointerLeave={onPointerLeave}
        >
          <svg className="absolute inset-0 h-full w-full overflow-visible" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden>
            {gridLines}
            {hovered !== null && !props.highlightAbove && highlight?.(hovered)}
            {shapes}
            {zeroLine}
            {hovered !== null && props.highlightAbove && highlight?.(hovered)}
          </svg>
          {hovered !== null && markers?.(hovered)}
          {hovered !== null && (
            <ChartTooltip
              title={props.tooltipTitle(hovered)}
              items={props.tooltipItems(hovered)}
              footer={props.tooltipFooter?.(hovered)}
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
                className="absolute left-2 flex -translate-y-1/2 items-center gap-1.5 whitespace-nowrap font-medium text-foreground"
              >
                <SeriesSwatch color={l.color} dashed={l.dashed} width={12} />
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

/** Gap between the hovered point and the tooltip, and between the tooltip and the card's edge, px. */
const TOOLTIP_GAP_PX = 14;
const CARD_INSET_PX = 8;

/**
 * The hovered category's figures, on the side of the point with more room, then moved (measured before
 * paint) so that it stays inside its chart's card, however narrow the card.
 */
function ChartTooltip({
  title,
  items,
  footer,
  vertical,
  pct,
}: {
  title: string;
  items: TooltipItem[];
  footer?: { label: string; value: string };
  vertical: boolean;
  pct: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    const plot = el?.parentElement;
    if (!el || !plot) return;
    const card = (el.closest('[data-chart]') ?? plot).getBoundingClientRect();
    const box = plot.getBoundingClientRect();
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    // Bounds for the tooltip's left edge, in the plot's coordinates.
    const minLeft = card.left + CARD_INSET_PX - box.left;
    const maxLeft = card.right - CARD_INSET_PX - w - box.left;
    if (vertical) {
      const x = (pct / 100) * box.width;
      const roomRight = card.right - (box.left + x);
      const roomLeft = box.left + x - card.left;
      let left = roomRight >= roomLeft ? x + TOOLTIP_GAP_PX : x - TOOLTIP_GAP_PX - w;
      left = Math.max(minLeft, Math.min(left, maxLeft));
      el.style.left = `${left}px`;
      el.style.top = '0px';
    } else {
      const y = (pct / 100) * box.height;
      const top = y > box.height / 2 ? y - TOOLTIP_GAP_PX - h : y + TOOLTIP_GAP_PX;
      el.style.top = `${Math.max(-box.top + card.top + CARD_INSET_PX, top)}px`;
      el.style.left = `${Math.max(minLeft, maxLeft)}px`;
    }
    el.style.visibility = 'visible';
  });
  return (
    <div
      ref={ref}
      data-chart-tooltip
      style={{ visibility: 'hidden', maxWidth: 'calc(100vw - 2rem)' }}
      className="pointer-events-none absolute left-0 top-0 z-10 min-w-40 rounded-md border bg-card px-3 py-2 text-sm text-card-foreground shadow-lg"
    >
      <p className="font-semibold">{title}</p>
      <ul className="mt-1 space-y-0.5">
        {items.map((item) => (
          <li key={item.key} data-series={item.key} className="flex items-center gap-2 whitespace-nowrap">
            <SeriesSwatch color={item.color} dashed={item.dashed} width={14} />
            <span className="mr-auto pr-3">{item.label}</span>
            <span data-value className="font-semibold tabular-nums">
              {item.value}
            </span>
          </li>
        ))}
      </ul>
      {footer && (
        <p data-footer className="mt-1 flex justify-between gap-3 border-t pt-1 font-semibold">
          <span>{footer.label}</span>
          <span className="tabular-nums">{footer.value}</span>
        </p>
      )}
    </div>
  );
}
