import type { SeriesSpec } from '@/lib/view-models';

/** An HTML legend: colour swatch plus words, so meaning never rests on colour alone. */
export function Legend({ series }: { series: readonly SeriesSpec[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Legend">
      {series.map((s) => (
        <li key={s.key} className="flex items-center gap-1.5">
          <svg width="18" height="10" aria-hidden>
            <line x1="1" y1="5" x2="17" y2="5" style={{ stroke: s.color }} strokeWidth="4" strokeDasharray={s.dashed ? '4 3' : undefined} />
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}
