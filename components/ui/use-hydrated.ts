'use client';
/**
 * For what only the browser renders (the controls, a lazily loaded view, the page's own origin): false on the
 * server and while the page hydrates, true after.
 *
 * The flip is a transition, not useSyncExternalStore's server/client snapshot pair. A snapshot that differs
 * from the server's makes React re-render synchronously inside the hydration's commit: every lazy part, the
 * controls' mount and the print line in one task, 72 of the commit's 90 ms at Lighthouse's 4× CPU slowdown
 * (npm run bench:profile, issue 19). As a transition the same work renders in slices the browser can
 * interrupt, after the server's HTML is already interactive.
 */
import { startTransition, useEffect, useState } from 'react';

/**
 * Set once the page has hydrated (HydrationMark, in every page's providers, or any useHydrated): what mounts
 * later, the dashboard reached from /methodology by a client-side link included, is in the browser from its
 * start and shows no placeholder.
 */
let pageHydrated = false;

/** Marks the page hydrated; rendered once by the app's providers (components/providers.tsx). */
export function HydrationMark(): null {
  useEffect(() => {
    pageHydrated = true;
  }, []);
  return null;
}

export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(pageHydrated);
  useEffect(() => {
    pageHydrated = true;
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}
