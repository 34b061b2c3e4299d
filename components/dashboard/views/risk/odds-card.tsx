import { memo } from 'react';
import type { SimulationResult } from '@/lib/engine';
import { formatProbability, formatSamplingError, oddsRows, samplingInterval, type OddsRow } from '@/lib/view-models';
import { Card, CardDescription, CardHeading } from '@/components/ui/card';
import { Cell, Row, RowHeader, TableRegion } from '@/components/ui/table';
import { formatCount } from '@/lib/format';

/** The share of draws in which each cloud hosts the most AI compute, over 2025-2031 and in 2031. */
export const OddsCard = memo(function OddsCard({ result }: { result: SimulationResult }) {
  const hyper = oddsRows(result, 'hyperscalers');
  const all = oddsRows(result, 'all');
  return (
    <Card aria-labelledby="risk-odds" data-chart="risk-odds">
      <CardHeading id="risk-odds" tight>
        The odds each hyperscaler hosts the most AI compute
      </CardHeading>
      <CardDescription>
        Share of {formatCount(result.samples)} drawn scenarios; the whisker and the ± are the 95% sampling interval from the number of draws, not the
        uncertainty of the model itself.
      </CardDescription>
      <div className="mt-2">
        <OddsTable rows={hyper} caption="Odds of hosting the most AI compute, three hyperscalers" />
      </div>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium">Counting Other providers (Oracle, CoreWeave, Meta’s own and the rest) as one</summary>
        <div className="mt-2">
          <OddsTable rows={all} caption="Odds of hosting the most AI compute, four clouds" />
        </div>
      </details>
    </Card>
  );
});

const ODDS_COLUMNS = [
  { label: 'Cloud', className: 'font-semibold' },
  { label: 'Hosts the most over 2025-2031', className: 'py-1.5 font-semibold' },
  { label: 'Hosts the most in 2031', className: 'py-1.5 font-semibold' },
];

function OddsTable({ rows, caption }: { rows: readonly OddsRow[]; caption: string }) {
  return (
    <TableRegion label={caption} columns={ODDS_COLUMNS} table={{ caption }}>
      {rows.map((r) => (
        <Row key={r.cloud} data-cloud={r.cloud}>
          <RowHeader sticky strong roomy className="whitespace-nowrap" style={{ color: r.ink }}>
            {r.label}
          </RowHeader>
          <Cell className="py-2">
            <OddsBar p={r.cumulative} se={r.cumulativeError} color={r.color} />
          </Cell>
          <Cell className="py-2">
            <OddsBar p={r.year2031} se={r.year2031Error} color={r.color} />
          </Cell>
        </Row>
      ))}
    </TableRegion>
  );
}

/** A probability as a bar with its sampling interval as a whisker, and in figures. */
function OddsBar({ p, se, color }: { p: number; se: number; color: string }) {
  const [lo, hi] = samplingInterval(p, se);
  return (
    <span className="flex items-center gap-3">
      <span className="relative block h-4 w-full min-w-16 max-w-56 rounded-sm bg-muted" aria-hidden>
        <span className="absolute inset-y-0 left-0 rounded-sm" style={{ width: `${p * 100}%`, background: color }} />
        {hi - lo > 0.002 && (
          <span className="absolute top-1/2 h-0.5 -translate-y-1/2 bg-foreground" style={{ left: `${lo * 100}%`, width: `${(hi - lo) * 100}%` }} />
        )}
      </span>
      <span className="figures shrink-0 whitespace-nowrap text-right">
        <span className="text-base font-semibold">{formatProbability(p)}</span>{' '}
        {se > 0 && <span className="text-xs text-muted-foreground">{formatSamplingError(se)}</span>}
      </span>
    </span>
  );
}
