'use client';
/** On a phone, the controls live in a drawer (Radix Dialog): answer first, assumptions one tap away. */
import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { useUiStore } from '@/lib/state/ui-store';

export function ControlsDrawer({ changedCount, answer, children }: { changedCount: number; answer: ReactNode; children: ReactNode }) {
  const open = useUiStore((s) => s.drawerOpen);
  const setOpen = useUiStore((s) => s.setDrawerOpen);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      {/* A toolbar along the bottom edge, not a pill floating over the figures (issue 12): the page keeps
          room for it at its end (pb-24), and what scrolls under it reads as passing under chrome. */}
      <div className="fixed inset-x-0 bottom-0 z-40 border-t bg-background px-4 pb-[max(0.5rem,env(safe-area-inset-bottom))] pt-2 lg:hidden">
        <Dialog.Trigger asChild>
          <button type="button" className="w-full whitespace-nowrap rounded-md bg-foreground px-5 py-2.5 text-base font-semibold text-background">
            Adjust assumptions{changedCount > 0 ? ` (${changedCount} changed)` : ''}
          </button>
        </Dialog.Trigger>
      </div>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content className="fixed inset-y-0 right-0 z-50 flex w-[min(26rem,100vw)] flex-col bg-background text-foreground shadow-2xl">
          <div className="flex items-center justify-between border-b px-4 py-3">
            <Dialog.Title className="text-lg font-semibold">Assumptions</Dialog.Title>
            <Dialog.Close className="rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-border">Done</Dialog.Close>
          </div>
          <Dialog.Description className="sr-only">Every assumption of the scenario, grouped; changes apply at once.</Dialog.Description>
          {/* The sheet covers the page: keep the answer in sight above the controls. */}
          <div className="border-b px-4 py-2">{answer}</div>
          <div className="flex-1 overflow-y-auto px-4 pb-8">{children}</div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
