'use client';
/** Choose a named scenario; each preset says in one line what it assumes. */
import * as Popover from '@radix-ui/react-popover';
import { useState } from 'react';
import { presets } from '@/lib/engine';

export function PresetPicker({ presetId, modified, onChoose }: { presetId: string | null; modified: boolean; onChoose: (id: string) => void }) {
  const [open, setOpen] = useState(false);
  const current = presets.find((p) => p.id === (presetId ?? 'public')) ?? presets[0]!;
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>
        <button
          type="button"
          className="inline-flex min-h-10 max-w-full items-center gap-2 rounded-md bg-background px-3 text-left ring-1 ring-border hover:bg-muted"
          aria-label={`Scenario: ${current.name}${modified ? ', modified' : ''}. Choose a scenario`}
        >
          <span className="text-sm text-muted-foreground">Scenario</span>
          <span className="truncate font-semibold" data-testid="preset-name">
            {current.name}
            {modified && <span className="font-normal text-muted-foreground"> (modified)</span>}
          </span>
          <span aria-hidden className="text-muted-foreground">
            ▾
          </span>
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="start"
          sideOffset={6}
          collisionPadding={12}
          className="z-50 w-[min(28rem,calc(100vw-24px))] rounded-lg border bg-card p-1.5 text-card-foreground shadow-xl"
        >
          <ul aria-label="Scenarios" className="max-h-[70vh] overflow-y-auto">
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
                    <span className="block text-sm text-muted-foreground">{p.description}</span>
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
