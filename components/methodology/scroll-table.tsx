import type { ReactNode } from 'react';
import { TableScrollHint } from '@/components/ui/table-scroll-hint';

/**
 * A table wrapper that scrolls sideways on narrow screens. Focusable and labelled so keyboard users can
 * scroll it (axe `scrollable-region-focusable`); the label must be unique on the page.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
    <TableScrollHint />
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-border bg-card text-card-foreground"
    >
      {children}
    </div>
    </>
  );
}

/** Shared cell styles, so every table on the page reads the same. */
export const TH_COL =
  'border-b border-border bg-muted px-3 py-2.5 text-left align-bottom text-sm font-semibold text-foreground';
/** `doc-td` (app/globals.css) is border-t border-border px-3 py-3 align-top text-sm, as one short class. */
export const TD = 'doc-td';
/** A cell holding a badge: 2px less top padding, so the badge's text sits on the row's first line. */
export const TD_BADGE = 'border-t border-border px-3 pt-2.5 pb-3 align-top text-sm';
