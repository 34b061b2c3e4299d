'use client';
/**
 * The frame around every chart: title, one-line reading, legend, an Export menu (data, image, embed code;
 * data only for charts without an image) and a Table toggle that shows the same numbers as a table. The
 * drawing area has a fixed height so nothing shifts when data changes.
 */
import { useContext, useId, type ReactNode } from 'react';
import { isChartId, type ChartModel } from '@/lib/view-models';
import { deferredControl, StandInButton, type StandInProps } from '@/components/ui/deferred-control';
import { ChartSpace, chartHeight } from './chart-space';
import { DataTable } from './data-table';
import { useCurrentQuery } from './scenario-link';
import { BaselineLegend, Legend } from './legend';
import { TableToggle, useShowTable } from './table-toggle';
import { buttonClass } from '@/components/ui/button';
import { CsvButton } from './csv-button';
import { Card, CardHeader } from '@/components/ui/card';

/** The Export button before its menu's code has loaded (Radix popover, embed code): same look and name. */
function ChartExportStandIn({ title, intent }: { title: string } & StandInProps) {
  return (
    <StandInButton className={buttonClass({ size: 'sm' })} intent={intent}>
      Export<span className="sr-only"> {title}</span>
      <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden className="ml-1 inline-block">
        <path d="M1.5 3.5 5 7l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      </svg>
    </StandInButton>
  );
}
// Every card's menu comes from one chunk, on intent or when idle after the load.
const ChartExport = deferredControl(() => import('./chart-export').then((m) => m.ChartExport), ChartExportStandIn);

export interface ChartCardProps {
  chartId: string;
  title: string;
  subtitle?: ReactNode;
  model: ChartModel;
  height: number;
  /** Draws the chart for a model in a drawing area `height` px tall. */
  children: (model: ChartModel, height: number) => ReactNode;
  /** Said beside the axis label (what a squeezed drawing leaves out; no line of its own, which a slide lacks); the table shows everything. */
  footnote?: string | null;
  /** A title under the drawing for its category axis, where the categories are a measure (a histogram's bins). */
  categoryAxisLabel?: string;
  /** Hide the legend where the drawing labels itself. */
  legend?: boolean;
  /**
   * The CSV's table where it is not the model's (a histogram's bins as numbers). Only for a card without an
   * image (its CSV button); a registry chart's Export menu writes its model.
   */
  csv?: () => string;
}

export function ChartCard({
  chartId,
  title,
  subtitle,
  model,
  height: designedHeight,
  children,
  footnote = null,
  categoryAxisLabel,
  legend = true,
  csv,
}: ChartCardProps) {
  const height = chartHeight(designedHeight, useContext(ChartSpace));
  const headingId = useId();
  const showTable = useShowTable(chartId);
  // Charts of the registry can be drawn as images and embedded; the others offer their data.
  const currentQuery = useCurrentQuery();
  return (
    <Card aria-labelledby={headingId} className="min-w-0 text-card-foreground" data-chart={chartId}>
      <CardHeader id={headingId} title={title} description={subtitle}>
        {currentQuery && isChartId(chartId) ? (
          <ChartExport chartId={chartId} title={title} model={model} currentQuery={currentQuery} />
        ) : (
          <CsvButton title={title} data={csv ?? (() => model)} />
        )}
        <TableToggle chartId={chartId} title={title} />
      </CardHeader>
      {legend && !showTable && (
        <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1">
          <Legend series={model.series} />
          <BaselineLegend model={model} />
        </div>
      )}
      {!showTable && (
        <p className="mt-2 text-sm font-medium text-muted-foreground" data-axis-label>
          {model.yLabel}
          {footnote && (
            <span className="font-normal" data-chart-footnote>
              {' · '}
              {footnote}
            </span>
          )}
        </p>
      )}
      <div className="mt-1" style={{ minHeight: height }}>
        {showTable ? (
          <DataTable model={model} caption={title} />
        ) : (
          <div role="img" aria-label={`${title}: chart. Use “Show table” for the figures.`} style={{ height }}>
            {children(model, height)}
          </div>
        )}
      </div>
      {categoryAxisLabel && !showTable && (
        <p className="mt-1 text-center text-sm font-medium text-muted-foreground" data-category-axis-label>
          {categoryAxisLabel}
        </p>
      )}
    </Card>
  );
}
