'use client';
import { useMemo } from 'react';
import { formatPct, formatUsdBn } from '@/lib/format';
import { CLOUD_COLORS } from '@/lib/palette';
import type { Results } from '@/lib/state/use-results';
import { siliconSummaries } from '@/lib/view-models';
import { TableScrollHint } from '@/components/ui/table-scroll-hint';
import { RegistryChart } from './registry-chart';

/** Per cloud: what its own chips save, who gets the saving, what the programme costs, when it pays back. */
export function SiliconView({ results }: { results: Results }) {
  const { result } = results;
  const summaries = useMemo(() => siliconSummaries(result), [result]);
  return (
    <div className="space-y-4">
      <RegistryChart id="silicon-margin" results={results} />
      <section aria-labelledby="silicon-summary" className="rounded-lg border bg-card p-4">
        <h3 id="silicon-summary" className="text-lg font-semibold">
          Silicon savings, 2025-2031
        </h3>
        <TableScrollHint />
        <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label="Silicon savings by cloud">
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b text-left">
                <th scope="col" className="py-1.5 pr-3">Cloud</th>
                <th scope="col" className="px-2 text-right">Adoption 2031</th>
                <th scope="col" className="px-2 text-right">Gross savings</th>
                <th scope="col" className="px-2 text-right">Passed on</th>
                <th scope="col" className="px-2 text-right">Kept as margin</th>
                <th scope="col" className="px-2 text-right">Kept on own use</th>
                <th scope="col" className="px-2 text-right">Programme cost</th>
                <th scope="col" className="px-2 text-right">Net</th>
                <th scope="col" className="px-2 text-right">Breakeven</th>
              </tr>
            </thead>
            <tbody>
              {summaries.map((s) => (
                <tr key={s.cloud} className="border-b last:border-0" data-cloud={s.cloud}>
                  <th scope="row" className="sticky left-0 z-[1] bg-card py-2 pr-3 text-left font-semibold" style={{ boxShadow: `inset 4px 0 0 ${CLOUD_COLORS[s.cloud]}`, paddingLeft: 10 }}>
                    {s.label}
                  </th>
                  <td className="figures px-2 text-right">{formatPct(s.adoption2031)}</td>
                  <td className="figures px-2 text-right">{formatUsdBn(s.grossSavingsUsdBn)}</td>
                  <td className="figures px-2 text-right">{formatUsdBn(s.passedOnUsdBn)}</td>
                  <td className="figures px-2 text-right">{formatUsdBn(s.keptOnBilledUsdBn)}</td>
                  <td className="figures px-2 text-right">{formatUsdBn(s.keptOnOwnUseUsdBn)}</td>
                  <td className="figures px-2 text-right">{formatUsdBn(s.programmeUsdBn)}</td>
                  <td className={`figures px-2 text-right font-semibold ${s.netUsdBn < 0 ? 'text-negative' : ''}`}>{formatUsdBn(s.netUsdBn)}</td>
                  <td className="figures px-2 text-right">{s.breakevenYear ?? 'Not by 2031'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="mt-2 text-xs text-muted-foreground">
          Savings apply to everything a cloud hosts. On billed compute part is passed on as lower prices; on the owner’s own use all of it is
          kept. Net = gross savings − programme cost. Breakeven: the first year cumulative net savings turn positive.
        </p>
      </section>
      <RegistryChart id="silicon-split" results={results} />
    </div>
  );
}
