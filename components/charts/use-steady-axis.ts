import { useState } from 'react';
import { chartAxis, chartExtent, steadyAxis, type ChartModel, type NiceAxis } from '@/lib/view-models';

/**
 * The chart's value axis, steadied between redraws (steadyAxis): a slider drag that crosses a tick
 * boundary no longer rescales the chart back and forth. The first drawing (server and hydration) is the
 * plain axis, so both render the same HTML.
 */
export function useSteadyAxis(model: ChartModel, stacked = false): NiceAxis {
  const fresh = chartAxis(model, stacked);
  const [kept, setKept] = useState(fresh);
  const chosen = steadyAxis(kept, fresh, chartExtent(model, stacked));
  // Remember the choice (React's "adjust state while rendering" pattern; re-renders this chart once).
  if (chosen !== kept) setKept(chosen);
  return chosen;
}
