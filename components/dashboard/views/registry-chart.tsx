'use client';
/** A dashboard card for a chart of the registry: its title, subtitle, model and drawing all come from there. */
import { useMemo } from 'react';
import { CHARTS, type ChartId, type ChartInput } from '@/lib/view-models';
import { ChartCard } from '@/components/charts/chart-card';
import { ChartDrawingView } from '@/components/charts/chart-drawing';

export function RegistryChart({ id, results }: { id: ChartId; results: ChartInput }) {
  const def = CHARTS[id];
  const { result, winners, compare = null, compareWinners = null } = results;
  const input = useMemo(() => ({ result, winners, compare, compareWinners }), [result, winners, compare, compareWinners]);
  const model = useMemo(() => def.build(input), [def, input]);
  const empty = def.empty?.(model) ?? null;
  if (empty !== null) return <p className="rounded-lg border bg-card p-6 text-base">{empty}</p>;
  return (
    <ChartCard chartId={id} title={def.title(input)} subtitle={def.subtitle(input)} model={model} height={def.height(model)}>
      {(m, h) => <ChartDrawingView drawing={def.drawing} model={m} height={h} />}
    </ChartCard>
  );
}
