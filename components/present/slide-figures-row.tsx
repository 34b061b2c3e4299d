/** A slide's big figures: each hyperscaler's figure on the headline measure, 2025-2031, its share, and a live change. */
import { CLOUD_COLORS } from '@/lib/palette';
import { slideFiguresLabel, type SlideFigure } from '@/lib/view-models/slide';

export function SlideFiguresRow({ figures }: { figures: readonly SlideFigure[] }) {
  return (
    <>
      {/* What the big figures are, in words and unit: a figure without its label is a guess on a projector. */}
      <p id="present-figures-label" className="-mb-[0.6vh] text-[clamp(16px,1.1vw,20px)] font-medium text-muted-foreground">
        {slideFiguresLabel(figures[0]?.measure ?? 'hosted')}
      </p>
      <div role="group" className="grid gap-3 sm:grid-cols-3 sm:gap-[2vw]" aria-labelledby="present-figures-label">
        {figures.map((f) => (
          <div key={f.cloud} className="border-l-[10px] pl-4" style={{ borderColor: CLOUD_COLORS[f.cloud] }} data-cloud={f.cloud}>
            <p className="text-[clamp(18px,1.4vw,26px)] font-semibold">{f.label}</p>
            <p
              className="figures text-[clamp(40px,4vw,72px)] font-bold leading-none"
              data-testid={`present-lead-${f.cloud}`}
              data-value={f.usdBn}
              data-lead={f.measure}
            >
              {f.text}
            </p>
            <p className="figures text-[clamp(16px,1.2vw,22px)] text-muted-foreground">
              <span data-slide-aside>{f.aside}, 2025-2031</span>
              {f.liveChange ? (
                <span data-testid={`present-live-change-${f.cloud}`} data-value={f.liveChangeUsdBn ?? undefined}>
                  {` (${f.liveChange} since the slide’s start)`}
                </span>
              ) : null}
            </p>
          </div>
        ))}
      </div>
    </>
  );
}
