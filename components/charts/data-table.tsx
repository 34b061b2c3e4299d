import type { ChartModel } from '@/lib/view-models';
import { formatValue } from '@/lib/charts/format-value';
import { ScrollTable } from '@/components/ui/scroll-region';

/** The numbers a chart draws, as a table: for screen readers and for analysts who copy figures. */
export function DataTable({ model, caption }: { model: ChartModel; caption: string }) {
  const columns = model.columns ?? model.series;
  return (
    <ScrollTable label={`${caption} (table)`} caption={caption}>
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="py-1.5 pr-3 font-semibold">
              {model.xLabel}
            </th>
            {columns.map((s) => (
              <th key={s.key} scope="col" className="px-2 py-1.5 text-right font-semibold">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => (
            <tr key={String(row[model.xKey])} className="border-b last:border-0">
              <th scope="row" className="sticky left-0 bg-card py-1.5 pr-3 text-left font-medium">
                {row[model.xKey]}
              </th>
              {columns.map((s) => (
                <td key={s.key} className="figures px-2 py-1.5 text-right">
                  {formatValue(model.format, Number(row[s.key]))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
    </ScrollTable>
  );
}
