'use client';
import { useMemo } from 'react';
import { HYPERSCALERS, parametersById, type EnumParameterSpec } from '@/lib/engine';
import { formatPct, formatPtsChangeFine, formatUsdBn } from '@/lib/format';
import { CLOUD_COLORS } from '@/lib/palette';
import type { Results } from '@/lib/state/use-results';
import type { ScenarioState } from '@/lib/state/use-scenario';
import {
  BRIDGE_STEP_KEYS,
  hostedToProfitRows,
  marginBridgeRows,
  marginBridgeShown,
  strategySwitchMatters,
  verticalAccessDrawRange,
  type HostedToProfitRow,
} from '@/lib/view-models';
import { NumCell, SeriesRow } from '@/components/ui/table';
import { TableCard } from '@/components/ui/table-card';
import { Card, CardDescription, CardHeading } from '@/components/ui/card';
import { StrategyControl } from '@/components/controls/strategy-control';
import { RegistryChart } from './registry-chart';

/** Figures as they are in the table: right-aligned, medium weight (the cells under them are the bolder). */
const numeric = (label: string) => ({ label, numeric: true, className: 'py-1.5 font-medium' });

const MONEY_COLUMNS = [
  'Cloud',
  ...[
    'Hosted',
    'Own use',
    'Billed',
    'Cloud AI revenue',
    'Cloud AI gross profit',
    'Model-layer income',
    'Company AI gross profit',
    'Stakes (exposure, not booked)',
  ].map(numeric),
];
/** The plain figures of a row, in the columns' order (USD bn); company profit and stakes follow with their own emphasis. */
const MONEY_FIGURES = [
  'hostedUsdBn',
  'ownUseUsdBn',
  'billedUsdBn',
  'revenueUsdBn',
  'cloudGrossProfitUsdBn',
  'modelLayerIncomeUsdBn',
] as const satisfies readonly (keyof HostedToProfitRow)[];

const BRIDGE_COLUMNS = [
  'Cloud',
  ...['Margin set', 'Inference mix (pts)', 'Utilisation (pts)', 'Premiums (pts)', 'Custom silicon, net (pts)', 'Margin shown'].map(numeric),
];
/** The bridge's steps, in points (between the margin set and the margin shown). */

/** Azure vs AWS vs Google (and Other) over time, the working from compute to profit, and each cloud's strategy. */
export function StrategiesView({ results, state }: { results: Results; state: ScenarioState }) {
  const { result } = results;
  // Charts come from the registry; a pinned baseline (results.compare) is drawn under each as ghosts.
  const money = useMemo(() => hostedToProfitRows(result), [result]);
  const bridge = useMemo(() => marginBridgeRows(result), [result]);
  const switchMatters = useMemo(() => strategySwitchMatters(state.scenario), [state.scenario]);
  return (
    <div className="space-y-4">
      <RegistryChart id="hosted" results={results} />
      <div className="grid gap-4 xl:grid-cols-2">
        <RegistryChart id="profit" results={results} />
        <RegistryChart id="margin" results={results} />
      </div>
      <TableCard
        id="working-heading"
        title="From compute hosted to gross profit, 2025-2031"
        description="Hosted = own use + billed. Only billed compute earns cloud AI revenue; company AI gross profit adds model-layer income."
        note="Stakes: each owner’s equity share of the model families’ gross profit, summed over 2025-2031 (Microsoft in OpenAI, Amazon and Google in Anthropic). What the stakes are exposed to, not income and not a valuation."
        label="From compute hosted to gross profit"
        columns={MONEY_COLUMNS}
        table={{ 'data-testid': 'hosted-to-profit' }}
      >
        {money.map((r) => (
          <SeriesRow key={r.cloud} data-cloud={r.cloud} label={r.label} color={CLOUD_COLORS[r.cloud]}>
            {MONEY_FIGURES.map((key) => (
              <NumCell key={key} className="py-2">
                {formatUsdBn(r[key])}
              </NumCell>
            ))}
            <NumCell className="py-2 font-semibold" title={r.companyProfitLabel}>
              {formatUsdBn(r.companyGrossProfitUsdBn)}
            </NumCell>
            <NumCell className="py-2 text-muted-foreground">{formatUsdBn(r.stakeExposureUsdBn)}</NumCell>
          </SeriesRow>
        ))}
      </TableCard>
      <TableCard
        id="bridge-heading"
        title="From the margin you set to the margin shown"
        description="A strategy’s margin holds at 75% utilisation before premiums and silicon. Points added by each step, 2025-2031, weighted by billed compute."
        label="Margin bridge"
        columns={BRIDGE_COLUMNS}
        table={{ 'data-testid': 'margin-bridge' }}
      >
        {bridge.map((r) => {
          // Rounded so that the steps shown add up to the margin shown (marginBridgeShown).
          const shown = marginBridgeShown(r);
          return (
            <SeriesRow key={r.cloud} data-cloud={r.cloud} label={r.label} color={CLOUD_COLORS[r.cloud]}>
              <NumCell className="py-2">{formatPct(shown.setPts / 100, Number.isInteger(shown.setPts) ? 0 : 1)}</NumCell>
              {BRIDGE_STEP_KEYS.map((key) => (
                <NumCell key={key} className="py-2">
                  {formatPtsChangeFine(shown.stepPts[key] / 100)}
                </NumCell>
              ))}
              <NumCell className="py-2 font-semibold" data-testid={`bridge-realised-${r.cloud}`}>
                {formatPct(shown.realisedPts / 100, 1)}
              </NumCell>
            </SeriesRow>
          );
        })}
      </TableCard>
      <Card aria-labelledby="strategy-heading">
        <CardHeading id="strategy-heading">Each cloud’s strategy</CardHeading>
        <CardDescription>
          {switchMatters
            ? 'Switch a cloud’s archetype to see what its strategy is worth: in this scenario the archetypes carry different figures (their margins, premiums, utilisation and access are under Strategies in the assumptions), so a switch moves the figures above.'
            : `Switch a cloud’s archetype to see what its strategy is worth. In this scenario, as in Public data, the three archetypes carry the same figures (no public figure tells them apart), so a switch changes none of the figures until you set them apart under Strategies in the assumptions, or pick the Seed thesis. The odds can still move under Vertical: the Monte Carlo draws a vertical cloud’s access to rivals’ workloads from ${verticalAccessDrawRange(state.scenario)} (at the default range width).`}
        </CardDescription>
        <div className="mt-2 grid gap-4 md:grid-cols-3">
          {HYPERSCALERS.map((c) => {
            const spec = parametersById.get(`strategy.${c}`) as EnumParameterSpec;
            return (
              <StrategyControl
                key={c}
                spec={spec}
                value={String(state.scenario[spec.id])}
                baseValue={String(state.base[spec.id])}
                color={CLOUD_COLORS[c]}
                explained
                onChange={state.setParameter}
              />
            );
          })}
        </div>
      </Card>
    </div>
  );
}
