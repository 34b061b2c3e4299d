import type { ComponentProps, ReactNode } from 'react';
import { Card, CardDescription, CardHeading, CardNote } from './card';
import { TableRegion } from './table';

/** A card holding one table: its heading, a line on how to read it, the table, and a note under it. */
export function TableCard({
  id,
  title,
  description,
  note,
  printKeep = false,
  ...region
}: {
  /** The heading's id, which names the card. */
  id: string;
  title: ReactNode;
  description?: ReactNode;
  note?: ReactNode;
  /** Printed with the view's charts (app/globals.css prints only charts and answers otherwise). */
  printKeep?: boolean;
} & Omit<ComponentProps<typeof TableRegion>, 'className'>) {
  return (
    <Card aria-labelledby={id} data-print-keep={printKeep || undefined}>
      <CardHeading id={id}>{title}</CardHeading>
      {description && <CardDescription>{description}</CardDescription>}
      <TableRegion className="mt-2" {...region} />
      {note && <CardNote>{note}</CardNote>}
    </Card>
  );
}
