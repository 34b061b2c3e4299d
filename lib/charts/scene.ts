/**
 * What a chart draws, before it is drawn: ticks, shapes and end labels, in the plot's 0-100 coordinates
 * (geometry.ts). One scene, two renderers: the dashboard's interactive charts (time-chart.tsx,
 * category-bar-chart.tsx, drawn by plot.tsx as SVG shapes under HTML labels) and the server's standalone
 * images (chart-svg.ts, one SVG in pixels with text, rasterised for PNG). So an image and the card on screen
 * share their axis, positions, stacking, ghosts and label placement. Pure functions, no React.
 */
import { niceAxis, type ChartModel, type NiceAxis } from '@/lib/view-models';
import { formatTick } from './format-value';
import { bandPositions, dodgeLabels, pointPositions, stackSegments, valueToLeftPct, valueToTopPct } from './geometry';

export interface AxisTick {
  /** Percent along the axis (from the left, or from the top): the category's centre, which the pointer finds. */
  pct: number;
  label: string;
  /** Where its label sits when not at `pct` (a histogram labels its bins' edges, ChartModel.tickAt). */
  labelPct?: number;
}

export interface EndLabel {
  key: string;
  label: string;
  color: string;
  dashed?: boolean;
  pct: number;
}

/** How a shape is painted. Colours may be CSS variables (var(--…)); an image resolves them (lib/palette.ts). */
export interface Paint {
  fill?: string;
  fillOpacity?: number;
  stroke?: string;
  strokeOpacity?: number;
  strokeWidth?: number;
  dash?: string;
  /** Round line joins and caps (the lines of a line chart). */
  round?: boolean;
  /** A bar's or area's edge, a shade darker than its fill (app/globals.css .chart-bar). */
  edge?: boolean;
  /** A pinned baseline's shape (data-ghost). */
  ghost?: boolean;
}

export type SceneGeometry =
  /** A polyline through (xs[i], ys[i]), broken where a y is null. */
  | { type: 'line'; xs: readonly number[]; ys: readonly (number | null)[] }
  /** A closed area between an upper and a lower line over the same xs. */
  | { type: 'area'; xs: readonly number[]; upper: readonly number[]; lower: readonly number[] }
  | { type: 'rect'; x: number; y: number; width: number; height: number };

export interface SceneShape {
  key: string;
  geometry: SceneGeometry;
  paint: Paint;
}

export interface ChartScene {
  /** 'vertical': categories along the bottom, values up the side; 'horizontal': the other way round. */
  orientation: 'vertical' | 'horizontal';
  valueTicks: AxisTick[];
  categoryTicks: AxisTick[];
  /** Where the zero line is (percent along the value axis), when the values go below zero. */
  zeroPct?: number;
  /** Category names (bars) that may wrap under their bars, rather than years. */
  wrapCategories: boolean;
  /** Category bands' width, percent (bars), for the hover band and label wrapping. */
  step: number;
  shapes: SceneShape[];
  /** Names beside the lines' ends, already kept apart (line charts with few lines). */
  endLabels?: EndLabel[];
}

/** How a time chart draws: lines (one per cloud or variant) or a 100% stacked area (the family mix). */
export type TimeKind = 'line' | 'stacked-area';

/** A stacked area's axis: shares of a whole, 0-100%. */
export const SHARE_AXIS = niceAxis(0, 1);

/** Lines beyond this many are named by the legend only: more end labels would crowd each other. */
export const MAX_END_LABELS = 6;

const num = (model: ChartModel, i: number, key: string) => Number(model.rows[i]?.[key]);

/**
 * How a pinned baseline's lines look and are named, one meaning per chart: faint dashes, or dots where the
 * chart's own series are dashed (the custom-silicon margin chart draws "without silicon" dashed; its legend
 * also said "Dashed: the baseline": a new-user review). The screen, the chart image and their legends read it.
 */
export function ghostLook(model: Pick<ChartModel, 'series'>): { dash: string; legend: string } {
  return model.series.some((s) => s.dashed) ? { dash: '0.1 5', legend: 'Dotted: the baseline' } : { dash: '3 4', legend: 'Dashed: the baseline' };
}

/**
 * A time chart's scene. `labelGapPct`: the least distance between two end labels, percent of the plot's
 * height (the label's line height over the plot's height in px).
 */
export function timeScene(model: ChartModel, kind: TimeKind, axis: NiceAxis, labelGapPct: number): ChartScene {
  const top = (v: number) => valueToTopPct(v, axis.domain);
  const xs = pointPositions(model.rows.length);
  const at = (i: number, key: string) => {
    const v = num(model, i, key);
    return Number.isFinite(v) ? top(v) : null;
  };
  let shapes: SceneShape[];
  if (kind === 'stacked-area') {
    const stacks = stackSegments(model);
    const areas: SceneShape[] = model.series.map((s, k) => ({
      key: s.key,
      geometry: { type: 'area', xs, upper: stacks.map((row) => top(row[k]?.to ?? 0)), lower: stacks.map((row) => top(row[k]?.from ?? 0)) },
      paint: { fill: s.color, fillOpacity: 0.9, edge: true },
    }));
    // A pinned baseline: where each boundary between the stacked series stood, as a dashed line.
    const ghostKeys = (model.ghosts ?? []).map((g) => g.key);
    const boundaries: SceneShape[] = ghostKeys.slice(0, -1).map((key, k) => ({
      key: `g-${key}`,
      geometry: {
        type: 'line',
        xs,
        ys: model.rows.map((row) => {
          let sum = 0;
          for (const gk of ghostKeys.slice(0, k + 1)) sum += Number(row[gk]) || 0;
          return top(sum);
        }),
      },
      paint: { stroke: 'var(--foreground)', strokeOpacity: 0.7, strokeWidth: 1.5, dash: '3 3', ghost: true },
    }));
    shapes = [...areas, ...boundaries];
  } else {
    // A fan chart's bands first, under its lines.
    const bands: SceneShape[] = (model.bands ?? []).map((b) => ({
      key: b.key,
      geometry: {
        type: 'area',
        xs,
        upper: model.rows.map((_, i) => top(num(model, i, b.highKey))),
        lower: model.rows.map((_, i) => top(num(model, i, b.lowKey))),
      },
      paint: { fill: b.color, fillOpacity: b.opacity },
    }));
    // A pinned baseline's series: thin, faint and dashed (dotted where the chart's own series are dashed), under the scenario's.
    const ghostDash = ghostLook(model).dash;
    const ghosts: SceneShape[] = (model.ghosts ?? []).map((g) => ({
      key: g.key,
      geometry: { type: 'line', xs, ys: xs.map((_, i) => at(i, g.key)) },
      paint: { stroke: g.color, strokeOpacity: 0.55, strokeWidth: 2, dash: ghostDash, round: true, ghost: true },
    }));
    const lines: SceneShape[] = model.series.map((s) => ({
      key: s.key,
      geometry: { type: 'line', xs, ys: xs.map((_, i) => at(i, s.key)) },
      paint: { stroke: s.color, strokeWidth: s.dashed ? 2 : 3, dash: s.dashed ? '6 4' : undefined, round: true },
    }));
    shapes = [...bands, ...ghosts, ...lines];
  }

  const last = model.rows.length - 1;
  let endLabels: EndLabel[] | undefined;
  if (kind === 'line' && !model.bands && model.series.length <= MAX_END_LABELS && last >= 0) {
    const placed = dodgeLabels(
      model.series.map((s) => top(num(model, last, s.key))),
      labelGapPct,
    );
    endLabels = model.series.map((s, k) => ({ key: s.key, label: s.shortLabel ?? s.label, color: s.color, dashed: s.dashed, pct: placed[k] ?? 0 }));
  }
  return {
    orientation: 'vertical',
    valueTicks: axis.ticks.map((t) => ({ pct: top(t), label: formatTick(model.format, t) })),
    categoryTicks: model.rows.map((row, i) => ({ pct: xs[i] ?? 0, label: String(row[model.xKey]) })),
    zeroPct: axis.domain[0] < 0 ? top(0) : undefined,
    wrapCategories: false,
    step: model.rows.length > 0 ? 100 / model.rows.length : 100,
    shapes,
    endLabels,
  };
}

/** Bars of one category in a group fill this share of their slot (the rest is the gap between them). */
const GROUPED_BAR_FILL = 0.9;

export interface BarOptions {
  stacked?: boolean;
  horizontal?: boolean;
}

/** Bars per category (cloud or contract): stacked or grouped, vertical or horizontal. */
export function barScene(model: ChartModel, { stacked = false, horizontal = false }: BarOptions, axis: NiceAxis): ChartScene {
  // Position along the value axis: from the top when bars stand up, from the left when they lie down.
  const at = (v: number) => (horizontal ? valueToLeftPct(v, axis.domain) : valueToTopPct(v, axis.domain));
  const band = bandPositions(model.rows.length);
  const segments = stacked ? stackSegments(model) : null;
  const slot = stacked ? band.width : band.width / Math.max(1, model.series.length);
  /** A bar from value `from` to `to`, across [start, start + breadth] of the category axis. */
  const bar = (start: number, breadth: number, from: number, to: number): SceneGeometry => {
    const a = at(from);
    const b = at(to);
    const lo = Math.min(a, b);
    const length = Math.abs(a - b);
    return horizontal ? { type: 'rect', x: lo, width: length, y: start, height: breadth } : { type: 'rect', x: start, width: breadth, y: lo, height: length };
  };

  const bars: SceneShape[] = model.rows.flatMap((row, i) =>
    model.series.map((s, k) => {
      const v = Number(row[s.key]);
      const seg = segments?.[i]?.[k] ?? { from: 0, to: Number.isFinite(v) ? v : 0 };
      const start = (band.centers[i] ?? 0) - band.width / 2 + (stacked ? 0 : k * slot + (slot * (1 - GROUPED_BAR_FILL)) / 2);
      const breadth = stacked ? slot : slot * GROUPED_BAR_FILL;
      return { key: `${i}-${s.key}`, geometry: bar(start, breadth, seg.from, seg.to), paint: { fill: s.color, edge: true } };
    }),
  );
  // A pinned baseline: a dashed outline where each bar stood under it (stacks: where the stack's top stood).
  const outline = (color: string): Paint => ({ stroke: color, strokeWidth: 1.5, dash: '3 3', ghost: true });
  const ghosts: SceneShape[] = !model.ghosts?.length
    ? []
    : model.rows.flatMap((row, i) => {
        const left = (band.centers[i] ?? 0) - band.width / 2;
        if (stacked) {
          let total = 0;
          for (const g of model.ghosts ?? []) {
            const v = Number(row[g.key]);
            if (Number.isFinite(v) && v > 0) total += v;
          }
          return [{ key: `g-${i}-total`, geometry: bar(left, band.width, 0, total), paint: outline('var(--foreground)') }];
        }
        return model.series.flatMap((s, k) => {
          const v = Number(row[`${s.key}__base`]);
          if (!Number.isFinite(v)) return [];
          const start = left + k * slot + (slot * (1 - GROUPED_BAR_FILL)) / 2;
          return [{ key: `g-${i}-${s.key}`, geometry: bar(start, slot * GROUPED_BAR_FILL, 0, v), paint: outline(s.color) }];
        });
      });
  return {
    orientation: horizontal ? 'horizontal' : 'vertical',
    valueTicks: axis.ticks.map((t) => ({ pct: at(t), label: formatTick(model.format, t) })),
    categoryTicks: model.rows.map((row, i) => ({
      pct: band.centers[i] ?? 0,
      label: String(row[model.tickKey ?? model.xKey]),
      // A band's start is halfway across the gap before its bar (geometry.ts: bands of equal steps).
      ...(model.tickAt === 'start' ? { labelPct: (band.centers[i] ?? 0) - 50 / model.rows.length } : {}),
    })),
    zeroPct: axis.domain[0] < 0 ? at(0) : undefined,
    wrapCategories: !horizontal,
    step: model.rows.length > 0 ? 100 / model.rows.length : 100,
    shapes: [...bars, ...ghosts],
  };
}
