'use client';
import { useMemo } from 'react';
import { HYPERSCALERS, parametersById, type EnumParameterSpec } from '@/lib/engine';
import { formatPct, formatPtsChangeFine, formatUsdBn } from '@/lib/format';
import { CLOUD_COLORS } from '@/lib/palette';
import type { Results } from '@/lib/state/use-results';
import type { ScenarioState } from '@/lib/state/use-scenario';
import { hostedToProfitRows, marginBridgeRows } from '@/lib/view-models';
import { TableSection } from '@/components/ui/table-section';
import { StrategyControl } from '@/components/controls/strategy-control';
import { RegistryChart } from './registry-chart';

const TH = 'px-2 py-1.5 text-right font-medium';
const TD = 'figures px-2 py-2 text-right';

function CloudHeader({ cloud, label }: { cloud: (typeof HYPERSCALERS)[number]; label: string }) {
  return (
    <th scope="row" className="sticky left-0 z-[1] bg-card py-2 pr-3 text-left font-semibold" style={{ boxShadow: `inset 4px 0 0 ${CLOUD_COLORS[cloud]}`, paddingLeft: 10 }}>
      {label}
    </th>
  );
}

/** Azure vs AWS vs Google (and Other) over time, the working from compute to profit, and each cloud's strategy. */
export function StrategiesView({ results, state }: { results: Results; state: ScenarioState }) {
  const { result } = results;
  // Charts come from the registry; a pinned baseline (results.compare) is drawn under each as ghosts.
  const money = useMemo(() => hostedToProfitRows(result), [result]);
  const bridge = useMemo(() => marginBridgeRows(result), [result]);
  return (
    <div className="space-y-4">
      <RegistryChart id="hosted" results={results} />
      <div className="grid gap-4 xl:grid-cols-2">
        <RegistryChart id="profit" results={results} />
        <RegistryChart id="margin" results={results} />
      </div>
      <TableSection
        id="working-heading"
        title="From compute hosted to gross profit, 2025-2031"
        description="Hosted = own use + billed. Only billed compute earns cloud AI revenue; company AI gross profit adds model-layer income."
        regionLabel="From compute hosted to gross profit"
        note="Stakes: each owner’s equity share of the model families’ gross profit, summed over 2025-2031 (Microsoft in OpenAI, Amazon and Google in Anthropic). What the stakes are exposed to, not income and not a valuation."
      >
        <table className="w-full border-collapse text-sm" data-testid="hosted-to-profit">
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="py-1.5 pr-3">Cloud</th>
              <th scope="col" className={TH}>Hosted</th>
              <th scope="col" className={TH}>Own use</th>
              <th scope="col" className={TH}>Billed</th>
              <th scope="col" className={TH}>Cloud AI revenue</th>
              <th scope="col" className={TH}>Cloud AI gross profit</th>
              <th scope="col" className={TH}>Model-layer income</th>
              <th scope="col" className={TH}>Company AI gross profit</th>
              <th scope="col" className={TH}>Stakes (exposure, not booked)</th>
            </tr>
          </thead>
          <tbody>
            {money.map((r) => (
              <tr key={r.cloud} className="border-b last:border-0" data-cloud={r.cloud}>
                <CloudHeader cloud={r.cloud} label={r.label} />
                <td className={TD}>{formatUsdBn(r.hostedUsdBn)}</td>
                <td className={TD}>{formatUsdBn(r.ownUseUsdBn)}</td>
                <td className={TD}>{formatUsdBn(r.billedUsdBn)}</td>
                <td className={TD}>{formatUsdBn(r.revenueUsdBn)}</td>
                <td className={TD}>{formatUsdBn(r.cloudGrossProfitUsdBn)}</td>
                <td className={TD}>{formatUsdBn(r.modelLayerIncomeUsdBn)}</td>
                <td className={`${TD} font-semibold`} title={r.companyProfitLabel}>
                  {formatUsdBn(r.companyGrossProfitUsdBn)}
                </td>
                <td className={`${TD} text-muted-foreground`}>{formatUsdBn(r.stakeExposureUsdBn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableSection>
      <TableSection
        id="bridge-heading"
        title="From the margin you set to the margin shown"
        description="A strategy’s margin holds at 75% utilisation before premiums and silicon. Points added by each step, 2025-2031, weighted by billed compute."
        regionLabel="Margin bridge"
      >
        <table className="w-full border-collapse text-sm" data-testid="margin-bridge">
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="py-1.5 pr-3">Cloud</th>
              <th scope="col" className={TH}>Margin set</th>
              <th scope="col" className={TH}>Inference mix (pts)</th>
              <th scope="col" className={TH}>Utilisation (pts)</th>
              <th scope="col" className={TH}>Premiums (pts)</th>
              <th scope="col" className={TH}>Custom silicon, net (pts)</th>
              <th scope="col" className={TH}>Margin shown</th>
            </tr>
          </thead>
          <tbody>
            {bridge.map((r) => (
              <tr key={r.cloud} className="border-b last:border-0" data-cloud={r.cloud}>
                <CloudHeader cloud={r.cloud} label={r.label} />
                <td className={TD}>{formatPct(r.setMargin)}</td>
                <td className={TD}>{formatPtsChangeFine(r.inferenceMix)}</td>
                <td className={TD}>{formatPtsChangeFine(r.utilisation)}</td>
                <td className={TD}>{formatPtsChangeFine(r.premiums)}</td>
                <td className={TD}>{formatPtsChangeFine(r.silicon)}</td>
                <td className={`${TD} font-semibold`} data-testid={`bridge-realised-${r.cloud}`}>
                  {formatPct(r.realisedMargin, 1)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableSection>
      <section aria-labelledby="strategy-heading" className="rounded-lg border bg-card p-4">
        <h3 id="strategy-heading" className="text-lg font-semibold">
          Each cloud’s strategy
        </h3>
        <p className="mt-0.5 text-sm text-muted-foreground">
          Switch a cloud’s archetype to see what its strategy is worth. In Public data the three archetypes carry the same figures (no public figure
          tells them apart), so a switch changes nothing until you set them apart under Strategies in the assumptions, or pick the Seed thesis.
        </p>
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
      </section>
    </div>
  );
}
