'use client';
/**
 * The header's menus as the first load sees them: plain buttons that look and are named like the real
 * triggers, while the menus' code (Radix popover and dialog, the story editor, the scenario file reader)
 * loads on intent or when idle after the load (components/ui/deferred-control.tsx). The class names repeat
 * the real triggers' on purpose: importing them would bring the menus' code back into the first load.
 */
import type { ScenarioState } from '@/lib/state/use-scenario';
import { deferredControl, StandInButton, type StandInProps } from '@/components/ui/deferred-control';
import { PRESET_BUTTON_CLASS, PresetButtonFace } from './preset-face';
import { buttonClass } from '@/components/ui/button';

function PresetPickerStandIn({ presetId, modified, intent }: { presetId: string | null; modified: boolean } & StandInProps) {
  return (
    <StandInButton className={PRESET_BUTTON_CLASS} intent={intent}>
      <PresetButtonFace presetId={presetId} modified={modified} />
    </StandInButton>
  );
}

function StorySheetStandIn({ state, intent }: { state: ScenarioState } & StandInProps) {
  return (
    <StandInButton className={buttonClass()} intent={intent} data-testid="story-button">
      Story{state.slides.length > 0 ? ` (${state.slides.length})` : ''}
    </StandInButton>
  );
}

function ExportMenuStandIn({ intent }: StandInProps) {
  return (
    <StandInButton className={buttonClass({ className: 'inline-flex items-center gap-1.5 print:hidden' })} intent={intent}>
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
