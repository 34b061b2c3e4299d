'use client';
/** A dashboard card for a chart of the registry: its title, subtitle, model and drawing all come from there. */
import { useContext, useMemo } from 'react';
import { CHARTS, slideRows, type ChartId, type ChartInput } from '@/lib/view-models';
import { ChartCard } from '@/components/charts/chart-card';
import { ChartSpace, chartHeight } from '@/components/charts/chart-space';
import { ChartDrawingView } from '@/components/charts/chart-drawing';

export function RegistryChart({ id, results }: { id: ChartId; results: ChartInput }) {
  const def = CHARTS[id];
  const { result, winners, compare = null, compareWinners = null } = results;
  const input = useMemo(() => ({ result, winners, compare, compareWinners }), [result, winners, compare, compareWinners]);
  const model = useMemo(() => def.build(input), [def, input]);
  const designedPx = def.height(model);
  // On a slide the drawing may get less height than designed: a chart with a row per item then draws the
  // largest rows that stay legible, and says so (the table keeps every row).
  const space = useContext(ChartSpace);
  const drawn = useMemo(() => slideRows(def, model, chartHeight(designedPx, space)), [def, model, designedPx, space]);
  const empty = def.empty?.(model) ?? null;
  if (empty !== null) return <p className="rounded-lg border bg-card p-6 text-base">{empty}</p>;
  return (
    <ChartCard chartId={id} title={def.title(input)} subtitle={def.subtitle(input)} model={model} height={designedPx} footnote={drawn.note}>
      {(_, h) => <ChartDrawingView drawing={def.drawing} model={drawn.model} height={h} />}
    </ChartCard>
  );
}
