import { useMemo } from 'react';
import { comparisonFigures } from '@/lib/view-models';
import { Card, CardDescription, CardHeading } from '@/components/ui/card';
import { HeaderCell, NumCell, RowHeader, ScrollTable, Table } from '@/components/ui/table';
import type { NamedColumn } from './types';

/** The headline figures side by side, each column's figure with its change against A. */
export function FiguresCard({ columns }: { columns: readonly NamedColumn[] }) {
  const figures = useMemo(() => comparisonFigures(columns.map((c) => c.result)), [columns]);
  return (
    <Card aria-labelledby="compare-figures">
      <CardHeading id="compare-figures">Headline figures, 2025-2031</CardHeading>
      <CardDescription>Each column’s figure, then its change against A.</CardDescription>
      <ScrollTable label="Headline figures of the scenarios compared" className="mt-2">
        <Table caption={`Headline figures, 2025-2031, of ${columns.map((c) => `${c.letter} (${c.name})`).join(', ')}; each with its change against A`}>
          <thead>
            <tr className="border-b text-left align-bottom">
              <HeaderCell first>Figure</HeaderCell>
              {columns.map((c) => (
                <HeaderCell key={c.letter} numeric className="min-w-24" data-column={c.letter}>
                  {c.letter}
                  <span className="block max-w-40 text-xs font-normal leading-tight text-muted-foreground">{c.name}</span>
                </HeaderCell>
              ))}
            </tr>
          </thead>
          <tbody>
            {figures.map((r, i) => (
              <tr
                key={`${r.cloud}-${r.measure}`}
                className={`border-b last:border-0 ${i % 4 === 0 ? 'border-t-2' : ''}`}
                data-figure={`${r.cloud}:${r.measure}`}
              >
                <RowHeader sticky stripe={r.color}>
                  {r.label}: {r.measure}
                </RowHeader>
                {r.cells.map((cell, j) => (
                  <NumCell key={columns[j]?.letter} className="whitespace-nowrap" data-cell={columns[j]?.letter}>
                    <span className={j === 0 ? '' : 'font-semibold'}>{cell.value}</span>
                    {cell.diff !== null && (
                      <span
                        className={`ml-1.5 text-xs font-semibold ${cell.sign > 0 ? 'text-positive' : cell.sign < 0 ? 'text-negative' : 'text-muted-foreground'}`}
                        data-diff
                      >
                        {cell.diff}
                        <span className="sr-only"> against A</span>
                      </span>
                    )}
                  </NumCell>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
      </ScrollTable>
    </Card>
  );
}
