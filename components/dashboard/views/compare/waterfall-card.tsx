import { memo, useContext, useMemo, useState } from 'react';
import { holderLabel, MEASURE_LABELS, possessive } from '@/lib/engine';
import { CLOUD_COLORS } from '@/lib/palette';
import type { ScenarioState } from '@/lib/state/use-scenario';
import { useAttribution } from '@/lib/state/use-simulation';
import { attributionSentence, waterfallCsv, waterfallSteps } from '@/lib/view-models';
import { CsvButton } from '@/components/charts/csv-button';
import { Presenting } from '@/components/charts/chart-space';
import { TableToggle, useShowTable } from '@/components/charts/table-toggle';
import { Card, CardHeader } from '@/components/ui/card';
import { FocusPicker } from '../focus-picker';
import type { CompareSide } from './types';
import { Waterfall } from './waterfall';
import { WaterfallTable } from './waterfall-table';

/** Bars a projected slide shows between A and B; smaller changes are summed into the last (waterfallSteps). */
const PRESENT_MAX_STEPS = 5;

/** From A to B: what changes the figure in focus, split among the changed assumptions (exact Shapley values). */
export const WaterfallCard = memo(function WaterfallCard({
  a,
  b,
  focus,
  setFocus,
}: {
  a: CompareSide;
  b: CompareSide;
  focus: ScenarioState['focus'];
  setFocus: ScenarioState['setFocus'];
}) {
  // The cloud and figure are in the link (fc, fm), shared with the Risk view's tornado.
  const { cloud, measure } = focus;
  const [open, setOpen] = useState<string | null>(null);
  const att = useAttribution(a.scenario, b.scenario, cloud, measure);
  const showTable = useShowTable('compare-waterfall');
  const data = att.data?.value;
  const presenting = useContext(Presenting);
  const steps = useMemo(() => (data ? waterfallSteps(data, presenting ? PRESENT_MAX_STEPS : Infinity) : []), [data, presenting]);
  const measureLabel = MEASURE_LABELS[measure];
  const title = `From A to B: what changes ${possessive(holderLabel(cloud, measure))} ${measureLabel}`;
  return (
    <Card aria-labelledby="compare-waterfall" data-chart="compare-waterfall">
      <CardHeader
        id="compare-waterfall"
        title={`${title}, 2025-2031`}
        description="Each bar is one changed assumption (or group), its share of the difference averaged over every order of applying the changes (exact Shapley values), so the bars add up to B − A. Click a bar for its assumptions."
        quietOnSlide
      >
        {data && steps.length > 0 && (
          <CsvButton title={`${title}, 2025-2031`} data={() => waterfallCsv(steps, data.fromValue, data.toValue, { a: a.name, b: b.name })} />
        )}
        <TableToggle chartId="compare-waterfall" title={title} />
      </CardHeader>
      <FocusPicker focus={focus} setFocus={setFocus} />
      {!data ? (
        <p className="mt-3 text-sm text-muted-foreground">
          {att.isError ? 'The attribution could not run in this browser.' : 'Working out each change’s share…'}
        </p>
      ) : (
        <div className={att.isPlaceholderData ? 'opacity-60' : ''}>
          <p className="mt-3 text-base" data-attribution-sentence>
            {attributionSentence(data, cloud, measureLabel, measure)}
          </p>
          <p className="mt-1 text-xs text-muted-foreground" data-attribution-method data-present-hide>
            {data.method}
          </p>
          {steps.length > 0 &&
            (showTable ? (
              <WaterfallTable steps={steps} fromValue={data.fromValue} toValue={data.toValue} />
            ) : (
              <Waterfall
                steps={steps}
                fromValue={data.fromValue}
                toValue={data.toValue}
                color={CLOUD_COLORS[cloud]}
                open={open}
                onToggle={(k) => setOpen(open === k ? null : k)}
                a={a}
                b={b}
              />
            ))}
        </div>
      )}
    </Card>
  );
});
