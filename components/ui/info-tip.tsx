'use client';
/**
 * An (i) button that opens a small popover on click, tap, Enter or Space (and closes on Escape or a tap
 * elsewhere): a control's explanation and source. A popover rather than a hover tooltip, so the source is
 * reachable on a phone, where there is no hover.
 */
import * as Popover from '@radix-ui/react-popover';
import type { ReactNode } from 'react';

export function InfoTip({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Popover.Root>
      <Popover.Trigger asChild>
        <button
          type="button"
          aria-label={`About ${label}: source and confidence`}
          className="inline-flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-xs font-semibold text-muted-foreground ring-1 ring-border hover:text-foreground data-[state=open]:bg-muted data-[state=open]:text-foreground"
        >
          i
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          side="top"
          align="start"
          sideOffset={6}
          collisionPadding={12}
          aria-label={`About ${label}`}
          className="z-50 max-w-xs rounded-md border bg-card p-3 text-sm leading-snug text-card-foreground shadow-lg"
        >
          {children}
          <Popover.Arrow className="fill-[var(--border)]" />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
