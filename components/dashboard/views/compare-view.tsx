'use client';
/**
 * The Compare view (issue 11): the pinned baseline (A; Public data when none is pinned) against the
 * scenario on screen (B), and up to two more columns (C, D; issue 20) in the headline figures: what changes
 * from A to B in words, the headline figures side by side with each one's change against A, a waterfall that splits
 * the difference in a chosen figure among the changed assumptions (exact Shapley values, computed in the
 * worker), and the assumptions that differ. Side by side on a desktop, stacked on a phone. One file per
 * card in ./compare/.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { memo, useContext, useMemo } from 'react';
import { Presenting } from '@/components/charts/chart-space';
import { workerQueryClient } from '@/lib/state/query-client';
import { MAX_COMPARE_COLUMNS, columnLetter } from '@/lib/scenario';
import type { ScenarioState } from '@/lib/state/use-scenario';
import { comparisonSentences, differingAssumptions } from '@/lib/view-models';
import { AssumptionsCard } from './compare/assumptions-card';
import { FiguresCard } from './compare/figures-card';
import { CompareOddsCard } from './compare/odds-card';
import { ScenariosCard } from './compare/scenarios-card';
import type { CompareColumn, CompareSide } from './compare/types';
import { WaterfallCard } from './compare/waterfall-card';

export type { CompareColumn, CompareSide } from './compare/types';

interface CompareProps {
  a: CompareSide;
  b: CompareSide;
  /** The added columns, C then D. */
  more: readonly CompareColumn[];
  pinned: boolean;
  state: ScenarioState;
}

export function CompareView(props: CompareProps) {
  return (
    <QueryClientProvider client={workerQueryClient}>
      <CompareBody {...props} />
    </QueryClientProvider>
  );
}

const NO_COLUMNS: readonly CompareColumn[] = [];

const CompareBody = memo(function CompareBody({ a, b, more, pinned, state }: CompareProps) {
  // A slide shows A against B (the waterfall), not the headline table, and a slide's link keeps no added
  // columns: it names and speaks of those two only (its bullets spoke of a C it never named: a new-user review).
  const shown = useContext(Presenting) ? NO_COLUMNS : more;
  // B against A, then each added column against A, all on the headline's measure.
  const measure = state.measure;
  const sentences = useMemo(
    () => [
      ...comparisonSentences(a.result, b.result, measure, 'B', { a: a.winners, x: b.winners }, shown.length === 0),
      ...shown.flatMap((c, i) => comparisonSentences(a.result, c.result, measure, columnLetter(i))),
    ],
    [a, b, shown, measure],
  );
  const columns = useMemo(
    () => [
      { letter: 'A', role: pinned ? 'the pinned baseline' : 'the reference', name: a.name, result: a.result },
      { letter: 'B', role: 'the scenario on screen', name: b.name, result: b.result },
      ...shown.map((c, i) => ({ letter: columnLetter(i), role: 'added for comparison', name: c.name, result: c.result })),
    ],
    [a, b, shown, pinned],
  );
  // Whether another column may be added: the dashboard's columns, whatever a slide shows.
  const full = 2 + more.length >= MAX_COMPARE_COLUMNS;
  const differences = useMemo(() => differingAssumptions(a.scenario, b.scenario), [a.scenario, b.scenario]);
  const changedCount = differences.reduce((n, g) => n + g.rows.length, 0);
  return (
    <div className="space-y-4">
      <ScenariosCard named={columns} sentences={sentences} state={state} pinned={pinned} same={changedCount === 0} full={full} />
      <FiguresCard columns={columns} />
      <CompareOddsCard a={a.scenario} b={b.scenario} state={state} results={{ a: a.result, b: b.result }} />
      <WaterfallCard a={a} b={b} focus={state.focus} setFocus={state.setFocus} />
      <AssumptionsCard differences={differences} count={changedCount} />
    </div>
  );
});
