import type { ReactNode } from 'react';
import { TableScrollHint } from './table-scroll-hint';

/**
 * A titled card holding one table that scrolls sideways inside its own focusable region on a phone (with
 * a hint that it does), and an optional note under it.
 */
export function TableSection({
  id,
  title,
  description,
  regionLabel,
  note,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  /** The scrollable region's accessible name; unique on the page. */
  regionLabel: string;
  note?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="rounded-lg border bg-card p-4">
      <h3 id={id} className="text-lg font-semibold">
        {title}
      </h3>
      {description && <p className="mt-0.5 text-sm text-muted-foreground">{description}</p>}
      <TableScrollHint />
      <div className="relative mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={regionLabel}>
        {children}
      </div>
      {note && <p className="mt-2 text-xs text-muted-foreground">{note}</p>}
    </section>
  );
}
