import { formatCorrelation, formatPct, formatUsdBn } from '@/lib/format';
import type { importanceRows, tornadoRows } from '@/lib/view-models';
import { NumCell, Row, RowHeader, TableRegion } from '@/components/ui/table';

const TORNADO_COLUMNS = [
  'Assumption',
  { label: 'Low end', numeric: true },
  { label: 'High end', numeric: true },
  { label: 'Figure at low end', numeric: true },
  { label: 'At high end', numeric: true },
  { label: 'Swing', numeric: true },
];

/** The tornado's bars as a table. */
export function TornadoTable({ rows, caption }: { rows: ReturnType<typeof tornadoRows>; caption: string }) {
  return (
    <TableRegion label={caption} columns={TORNADO_COLUMNS} table={{ caption }}>
      {rows.map((r) => (
        <Row key={r.id}>
          <RowHeader sticky>{r.label}</RowHeader>
          <NumCell>{r.lowText}</NumCell>
          <NumCell>{r.highText}</NumCell>
          <NumCell>{formatUsdBn(r.lowValue)}</NumCell>
          <NumCell>{formatUsdBn(r.highValue)}</NumCell>
          <NumCell>{formatUsdBn(r.swing)}</NumCell>
        </Row>
      ))}
    </TableRegion>
  );
}

const IMPORTANCE_COLUMNS = ['Assumption', { label: 'Share of the spread', numeric: true }, { label: 'Rank correlation', numeric: true }];

/** The importance bars as a table. */
export function ImportanceTable({ rows, caption }: { rows: ReturnType<typeof importanceRows>; caption: string }) {
  return (
    <TableRegion label={caption} columns={IMPORTANCE_COLUMNS} table={{ caption }}>
      {rows.map((r) => (
        <Row key={r.id}>
          <RowHeader sticky>{r.label}</RowHeader>
          <NumCell>{formatPct(r.varianceShare, 1)}</NumCell>
          <NumCell>{formatCorrelation(r.rankCorrelation)}</NumCell>
        </Row>
      ))}
    </TableRegion>
  );
}
