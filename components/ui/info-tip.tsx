'use client';
/** An (i) button whose tooltip opens on hover or keyboard focus: a control's explanation and source. */
import * as Tooltip from '@radix-ui/react-tooltip';
import type { ReactNode } from 'react';

export function InfoTip({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Tooltip.Root delayDuration={150}>
      <Tooltip.Trigger asChild>
        <button
          type="button"
          aria-label={`About ${label}`}
          className="inline-flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-xs font-semibold text-muted-foreground ring-1 ring-border hover:text-foreground"
        >
          i
        </button>
      </Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content
          side="top"
          align="start"
          sideOffset={6}
          collisionPadding={12}
          className="z-50 max-w-xs rounded-md border bg-card p-3 text-sm leading-snug text-card-foreground shadow-lg"
        >
          {children}
          <Tooltip.Arrow className="fill-[var(--border)]" />
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  );
}
