/**
 * Where things go on a plot, as percentages of its box (0-100). The SVG stretches a 100 × 100 viewBox
 * over the plot (preserveAspectRatio="none", strokes non-scaling) and HTML labels use the same
 * percentages, so a chart needs no measurement: the server draws it exactly, and it fits any width.
 * Pure functions, no React: unit-tested in geometry.test.ts.
 */
import type { ChartModel } from '@/lib/view-models';

/** Inset of the first and last point from the plot's edges, so end dots and labels are not clipped. */
const POINT_INSET_PCT = 3;
/** Share of a category band left empty between categories (recharts' default barCategoryGap). */
const BAND_GAP = 0.2;

export interface Band {
  /** Centre of each category, percent along the category axis. */
  centers: number[];
  /** Width of one category's bars together, percent. */
  width: number;
}

/** Evenly spaced points for a yearly series: first and last inset from the edges. */
export function pointPositions(count: number): number[] {
  if (count <= 1) return count === 1 ? [50] : [];
  const span = 100 - 2 * POINT_INSET_PCT;
  return Array.from({ length: count }, (_, i) => POINT_INSET_PCT + (i * span) / (count - 1));
}

/** Category bands for bars. */
export function bandPositions(count: number): Band {
  if (count <= 0) return { centers: [], width: 0 };
  const step = 100 / count;
  return { centers: Array.from({ length: count }, (_, i) => (i + 0.5) * step), width: step * (1 - BAND_GAP) };
}

/** Maps a value to percent from the top of the plot (domain[1] at 0, domain[0] at 100), clamped. */
export function valueToTopPct(value: number, domain: readonly [number, number]): number {
  const [lo, hi] = domain;
  const span = hi - lo;
  if (!(span > 0) || !Number.isFinite(value)) return 100;
  return Math.min(100, Math.max(0, ((hi - value) / span) * 100));
}

/** The same along a horizontal value axis: percent from the left (domain[0] at 0). */
export function valueToLeftPct(value: number, domain: readonly [number, number]): number {
  return 100 - valueToTopPct(value, domain);
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/** An SVG path through the points, broken where a value is missing. */
export function linePath(xs: readonly number[], ys: readonly (number | null)[]): string {
  let d = '';
  let pen = false;
  xs.forEach((x, i) => {
    const y = ys[i];
    if (y === null || y === undefined || !Number.isFinite(y)) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${r2(x)} ${r2(y)}`;
    pen = true;
  });
  return d;
}

/** A closed area between an upper and a lower line (a band of a stacked area). */
export function areaPath(xs: readonly number[], upper: readonly number[], lower: readonly number[]): string {
  if (xs.length === 0) return '';
  const top = xs.map((x, i) => `${i === 0 ? 'M' : 'L'}${r2(x)} ${r2(upper[i] ?? 0)}`).join('');
  const back = xs
    .map((_, j) => xs.length - 1 - j)
    .map((i) => `L${r2(xs[i] ?? 0)} ${r2(lower[i] ?? 0)}`)
    .join('');
  return `${top}${back}Z`;
}

export interface StackedSegment {
  /** Value where the segment starts and ends (positives stack up from 0, negatives down from 0). */
  from: number;
  to: number;
}

/** Stacks each row's series: one segment per series per row, positives and negatives apart. */
export function stackSegments(model: ChartModel): StackedSegment[][] {
  return model.rows.map((row) => {
    let up = 0;
    let down = 0;
    return model.series.map((s) => {
      const v = Number(row[s.key]);
      if (!Number.isFinite(v) || v === 0) return { from: up, to: up };
      if (v > 0) {
        const seg = { from: up, to: up + v };
        up += v;
        return seg;
      }
      const seg = { from: down, to: down + v };
      down += v;
      return seg;
    });
  });
}

/** Index of the category nearest a pointer at `pct` percent along the category axis. */
export function nearestIndex(pct: number, positions: readonly number[]): number {
  let best = 0;
  let bestDistance = Infinity;
  positions.forEach((p, i) => {
    const d = Math.abs(p - pct);
    if (d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}

/**
 * Positions (percent from the top) for labels at the ends of lines: each as near its line as it can be,
 * no two closer than `minGapPct`, all within 0-100. Overlapping labels are merged into groups centred on
 * their lines' mean, until no groups overlap. Returned in the order of `targets`.
 */
export function dodgeLabels(targets: readonly number[], minGapPct: number): number[] {
  const order = targets.map((t, i) => ({ t: Number.isFinite(t) ? t : 100, i })).sort((a, b) => a.t - b.t);
  type Group = { members: { t: number; i: number }[]; top: number };
  const place = (g: Group) => {
    const span = (g.members.length - 1) * minGapPct;
    const mean = g.members.reduce((s, m) => s + m.t, 0) / g.members.length;
    g.top = Math.min(Math.max(mean - span / 2, 0), Math.max(0, 100 - span));
  };
  const groups: Group[] = [];
  for (const m of order) {
    const g: Group = { members: [m], top: m.t };
    place(g);
    groups.push(g);
    // Merge backwards while the last group overlaps the one before it.
    while (groups.length > 1) {
      const last = groups[groups.length - 1] as Group;
      const prev = groups[groups.length - 2] as Group;
      if (prev.top + prev.members.length * minGapPct <= last.top) break;
      prev.members.push(...last.members);
      place(prev);
      groups.pop();
    }
  }
  const out = new Array<number>(targets.length).fill(0);
  for (const g of groups) g.members.forEach((m, k) => (out[m.i] = g.top + k * minGapPct));
  return out;
}
