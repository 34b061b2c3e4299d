/**
 * Round axis ticks for a projector: 0, 10%, 20%, 30% rather than 14%, 21%, 28%; $0, $100B, $200B rather
 * than $55B, $110B. Steps are 1, 2, 2.5 or 5 times a power of ten, about five ticks, from zero (or from a
 * round number below zero when values go negative).
 */
import type { ChartModel } from './chart-model';

export interface NiceAxis {
  domain: [number, number];
  ticks: number[];
}

export function niceAxis(minValue: number, maxValue: number, targetTicks = 5): NiceAxis {
  const lo = Math.min(0, Number.isFinite(minValue) ? minValue : 0);
  const hi = Math.max(lo + 1e-9, Number.isFinite(maxValue) ? maxValue : 1);
  const raw = (hi - lo) / Math.max(1, targetTicks - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  // The round step nearest the raw one, so a chart keeps about `targetTicks` ticks.
  const step = [1, 2, 2.5, 5, 10].reduce((best, m) => (Math.abs(m * power - raw) < Math.abs(best * power - raw) ? m : best), 1) * power;
  const start = Math.floor(lo / step) * step;
  const end = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  // Rounded to the step's precision so that 0.30000000000000004 prints as 30%.
  for (let v = start; v <= end + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { domain: [ticks[0] ?? start, ticks[ticks.length - 1] ?? end], ticks };
}

/** The smallest and largest value a chart draws (0 included); `stacked` sums positives and negatives apart. */
export function chartExtent(model: ChartModel, stacked = false): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const row of model.rows) {
    // Stacks put positives above zero and negatives below it, each summed apart.
    let up = 0;
    let down = 0;
    for (const s of model.series) {
      const v = Number(row[s.key]);
      if (!Number.isFinite(v)) continue;
      if (stacked) {
        if (v > 0) up += v;
        else down += v;
      } else {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    if (stacked) {
      max = Math.max(max, up);
      min = Math.min(min, down);
    }
    for (const g of model.ghosts ?? []) {
      const v = Number(row[g.key]);
      if (Number.isFinite(v) && !stacked) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    for (const b of model.bands ?? []) {
      for (const v of [Number(row[b.lowKey]), Number(row[b.highKey])]) {
        if (!Number.isFinite(v)) continue;
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
  }
  if (model.extent) {
    min = Math.min(min, model.extent.min);
    max = Math.max(max, model.extent.max);
  }
  return { min, max };
}

/** The axis for a chart's values; `stacked` sums each row's series (stacked bars and areas). */
export function chartAxis(model: ChartModel, stacked = false): NiceAxis {
  const { min, max } = chartExtent(model, stacked);
  return niceAxis(min, max);
}

/**
 * The axis to draw after `previous`: kept while it still holds the data and the fresh axis would not be
 * much shorter, so dragging a slider across a tick boundary does not make the axis (and every line)
 * jump back and forth; replaced when the data outgrow it or shrink well inside it.
 */
export function steadyAxis(previous: NiceAxis, next: NiceAxis, extent: { min: number; max: number }): NiceAxis {
  const [lo, hi] = previous.domain;
  const holds = extent.min >= lo && extent.max <= hi;
  const shrinksALot = next.domain[1] - next.domain[0] < 0.6 * (hi - lo);
  return holds && !shrinksALot ? previous : next;
}
