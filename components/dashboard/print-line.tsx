'use client';
/**
 * Paper only: the line a printed view carries under its header (app/globals.css, `@media print`). Beside
 * the Export menu rather than inside it, so it is in the page from the first HTML while the menu's code
 * loads later (components/dashboard/header-controls.tsx).
 */
import { useMemo } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import { presetLabel } from '@/lib/scenario';
import type { ScenarioState } from '@/lib/state/use-scenario';
import { scenarioName } from '@/lib/view-models/compare';
import { changeWords } from '@/lib/view-models/parameter-words';

/** The page's origin in the browser; empty on the server (the print line is for the browser's print). */
function useOrigin(): string {
  return useHydrated() ? window.location.origin : '';
}

/** Paper only: the scenario's name and its full link, from the state on screen. */
export function PrintLine({ state }: { state: ScenarioState }) {
  const origin = useOrigin();
  const { scenario, presetId, base, changedIds } = state;
  // The page's own link (the one Copy link gives) less its story: Compare's extra columns, the measure and the
  // rest of what the screen shows, not a hand-picked part of it (a printed Compare view lost its third column
  // and measure); a story of thirty slides would fill the page.
  const query = state.viewQuery;
  const name = useMemo(() => scenarioName(scenario, presetId, base), [scenario, presetId, base]);
  // Which assumptions, in words: on paper the link cannot be clicked, and "1 change" said only that one was made.
  const changes = useMemo(() => changeWords(scenario, base, presetLabel(presetId), changedIds), [scenario, base, presetId, changedIds]);
  const url = `${origin}/${query ? `?${query}` : ''}`;
  return (
    <p className="hidden w-full text-sm print:block" data-testid="print-link">
      <span className="font-semibold">{name}</span> — the live scenario: {/* A real link, so a PDF of the page opens the live scenario too. */}
      <a href={url} className="break-all">
        {url}
      </a>
      {/* On the same line while it fits: a line more took the Compare view onto a second page. */}
      {changes.length > 0 && <span data-testid="print-changes"> · Changed: {changes.join('; ')}.</span>}
    </p>
  );
}
