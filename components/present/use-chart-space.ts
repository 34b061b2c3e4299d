'use client';
import { useEffect, useState, type RefObject } from 'react';

/** The least height a chart is drawn at on a slide; below it the view scrolls instead. */
const MIN_CHART_PX = 160;

/**
 * The primary chart takes the slide's free height: the view's box less everything else the view shows
 * (the card's title, legend and axis label, a sentence), measured, so nothing falls below the slide
 * whatever the title's length, the screen or the view. Re-measured when either changes size; the answer
 * is a fixed point (a taller chart leaves the rest as it was), so this settles at once.
 * Returns the height for the view's primary chart, or null until measured.
 */
export function useChartSpace(viewBox: RefObject<HTMLDivElement | null>, viewContent: RefObject<HTMLDivElement | null>): number | null {
  const [chartSpace, setChartSpace] = useState<number | null>(null);
  useEffect(() => {
    const box = viewBox.current;
    const content = viewContent.current;
    if (!box || !content) return;
    const measure = () => {
      const drawing = Array.from(content.querySelectorAll<HTMLElement>('[data-chart] [role="img"]')).find((el) => el.offsetParent !== null);
      if (!drawing) return;
      const rest = content.offsetHeight - drawing.offsetHeight;
      setChartSpace(Math.max(MIN_CHART_PX, Math.floor(box.clientHeight - rest - 8)));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    observer.observe(content);
    return () => observer.disconnect();
  }, [viewBox, viewContent]);
  return chartSpace;
}
