/**
 * The Scenario button's look and words, shared by the real menu (preset-picker.tsx) and the stand-in the first
 * load draws until its code arrives (header-controls.tsx). Its own module, so the stand-in does not bring
 * the menu's code (Radix popover) into the first load.
 */
import { presets } from '@/lib/engine';

// The name whole, "(modified)" included: cut at 14rem, "Public dat…" was what a projector at 1280 px showed (new-user
// review). The header takes a second row rather than hide which scenario is on screen; only a name wider
// than the screen is cut (whole in the accessible name and the title).
export const PRESET_BUTTON_CLASS =
  'inline-flex min-h-10 max-w-full items-center gap-2 rounded-md bg-background px-3 text-left ring-1 ring-border hover:bg-muted';

/** The button's content. The name is the visible text plus what a press does, so speech input can say what it sees (axe: label-content-name-mismatch). */
export function PresetButtonFace({ presetId, modified }: { presetId: string | null; modified: boolean }) {
  const current = presets.find((p) => p.id === (presetId ?? 'public')) ?? presets[0]!;
  return (
    <>
      <span className="text-sm text-muted-foreground">Scenario</span>
      <span className="min-w-0 truncate font-semibold" data-testid="preset-name" title={`${current.name}${modified ? ' (modified)' : ''}`}>
        {current.name}
        {modified && <span className="font-normal text-muted-foreground"> (modified)</span>}
      </span>
      <span className="sr-only">, choose a scenario</span>
      <span aria-hidden className="text-muted-foreground">
        ▾
      </span>
    </>
  );
}
