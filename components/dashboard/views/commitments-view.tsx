'use client';
import { useMemo } from 'react';
import { COMMITMENT_TERMS } from '@/lib/engine';
import { formatPct, formatUsdBn } from '@/lib/format';
import type { Results } from '@/lib/state/use-results';
import { commitmentRows, commitmentSummary, type CommitmentRow } from '@/lib/view-models';
import { Cell, NumCell, Row, RowHeader } from '@/components/ui/table';
import { TableCard } from '@/components/ui/table-card';
import { RegistryChart } from './registry-chart';

const STATUS: Record<CommitmentRow['status'], { text: string; className: string }> = {
  covered: { text: 'Covered', className: 'text-positive' },
  floor: { text: 'Honoured by the floor', className: 'font-semibold' },
  unmet: { text: 'Partly unmet', className: 'inline-block rounded bg-muted px-1.5 py-0.5 font-semibold text-negative ring-1 ring-negative' },
  short: { text: 'Under its schedule', className: 'font-semibold' },
};

const COLUMNS = [
  'Contract',
  'Window',
  ...['Schedule to 2031', 'Own bill before floors', 'Lifted by floors', 'Coverage before → after'].map((label) => ({ label, numeric: true })),
  'Status',
];

/**
 * A contract's sources under its name. On a phone the sticky name column is narrow, and a paragraph of
 * sources in it made each row a screen tall (a new-user review): there they fold under "Sources", one tap
 * away; from `sm` up they show as they are.
 */
function Announcement({ text }: { text: string | undefined }) {
  const words = 'block max-w-md text-xs font-normal text-muted-foreground';
  // A contract the scenario adds has no sources: said as it is, nothing to fold.
  if (text === undefined) return <span className={words}>Set in this scenario</span>;
  return (
    <>
      {/* Not on paper: the sources make each row four lines tall, and the facts ledger has them. */}
      <span className={`${words} max-sm:hidden print:hidden`}>{text}</span>
      <details className="text-xs font-normal text-muted-foreground sm:hidden print:hidden">
        <summary className="inline-flex min-h-8 cursor-pointer items-center underline underline-offset-2">Sources</summary>
        <span className={words}>{text}</span>
      </details>
    </>
  );
}

/** Signed contracts on their schedules against the labs' own bills, before and after the floors. */
export function CommitmentsView({ results }: { results: Results }) {
  const { result } = results;
  const rows = useMemo(() => commitmentRows(result), [result]);
  const summary = useMemo(() => commitmentSummary(result), [result]);
  // No contracts: the registry's chart says so in words, and the rest of the view has nothing to show.
  if (rows.length === 0) return <RegistryChart id="commitments" results={results} />;
  return (
    <div className="space-y-4">
      <p className="text-base" data-testid="commitments-summary">
        {summary.text}
      </p>
      <RegistryChart id="commitments" results={results} />
      <TableCard
        id="commit-table"
        printKeep
        title="Contracts"
        label="Contracts table"
        columns={COLUMNS}
        description="The floors work year by year; coverage is over the whole window, so a contract covered over its window can still fall short in a year. A floor moves the lab’s compute from its other clouds: a contract lifted in one year can lose compute to another contract’s floor in the next."
      >
        {rows.map((r) => (
          <Row key={`${r.family}.${r.cloud}`} className="align-top">
            <RowHeader sticky strong roomy>
              {r.label}
              <Announcement text={COMMITMENT_TERMS[`${r.family}.${r.cloud}`]?.announcement} />
            </RowHeader>
            <Cell className="figures py-2">{r.window}</Cell>
            <NumCell className="py-2">{formatUsdBn(r.commitmentUsdBn)}</NumCell>
            <NumCell className="py-2">{formatUsdBn(r.projectedBeforeUsdBn)}</NumCell>
            <NumCell className="py-2">{formatUsdBn(r.liftedUsdBn)}</NumCell>
            <NumCell className="whitespace-nowrap py-2">
              {formatPct(r.coverageBeforeFloor)} → {formatPct(r.coverage)}
            </NumCell>
            <Cell className="py-2">
              <span className={STATUS[r.status].className}>
                {STATUS[r.status].text}
                {r.statusYears ? ` in ${r.statusYears}` : ''}
                {r.alsoShortYears ? `; under its schedule in ${r.alsoShortYears}` : ''}
              </span>
            </Cell>
          </Row>
        ))}
      </TableCard>
    </div>
  );
}
