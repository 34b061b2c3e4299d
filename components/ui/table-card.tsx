import type { ComponentProps, ReactNode } from 'react';
import { Card, CardDescription, CardHeading, CardNote } from './card';
import { TableRegion } from './table';

/** A card holding one table: its heading, a line on how to read it, the table, and a note under it. */
export function TableCard({
  id,
  title,
  description,
  note,
  ...region
}: {
  /** The heading's id, which names the card. */
  id: string;
  title: ReactNode;
  description?: ReactNode;
  note?: ReactNode;
} & Omit<ComponentProps<typeof TableRegion>, 'className'>) {
  return (
    <Card aria-labelledby={id}>
      <CardHeading id={id}>{title}</CardHeading>
      {description && <CardDescription>{description}</CardDescription>}
      <TableRegion className="mt-2" {...region} />
      {note && <CardNote>{note}</CardNote>}
    </Card>
  );
}
