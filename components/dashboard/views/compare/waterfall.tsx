import { formatUsdBn } from '@/lib/format';
import { valueToLeftPct } from '@/lib/charts/geometry';
import { differingAssumptions, type WaterfallStep } from '@/lib/view-models';
import type { CompareSide } from './types';

/** The waterfall from A to B: one bar per changed assumption or group; a bar opens its assumptions. */
export function Waterfall({
  steps,
  fromValue,
  toValue,
  color,
  open,
  onToggle,
  a,
  b,
}: {
  steps: readonly WaterfallStep[];
  fromValue: number;
  toValue: number;
  color: string;
  open: string | null;
  onToggle: (key: string) => void;
  a: CompareSide;
  b: CompareSide;
}) {
  const values = [fromValue, toValue, ...steps.flatMap((s) => [s.start, s.end])];
  const lo = Math.min(0, ...values);
  const hi = Math.max(...values);
  const pct = (v: number) => valueToLeftPct(v, [lo, hi]);
  const differences = differingAssumptions(a.scenario, b.scenario).flatMap((g) => g.rows);
  const total = (label: string, value: number, side: 'A' | 'B') => (
    <li className="grid grid-cols-[minmax(0,40%)_minmax(0,1fr)] items-center gap-x-3 px-1 py-1 sm:grid-cols-[minmax(0,16rem)_minmax(0,1fr)_6rem]">
      <span className="text-sm font-semibold">
        {side}: {label}
      </span>
      <span className="relative block h-6" aria-hidden>
        <span
          className="absolute top-0.5 h-5 rounded-sm bg-foreground/70"
          style={{ left: `${pct(Math.min(0, value))}%`, width: `${Math.abs(pct(value) - pct(0))}%` }}
        />
      </span>
      <span className="figures col-start-2 text-sm font-semibold sm:col-start-auto sm:text-right">{formatUsdBn(value)}</span>
    </li>
  );
  return (
    <ol className="mt-3 space-y-0.5" aria-label="Waterfall from A to B">
      {total(a.name, fromValue, 'A')}
      {steps.map((s) => {
        const left = pct(Math.min(s.start, s.end));
        const width = Math.max(0.4, Math.abs(pct(s.end) - pct(s.start)));
        const isOpen = open === s.key;
        const rows = differences.filter((d) => s.ids.includes(d.id));
        return (
          <li key={s.key}>
            <button
              type="button"
              aria-expanded={isOpen}
              onClick={() => onToggle(s.key)}
              className="group grid w-full grid-cols-[minmax(0,40%)_minmax(0,1fr)] items-center gap-x-3 rounded-md px-1 py-1 text-left hover:bg-muted sm:grid-cols-[minmax(0,16rem)_minmax(0,1fr)_6rem]"
              data-step={s.key}
            >
              <span className="min-w-0 text-sm font-medium leading-tight group-hover:underline">{s.label}</span>
              <span className="relative block h-6" aria-hidden>
                <span
                  className="absolute top-0.5 h-5 rounded-sm"
                  style={{
                    left: `${left}%`,
                    width: `${width}%`,
                    background: Math.abs(s.value) < 0.05 ? 'var(--border)' : s.value > 0 ? color : 'var(--measure-soft)',
                  }}
                />
              </span>
              <span
                className={`figures col-start-2 text-sm font-semibold sm:col-start-auto sm:text-right ${s.value > 0 ? 'text-positive' : s.value < 0 ? 'text-negative' : ''}`}
              >
                {s.text}
              </span>
            </button>
            {isOpen && (
              <ul className="mb-2 ml-2 border-l-2 pl-3 text-sm" aria-label={`Assumptions in ${s.label}`}>
                {rows.map((r) => (
                  <li key={r.id} className="py-0.5">
                    {r.label}: <span className="figures">{r.a}</span> → <span className="figures font-semibold">{r.b}</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
      {total(b.name, toValue, 'B')}
    </ol>
  );
}
