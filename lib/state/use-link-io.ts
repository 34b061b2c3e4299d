'use client';
/** A whole link in and out: load a decoded link (an imported scenario file), and the link for the screen. */
import { useCallback, useMemo } from 'react';
import { encodeScenario } from '@/lib/scenario';
import { DEFAULT_VIEW } from './url-schema';
import { baselineFrom, columnsFrom, focusFrom, linkUpdate, scenarioFrom, settingsFrom, slidesFrom, type LoadableLink } from './url-state';
import type { UrlState } from './url-schema';
import type { UrlStore } from './use-url-state';

export interface LinkIO {
  /**
   * Replaces everything a link holds (preset, values, view, baseline, focus, settings) with a decoded
   * link's, as one history entry: an imported scenario file, which Back undoes.
   */
  loadLink: (link: LoadableLink) => void;
  /**
   * The link query for what is on screen at this moment, from the latest state rather than the address
   * bar (which trails a drag by up to one throttle window). For Copy link and Share.
   */
  currentQuery: () => string;
  /**
   * The same query for the state this render shows, for links drawn on the page (methodology's
   * "← Dashboard" keeps it). Empty for Public data's bare link.
   */
  linkQuery: string;
  /** The same without the story and slide number: the view alone, as a printed page links to it. */
  viewQuery: string;
}

/** The link query for a URL state (the codec's canonical form); `withStory` false leaves out the story. */
function queryFor(current: UrlState, withStory = true): string {
  return encodeScenario(scenarioFrom(current), {
    presetId: current.preset,
    // The codec writes any view it is given; the default one is left out of links.
    view: current.view === DEFAULT_VIEW ? null : current.view,
    simulation: settingsFrom(current),
    baseline: baselineFrom(current.baseline),
    columns: columnsFrom(current),
    focus: focusFrom(current),
    measure: current.measure,
    story: withStory ? slidesFrom(current) : [],
    present: withStory ? current.present : null,
  });
}

export function useLinkIO({ state, latest, apply, endGesture }: UrlStore): LinkIO {
  const loadLink = useCallback(
    (link: LoadableLink) => {
      endGesture();
      apply(linkUpdate(link), true);
    },
    [apply, endGesture],
  );

  const currentQuery = useCallback(() => queryFor(latest()), [latest]);
  const linkQuery = useMemo(() => queryFor(state), [state]);
  // Without a story the two are one: a second encoding only where a story is there.
  const viewQuery = useMemo(() => (state.story.length === 0 ? linkQuery : queryFor(state, false)), [state, linkQuery]);

  return { loadLink, currentQuery, linkQuery, viewQuery };
}
