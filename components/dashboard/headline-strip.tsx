'use client';
/** The answer first: one plain sentence and a card per hyperscaler with its change against Public data. */
import { ARCHETYPE_LABELS, type ScenarioResult, type WinnerAnalysis } from '@/lib/engine';
import { formatPct, formatPtsChange, formatUsdBn, formatUsdBnChange } from '@/lib/format';
import { CLOUD_COLORS } from '@/lib/palette';
import { cloudCards, headlineSentence, type CloudCard } from '@/lib/view-models';

function Delta({ text, value, label }: { text: string; value: number; label: string }) {
  // Nothing to report at display precision: keep the line (no layout shift) but say nothing.
  if (text.startsWith('±')) return <span className="figures text-sm text-muted-foreground">±0</span>;
  const tone = Math.abs(value) < 1e-9 || text.startsWith('±') ? 'text-muted-foreground' : value > 0 ? 'text-positive' : 'text-negative';
  return (
    <span className={`figures text-sm font-medium ${tone}`}>
      {text}
      <span className="sr-only"> {label} against Public data</span>
    </span>
  );
}

function Card({ card, strategy, showDelta }: { card: CloudCard; strategy: string; showDelta: boolean }) {
  return (
    <article
      className="relative overflow-hidden rounded-lg border bg-card p-4 pl-5 text-card-foreground"
      aria-label={card.label}
      data-cloud={card.cloud}
    >
      <span aria-hidden className="absolute inset-y-0 left-0 w-1.5" style={{ background: CLOUD_COLORS[card.cloud] }} />
      <div className="flex items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">{card.label}</h2>
        <span className="text-sm text-muted-foreground">{strategy}</span>
      </div>
      <p className="mt-1 text-sm text-muted-foreground">Captured spend 2025-2031</p>
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className="figures text-[32px] font-bold leading-tight" data-testid={`captured-${card.cloud}`} data-value={card.capturedUsdBn}>
          {formatUsdBn(card.capturedUsdBn)}
        </span>
        {showDelta && <Delta text={formatUsdBnChange(card.delta.capturedUsdBn)} value={card.delta.capturedUsdBn} label="captured spend" />}
      </p>
      <dl className="mt-2 grid grid-cols-3 gap-2 text-sm">
        <div>
          <dt className="text-muted-foreground">Share</dt>
          <dd className="figures text-lg font-semibold" data-testid={`share-${card.cloud}`} data-value={card.share}>
            {formatPct(card.share)}
            {showDelta && (
              <span className="block">
                <Delta text={formatPtsChange(card.delta.share)} value={card.delta.share} label="share" />
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt className="text-muted-foreground">Gross profit</dt>
          <dd className="figures text-lg font-semibold" data-testid={`profit-${card.cloud}`} data-value={card.grossProfitUsdBn}>
            {formatUsdBn(card.grossProfitUsdBn)}
            {showDelta && (
              <span className="block">
                <Delta text={formatUsdBnChange(card.delta.grossProfitUsdBn)} value={card.delta.grossProfitUsdBn} label="gross profit" />
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt className="text-muted-foreground">Infra margin</dt>
          <dd className="figures text-lg font-semibold" data-testid={`margin-${card.cloud}`} data-value={card.infraMargin}>
            {formatPct(card.infraMargin)}
            {showDelta && (
              <span className="block">
                <Delta text={formatPtsChange(card.delta.infraMargin)} value={card.delta.infraMargin} label="margin" />
              </span>
            )}
          </dd>
        </div>
      </dl>
    </article>
  );
}

export function HeadlineStrip({
  result,
  baseline,
  winners,
  isBaseline,
}: {
  result: ScenarioResult;
  baseline: ScenarioResult;
  winners: WinnerAnalysis;
  isBaseline: boolean;
}) {
  const cards = cloudCards(result, baseline, winners);
  return (
    <section aria-label="Headline" className="space-y-3">
      <p className="max-w-5xl text-xl font-medium leading-snug md:text-[22px]" data-testid="headline-sentence">
        {headlineSentence(result, winners)}
      </p>
      <div className="grid gap-3 md:grid-cols-3">
        {cards.map((card) => (
          <Card key={card.cloud} card={card} strategy={ARCHETYPE_LABELS[result.clouds[card.cloud].strategy]} showDelta={!isBaseline} />
        ))}
      </div>
      <p className="text-xs text-muted-foreground">
        {isBaseline
          ? 'Gross profit includes model-layer profit from stakes. Figures are estimates of low to medium confidence; see Methodology.'
          : 'Signed figures are changes against the Public data scenario. Gross profit includes model-layer profit from stakes.'}
      </p>
    </section>
  );
}
