'use client';
import { useMemo } from 'react';
import { COMMITMENT_TERMS } from '@/lib/engine';
import { formatPct, formatUsdBn } from '@/lib/format';
import type { Results } from '@/lib/state/use-results';
import { commitmentRows } from '@/lib/view-models';
import { TableScrollHint } from '@/components/ui/table-scroll-hint';
import { RegistryChart } from './registry-chart';

/** Announced contracts against what the scenario projects; a contract that would bind is flagged. */
export function CommitmentsView({ results }: { results: Results }) {
  const { result } = results;
  const rows = useMemo(() => commitmentRows(result), [result]);
  // No contracts: the registry's chart says so in words, and the rest of the view has nothing to show.
  if (rows.length === 0) return <RegistryChart id="commitments" results={results} />;
  const binding = rows.filter((r) => r.binds).length;
  return (
    <div className="space-y-4">
      <p className="text-base">
        {binding === 0
          ? 'Projected billed compute covers every announced commitment: none would bind.'
          : `${binding} of ${rows.length} commitments would bind: the scenario projects less billed compute than was contracted.`}
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
                <th scope="col" className="px-2 text-right">Commitment</th>
                <th scope="col" className="px-2 text-right">Projected billed</th>
                <th scope="col" className="px-2 text-right">Coverage</th>
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
                  <td className="figures px-2 py-2 text-right">{formatUsdBn(r.projectedUsdBn)}</td>
                  <td className="figures px-2 py-2 text-right">{formatPct(r.coverage)}</td>
                  <td className="px-2 py-2">
                    {r.binds ? (
                      <span className="rounded bg-muted px-1.5 py-0.5 font-semibold text-negative ring-1 ring-negative">Binds</span>
                    ) : (
                      <span className="text-positive">Covered</span>
                    )}
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
