'use client';
/**
 * The story (`st`, one value per slide): what is on screen saved as slides, in order. Slides are written
 * back whole (re-encoded), so an unreadable `st` value is dropped on the first edit, as the notice says.
 */
import { useCallback, useMemo } from 'react';
import { MAX_SLIDES, encodeSlide, readStoryValues, type Slide, type SlideContext } from '@/lib/scenario';
import { contextFrom, scenarioFrom, slideUpdate, slidesFrom } from './url-state';
import type { UrlStore } from './use-url-state';
import type { UrlUpdate } from './url-schema';

export interface StoryState {
  /** The story's slides, in order (the `st` keys). */
  slides: readonly Slide[];
  /** Adds what is on screen (scenario and view) as the story's last slide. */
  addSlide: (title: string) => void;
  updateSlide: (index: number, text: { title?: string; note?: string }) => void;
  /** Moves slide `index` (0-based) by `delta` places. */
  moveSlide: (index: number, delta: number) => void;
  removeSlide: (index: number) => void;
  /** Shows slide n (1-based): its scenario and view on screen; in present mode, also presents it. */
  showSlide: (n: number) => void;
}

/** `linkContext`: what the link gives a slide written before slides carried their own (codec.ts). */
export function useStory({ state, latest, apply, endGesture }: UrlStore, linkContext: SlideContext): StoryState {
  const storyValues = state.story;
  const slides = useMemo(() => readStoryValues(storyValues, linkContext), [storyValues, linkContext]);

  const writeStory = useCallback(
    (next: readonly Slide[], push: boolean, extra: UrlUpdate = {}) => {
      endGesture();
      apply({ ...extra, story: next.slice(0, MAX_SLIDES).map(encodeSlide) }, push);
    },
    [apply, endGesture],
  );
  const slidesNow = useCallback(() => slidesFrom(latest()), [latest]);

  const addSlide = useCallback(
    (title: string) => {
      const current = latest();
      const slide: Slide = {
        view: current.view,
        scenario: scenarioFrom(current),
        presetId: current.preset,
        title,
        note: '',
        context: contextFrom(current),
        start: null,
      };
      writeStory([...slidesNow(), slide], true);
    },
    [writeStory, slidesNow, latest],
  );
  const updateSlide = useCallback(
    (index: number, text: { title?: string; note?: string }) =>
      writeStory(
        slidesNow().map((s, i) => (i === index ? { ...s, ...text } : s)),
        false,
      ),
    [writeStory, slidesNow],
  );
  const moveSlide = useCallback(
    (index: number, delta: number) => {
      const next = [...slidesNow()];
      const to = index + delta;
      if (index < 0 || index >= next.length || to < 0 || to >= next.length) return;
      next.splice(to, 0, ...next.splice(index, 1));
      writeStory(next, true);
    },
    [writeStory, slidesNow],
  );
  const removeSlide = useCallback(
    (index: number) => {
      const next = slidesNow().filter((_, i) => i !== index);
      // Presenting past the end of a shortened story would present nothing: stop instead.
      const presenting = latest().present;
      writeStory(next, true, presenting !== null && presenting > next.length ? { present: null } : {});
    },
    [writeStory, slidesNow, latest],
  );
  const showSlide = useCallback(
    (n: number) => {
      const all = slidesNow();
      const slide = all[n - 1];
      if (!slide) return;
      endGesture();
      const presenting = latest().present !== null;
      // The story is written back with the slides: a slide read with the link's context (written before
      // slides carried their own) keeps it, whatever this slide's puts on screen.
      apply({ ...slideUpdate(slide), story: all.map(encodeSlide), ...(presenting ? { present: n } : {}) }, !presenting);
    },
    [apply, endGesture, slidesNow, latest],
  );

  return { slides, addSlide, updateSlide, moveSlide, removeSlide, showSlide };
}
