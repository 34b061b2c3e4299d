'use client';
/** Present mode's bar under the slide: Back and Next, the live drawer (A), Reset (R), notes (N), Exit, and the keys. */
import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';

export function PresentToolbar({
  n,
  count,
  go,
  drawerOpen,
  setDrawerOpen,
  changed,
  panel,
  canReset,
  reset,
  openNotes,
  leave,
  blocked,
  dismissBlocked,
  digits,
}: {
  n: number;
  count: number;
  go: (to: number) => void;
  drawerOpen: boolean;
  setDrawerOpen: (open: boolean) => void;
  /** How many assumptions differ from the defaults (said on the drawer's button). */
  changed: number;
  /** The assumptions' controls, for the live drawer. */
  panel: ReactNode;
  canReset: boolean;
  reset: () => void;
  openNotes: () => void;
  leave: () => void;
  /** The browser refused the presenter window: said on screen until dismissed. */
  blocked: boolean;
  dismissBlocked: () => void;
  /** Digits typed toward a jump, shown until Enter. */
  digits: string;
}) {
  return (
    <div className="flex flex-wrap items-center gap-2 border-t px-[3vw] py-2">
      <Button size="lg" onClick={() => go(n - 1)} disabled={n <= 1}>
        ← Back
      </Button>
      <Button size="lg" variant="primary" onClick={() => go(n + 1)} disabled={n >= count}>
        Next →
      </Button>
      <Dialog.Root open={drawerOpen} onOpenChange={setDrawerOpen}>
        <Dialog.Trigger asChild>
          <Button size="lg">Change an assumption (A){changed > 0 ? ` · ${changed} changed` : ''}</Button>
        </Dialog.Trigger>
        <Dialog.Portal>
          {/* A light veil: the slide's figures stay readable behind the drawer while a value changes. */}
          <Dialog.Overlay className="fixed inset-0 z-40 bg-black/10" />
          <Dialog.Content className="fixed inset-y-0 right-0 z-50 flex w-[min(28rem,100vw)] flex-col bg-background text-foreground shadow-2xl">
            <div className="flex items-center justify-between border-b px-4 py-3">
              <Dialog.Title className="text-lg font-semibold">Change an assumption on slide {n}</Dialog.Title>
              <Dialog.Close className="rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-border">Done</Dialog.Close>
            </div>
            <Dialog.Description className="px-4 pt-2 text-sm text-muted-foreground">
              The slide changes as you do, and keeps the change in the story’s link.
            </Dialog.Description>
            <div className="flex-1 overflow-y-auto px-4 pb-8">{panel}</div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
      {canReset && (
        <Button size="lg" onClick={reset}>
          Reset slide (R)
        </Button>
      )}
      {/* A second window is for a presenter's computer; on a phone the key still opens it. */}
      <Button size="lg" onClick={openNotes} className="hidden sm:inline-block">
        Presenter notes (N)
      </Button>
      <Button size="lg" onClick={leave}>
        Exit (Esc)
      </Button>
      {blocked && (
        <p className="flex items-center gap-2 rounded-md bg-muted px-3 py-2 text-sm" data-testid="presenter-blocked">
          The browser blocked the notes window: allow pop-ups for this site, then press N again.
          <button type="button" onClick={dismissBlocked} className="rounded px-1.5 font-medium underline underline-offset-2" aria-label="Dismiss">
            OK
          </button>
        </p>
      )}
      <p className="ml-auto hidden text-sm text-muted-foreground md:block" aria-hidden>
        {digits ? `Go to slide ${digits}… (Enter)` : '→ next · ← back · number + Enter jumps · B black · F full screen · R reset slide · N notes'}
      </p>
    </div>
  );
}
