'use client';
/**
 * The answer first: one plain sentence and a card per hyperscaler with its change against Public data. Each
 * figure is labelled as what it is (model v2): AI compute hosted, cloud AI revenue and margin on billed
 * compute, and company AI gross profit ("Google: Cloud + Gemini"); a note links to the calibration table.
 */
import Link from 'next/link';
import { createContext, useContext } from 'react';
import { ARCHETYPE_LABELS, type ScenarioResult, type WinnerAnalysis } from '@/lib/engine';
import { formatUsdBnChange } from '@/lib/format';
import { CLOUD_COLORS } from '@/lib/palette';
import { RESERVED_KEYS } from '@/lib/scenario';
import { LEAD_LABELS, LEAD_SHORT_LABELS, calibrationSummary, cloudCards, type CardFigure, type CloudCard, type OddsInput } from '@/lib/view-models';
import { LiveThesisAnswer, MeasurePicker, ThesisAnswer, type OddsSource } from './thesis-answer';
import type { ThesisMeasure } from '@/lib/engine';

/** What the signed figures are changes against: Public data, or the pinned baseline. */
const AgainstContext = createContext('Public data');

function Delta({ text, value, label }: { text: string; value: number; label: string }) {
  const against = useContext(AgainstContext);
  // Nothing to report at display precision: keep the line (no layout shift) but say nothing.
  if (text.startsWith('±')) return <span className="figures text-sm text-muted-foreground">±0</span>;
  const tone = Math.abs(value) < 1e-9 || text.startsWith('±') ? 'text-muted-foreground' : value > 0 ? 'text-positive' : 'text-negative';
  return (
    <span className={`figures text-sm font-medium ${tone}`}>
      {text}
      <span className="sr-only">
        {' '}
        {label} against {against}
      </span>
    </span>
  );
}

function Figure({ figure, testId, showDelta }: { figure: CardFigure; testId: string; showDelta: boolean }) {
  return (
    // A subgrid: the three labels share one row (as tall as the longest), so the figures line up.
    <div className="row-span-3 grid grid-rows-subgrid content-start">
      <dt className="self-end leading-5 text-muted-foreground">{figure.label}</dt>
      <dd className="figures text-lg font-semibold" data-testid={testId} data-value={figure.value}>
        {figure.text}
        {showDelta && (
          <span className="block">
            <Delta text={figure.delta.text} value={figure.delta.value} label={figure.name} />
          </span>
        )}
      </dd>
      <dd className="text-xs leading-4 text-muted-foreground" aria-hidden={figure.hint ? undefined : true}>
        {figure.hint}
      </dd>
    </div>
  );
}

/** Where the strip's links open: here, or (in an embed, which the linked pages may not be framed in) a new tab. */
type LinkTarget = '_blank' | undefined;
const targetProps = (target: LinkTarget) => (target ? { target, rel: 'noopener' } : {});

function Card({
  card,
  strategy,
  showDelta,
  workingHref,
  linkTarget,
}: {
  card: CloudCard;
  strategy: string;
  showDelta: boolean;
  workingHref: string;
  linkTarget?: LinkTarget;
}) {
  const lead = card.lead;
  return (
    <article
      className="@container relative overflow-hidden rounded-lg border bg-card p-4 pl-5 text-card-foreground"
      aria-label={card.label}
      data-cloud={card.cloud}
    >
      <span aria-hidden className="absolute inset-y-0 left-0 w-1.5" style={{ background: CLOUD_COLORS[card.cloud] }} />
      <div className="flex items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">{card.label}</h2>
        <span className="text-sm text-muted-foreground">{strategy}</span>
      </div>
      <p className="mt-1 text-sm text-muted-foreground">{LEAD_LABELS[lead.measure]}</p>
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className="figures text-[32px] font-bold leading-tight" data-testid={`${lead.id}-${card.cloud}`} data-value={lead.value} data-lead={lead.measure}>
          {lead.text}
        </span>
        {/* A share sits beside the figure; what a company's profit adds up ("Microsoft: Azure + OpenAI revenue
            share") is longer, so it takes its own line after the change, in every card (the rows stay aligned),
            and comes after it in the reading order too. */}
        {lead.share !== null && (
          <span className="figures text-base font-semibold text-muted-foreground" data-testid={`share-${card.cloud}`} data-value={lead.share}>
            {lead.hint}
          </span>
        )}
        {showDelta && <Delta text={lead.delta.text} value={lead.delta.value} label={lead.name} />}
        {lead.share === null && <span className="basis-full text-sm text-muted-foreground">{lead.hint}</span>}
      </p>
      <p className="mt-2 text-xs uppercase tracking-wide text-muted-foreground">Totals and margin, 2025-2031</p>
      {/* Three figures side by side where the card holds them (their longest word and "$1.03T" need about
          16.5 rem); stacked in a narrow card (three cards in an 800 px embed or tablet), where they overlapped. */}
      <dl className="mt-1 grid grid-cols-1 gap-x-2 gap-y-0.5 text-sm @[16.5rem]:grid-cols-3 @[16.5rem]:grid-rows-[auto_auto_auto]">
        {card.figures.map((f) => (
          <Figure key={f.id} figure={f} testId={`${f.id}-${card.cloud}`} showDelta={showDelta} />
        ))}
      </dl>
      <p className="mt-2 text-sm">
        <Link href={workingHref} prefetch={false} className="underline underline-offset-4" data-testid={`working-${card.cloud}`} {...targetProps(linkTarget)}>
          How each figure is worked out
          <span className="sr-only"> for {card.label}</span>
        </Link>
      </p>
    </article>
  );
}

/** The dashboard's Risk view on the same scenario ('?…' or ''). */
function riskHref(query: string): string {
  const params = new URLSearchParams(query);
  params.set(RESERVED_KEYS.view, 'risk');
  return `/?${params.toString()}`;
}

export function HeadlineStrip({
  result,
  baseline,
  winners,
  isBaseline,
  against = 'Public data',
  methodologyQuery = '',
  linkTarget,
  oddsSource = null,
  staticOdds = null,
  onMeasureChange,
}: {
  /** Odds drawn beforehand (an embed: the server's 500-draw run, as in the link's preview), where no worker runs. */
  staticOdds?: OddsInput | null;
  /** Where the headline's Monte Carlo odds come from (null where none are drawn, e.g. an embed). */
  oddsSource?: OddsSource | null;
  /** Shows the measure control when given. */
  onMeasureChange?: (measure: ThesisMeasure) => void;
  result: ScenarioResult;
  /** What the figures are compared with: Public data, or the pinned baseline. */
  baseline: ScenarioResult;
  winners: WinnerAnalysis;
  /** The scenario equals what it is compared with: no changes to show. */
  isBaseline: boolean;
  /** "Public data" or "the baseline (…)", for the words around the signed figures. */
  against?: string;
  /** The scenario's query ('?…' or ''), so the methodology page opens on the same scenario. */
  methodologyQuery?: string;
  /** '_blank' in an embed: its links open the site in a new tab rather than inside the frame. */
  linkTarget?: LinkTarget;
}) {
  const cards = cloudCards(result, baseline, winners);
  const calibration = calibrationSummary(result);
  return (
    <AgainstContext.Provider value={against}>
      <section aria-label="Headline" className="space-y-3">
        {onMeasureChange && <MeasurePicker measure={winners.measure} onChange={onMeasureChange} />}
        {oddsSource ? (
          <LiveThesisAnswer result={result} winners={winners} source={oddsSource} />
        ) : (
          <ThesisAnswer
            result={result}
            winners={winners}
            // 'full': nothing more will be drawn here (no "drawing" line); the odds themselves say whether they
            // are a preview (OddsInput.preview: only the words their draws have surely earned).
            odds={staticOdds ? { result: staticOdds, status: 'full', progress: 1, switching: null } : null}
            noFlip={
              // Nothing runs here to find it: the dashboard's own run does, on the same scenario.
              <>
                The full run, and what would flip the answer:{' '}
                <Link href={riskHref(methodologyQuery)} prefetch={false} className="underline underline-offset-4" {...targetProps(linkTarget)}>
                  the Risk view
                  {linkTarget && <span className="sr-only"> (opens in a new tab)</span>}
                </Link>
                .
              </>
            }
          />
        )}
        <div className="grid gap-3 md:grid-cols-3">
          {cards.map((card) => (
            <Card
              key={card.cloud}
              card={card}
              strategy={ARCHETYPE_LABELS[result.clouds[card.cloud].strategy]}
              showDelta={!isBaseline}
              workingHref={`/working${methodologyQuery}#cloud-${card.cloud}`}
              linkTarget={linkTarget}
            />
          ))}
        </div>
        <p className="text-xs text-muted-foreground" data-testid="headline-notes">
          Revenue, gross profit and margin are on billed compute only; own use earns no cloud revenue. Company AI gross profit = cloud AI gross profit +
          model-layer income. Shares of all clouds’ AI revenue count neoclouds and other providers too.{' '}
          {isBaseline ? 'Estimates of low to medium confidence.' : `Signed figures are changes against ${against}.`}{' '}
          <Link
            href={`/methodology${methodologyQuery}#calibration`}
            prefetch={false}
            className={`font-medium underline underline-offset-4 ${calibration.met < calibration.total ? 'text-negative' : 'text-foreground'}`}
            data-testid="calibration-link"
            {...targetProps(linkTarget)}
          >
            {calibration.text}
          </Link>
          .
        </p>
      </section>
    </AgainstContext.Provider>
  );
}

/**
 * The answer in one line, for when the headline has scrolled away (the assumptions aside on a desktop, the
 * top of the phone's assumptions sheet): each cloud's figure on the headline's measure, 2025-2031, and its change.
 */
export function CompactAnswer({ cards, showDelta, against = 'Public data' }: { cards: readonly CloudCard[]; showDelta: boolean; against?: string }) {
  return (
    <AgainstContext.Provider value={against}>
      <section aria-label="The answer, compact" className="rounded-md border bg-card px-3 py-2 text-card-foreground shadow-sm" data-testid="compact-answer">
        {/* Same words and rows whether or not anything changed, so the controls below never jump. */}
        <p className="text-xs text-muted-foreground">
          {LEAD_SHORT_LABELS[cards[0]?.lead.measure ?? 'hosted']}, change against {against}
        </p>
        <ul className="mt-1 grid grid-cols-3 gap-2">
          {cards.map((card) => (
            <li key={card.cloud} className="min-w-0 border-l-4 pl-2" style={{ borderColor: CLOUD_COLORS[card.cloud] }} data-cloud={card.cloud}>
              <span className="block truncate text-xs font-medium">{card.label}</span>
              <span className="figures block text-base font-bold leading-tight" data-value={card.lead.value} data-lead={card.lead.measure}>
                {card.lead.text}
              </span>
              <Delta text={showDelta ? card.lead.delta.text : formatUsdBnChange(0)} value={showDelta ? card.lead.delta.value : 0} label={card.lead.name} />
            </li>
          ))}
        </ul>
      </section>
    </AgainstContext.Provider>
  );
}
