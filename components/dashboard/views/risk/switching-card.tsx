import { useMemo } from 'react';
import { holderLabel, THESIS_MEASURE_LABELS, type Scenario, type ThesisMeasure } from '@/lib/engine';
import type { ScenarioState } from '@/lib/state/use-scenario';
import type { SwitchingResult } from '@/lib/workers/protocol';
import { switchingRows, type SwitchingView } from '@/lib/view-models';
import { Card, CardDescription, CardHeading } from '@/components/ui/card';
import { SwitchingTable } from './switching-table';
import { useReveal } from './use-reveal';

/** What it would take to change the answer: each assumption's switching value, with a button that sets it. */
export function SwitchingCard({
  scenario,
  setParameter,
  data,
  loading,
  measure,
}: {
  scenario: Scenario;
  setParameter: ScenarioState['setParameter'];
  data: SwitchingResult | undefined;
  loading: boolean;
  measure: ThesisMeasure;
}) {
  const reveal = useReveal();
  const leader = useMemo(() => (data ? switchingRows(scenario, data.leader, 'leader', 8, measure) : null), [data, scenario, measure]);
  const exposed = useMemo(() => (data ? switchingRows(scenario, data.leastExposed, 'leastExposed', 5, measure) : null), [data, scenario, measure]);
  const set = (row: SwitchingView) => {
    setParameter(row.id, row.value, 'commit');
    reveal(row.id);
  };
  return (
    <Card aria-labelledby="risk-switching" data-chart="risk-switching">
      <CardHeading id="risk-switching" tight>
        What would it take to change the answer?
      </CardHeading>
      <CardDescription>
        Each assumption alone, everything else as it is: the nearest value within its slider’s bounds at which the conclusion flips, nearest first (distance in
        widths of its plausible range). “Set it” applies the value, so you can see the flip and undo it with Back.
      </CardDescription>
      {!data ? (
        <p className="mt-3 text-sm text-muted-foreground">{loading ? 'Searching each assumption for a tipping point…' : ''}</p>
      ) : (
        <div className={loading ? 'opacity-60' : ''}>
          {leader && leader.from && (
            <SwitchingTable
              title={`Who leads on ${THESIS_MEASURE_LABELS[measure]}: today ${holderLabel(leader.from, measure)}`}
              rows={leader.flips}
              never={leader.never}
              onSet={set}
              onReveal={reveal}
            />
          )}
          {exposed && exposed.from && (
            <SwitchingTable
              title={`Who is least exposed to which model family wins, on ${THESIS_MEASURE_LABELS[measure]}: today ${holderLabel(exposed.from, measure)}`}
              rows={exposed.flips}
              never={exposed.never}
              onSet={set}
              onReveal={reveal}
            />
          )}
        </div>
      )}
    </Card>
  );
}
