'use client';
import { useMemo } from 'react';
import { COMMITMENT_TERMS } from '@/lib/engine';
import { formatPct, formatUsdBn } from '@/lib/format';
import type { Results } from '@/lib/state/use-results';
import { commitmentRows, commitmentSummary } from '@/lib/view-models';
import { TableScrollHint } from '@/components/ui/table-scroll-hint';
import { RegistryChart } from './registry-chart';

const STATUS: Record<'covered' | 'floor' | 'unmet', { text: string; className: string }> = {
  covered: { text: 'Covered', className: 'text-positive' },
  floor: { text: 'Honoured by the floor', className: 'font-semibold' },
  unmet: { text: 'Partly unmet', className: 'rounded bg-muted px-1.5 py-0.5 font-semibold text-negative ring-1 ring-negative' },
};

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
      <section aria-labelledby="commit-table" className="rounded-lg border bg-card p-4">
        <h3 id="commit-table" className="text-lg font-semibold">
          Contracts
        </h3>
        <TableScrollHint />
        <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label="Contracts table">
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b text-left">
                <th scope="col" className="py-1.5 pr-3">Contract</th>
                <th scope="col" className="px-2">Window</th>
                <th scope="col" className="px-2 text-right">Schedule to 2031</th>
                <th scope="col" className="px-2 text-right">Own bill before floors</th>
                <th scope="col" className="px-2 text-right">Lifted by floors</th>
                <th scope="col" className="px-2 text-right">Coverage before → after</th>
                <th scope="col" className="px-2">Status</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.family}.${r.cloud}`} className="border-b align-top last:border-0">
                  <th scope="row" className="sticky left-0 z-[1] bg-card py-2 pr-3 text-left font-semibold">
                    {r.label}
                    <span className="block max-w-md text-xs font-normal text-muted-foreground">
                      {COMMITMENT_TERMS[`${r.family}.${r.cloud}`]?.announcement ?? 'Set in this scenario'}
                    </span>
                  </th>
                  <td className="figures px-2 py-2">{r.window}</td>
                  <td className="figures px-2 py-2 text-right">{formatUsdBn(r.commitmentUsdBn)}</td>
                  <td className="figures px-2 py-2 text-right">{formatUsdBn(r.projectedBeforeUsdBn)}</td>
                  <td className="figures px-2 py-2 text-right">{formatUsdBn(r.liftedUsdBn)}</td>
                  <td className="figures px-2 py-2 text-right whitespace-nowrap">
                    {formatPct(r.coverageBeforeFloor)} → {formatPct(r.coverage)}
                  </td>
                  <td className="px-2 py-2">
                    <span className={STATUS[r.status].className}>{STATUS[r.status].text}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
