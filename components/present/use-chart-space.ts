'use client';
import { useEffect, useState, type RefObject } from 'react';

/** The least height a chart is drawn at on a slide; below it the view scrolls instead. */
const MIN_CHART_PX = 160;
/** A phone's chart on a slide: about the dashboard's own heights (260-340 px), never a screen-tall drawing. */
const PHONE_CHART_PX = 360;
/** Room kept under a phone's chart so its axis labels clear the slide's edge, px. */
const PHONE_EDGE_PX = 16;

/**
 * Where the slide fits the screen (the `slide-fits` variant in app/globals.css: wide and tall enough), the
 * primary chart takes the slide's free height: the view's box less everything else the view shows (the
 * card's title, legend and axis label, a sentence), measured, so nothing falls below the slide whatever the
 * title's length, the screen or the view; the answer is a fixed point (a taller chart leaves the rest as it
 * was), so this settles at once.
 *
 * Elsewhere (a phone, upright or sideways) the slide scrolls as a page, and the chart is as tall as the slide
 * shows at once, up to PHONE_CHART_PX: squeezed into the free height, it had fallen below a view that
 * scrolled inside a slide that scrolled, and sideways it had about 100 px (a new-user review).
 *
 * Which of the two is read from the layout the stylesheet chose (only on a phone does the slide scroll), so
 * the breakpoint is written once. Re-measured when the slide, the view's box or its content changes size.
 * Returns the height for the view's primary chart (null until measured) and whether the slide fits.
 */
export function useChartSpace(
  stage: RefObject<HTMLDivElement | null>,
  viewBox: RefObject<HTMLDivElement | null>,
  viewContent: RefObject<HTMLDivElement | null>,
): { space: number | null; fits: boolean } {
  const [space, setSpace] = useState<number | null>(null);
  const [fits, setFits] = useState(true);
  useEffect(() => {
    const slide = stage.current;
    const box = viewBox.current;
    const content = viewContent.current;
    if (!slide || !box || !content) return;
    const measure = () => {
      const slideFits = getComputedStyle(slide).overflowY === 'visible';
      setFits(slideFits);
      // On a phone the slide's own height does not depend on the chart: no feedback between the two.
      if (!slideFits) return setSpace(Math.max(MIN_CHART_PX, Math.min(PHONE_CHART_PX, slide.clientHeight - PHONE_EDGE_PX)));
      const drawing = Array.from(content.querySelectorAll<HTMLElement>('[data-chart] [role="img"]')).find((el) => el.offsetParent !== null);
      if (!drawing) return;
      const rest = content.offsetHeight - drawing.offsetHeight;
      setSpace(Math.max(MIN_CHART_PX, Math.floor(box.clientHeight - rest - 8)));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(slide);
    observer.observe(box);
    observer.observe(content);
    return () => observer.disconnect();
  }, [stage, viewBox, viewContent]);
  return { space, fits };
}
