/** Order statistics of the draws: quantiles, yearly bands and the gap's histogram. */
import type { Bands, Histogram, Quantiles } from './results';

/** The value at fraction p of sorted values (linear interpolation between order statistics, type 7). */
export function quantileSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

export function quantiles(values: Float64Array): Quantiles {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    p5: quantileSorted(sorted, 0.05),
    p25: quantileSorted(sorted, 0.25),
    p50: quantileSorted(sorted, 0.5),
    p75: quantileSorted(sorted, 0.75),
    p95: quantileSorted(sorted, 0.95),
    mean: sorted.length > 0 ? sum / sorted.length : 0,
  };
}

export function bands(perYear: readonly Float64Array[], n: number): Bands {
  const out: Bands = { p5: [], p25: [], p50: [], p75: [], p95: [] };
  for (const values of perYear) {
    const q = quantiles(values.subarray(0, n));
    out.p5.push(q.p5);
    out.p25.push(q.p25);
    out.p50.push(q.p50);
    out.p75.push(q.p75);
    out.p95.push(q.p95);
  }
  return out;
}

/** Equal-width bins over the p0.5-p99.5 span (the last bins take the tails), with zero on an edge. */
export function histogram(values: Float64Array, bins: number): Histogram {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return { edges: [0, 0], counts: [0] };
  const lo = quantileSorted(sorted, 0.005);
  const hi = quantileSorted(sorted, 0.995);
  // Every draw alike (a range width of 0): one bin around the value.
  if (hi - lo < 1e-9) return { edges: [lo - 0.5, lo + 0.5], counts: [sorted.length] };
  // A round bin width, with zero on an edge so "ahead" and "behind" never share a bin.
  const raw = (hi - lo) / bins;
  const magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
  const width = ([1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((w) => w >= raw) as number) ?? raw;
  const start = Math.floor(lo / width) * width;
  const count = Math.max(1, Math.ceil((hi - start) / width));
  const edges = Array.from({ length: count + 1 }, (_, i) => start + i * width);
  const counts = new Array<number>(count).fill(0);
  for (const v of sorted) {
    const b = Math.min(count - 1, Math.max(0, Math.floor((v - start) / width)));
    counts[b] = (counts[b] as number) + 1;
  }
  return { edges, counts };
}
