'use client';
import { useMemo } from 'react';
import { CLOUD_LABELS, FAMILY_LABELS, HYPERSCALERS, THESIS_MEASURE_SHORT_LABELS } from '@/lib/engine';
import { formatPct, formatUsdBn } from '@/lib/format';
import { CLOUD_COLORS } from '@/lib/palette';
import type { Results } from '@/lib/state/use-results';
import { familyRows, thesisVerdict } from '@/lib/view-models';
import { TableSection } from '@/components/ui/table-section';
import { RegistryChart } from './registry-chart';

/** The family mix over time, where each cloud's hosted compute comes from, and the thesis test: what if X wins? */
export function SharesView({ results }: { results: Results }) {
  const { result, winners } = results;
  // Charts come from the registry; a pinned baseline shows as dashed outlines and boundaries (withGhosts).
  const verdict = thesisVerdict(winners);
  const families = useMemo(() => familyRows(result), [result]);
  return (
    <div className="space-y-4">
      <RegistryChart id="winners" results={results} />
      <section aria-label="Exposure to the model race" className={`rounded-lg border p-4 ${verdict.holds ? 'bg-card' : 'bg-card ring-2 ring-negative'}`}>
        <p className="text-base font-medium" data-testid="thesis-verdict">
          {verdict.text}
        </p>
        <ul className="mt-3 grid gap-3 sm:grid-cols-3">
          {HYPERSCALERS.map((c) => {
            const e = winners.clouds[c];
            return (
              <li key={c} className="rounded-md bg-muted/60 p-3 text-sm" style={{ boxShadow: `inset 4px 0 0 ${CLOUD_COLORS[c]}` }}>
                <p className="font-semibold">{CLOUD_LABELS[c]}</p>
                <p className="figures mt-1 text-lg font-semibold">Swing {formatPct(e.exposure)}</p>
                <p className="text-muted-foreground">
                  {THESIS_MEASURE_SHORT_LABELS[winners.measure]} {formatUsdBn(e.minUsdBn)} if {FAMILY_LABELS[e.worst]} wins, {formatUsdBn(e.maxUsdBn)} if {FAMILY_LABELS[e.best]} wins
                </p>
              </li>
            );
          })}
        </ul>
      </section>
      <div className="grid gap-4 xl:grid-cols-2">
        <RegistryChart id="mix" results={results} />
        <RegistryChart id="by-family" results={results} />
      </div>
      <TableSection
        id="families-heading"
        title="The model families, 2025-2031"
        description="A family’s own revenue (subscriptions and APIs it sells) is its compute times its revenue ratio; its gross profit is what owners book. Llama is given away; products built on a model (Copilot, Search) earn no model revenue here."
        regionLabel="Model families table"
      >
        <table className="w-full border-collapse text-sm" data-testid="families-table">
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="py-1.5 pr-3">Family</th>
              <th scope="col" className="px-2 text-right">Compute</th>
              <th scope="col" className="px-2 text-right">Billed by clouds</th>
              <th scope="col" className="px-2 text-right">Owners’ own use</th>
              <th scope="col" className="px-2 text-right">Revenue 2026</th>
              <th scope="col" className="px-2 text-right">Revenue</th>
              <th scope="col" className="px-2 text-right">Gross profit</th>
            </tr>
          </thead>
          <tbody>
            {families.map((f) => (
              <tr key={f.family} className="border-b last:border-0" data-family={f.family}>
                <th scope="row" className="sticky left-0 z-[1] bg-card py-2 pr-3 text-left font-semibold" style={{ boxShadow: `inset 4px 0 0 ${f.color}`, paddingLeft: 10 }}>
                  {f.label}
                </th>
                <td className="figures px-2 text-right">{formatUsdBn(f.computeUsdBn)}</td>
                <td className="figures px-2 text-right">{formatUsdBn(f.billedUsdBn)}</td>
                <td className="figures px-2 text-right">{formatUsdBn(f.ownUseUsdBn)}</td>
                <td className="figures px-2 text-right">{formatUsdBn(f.revenue2026UsdBn)}</td>
                <td className="figures px-2 text-right">{formatUsdBn(f.revenueUsdBn)}</td>
                <td className="figures px-2 text-right">{formatUsdBn(f.grossProfitUsdBn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableSection>
    </div>
  );
}
