'use client';
import { useMemo } from 'react';
import { CLOUD_LABELS, FAMILY_LABELS, HYPERSCALERS, THESIS_MEASURE_SHORT_LABELS } from '@/lib/engine';
import { formatPct, formatUsdBn } from '@/lib/format';
import { CLOUD_COLORS } from '@/lib/palette';
import type { Results } from '@/lib/state/use-results';
import { familyRows, thesisVerdict, type FamilyRow } from '@/lib/view-models';
import { NumCell, SeriesRow } from '@/components/ui/table';
import { Card } from '@/components/ui/card';
import { TableCard } from '@/components/ui/table-card';
import { RegistryChart } from './registry-chart';

const FAMILY_COLUMNS = [
  'Family',
  ...['Compute', 'Billed by clouds', 'Owners’ own use', 'Revenue 2026', 'Revenue', 'Gross profit'].map((label) => ({ label, numeric: true })),
];
/** The figures of each family's row, in the columns' order (USD bn). */
const FAMILY_FIGURES = [
  'computeUsdBn',
  'billedUsdBn',
  'ownUseUsdBn',
  'revenue2026UsdBn',
  'revenueUsdBn',
  'grossProfitUsdBn',
] as const satisfies readonly (keyof FamilyRow)[];

/** The family mix over time, where each cloud's hosted compute comes from, and the thesis test: what if X wins? */
export function SharesView({ results }: { results: Results }) {
  const { result, winners } = results;
  // Charts come from the registry; a pinned baseline shows as dashed outlines and boundaries (withGhosts).
  const verdict = thesisVerdict(winners);
  const families = useMemo(() => familyRows(result), [result]);
  return (
    <div className="space-y-4">
      <RegistryChart id="winners" results={results} />
      <Card aria-label="Exposure to the model race" className={verdict.holds ? undefined : 'ring-2 ring-negative'}>
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
                  {THESIS_MEASURE_SHORT_LABELS[winners.measure]} {formatUsdBn(e.minUsdBn)} if {FAMILY_LABELS[e.worst]} wins, {formatUsdBn(e.maxUsdBn)} if{' '}
                  {FAMILY_LABELS[e.best]} wins
                </p>
              </li>
            );
          })}
        </ul>
      </Card>
      <div className="grid gap-4 xl:grid-cols-2">
        <RegistryChart id="mix" results={results} />
        <RegistryChart id="by-family" results={results} />
      </div>
      <TableCard
        id="families-heading"
        title="The model families, 2025-2031"
        description="A family’s own revenue (subscriptions and APIs it sells) is its compute times its revenue ratio; its gross profit is what owners book. Llama is given away; products built on a model (Copilot, Search) earn no model revenue here."
        label="Model families table"
        columns={FAMILY_COLUMNS}
        table={{ 'data-testid': 'families-table' }}
      >
        {families.map((f) => (
          <SeriesRow key={f.family} data-family={f.family} label={f.label} color={f.color}>
            {FAMILY_FIGURES.map((key) => (
              <NumCell key={key}>{formatUsdBn(f[key])}</NumCell>
            ))}
          </SeriesRow>
        ))}
      </TableCard>
    </div>
  );
}
