'use client';
/**
 * UI-only state that does not belong in a link: theme choice, the phone controls drawer, which control
 * groups are open, which charts show their table. Read through selectors so a change re-renders only
 * what reads it. Scenario state lives in the URL (use-scenario.ts), never here.
 */
import { create } from 'zustand';

export type ThemeChoice = 'system' | 'light' | 'dark';

interface UiState {
  theme: ThemeChoice;
  setTheme: (theme: ThemeChoice) => void;
  drawerOpen: boolean;
  setDrawerOpen: (open: boolean) => void;
  /** Control groups the user opened or closed; absent = the group's default. */
  openGroups: Readonly<Record<string, boolean>>;
  setGroupOpen: (group: string, open: boolean) => void;
  /** Charts showing their table instead of the drawing. */
  tables: Readonly<Record<string, boolean>>;
  setTable: (chartId: string, show: boolean) => void;
}

export const useUiStore = create<UiState>()((set) => ({
  theme: 'system',
  setTheme: (theme) => set({ theme }),
  drawerOpen: false,
  setDrawerOpen: (drawerOpen) => set({ drawerOpen }),
  openGroups: {},
  setGroupOpen: (group, open) => set((s) => ({ openGroups: { ...s.openGroups, [group]: open } })),
  tables: {},
  setTable: (chartId, show) => set((s) => ({ tables: { ...s.tables, [chartId]: show } })),
}));
