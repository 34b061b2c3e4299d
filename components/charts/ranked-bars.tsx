'use client';
/**
 * Ranked horizontal bars, one per parameter, each a button that opens the parameter's control: the tornado
 * (a bar from the measure at the parameter's low end to its high end, around the scenario's value) and the
 * importance list (a bar from zero). Labels and figures are HTML beside the bars, so every number is text.
 * Draws only.
 */
import { formatPct, formatUsdBn } from '@/lib/format';
import type { ImportanceView, TornadoRow } from '@/lib/view-models';
import { niceAxis } from '@/lib/view-models';
import { valueToLeftPct } from '@/lib/charts/geometry';

const LOW_COLOR = 'var(--measure-soft)';

export function TornadoBars({
  rows,
  color,
  measureLabel,
  onReveal,
}: {
  rows: readonly TornadoRow[];
  /** The cloud's colour: the high end's segment. */
  color: string;
  measureLabel: string;
  onReveal: (id: string) => void;
}) {
  // The bars' own span (not from zero): a tornado compares swings around the scenario's value, and each
  // row prints its two figures.
  const lo = Math.min(...rows.flatMap((r) => [r.lowValue, r.highValue, r.baseValue]));
  const hi = Math.max(...rows.flatMap((r) => [r.lowValue, r.highValue, r.baseValue]));
  const pad = Math.max(1e-9, (hi - lo) * 0.04);
  const domain: [number, number] = [lo - pad, hi + pad];
  const base = rows[0]?.baseValue ?? 0;
  const basePct = valueToLeftPct(base, domain);
  return (
    <div>
      <div className="mb-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-3 w-4 rounded-sm" style={{ background: LOW_COLOR }} />
          Parameter at the low end of its range
        </span>
        <span className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-3 w-4 rounded-sm" style={{ background: color }} />
          At the high end
        </span>
        <span className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-3 w-0.5 bg-foreground" />
          This scenario: {formatUsdBn(base)}
        </span>
      </div>
      <ol className="space-y-1">
        {rows.map((r) => {
          const lowPct = valueToLeftPct(r.lowValue, domain);
          const highPct = valueToLeftPct(r.highValue, domain);
          return (
            <li key={r.id}>
              <button
                type="button"
                onClick={() => onReveal(r.id)}
                className="group grid w-full grid-cols-[minmax(0,38%)_minmax(0,1fr)] items-center gap-x-3 rounded-md px-1 py-1 text-left hover:bg-muted sm:grid-cols-[minmax(0,16rem)_minmax(0,1fr)_8.5rem]"
                aria-label={`${r.label}: from ${r.lowText} to ${r.highText} moves ${measureLabel} from ${formatUsdBn(r.lowValue)} to ${formatUsdBn(r.highValue)}. Show its control.`}
              >
                <span className="min-w-0 text-sm leading-tight">
                  <span className="font-medium group-hover:underline">{r.label}</span>
                  <span className="block text-xs text-muted-foreground">
                    {r.lowText} to {r.highText}
                  </span>
                </span>
                <span className="relative block h-7" aria-hidden>
                  <span className="absolute inset-y-0 w-px bg-foreground/70" style={{ left: `${basePct}%` }} />
                  <span
                    className="absolute top-1 h-5 rounded-sm"
                    style={{ left: `${Math.min(lowPct, basePct)}%`, width: `${Math.abs(lowPct - basePct)}%`, background: LOW_COLOR }}
                  />
                  <span
                    className="absolute top-1 h-5 rounded-sm"
                    style={{ left: `${Math.min(highPct, basePct)}%`, width: `${Math.abs(highPct - basePct)}%`, background: color }}
                  />
                </span>
                {/* Low end's figure first, as the legend reads, whichever way the bar points. */}
                <span className="figures col-start-2 whitespace-nowrap text-xs text-muted-foreground sm:col-start-auto sm:text-right sm:text-sm sm:text-foreground">
                  {formatUsdBn(r.lowValue)} → {formatUsdBn(r.highValue)}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

export function ImportanceBars({
  rows,
  color,
  onReveal,
  measureLabel,
}: {
  rows: readonly ImportanceView[];
  color: string;
  measureLabel: string;
  onReveal: (id: string) => void;
}) {
  const max = Math.max(0.01, ...rows.map((r) => r.varianceShare));
  const axis = niceAxis(0, max);
  return (
    <ol className="space-y-1">
      {rows.map((r) => (
        <li key={r.id}>
          <button
            type="button"
            onClick={() => onReveal(r.id)}
            className="group grid w-full grid-cols-[minmax(0,38%)_minmax(0,1fr)] items-center gap-x-3 rounded-md px-1 py-1 text-left hover:bg-muted sm:grid-cols-[minmax(0,16rem)_minmax(0,1fr)_8.5rem]"
            aria-label={`${r.label}: explains ${formatPct(r.varianceShare)} of the spread in ${measureLabel}; a higher value ${r.direction} it. Show its control.`}
          >
            <span className="min-w-0 text-sm font-medium leading-tight group-hover:underline">{r.label}</span>
            <span className="relative block h-6" aria-hidden>
              <span
                className="absolute top-0.5 h-5 rounded-sm"
                style={{ left: 0, width: `${valueToLeftPct(r.varianceShare, axis.domain)}%`, background: r.direction === 'raises' ? color : LOW_COLOR }}
              />
            </span>
            <span className="figures col-start-2 text-xs text-muted-foreground sm:col-start-auto sm:text-right sm:text-sm sm:text-foreground">
              {formatPct(r.varianceShare)} · {r.direction}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
