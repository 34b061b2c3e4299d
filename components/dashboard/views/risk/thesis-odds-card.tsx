import { memo } from 'react';
import { THESIS_MEASURE_LABELS, type SimulationResult, type ThesisMeasure } from '@/lib/engine';
import { thesisOddsRows } from '@/lib/view-models';
import { Card, CardDescription, CardHeading } from '@/components/ui/card';
import { ThesisOddsTable } from '../../thesis-odds-table';
import { formatCount } from '@/lib/format';

/** The headline's conclusions with their odds, on its measure (issue 18). */
export const ThesisOddsCard = memo(function ThesisOddsCard({ result, measure }: { result: SimulationResult; measure: ThesisMeasure }) {
  return (
    <Card aria-labelledby="risk-thesis" data-chart="risk-thesis">
      <CardHeading id="risk-thesis" tight>
        The thesis’ odds, on {THESIS_MEASURE_LABELS[measure]}
      </CardHeading>
      <CardDescription>
        Share of {formatCount(result.samples)} drawn scenarios in which each hyperscaler leads on the measure over 2025-2031, and in which it is the least
        exposed to which model family wins (each draw is its own winner analysis); ± the 95% sampling interval.
      </CardDescription>
      <div className="overflow-x-auto">
        <ThesisOddsTable
          rows={thesisOddsRows(result.odds, measure, '95%')}
          leadsLabel="Leads"
          leastLabel="Least exposed"
          className="w-full"
          testId="risk-thesis-odds"
        />
      </div>
    </Card>
  );
});
