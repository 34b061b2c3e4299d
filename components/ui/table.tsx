import type { ComponentProps, CSSProperties, ReactNode } from 'react';
import { cx } from './cx';

/**
 * The tables of the dashboard and the methodology pages: a region that scrolls sideways on a phone, the
 * table, its header row and its cells. Two densities share them: `compact` (the dashboard's views) and
 * `document` (the methodology pages' bordered tables, `doc-td` in app/globals.css).
 */

/**
 * On a phone, says that a wide table scrolls sideways (its first column stays put), since a cut-off column
 * otherwise looks like the end of the table. Hidden where the table fits.
 */
export function TableScrollHint() {
  return (
    <p className="mt-1 text-xs text-muted-foreground md:hidden" aria-hidden>
      Swipe the table sideways for every column →
    </p>
  );
}

/**
 * A table that scrolls sideways in its own focusable, labelled region on a phone (axe
 * `scrollable-region-focusable`), with the hint that it does. `relative`, so the table's visually hidden
 * text is clipped with it rather than widening the page. `label` must be unique on the page; `framed` draws
 * the methodology pages' border around it.
 */
export function ScrollTable({
  label,
  framed = false,
  hint = true,
  className,
  children,
}: {
  label: string;
  framed?: boolean;
  /** The phone's "swipe sideways" line; off where the text around the table already says so. */
  hint?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <>
      {hint && <TableScrollHint />}
      <div
        className={cx('relative overflow-x-auto', framed && 'rounded-lg border border-border bg-card text-card-foreground', className)}
        tabIndex={0}
        role="region"
        aria-label={label}
      >
        {children}
      </div>
    </>
  );
}

/** The table, with a caption for screen readers when given (a visible heading can name it instead). */
export function Table({ caption, className, children, ...props }: ComponentProps<'table'> & { caption?: ReactNode }) {
  return (
    <table className={cx('w-full border-collapse text-sm', className)} {...props}>
      {caption ? <caption className="sr-only">{caption}</caption> : null}
      {children}
    </table>
  );
}

export type TableDensity = 'compact' | 'document';

/** A methodology table's header cell. */
export const TH_DOC = 'border-b border-border bg-muted px-3 py-2.5 text-left align-bottom text-sm font-semibold text-foreground';
/** A methodology table's cell: `doc-td` (app/globals.css) is border-t border-border px-3 py-3 align-top text-sm. */
export const TD_DOC = 'doc-td';
/** A methodology cell holding a badge: 2px less top padding, so the badge's text sits on the row's first line. */
export const TD_DOC_BADGE = 'border-t border-border px-3 pt-2.5 pb-3 align-top text-sm';

/**
 * A column's header cell. In a compact table the first column's header is flush left (`first`) and a
 * column of figures is right-aligned (`numeric`).
 */
export function HeaderCell({
  numeric = false,
  first = false,
  density = 'compact',
  className,
  ...props
}: ComponentProps<'th'> & { numeric?: boolean; first?: boolean; density?: TableDensity }) {
  const base = density === 'document' ? TH_DOC : first ? 'py-1.5 pr-3' : 'px-2';
  return <th scope="col" className={cx(base, numeric && 'text-right', className)} {...props} />;
}

export interface Column {
  label: ReactNode;
  /** Figures: right-aligned. */
  numeric?: boolean;
  className?: string;
  /** Its width in a fixed-layout table (a class for its `<col>`); a column without one takes the rest. */
  width?: string;
}

/** The header row from a list of columns (a plain string is a text column). */
export function TableHead({ columns, density = 'compact', className }: { columns: readonly (Column | string)[]; density?: TableDensity; className?: string }) {
  return (
    <thead>
      <tr className={cx(density === 'compact' && 'border-b text-left', className) || undefined}>
        {columns.map((c, i) => {
          const column = typeof c === 'string' ? { label: c } : c;
          return (
            <HeaderCell key={i} first={i === 0} numeric={column.numeric} density={density} className={column.className}>
              {column.label}
            </HeaderCell>
          );
        })}
      </tr>
    </thead>
  );
}

/** A compact table's body row: a rule under each row but the last. */
export function Row({ className, ...props }: ComponentProps<'tr'>) {
  return <tr className={cx('border-b last:border-0', className)} {...props} />;
}

/**
 * A row's header cell. `sticky` keeps it in view while the table scrolls sideways on a phone; `strong` sets
 * it semibold (a total, or a row per cloud or family), `roomy` gives it 2px more padding above and below;
 * `stripe` marks the row with its series colour.
 */
export function RowHeader({
  sticky = false,
  strong = false,
  roomy = false,
  stripe,
  className,
  style,
  ...props
}: ComponentProps<'th'> & { sticky?: boolean; strong?: boolean; roomy?: boolean; stripe?: string }) {
  const striped: CSSProperties | undefined = stripe ? { boxShadow: `inset 4px 0 0 ${stripe}`, paddingLeft: 10, ...style } : style;
  return (
    <th
      scope="row"
      className={cx(
        sticky && 'sticky-column sticky left-0 z-[1] bg-card',
        roomy ? 'py-2' : 'py-1.5',
        strong ? 'font-semibold' : 'font-medium',
        'pr-3 text-left',
        className,
      )}
      style={striped}
      {...props}
    />
  );
}

/** A row per cloud or family: its name, striped with its colour, stays in view while the table scrolls. */
export function SeriesRow({ label, color, children, ...props }: ComponentProps<'tr'> & { label: ReactNode; color: string }) {
  return (
    <Row {...props}>
      <RowHeader sticky strong roomy stripe={color}>
        {label}
      </RowHeader>
      {children}
    </Row>
  );
}

/** A cell of figures: right-aligned, tabular digits. */
export function NumCell({ className, ...props }: ComponentProps<'td'>) {
  return <td className={cx('figures px-2 text-right', className)} {...props} />;
}

/** A cell of words. */
export function Cell({ className, ...props }: ComponentProps<'td'>) {
  return <td className={cx('px-2', className)} {...props} />;
}

/**
 * The usual table in one piece: its scrolling region, the table (`table` gives its caption, name, test id
 * and classes), the columns' widths when they are set, the header row, and the body's rows as children. A
 * `document` table is framed, as the methodology pages draw theirs.
 */
export function TableRegion({
  label,
  columns,
  density = 'compact',
  hint,
  className,
  table,
  children,
}: {
  label: string;
  columns: readonly (Column | string)[];
  density?: TableDensity;
  hint?: boolean;
  className?: string;
  table?: ComponentProps<typeof Table> & Record<`data-${string}`, string>;
  /** The body's rows. */
  children: ReactNode;
}) {
  return (
    <ScrollTable label={label} framed={density === 'document'} hint={hint} className={className}>
      <Table {...table}>
        {columns.some((c) => typeof c !== 'string' && c.width) && (
          <colgroup>
            {columns.map((c, i) => (
              <col key={i} className={typeof c === 'string' ? undefined : c.width} />
            ))}
          </colgroup>
        )}
        <TableHead columns={columns} density={density} />
        <tbody>{children}</tbody>
      </Table>
    </ScrollTable>
  );
}
