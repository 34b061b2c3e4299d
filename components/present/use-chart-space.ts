'use client';
import { useEffect, useState, type RefObject } from 'react';

/** The least height a chart is drawn at on a slide; below it the view scrolls instead. */
const MIN_CHART_PX = 160;

/**
 * Screens a slide fits: the `slide-fits` variant in app/globals.css (keep the two alike). Elsewhere (a phone,
 * upright or sideways) the slide scrolls as a page, and its chart is as tall as the slide shows at once, up
 * to PHONE_CHART_PX: squeezed into the free height, the chart had fallen below a view that scrolled inside
 * a slide that scrolled, and sideways it had about 100 px (a new-user review).
 */
const SLIDE_FITS = '(min-width: 40rem) and (min-height: 30rem)';
/** A phone's chart on a slide: about the dashboard's own heights (260-340 px), never a screen-tall drawing. */
const PHONE_CHART_PX = 360;

/**
 * The primary chart takes the slide's free height: the view's box less everything else the view shows
 * (the card's title, legend and axis label, a sentence), measured, so nothing falls below the slide
 * whatever the title's length, the screen or the view. Re-measured when either changes size; the answer
 * is a fixed point (a taller chart leaves the rest as it was), so this settles at once.
 * Returns the height for the view's primary chart, or null until measured.
 */
export function useChartSpace(
  stage: RefObject<HTMLDivElement | null>,
  viewBox: RefObject<HTMLDivElement | null>,
  viewContent: RefObject<HTMLDivElement | null>,
): number | null {
  const [chartSpace, setChartSpace] = useState<number | null>(null);
  useEffect(() => {
    const slide = stage.current;
    const box = viewBox.current;
    const content = viewContent.current;
    if (!slide || !box || !content) return;
    const measure = () => {
      // The slide's own height does not depend on the chart: no feedback between the two.
      if (!window.matchMedia(SLIDE_FITS).matches) return setChartSpace(Math.max(MIN_CHART_PX, Math.min(PHONE_CHART_PX, slide.clientHeight - 16)));
      const drawing = Array.from(content.querySelectorAll<HTMLElement>('[data-chart] [role="img"]')).find((el) => el.offsetParent !== null);
      if (!drawing) return;
      const rest = content.offsetHeight - drawing.offsetHeight;
      setChartSpace(Math.max(MIN_CHART_PX, Math.floor(box.clientHeight - rest - 8)));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(slide);
    observer.observe(box);
    observer.observe(content);
    return () => observer.disconnect();
  }, [stage, viewBox, viewContent]);
  return chartSpace;
}
