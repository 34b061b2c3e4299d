import { memo, useMemo } from 'react';
import { type Scenario, type ScenarioResult, type SimulationResult } from '@/lib/engine';
import { CLOUD_INK_VARS } from '@/lib/palette';
import { formatUsdBn } from '@/lib/format';
import {
  FAN_MEASURES,
  fanChart,
  fanCsv,
  fanExtent,
  fanHolder,
  lopsidedAssumptions,
  scenarioAmongDraws,
  scenarioSide,
  type FanMeasure,
} from '@/lib/view-models';
import { CsvButton } from '@/components/charts/csv-button';
import { DataTable } from '@/components/charts/data-table';
import { SeriesSwatch } from '@/components/charts/legend';
import { TableToggle, useShowTable } from '@/components/charts/table-toggle';
import { TimeChart } from '@/components/charts/time-chart';
import { Card, CardHeader } from '@/components/ui/card';

/**
 * A figure's bands across the draws, one panel per cloud on one scale (or their figures as tables), with the
 * scenario the draws are around as a dashed line.
 */
export const FanCard = memo(function FanCard({
  result,
  scenario,
  assumptions,
  measure,
}: {
  result: SimulationResult;
  /** The scenario the draws are around, drawn dashed; null while the draws are an earlier scenario's. */
  scenario: ScenarioResult | null;
  /** Its assumptions, to say why the dashed line sits where it does among the draws. */
  assumptions: Scenario;
  measure: FanMeasure;
}) {
  const chartId = `risk-fan-${measure}`;
  const { title, clouds } = FAN_MEASURES[measure];
  const showTable = useShowTable(chartId);
  const extent = useMemo(() => fanExtent(result, measure, clouds, scenario), [result, measure, clouds, scenario]);
  const models = useMemo(
    () => clouds.map((c) => ({ cloud: c, model: fanChart(result, c, measure, extent, scenario) })),
    [result, measure, clouds, extent, scenario],
  );
  const headingId = `${chartId}-title`;
  const first = models[0]?.model;
  const lastRows = models.map(({ model }) => model.rows[model.rows.length - 1]);
  // Why the scenario sits above (or below) most of its own draws, when most panels show it there: its market
  // assumptions sit near one end of their plausible ranges. Said once for the card.
  const side = scenario ? scenarioSide(lastRows) : null;
  const lopsided = useMemo(() => (side ? lopsidedAssumptions(assumptions, side) : null), [side, assumptions]);
  return (
    <Card aria-labelledby={headingId} className="min-w-0" data-chart={chartId}>
      <CardHeader
        id={headingId}
        title={title}
        description={`The line is the median draw; the dark band holds the middle half of draws, the light band nine in ten${scenario ? '; the dashed line is the scenario on screen' : ''}. One scale for every panel.`}
      >
        <CsvButton title={title} data={() => fanCsv(models, measure)} />
        <TableToggle chartId={chartId} title={title} />
      </CardHeader>
      {showTable ? (
        <div className="mt-3 space-y-4">
          {models.map(({ cloud, model }) => (
            <div key={cloud}>
              <h4 className="text-base font-semibold" style={{ color: CLOUD_INK_VARS[cloud] }}>
                {fanHolder(cloud, measure)}
              </h4>
              <DataTable model={model} caption={`${title}: ${fanHolder(cloud, measure)}`} />
            </div>
          ))}
        </div>
      ) : (
        <>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Legend">
            <li className="flex items-center gap-1.5">
              <SeriesSwatch color="var(--foreground)" width={18} />
              Median
            </li>
            <li className="flex items-center gap-1.5">
              <span aria-hidden className="inline-block h-3 w-[18px] rounded-sm bg-foreground/35" />
              Middle half of draws (25th-75th percentile)
            </li>
            <li className="flex items-center gap-1.5">
              <span aria-hidden className="inline-block h-3 w-[18px] rounded-sm bg-foreground/15" />9 draws in 10 (5th-95th)
            </li>
            {scenario && (
              <li className="flex items-center gap-1.5">
                <SeriesSwatch color="var(--foreground)" width={18} dashed />
                The scenario on screen
              </li>
            )}
          </ul>
          {lopsided && (
            <p className="mt-2 text-sm" data-fan-lopsided>
              {lopsided}
            </p>
          )}
          {first && (
            <p className="mt-2 text-sm font-medium text-muted-foreground" data-axis-label>
              {first.yLabel}
            </p>
          )}
          <div className={`mt-1 grid gap-x-6 gap-y-3 ${clouds.length === 4 ? 'sm:grid-cols-2' : 'sm:grid-cols-3'}`}>
            {models.map(({ cloud, model }, i) => (
              <div key={cloud} className="min-w-0">
                <h4 className="text-sm font-semibold" style={{ color: CLOUD_INK_VARS[cloud] }}>
                  {fanHolder(cloud, measure)}
                  <span className="figures ml-2 font-normal text-muted-foreground">
                    2031 median {formatUsdBn(lastRows[i]?.p50 as number)}
                    {scenario && ` · this scenario ${formatUsdBn(lastRows[i]?.here as number)}, ${scenarioAmongDraws(lastRows[i])}`}
                  </span>
                </h4>
                <div role="img" aria-label={`${title}: ${fanHolder(cloud, measure)}. Use “Show table” for the figures.`} style={{ height: 200 }}>
                  <TimeChart model={model} kind="line" height={200} />
                </div>
              </div>
            ))}
          </div>
        </>
      )}
    </Card>
  );
});
