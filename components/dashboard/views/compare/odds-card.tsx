import type { Scenario, ScenarioResult } from '@/lib/engine';
import type { ScenarioState } from '@/lib/state/use-scenario';
import { useCompareOdds } from '@/lib/state/use-simulation';
import { compareOddsSentence } from '@/lib/view-models';
import { Card, CardHeading } from '@/components/ui/card';

/** How likely B beats A on the headline's measure, for the cloud in focus: paired draws in the worker (issue 18). */
export function CompareOddsCard({
  a,
  b,
  state,
  results,
}: {
  a: Scenario;
  b: Scenario;
  state: ScenarioState;
  /** A's and B's own results: the size of the difference beside its odds. */
  results: { a: ScenarioResult; b: ScenarioResult };
}) {
  const cloud = state.focus.cloud;
  const odds = useCompareOdds(a, b, state.simulation, cloud, state.measure);
  return (
    <Card aria-labelledby="compare-odds" data-chart="compare-odds">
      <CardHeading id="compare-odds">How likely B beats A</CardHeading>
      <p className="mt-1 min-h-12 text-base" data-testid="compare-odds" data-p={odds.data?.value.p ?? ''} aria-busy={odds.isFetching}>
        {odds.data ? compareOddsSentence(odds.data.value, cloud, state.measure, results) : 'Drawing paired scenarios (the same draws for A and B)…'}
      </p>
      <p className="text-xs text-muted-foreground">
        Each draw gives A and B the same luck: every uncertain assumption at the same point of its range, the same share draws. The cloud is the one in focus
        below; the measure is the headline’s.
      </p>
    </Card>
  );
}
