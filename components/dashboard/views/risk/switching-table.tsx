import { CLOUD_INK_VARS } from '@/lib/palette';
import { formatDistance, type SwitchingView } from '@/lib/view-models';
import { Button } from '@/components/ui/button';
import { Cell, NumCell, Row, RowHeader, TableRegion } from '@/components/ui/table';

const COLUMNS = ['Assumption', { label: 'Today', numeric: true }, { label: 'Flips at', numeric: true }, 'Then', { label: 'How far', numeric: true }];

/** One conclusion's switching values: the nearest three in words, then all of them in a table. */
export function SwitchingTable({
  title,
  rows,
  never,
  onSet,
  onReveal,
}: {
  title: string;
  rows: readonly SwitchingView[];
  never: number;
  onSet: (row: SwitchingView) => void;
  onReveal: (id: string) => void;
}) {
  return (
    <div className="mt-4">
      <h4 className="text-base font-semibold">{title}</h4>
      {rows.length === 0 ? (
        <p className="text-sm">No single assumption flips it within its bounds.</p>
      ) : (
        <>
          <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm sm:text-base" data-switching-sentences>
            {rows.slice(0, 3).map((r) => (
              <li key={r.id}>{r.sentence}</li>
            ))}
          </ol>
          <TableRegion label={title} columns={COLUMNS} table={{ caption: title }} className="mt-2">
            {rows.map((r) => (
              <Row key={r.id} data-switch={r.id}>
                <RowHeader sticky>
                  <button type="button" className="text-left underline-offset-2 hover:underline" onClick={() => onReveal(r.id)}>
                    {r.label}
                  </button>
                  {/* In the first column, which stays in view while the table scrolls on a phone. */}
                  <Button size="cell" onClick={() => onSet(r)} className="mt-1 block whitespace-nowrap">
                    Set it
                    <span className="sr-only">
                      : {r.label} to {r.valueText}
                    </span>
                  </Button>
                </RowHeader>
                <NumCell>{r.currentText}</NumCell>
                <NumCell className="font-semibold">{r.valueText}</NumCell>
                <Cell className="whitespace-nowrap" style={{ color: CLOUD_INK_VARS[r.to] }}>
                  {r.toLabel}
                </Cell>
                <NumCell className="whitespace-nowrap">{formatDistance(r.distance, r.place)}</NumCell>
              </Row>
            ))}
          </TableRegion>
        </>
      )}
      <p className="mt-2 text-xs text-muted-foreground">
        {never} assumptions cannot flip it alone within their bounds (among them the discount rate, which moves no hosted compute).
      </p>
    </div>
  );
}
