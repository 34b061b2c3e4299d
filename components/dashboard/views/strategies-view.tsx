'use client';
import { useMemo } from 'react';
import { HYPERSCALERS, parametersById, type EnumParameterSpec } from '@/lib/engine';
import { CLOUD_COLORS } from '@/lib/palette';
import type { Results } from '@/lib/state/use-results';
import type { ScenarioState } from '@/lib/state/use-scenario';
import { cloudYearlyChart } from '@/lib/view-models';
import { ChartCard } from '@/components/charts/chart-card';
import { TimeChart } from '@/components/charts/time-chart';
import { StrategyControl } from '@/components/controls/strategy-control';

/** Azure vs AWS vs Google (and Other) over time, and each cloud's strategy with what it means. */
export function StrategiesView({ results, state }: { results: Results; state: ScenarioState }) {
  const { result } = results;
  const captured = useMemo(() => cloudYearlyChart(result, 'capturedSpendUsdBn'), [result]);
  const profit = useMemo(() => cloudYearlyChart(result, 'grossProfitUsdBn'), [result]);
  const margin = useMemo(() => cloudYearlyChart(result, 'infraGrossMargin'), [result]);
  return (
    <div className="space-y-4">
      <ChartCard
        chartId="captured"
        title="Captured AI infrastructure spend per year"
        subtitle="What each cloud captures of the world’s AI infrastructure spend; the four add up to the whole market."
        model={captured}
        height={340}
      >
        {(m, h) => <TimeChart model={m} kind="line" height={h} />}
      </ChartCard>
      <div className="grid gap-4 xl:grid-cols-2">
        <ChartCard chartId="profit" title="Gross profit per year" subtitle="Infrastructure plus model-layer profit from stakes." model={profit} height={260}>
          {(m, h) => <TimeChart model={m} kind="line" height={h} />}
        </ChartCard>
        <ChartCard chartId="margin" title="Infrastructure gross margin" subtitle="Gross profit on infrastructure ÷ revenue, per year." model={margin} height={260}>
          {(m, h) => <TimeChart model={m} kind="line" height={h} />}
        </ChartCard>
      </div>
      <section aria-labelledby="strategy-heading" className="rounded-lg border bg-card p-4">
        <h3 id="strategy-heading" className="text-lg font-semibold">
          Each cloud’s strategy
        </h3>
        <p className="mt-0.5 text-sm text-muted-foreground">Switch a cloud’s archetype to see what its strategy is worth.</p>
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
