'use client';
/**
 * Choose a named scenario; each preset says in a line or two what it assumes (in full once chosen). The
 * list fits the screen's height and scrolls; Up, Down, Home and End move through it.
 */
import * as Popover from '@radix-ui/react-popover';
import { useState, type KeyboardEvent } from 'react';
import { PRESET_BUTTON_CLASS, PresetButtonFace } from './preset-face';

/** Moves focus through the list's buttons with the arrow keys, Home and End. */
function moveFocus(event: KeyboardEvent<HTMLUListElement>) {
  const buttons = Array.from(event.currentTarget.querySelectorAll('button'));
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next =
    event.key === 'ArrowDown'
      ? Math.min(buttons.length - 1, at + 1)
      : event.key === 'ArrowUp'
        ? Math.max(0, at - 1)
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? buttons.length - 1
            : null;
  if (next === null) return;
  event.preventDefault();
  buttons[next]?.focus();
  buttons[next]?.scrollIntoView({ block: 'nearest' });
}
import { presets } from '@/lib/engine';

export function PresetPicker({
  presetId,
  modified,
  onChoose,
  defaultOpen = false,
}: {
  presetId: string | null;
  modified: boolean;
  onChoose: (id: string) => void;
  defaultOpen?: boolean;
}) {
  const [open, setOpen] = useState(defaultOpen);
  const current = presets.find((p) => p.id === (presetId ?? 'public')) ?? presets[0]!;
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>
        <button type="button" className={PRESET_BUTTON_CLASS}>
          <PresetButtonFace presetId={presetId} modified={modified} />
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="start"
          sideOffset={6}
          collisionPadding={12}
          className="z-50 flex max-h-[var(--radix-popover-content-available-height)] w-[min(28rem,calc(100vw-24px))] flex-col rounded-lg border bg-card p-1.5 text-card-foreground shadow-xl"
        >
          <ul aria-label="Scenarios" className="min-h-0 flex-1 overflow-y-auto" onKeyDown={moveFocus}>
            {presets.map((p) => {
              const selected = p.id === current.id;
              return (
                <li key={p.id}>
                  <button
                    type="button"
                    aria-current={selected ? 'true' : undefined}
                    onClick={() => {
                      onChoose(p.id);
                      setOpen(false);
                    }}
                    className={`w-full rounded-md px-3 py-2 text-left hover:bg-muted ${selected ? 'bg-muted' : ''}`}
                  >
                    <span className="block font-semibold">
                      {p.name}
                      {selected && <span className="ml-2 text-xs font-normal text-muted-foreground">current</span>}
                    </span>
                    <span className="line-clamp-2 block text-sm text-muted-foreground">{p.description}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
