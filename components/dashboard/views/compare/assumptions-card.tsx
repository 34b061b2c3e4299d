import type { differingAssumptions } from '@/lib/view-models';
import { Card, CardHeading } from '@/components/ui/card';
import { NumCell, Row, RowHeader, ScrollTable, Table, TableHead } from '@/components/ui/table';

const COLUMNS = ['Assumption', { label: 'A', numeric: true }, { label: 'B', numeric: true }];

/** The assumptions that differ between A and B, by group. */
export function AssumptionsCard({ differences, count }: { differences: ReturnType<typeof differingAssumptions>; count: number }) {
  return (
    <Card aria-labelledby="compare-assumptions">
      <CardHeading id="compare-assumptions">
        {count === 0 ? 'No assumption differs' : `The ${count} ${count === 1 ? 'assumption that differs' : 'assumptions that differ'}`}
      </CardHeading>
      {count === 0 ? (
        <p className="mt-1 text-sm text-muted-foreground">Change an assumption (or choose a preset) to compare it with A.</p>
      ) : (
        <ScrollTable label="Assumptions that differ between A and B" className="mt-2">
          <Table caption="Assumptions that differ between A and B">
            <TableHead columns={COLUMNS} />
            {differences.map((g) => (
              <tbody key={g.group}>
                <tr>
                  <th scope="rowgroup" colSpan={3} className="pb-1 pt-3 text-left text-xs font-semibold uppercase tracking-wide text-muted-foreground">
                    {g.group}
                  </th>
                </tr>
                {g.rows.map((r) => (
                  <Row key={r.id} data-differs={r.id}>
                    <RowHeader sticky>{r.label}</RowHeader>
                    <NumCell>{r.a}</NumCell>
                    <NumCell className="font-semibold">{r.b}</NumCell>
                  </Row>
                ))}
              </tbody>
            ))}
          </Table>
        </ScrollTable>
      )}
    </Card>
  );
}
