'use client';
/**
 * The header's menus as the first load sees them: plain buttons that look and are named like the real
 * triggers, while the menus' code (Radix popover and dialog, the story editor, the scenario file reader)
 * loads on intent or when idle after the load (components/ui/deferred-control.tsx). The class names repeat
 * the real triggers' on purpose: importing them would bring the menus' code back into the first load.
 */
import { presets } from '@/lib/engine';
import type { ScenarioState } from '@/lib/state/use-scenario';
import { deferredControl, StandInButton, type StandInProps } from '@/components/ui/deferred-control';

function PresetPickerStandIn({ presetId, modified, intent }: { presetId: string | null; modified: boolean } & StandInProps) {
  const current = presets.find((p) => p.id === (presetId ?? 'public')) ?? presets[0]!;
  return (
    <StandInButton className="inline-flex min-h-10 max-w-full items-center gap-2 rounded-md bg-background px-3 text-left ring-1 ring-border hover:bg-muted" intent={intent}>
      <span className="text-sm text-muted-foreground">Scenario</span>
      <span className="truncate font-semibold" data-testid="preset-name">
        {current.name}
        {modified && <span className="font-normal text-muted-foreground"> (modified)</span>}
      </span>
      <span className="sr-only">, choose a scenario</span>
      <span aria-hidden className="text-muted-foreground">
        ▾
      </span>
    </StandInButton>
  );
}

function StorySheetStandIn({ state, intent }: { state: ScenarioState } & StandInProps) {
  return (
    <StandInButton className="min-h-10 rounded-md px-3 text-sm font-medium ring-1 ring-border hover:bg-muted disabled:opacity-40" intent={intent} data-testid="story-button">
      Story{state.slides.length > 0 ? ` (${state.slides.length})` : ''}
    </StandInButton>
  );
}

function ExportMenuStandIn({ intent }: StandInProps) {
  return (
    <StandInButton className="inline-flex min-h-10 items-center gap-1.5 rounded-md px-3 text-sm font-medium ring-1 ring-border hover:bg-muted print:hidden" intent={intent}>
      Export
      <span aria-hidden className="text-muted-foreground">
        ▾
      </span>
    </StandInButton>
  );
}

export const PresetPicker = deferredControl(() => import('./preset-picker').then((m) => m.PresetPicker), PresetPickerStandIn);
export const StorySheet = deferredControl(() => import('@/components/present/story-sheet').then((m) => m.StorySheet), StorySheetStandIn);
export const ExportMenu = deferredControl(() => import('./export-menu').then((m) => m.ExportMenu), ExportMenuStandIn);
