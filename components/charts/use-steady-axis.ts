import { useEffect, useState } from 'react';
import { steeringLeftMs } from '@/lib/state/steering';
import { chartAxis, chartExtent, steadyAxis, type ChartModel, type NiceAxis } from '@/lib/view-models';

const sameAxis = (a: NiceAxis, b: NiceAxis) =>
  a.domain[0] === b.domain[0] && a.domain[1] === b.domain[1] && a.ticks.length === b.ticks.length && a.ticks.every((t, i) => t === b.ticks[i]);

/**
 * The chart's value axis, steadied while a slider moves (steadyAxis): a drag that crosses a tick
 * boundary does not rescale the chart back and forth. Otherwise, and once the slider has rested for
 * STEER_MS, it is the plain axis of the data, the one a fresh page draws: a link opened elsewhere shows
 * the same scale (a preset switch once kept the previous preset's $600B axis where a fresh page drew $400B).
 * The first drawing (server and hydration) is the plain axis, so both render the same HTML.
 */
export function useSteadyAxis(model: ChartModel, stacked = false): NiceAxis {
  const fresh = chartAxis(model, stacked);
  const [kept, setKept] = useState(fresh);
  const steering = steeringLeftMs() > 0;
  const chosen = steering ? steadyAxis(kept, fresh, chartExtent(model, stacked)) : fresh;
  // Remember the choice (React's "adjust state while rendering" pattern; re-renders this chart once).
  if (!sameAxis(chosen, kept)) setKept(chosen);
  // A steadied axis settles to the plain one when the slider rests.
  const settled = sameAxis(chosen, fresh);
  useEffect(() => {
    if (settled) return;
    let timer = 0;
    // Waits out the drag however long it goes on, then draws the plain axis.
    const settle = () => {
      const left = steeringLeftMs();
      if (left > 0) timer = window.setTimeout(settle, left + 50);
      else setKept(fresh);
    };
    settle();
    return () => window.clearTimeout(timer);
    // `fresh` is a new object each render: its domain is what matters, and `settled` changes with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled, fresh.domain[0], fresh.domain[1]]);
  return chosen;
}
