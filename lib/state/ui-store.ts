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
  /** Groups whose "advanced" fold is open. */
  openAdvanced: Readonly<Record<string, boolean>>;
  setAdvancedOpen: (group: string, open: boolean) => void;
  /** Charts showing their table instead of the drawing. */
  tables: Readonly<Record<string, boolean>>;
  setTable: (chartId: string, show: boolean) => void;
  /** A control to bring into view and focus (from a tornado bar or a switching value), once. */
  reveal: { id: string; nonce: number } | null;
  /** Opens the parameter's group (and advanced fold, and the phone's drawer) and asks its slider for focus. */
  revealParameter: (id: string, group: string, advanced: boolean) => void;
  clearReveal: () => void;
}

export const useUiStore = create<UiState>()((set) => ({
  theme: 'system',
  setTheme: (theme) => set({ theme }),
  drawerOpen: false,
  setDrawerOpen: (drawerOpen) => set({ drawerOpen }),
  openGroups: {},
  setGroupOpen: (group, open) => set((s) => ({ openGroups: { ...s.openGroups, [group]: open } })),
  openAdvanced: {},
  setAdvancedOpen: (group, open) => set((s) => ({ openAdvanced: { ...s.openAdvanced, [group]: open } })),
  tables: {},
  setTable: (chartId, show) => set((s) => ({ tables: { ...s.tables, [chartId]: show } })),
  reveal: null,
  revealParameter: (id, group, advanced) =>
    set((s) => ({
      openGroups: { ...s.openGroups, [group]: true },
      openAdvanced: advanced ? { ...s.openAdvanced, [group]: true } : s.openAdvanced,
      // The drawer exists only on a phone; on a desktop this flag is never read.
      drawerOpen: true,
      reveal: { id, nonce: (s.reveal?.nonce ?? 0) + 1 },
    })),
  clearReveal: () => set({ reveal: null }),
}));
