'use client';
/**
 * Present mode (`pr`, the slide being presented, 1-based). While presenting, the slide follows the screen:
 * a change made live (the drawer) is written into the slide's `st` value, so the story's link keeps it.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { Scenario } from '@/lib/engine';
import { encodeBaseline, encodeSlide, type Slide, type SlideContext, type ViewId } from '@/lib/scenario';
import { slideUpdate, slidesFrom } from './url-state';
import type { UrlState } from './url-schema';
import type { UrlStore } from './use-url-state';

export interface PresentState {
  /** The slide being presented (1-based), or null when not presenting. */
  present: number | null;
  /** Enters present mode on slide n (1-based). */
  startPresenting: (n?: number) => void;
  /** Puts the slide being presented back to its starting point (before any live change). */
  resetSlide: () => void;
  stopPresenting: () => void;
}

/** What is on screen, as a slide would hold it. */
export interface Screen {
  scenario: Scenario;
  presetId: string | null;
  view: ViewId;
  linkContext: SlideContext;
}

export function usePresent({ state, latest, apply, endGesture }: UrlStore, slides: readonly Slide[], screen: Screen): PresentState {
  const presentRaw = state.present;
  const present = presentRaw !== null && presentRaw >= 1 && presentRaw <= slides.length ? presentRaw : null;

  // What was on screen before presenting, so leaving present mode returns to it (as a slideshow returns to
  // its editor), with the story as the presentation left it (live changes are written into its slides).
  // Not in the link: a link opened in present mode has nothing before it, and leaves on its last slide.
  const beforePresenting = useRef<UrlState | null>(null);
  const startPresenting = useCallback(
    (n = 1) => {
      const current = latest();
      const all = slidesFrom(current);
      const slide = all[n - 1];
      if (!slide) return;
      endGesture();
      // Not presenting (an out-of-range `pr` in a link shows the dashboard too): this is the screen to return to.
      if (current.present === null || !all[current.present - 1]) beforePresenting.current = current;
      apply({ ...slideUpdate(slide), story: all.map(encodeSlide), present: n }, true);
    },
    [apply, endGesture, latest],
  );
  const resetSlide = useCallback(() => {
    const current = latest();
    const index = current.present === null ? -1 : current.present - 1;
    const all = slidesFrom(current);
    const slide = all[index];
    if (!slide?.start) return;
    endGesture();
    const reset: Slide = { ...slide, scenario: slide.start.scenario, presetId: slide.start.presetId, start: null };
    apply({ ...slideUpdate(reset), story: all.map((s, i) => encodeSlide(i === index ? reset : s)) }, true);
  }, [apply, endGesture, latest]);
  // Present mode left by another way (Back, a link): the screen saved before it no longer comes before what
  // is shown, so a later Esc must not jump to it.
  useEffect(() => {
    if (present === null) beforePresenting.current = null;
  }, [present]);
  const stopPresenting = useCallback(() => {
    const before = beforePresenting.current;
    beforePresenting.current = null;
    apply(before ? { ...before, story: latest().story, present: null } : { present: null }, true);
  }, [apply, latest]);

  // A link opened in present mode whose own scenario differs from its slide's (written by hand, or cut)
  // shows the slide: the slide is what the story says, so on arrival the screen follows it, not the reverse.
  const { scenario, presetId, view, linkContext } = screen;
  const presented = present !== null ? slides[present - 1] : undefined;
  const presentedText = presented ? encodeSlide(presented) : null;
  const arrived = useRef(false);
  useEffect(() => {
    if (present === null || presentedText === null) return;
    const slide = slides[present - 1];
    if (!slide) return;
    // A live change keeps the slide's starting point (what it showed before), so the change is shown
    // against it and the reset key can restore it; back at the start, there is no change to keep.
    const start = slide.start ?? { scenario: slide.scenario, presetId: slide.presetId };
    const atStart = encodeBaseline(start) === encodeBaseline({ scenario, presetId });
    const onScreen: Slide = { ...slide, scenario, presetId, view, context: linkContext, start: atStart ? null : start };
    const same = encodeSlide(onScreen) === presentedText;
    if (!arrived.current) {
      arrived.current = true;
      if (!same) apply(slideUpdate(slide), false);
      return;
    }
    if (same) return;
    apply({ story: slides.map((s, i) => encodeSlide(i === present - 1 ? onScreen : s)) }, false);
  }, [present, presentedText, slides, scenario, presetId, view, linkContext, apply]);

  return { present, startPresenting, resetSlide, stopPresenting };
}
