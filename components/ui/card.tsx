import type { ComponentProps, ReactNode } from 'react';
import { cx } from './cx';

/**
 * A dashboard card: a section named by its heading (pass `aria-labelledby` with the heading's id), its
 * heading, and the one-line reading under it.
 */
export function Card({ className, ...props }: ComponentProps<'section'>) {
  return <section className={cx('rounded-lg border bg-card p-4', className)} {...props} />;
}

/** The card's title; `tight` for a title that sits beside a toolbar. */
export function CardHeading({ tight = false, className, ...props }: ComponentProps<'h3'> & { tight?: boolean }) {
  return <h3 className={cx('text-lg font-semibold', tight && 'leading-tight', className)} {...props} />;
}

export function CardDescription({ className, ...props }: ComponentProps<'p'>) {
  return <p className={cx('mt-0.5 text-sm text-muted-foreground', className)} {...props} />;
}

/** A small note under the card's content (what a table's figures include, where they come from). */
export function CardNote({ className, ...props }: ComponentProps<'p'>) {
  return <p className={cx('mt-2 text-xs text-muted-foreground', className)} {...props} />;
}

/**
 * A chart card's head: its title and reading on the left, its toolbar (Export, Show table) on the right.
 * `quietOnSlide` drops the reading from a projected slide (`data-present-hide`).
 */
export function CardHeader({
  id,
  title,
  description,
  quietOnSlide = false,
  children,
}: {
  id: string;
  title: ReactNode;
  description?: ReactNode;
  quietOnSlide?: boolean;
  /** The toolbar. */
  children?: ReactNode;
}) {
  return (
    // The toolbar goes under the title when the title would get less than 16 rem beside it (a phone):
    // side by side, "Signed contracts against the labs' own bills" was squeezed to two words a line.
    <div className="flex flex-wrap items-start gap-x-3 gap-y-2">
      <div className="min-w-[min(100%,16rem)] flex-1">
        <CardHeading id={id} tight>
          {title}
        </CardHeading>
        {description && <CardDescription data-present-hide={quietOnSlide || undefined}>{description}</CardDescription>}
      </div>
      {children && <div className="ml-auto flex shrink-0 flex-wrap items-start gap-2">{children}</div>}
    </div>
  );
}
