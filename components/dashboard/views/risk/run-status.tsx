import type { SimulationResult, SimulationSettings } from '@/lib/engine';
import { formatCount } from '@/lib/format';
import { settingWords } from '@/lib/view-models';

/** What the run is doing, in one line: preview, full run (with its seed and time), or the error. */
export function RunStatus({
  status,
  result,
  ms,
  settings,
  error,
  progress,
  moving,
}: {
  status: 'full' | 'preview' | 'stale' | 'none';
  result: SimulationResult | undefined;
  ms: number | undefined;
  settings: SimulationSettings;
  error: Error | null;
  progress: number;
  moving: boolean;
}) {
  const draws = formatCount(settings.samples);
  let text: string;
  if (error) text = `Error: ${error.message}`;
  else if (status === 'full' && result)
    text = `${formatCount(result.samples)} draws, seed ${result.seed}, ${settingWords('spread', result.spread)}, ${settingWords('concentration', result.concentration)}${
      ms !== undefined ? ` · drawn in ${(ms / 1000).toFixed(1)} s in a background worker` : ''
    }.`;
  else if (status === 'preview' && moving) text = `Preview of ${result?.samples ?? 500} draws while you adjust; the full ${draws} follow when you stop.`;
  else if (status === 'preview') text = `Preview: the first ${formatCount(result?.samples ?? 500)} draws; the full ${draws} are drawing.`;
  else text = `Drawing ${draws} scenarios in a background worker…`;
  // One line whatever the state (min-h-6 holds the bar's row), so nothing below moves when the full run lands;
  // once the run is done the bar leaves the layout, so a longer sentence cannot wrap it onto a second line.
  const running = status !== 'full' && !error && !moving;
  return (
    <p className="mt-2 flex min-h-6 flex-wrap items-center gap-x-2 text-sm text-muted-foreground" data-run-status={status} data-present-hide>
      <span>{text}</span>
      <progress
        className={running ? 'h-1.5 w-28' : 'hidden'}
        max={1}
        value={running ? progress : 1}
        aria-label={`Full run: ${Math.round((running ? progress : 1) * 100)}% drawn`}
        data-testid="run-progress"
      />
    </p>
  );
}
