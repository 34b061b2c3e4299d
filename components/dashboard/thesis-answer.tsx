'use client';
/**
 * The headline's sentence with its odds (issue 18): the measure it speaks of (a link key), the sentence
 * whose adverbs follow the Monte Carlo, the odds one click away, and what would flip the answer. Draws only:
 * the words come from lib/view-models/thesis.ts.
 */
import { THESIS_MEASURES, THESIS_MEASURE_SHORT_LABELS, type ScenarioResult, type ThesisMeasure, type WinnerAnalysis } from '@/lib/engine';
import { memo, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Scenario, SimulationSettings } from '@/lib/engine';
import { flipSentence, leadsColumnLabel, oddsSettingsNote, thesisHeadline, thesisOddsPendingRows, thesisOddsRows, type OddsInput } from '@/lib/view-models';
import { useThesisOdds, type ThesisOddsView } from '@/lib/state/use-thesis-odds';
import { ThesisOddsTable } from './thesis-odds-table';
import { formatCount } from '@/lib/format';

export function MeasurePicker({ measure, onChange }: { measure: ThesisMeasure; onChange: (m: ThesisMeasure) => void }) {
  return (
    <fieldset className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm" data-testid="measure-picker">
      <legend className="float-left mr-1 font-medium text-muted-foreground">Measure</legend>
      {THESIS_MEASURES.map((m) => (
        <label
          key={m}
          className="inline-flex min-h-9 cursor-pointer items-center gap-1.5 rounded-md px-2.5 ring-1 ring-border has-[:checked]:bg-foreground has-[:checked]:text-background has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring"
        >
          <input type="radio" name="thesis-measure" value={m} checked={measure === m} onChange={() => onChange(m)} className="sr-only" />
          {THESIS_MEASURE_SHORT_LABELS[m]}
        </label>
      ))}
    </fieldset>
  );
}

/** What the live answer needs to draw its odds: the scenario, how it is drawn, and the server's preview. */
export interface OddsSource {
  scenario: Scenario;
  settings: SimulationSettings;
  initial?: { key: string; result: OddsInput } | null;
}

/**
 * The answer with its odds drawn in the worker. The hook lives here, not in the dashboard: each progress
 * message re-renders this sentence only, never the charts.
 */
export const LiveThesisAnswer = memo(function LiveThesisAnswer({
  result,
  winners,
  source,
}: {
  result: ScenarioResult;
  winners: WinnerAnalysis;
  source: OddsSource;
}) {
  const odds = useThesisOdds(source.scenario, source.settings, winners.measure, source.initial);
  return <ThesisAnswer result={result} winners={winners} odds={odds} scenario={source.scenario} />;
});

export function ThesisAnswer({
  result,
  winners,
  odds,
  noFlip,
  scenario,
}: {
  result: ScenarioResult;
  winners: WinnerAnalysis;
  odds: ThesisOddsView | null;
  /** The scenario's assumptions, so a weight in "what would flip the answer" is said as the share it gives. */
  scenario?: Scenario;
  /** Said in place of what would flip the answer where no run will find it (an embed's fixed odds). */
  noFlip?: ReactNode;
}) {
  const headline = thesisHeadline(result, winners, odds?.result ?? null);
  // While a changed scenario's odds are drawn the sentence has no odds, and is shorter: it keeps the height
  // it had with them, so the page below does not move under a slider being dragged.
  const stale = odds?.status === 'stale';
  const sentence = useRef<HTMLParagraphElement>(null);
  const [withOddsPx, setWithOddsPx] = useState<number | null>(null);
  // After the paint (the height is read only once a later change is being drawn): a layout effect's update
  // re-rendered the answer synchronously inside the page's hydration.
  useEffect(() => {
    if (stale || !sentence.current) return;
    const px = sentence.current.offsetHeight;
    setWithOddsPx((was) => (was === px ? was : px));
  }, [stale, headline.sentence]);
  const measure = winners.measure;
  const drawing = !odds || odds.status !== 'full';
  // ± the 95% sampling interval, as the Risk view's thesis card gives it (said under the table).
  // While a changed scenario's odds are drawn, the table keeps its rows with no figures in them.
  const oddsRows = odds?.result ? thesisOddsRows(odds.result.odds, measure, '95%') : stale ? thesisOddsPendingRows(measure) : null;
  const flip = odds?.switching ? flipSentence(odds.switching, measure, scenario) : null;
  return (
    <div className="space-y-1.5">
      <p
        ref={sentence}
        style={stale && withOddsPx !== null ? { minHeight: withOddsPx } : undefined}
        className="max-w-5xl text-xl font-medium leading-snug md:text-[22px]"
        data-testid="headline-sentence"
        data-measure={measure}
        data-odds-status={odds?.status ?? 'none'}
        data-odds-samples={headline.samples ?? ''}
        data-leader-adverb={headline.leader.adverb ?? ''}
        data-leader-p={headline.leader.probability?.p ?? ''}
        data-least-adverb={headline.leastExposed.adverb ?? ''}
        data-least-p={headline.leastExposed.probability?.p ?? ''}
        aria-busy={stale || undefined}
      >
        {headline.sentence}
      </p>
      <details className="group max-w-5xl text-sm" data-testid="headline-odds">
        {/* Two lines on a phone whatever it says: with the progress bar it wraps, and at 412 px the full run's
          words fit on one, which moved the page below up 20 px when the run ended (Lighthouse's CLS 0.008). */}
        <summary className="min-h-10 cursor-pointer list-none text-muted-foreground underline underline-offset-4 marker:hidden sm:min-h-0 print:min-h-0">
          {headline.samples === null
            ? odds?.status === 'stale'
              ? 'Drawing the odds for this scenario…'
              : 'Drawing the odds…'
            : `The odds: ${formatCount(headline.samples)} draws of the Monte Carlo (seeded${oddsSettingsNote(odds?.result ?? {})})`}
          {drawing && headline.samples !== null && (
            <span className="ml-2 inline-flex items-center gap-1 align-middle" role="status">
              <progress className="h-1.5 w-20" max={1} value={odds?.progress ?? 0} aria-label="Full run’s progress" />
              <span className="text-xs">full run drawing</span>
            </span>
          )}
        </summary>
        {oddsRows && (
          <ThesisOddsTable
            rows={oddsRows}
            leadsLabel={leadsColumnLabel(measure)}
            leastLabel="Least exposed to which family wins"
            caption="Odds of the headline’s conclusions"
            testId="odds-table"
          />
        )}
        <p className="mt-1 text-xs text-muted-foreground">
          ± the 95% sampling interval of the draws. “Clearly” above 90%, “narrowly” from 60% to 90%, “a coin flip” below. Exposure: the swing of the measure
          across worlds in which each model family wins, the owners’ own workloads held where they are (methodology, winner analysis).
        </p>
      </details>
      {/* Room for the sentence before it arrives, so nothing below moves when it does: Public data's takes six
        lines on a phone (360-390 px), three on a tablet, two from 1024 px (measured; four and two reserved
        shifted the cards by 40 px, a new-user review). Paper has nothing to wait for: a view prints on one page. */}
      {/* An embed says its fixed words at once (noFlip): nothing to wait for, so no room is kept (it left ~100 px
        blank in a 400 px frame, a new-user review). */}
      <p className={`max-w-5xl text-sm text-muted-foreground ${noFlip ? '' : 'min-h-30 sm:min-h-15 lg:min-h-10 print:min-h-0'}`} data-testid="flip-sentence">
        {flip ?? noFlip ?? (
          <>
            Finding what would flip the answer…
            {/* The room read as a blank gap for the seconds the search takes (a new-user review): lines where the
              sentence will be, as many as fit the room at each width. */}
            <span aria-hidden="true" className="mt-1.5 block space-y-2 motion-safe:animate-pulse print:hidden" data-testid="flip-placeholder">
              <span className="block h-2.5 w-[92%] rounded bg-muted" />
              <span className="block h-2.5 w-[85%] rounded bg-muted lg:hidden" />
              <span className="block h-2.5 w-[90%] rounded bg-muted sm:hidden" />
              <span className="block h-2.5 w-[55%] rounded bg-muted sm:hidden" />
            </span>
          </>
        )}
      </p>
    </div>
  );
}
