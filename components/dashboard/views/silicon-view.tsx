'use client';
import { useMemo } from 'react';
import { formatPct, formatUsdBn } from '@/lib/format';
import { CLOUD_COLORS } from '@/lib/palette';
import type { Results } from '@/lib/state/use-results';
import { siliconSummaries, type SiliconSummary } from '@/lib/view-models';
import { NumCell, SeriesRow } from '@/components/ui/table';
import { TableCard } from '@/components/ui/table-card';
import { RegistryChart } from './registry-chart';

const COLUMNS = [
  'Cloud',
  ...['Adoption 2031', 'Gross savings', 'Passed on', 'Kept as margin', 'Kept on own use', 'Programme cost', 'Net', 'Breakeven'].map((label) => ({
    label,
    numeric: true,
  })),
];
/** The savings and costs of a row, in the columns' order (USD bn). */
const FIGURES = [
  'grossSavingsUsdBn',
  'passedOnUsdBn',
  'keptOnBilledUsdBn',
  'keptOnOwnUseUsdBn',
  'programmeUsdBn',
] as const satisfies readonly (keyof SiliconSummary)[];

/** Per cloud: what its own chips save, who gets the saving, what the programme costs, when it pays back. */
export function SiliconView({ results }: { results: Results }) {
  const { result } = results;
  const summaries = useMemo(() => siliconSummaries(result), [result]);
  return (
    <div className="space-y-4">
      <RegistryChart id="silicon-margin" results={results} />
      {/* The table after both charts: printed as wide as the page, it then sits under them, not between. */}
      <RegistryChart id="silicon-split" results={results} />
      <TableCard
        id="silicon-summary"
        printKeep
        title="Silicon savings, 2025-2031"
        note="Savings apply to everything a cloud hosts. On billed compute part is passed on as lower prices; on the owner’s own use all of it is kept. Net = gross savings − programme cost. Breakeven: the first year cumulative net savings turn positive."
        label="Silicon savings by cloud"
        columns={COLUMNS}
      >
        {summaries.map((s) => (
          <SeriesRow key={s.cloud} data-cloud={s.cloud} label={s.label} color={CLOUD_COLORS[s.cloud]}>
            <NumCell>{formatPct(s.adoption2031)}</NumCell>
            {FIGURES.map((key) => (
              <NumCell key={key}>{formatUsdBn(s[key])}</NumCell>
            ))}
            <NumCell className={`font-semibold ${s.netUsdBn < 0 ? 'text-negative' : ''}`}>{formatUsdBn(s.netUsdBn)}</NumCell>
            <NumCell>{s.breakevenYear ?? 'Not by 2031'}</NumCell>
          </SeriesRow>
        ))}
      </TableCard>
    </div>
  );
}
