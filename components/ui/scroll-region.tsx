import type { ReactNode } from 'react';
import { TableScrollHint } from './table-scroll-hint';

/**
 * A dashboard table that scrolls sideways in its own focusable, labelled region on a phone (axe
 * `scrollable-region-focusable`), with the hint that it does. `relative`, so the table's visually hidden
 * text is clipped with it rather than widening the page. `label` must be unique on the page.
 */
export function ScrollTable({ label, caption, className = '', children }: { label: string; caption?: string; className?: string; children: ReactNode }) {
  return (
    <>
      <TableScrollHint />
      <div className={`relative overflow-x-auto ${className}`} tabIndex={0} role="region" aria-label={label}>
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{caption ?? label}</caption>
          {children}
        </table>
      </div>
    </>
  );
}
