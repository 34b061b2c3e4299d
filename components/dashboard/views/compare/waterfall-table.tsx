import { formatUsdBn } from '@/lib/format';
import type { WaterfallStep } from '@/lib/view-models';
import { NumCell, RowHeader, TableRegion } from '@/components/ui/table';

const COLUMNS = ['Step', { label: 'Contribution', numeric: true }, { label: 'Running total', numeric: true }, { label: 'Share of B − A', numeric: true }];

/** The waterfall's steps as a table: A, each step with its running total, then B. */
export function WaterfallTable({ steps, fromValue, toValue }: { steps: readonly WaterfallStep[]; fromValue: number; toValue: number }) {
  return (
    <TableRegion label="Waterfall from A to B (table)" columns={COLUMNS} table={{ caption: 'Waterfall from A to B' }} className="mt-3">
      <tr className="border-b">
        <RowHeader sticky strong>
          A
        </RowHeader>
        <td />
        <NumCell>{formatUsdBn(fromValue)}</NumCell>
        <td />
      </tr>
      {steps.map((s) => (
        <tr key={s.key} className="border-b">
          <RowHeader sticky>{s.label}</RowHeader>
          <NumCell>{s.text}</NumCell>
          <NumCell>{formatUsdBn(s.end)}</NumCell>
          <NumCell>{s.shareText}</NumCell>
        </tr>
      ))}
      <tr>
        <RowHeader sticky strong>
          B
        </RowHeader>
        <td />
        <NumCell className="font-semibold">{formatUsdBn(toValue)}</NumCell>
        <td />
      </tr>
    </TableRegion>
  );
}
