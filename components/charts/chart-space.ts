import { createContext } from 'react';

/**
 * The height a chart may take, when a surrounding layout decides it (present mode gives its primary chart
 * the slide's free height); null: each chart keeps the height its view designed for it.
 */
export const ChartSpace = createContext<number | null>(null);

/** A chart's drawing height: its designed height, or the space given (at most twice the designed height). */
export function chartHeight(designedPx: number, spacePx: number | null): number {
  if (spacePx === null) return designedPx;
  return Math.round(Math.min(designedPx * 2, spacePx));
}

/** True inside present mode's slide: views show what fits a projected slide (fewer waterfall bars, say). */
export const Presenting = createContext(false);
