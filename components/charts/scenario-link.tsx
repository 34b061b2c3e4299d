'use client';
/**
 * The scenario on screen as a link query, read at the moment it is needed (a click): the dashboard provides
 * useScenario()'s currentQuery, which is never older than the screen (the address bar trails a drag by one
 * throttle window). Cards use it to build their image and embed links; without a provider (outside the
 * dashboard) a card offers only its data.
 */
import { createContext, useContext, type ReactNode } from 'react';

const ScenarioQueryContext = createContext<(() => string) | null>(null);

export function ScenarioQueryProvider({ currentQuery, children }: { currentQuery: () => string; children: ReactNode }) {
  return <ScenarioQueryContext.Provider value={currentQuery}>{children}</ScenarioQueryContext.Provider>;
}

export function useCurrentQuery(): (() => string) | null {
  return useContext(ScenarioQueryContext);
}
