'use client';
/** Draws a chart model as the chart registry says it is drawn (lib/view-models/chart-registry.ts). */
import type { ChartDrawing, ChartModel } from '@/lib/view-models';
import { CategoryBarChart } from './category-bar-chart';
import { TimeChart } from './time-chart';

export function ChartDrawingView({ drawing, model, height }: { drawing: ChartDrawing; model: ChartModel; height: number }) {
  if (drawing.type === 'bars') return <CategoryBarChart model={model} stacked={drawing.stacked} horizontal={drawing.horizontal} />;
  return <TimeChart model={model} kind={drawing.type} height={height} />;
}
