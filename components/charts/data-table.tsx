import type { ChartModel } from '@/lib/view-models';
import { formatValue } from '@/lib/charts/format-value';
import { NumCell, Row, RowHeader, TableRegion } from '@/components/ui/table';

/** The numbers a chart draws, as a table: for screen readers and for analysts who copy figures. */
export function DataTable({ model, caption }: { model: ChartModel; caption: string }) {
  const columns = model.columns ?? model.series;
  const head = [
    { label: model.xLabel, className: 'font-semibold' },
    ...columns.map((s) => ({ label: s.label, numeric: true, className: 'py-1.5 font-semibold' })),
  ];
  return (
    <TableRegion label={`${caption} (table)`} columns={head} table={{ caption }}>
      {model.rows.map((row) => (
        <Row key={String(row[model.xKey])}>
          <RowHeader sticky>{row[model.xKey]}</RowHeader>
          {columns.map((s) => (
            <NumCell key={s.key} className="py-1.5">
              {formatValue(model.format, Number(row[s.key]))}
            </NumCell>
          ))}
        </Row>
      ))}
    </TableRegion>
  );
}
