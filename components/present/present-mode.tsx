'use client';
/**
 * Present mode: one slide of the story at a time, full screen, in large type on the light projector theme,
 * controls hidden. Clicker keys step through it (Right, Down, PageDown, Space, Enter: next; Left, Up,
 * PageUp: back; Home/End; a number then Enter jumps); B or "." blacks the screen out and back; F toggles
 * full screen; A (or the button) opens a drawer to change an assumption live, which the slide keeps, shown
 * against the slide's own starting point; R puts the slide back to that starting point; N opens the
 * presenter's window (private note, next slide, timer); Esc leaves. Each slide's number and title, and a
 * reset, are announced to screen readers. What the slide says comes from its view model (slide.ts), as the
 * deck's, its live link's and its embed's do.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ScenarioResult, WinnerAnalysis } from '@/lib/engine';
import type { ScenarioState } from '@/lib/state/use-scenario';
import { headlineSentence } from '@/lib/view-models';
import { slideFigures, slideModel } from '@/lib/view-models/slide';
import { useThesisOdds } from '@/lib/state/use-thesis-odds';
import { ChartSpace, Presenting } from '@/components/charts/chart-space';
import { VIEW_LABELS } from '@/lib/view-models/view-labels';
import { returnFocus } from './focus-return';
import { PresentToolbar } from './present-toolbar';
import { SlideFiguresRow } from './slide-figures-row';
import { useChartSpace } from './use-chart-space';
import { usePresentKeys } from './use-present-keys';
import { PresenterWindow, openPresenterWindow } from './presenter-window';

/** Leaves the page's theme light while presenting (the projector theme), and puts it back after. */
function useProjectorTheme() {
  useEffect(() => {
    const root = document.documentElement;
    const wasDark = root.classList.contains('dark');
    root.classList.remove('dark');
    root.dataset.presenting = '';
    return () => {
      delete root.dataset.presenting;
      if (wasDark) root.classList.add('dark');
    };
  }, []);
}

/**
 * The headline's sentence on the slide, with the same odds as the dashboard's (the slide's Monte Carlo run in
 * the worker, on the link's measure and settings): its own component, so progress redraws the sentence only.
 */
function PresentSentence({ state, result, winners }: { state: ScenarioState; result: ScenarioResult; winners: WinnerAnalysis }) {
  const odds = useThesisOdds(state.scenario, state.simulation, winners.measure);
  return (
    <p
      className="text-[clamp(18px,1.5vw,26px)] font-medium leading-snug"
      data-present-sentence
      data-odds-status={odds.status}
      aria-busy={odds.status === 'stale' || undefined}
    >
      {headlineSentence(result, winners, odds.result)}
    </p>
  );
}

export function PresentMode({
  state,
  result,
  start,
  winners,
  view,
  panel,
  notice,
}: {
  state: ScenarioState;
  result: ScenarioResult;
  /** The slide's starting point's result when it was changed live (its figures show the change), or null. */
  start: ScenarioResult | null;
  winners: WinnerAnalysis;
  /** The slide's view, drawn as on the dashboard (present-mode styles enlarge and trim it). */
  view: ReactNode;
  /** The assumptions' controls, for the live drawer. */
  panel: ReactNode;
  /** Anything the link could not use, said in words. */
  notice: ReactNode;
}) {
  useProjectorTheme();
  const { slides, present } = state;
  const n = present ?? 1;
  const count = slides.length;
  const slide = slides[n - 1];
  const [blackout, setBlackout] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  // Said to screen readers instead of the slide's title, until the slide changes (a reset).
  const [said, setSaid] = useState<{ n: number; text: string } | null>(null);
  // Said on screen as well when the presenter window was refused: without it, N would seem to do nothing.
  const [blocked, setBlocked] = useState(false);
  const [presenter, setPresenter] = useState<Window | null>(null);
  const [startedAt] = useState(() => Date.now());
  const stage = useRef<HTMLDivElement>(null);
  const viewBox = useRef<HTMLDivElement>(null);
  const viewContent = useRef<HTMLDivElement>(null);
  const { space: chartSpace, fits } = useChartSpace(stage, viewBox, viewContent);

  const leave = useCallback(() => {
    returnFocus.toStory = true;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    state.stopPresenting();
  }, [state]);

  const go = useCallback(
    (to: number) => {
      const target = Math.min(Math.max(1, to), count);
      if (target !== n) state.showSlide(target);
    },
    [count, n, state],
  );

  // The slide as it is on screen (a live change included), read through the slide view model.
  const model = useMemo(
    () => (slide ? slideModel({ ...slide, scenario: state.scenario, presetId: state.presetId, view: state.view }, n) : null),
    [slide, state.scenario, state.presetId, state.view, n],
  );
  const title = slide?.title ?? '';
  const canReset = !!slide?.start;
  const reset = useCallback(() => {
    if (!slide?.start) return;
    state.resetSlide();
    setSaid({ n, text: `Slide ${n} reset to its starting point.` });
  }, [slide, state, n]);
  const openNotes = useCallback(() => {
    const w = openPresenterWindow();
    setBlocked(!w);
    if (w) setPresenter(w);
    else setSaid({ n, text: 'The browser blocked the presenter window: allow pop-ups for this site.' });
  }, [n]);
  const closeNotes = useCallback(() => setPresenter(null), []);
  // Leaving present mode closes the presenter's window.
  useEffect(() => () => presenter?.close(), [presenter]);
  // What a screen reader hears: each slide's number and title as it arrives, a reset, and the blackout.
  const announcement = blackout ? 'Screen blacked out. Press B to bring it back.' : said && said.n === n ? said.text : `Slide ${n} of ${count}: ${title}`;

  // Focus the slide on entry, so keys reach it and a screen reader starts there.
  useEffect(() => {
    stage.current?.focus({ preventScroll: true });
  }, []);

  const openDrawer = useCallback(() => setDrawerOpen(true), []);
  const digits = usePresentKeys({ n, count, blackout, drawerOpen, go, leave, reset, openNotes, setBlackout, openDrawer });

  const figures = slideFigures(result, model?.changedLive ? start : null, winners);
  const changed = state.changedIds.size;

  return (
    <div className="fixed inset-0 z-30 flex flex-col bg-background text-foreground" data-testid="present-mode">
      <p role="status" aria-live="polite" className="sr-only" data-testid="present-announcement">
        {announcement}
      </p>
      <div
        ref={stage}
        tabIndex={-1}
        role="region"
        aria-roledescription="slide"
        aria-label={`Slide ${n} of ${count}: ${title}`}
        className="flex min-h-0 flex-1 flex-col gap-[1.2vh] overflow-y-auto px-[3vw] pt-[2.5vh] outline-none slide-fits:overflow-visible"
      >
        <div className="flex items-baseline gap-6">
          <h1 className="min-w-0 flex-1 text-[clamp(32px,3.4vw,56px)] font-bold leading-tight [overflow-wrap:anywhere]" data-testid="slide-title">
            {title}
          </h1>
          <span className="figures shrink-0 text-2xl font-semibold text-muted-foreground" data-testid="slide-number">
            {n} / {count}
          </span>
        </div>
        {/* What it shows and against what; the presenter's note is private (the presenter window, N). */}
        {model?.subtitle ? (
          <p className="text-[clamp(18px,1.5vw,26px)] leading-snug text-muted-foreground" data-testid="slide-subtitle">
            {model.subtitle}
          </p>
        ) : null}
        {notice}
        <SlideFiguresRow figures={figures} />
        <PresentSentence state={state} result={result} winners={winners} />
        <div
          ref={viewBox}
          className="pb-2 slide-fits:min-h-0 slide-fits:flex-1 slide-fits:overflow-y-auto"
          aria-label={`${VIEW_LABELS[state.view]} view`}
          role="group"
          // Where the slide fits the screen, the view takes the free height and scrolls when taller (Risk, Compare):
          // reachable by keyboard. On a phone the whole slide scrolls instead, so the view is no tab stop.
          tabIndex={fits ? 0 : undefined}
        >
          <div ref={viewContent} data-present-view={state.view}>
            {/* Between the slide's title (h1) and the view's cards (h3), so headings go in order. */}
            <h2 className="sr-only">{VIEW_LABELS[state.view]}</h2>
            <Presenting.Provider value={true}>
              <ChartSpace.Provider value={chartSpace}>{view}</ChartSpace.Provider>
            </Presenting.Provider>
          </div>
        </div>
      </div>
      <PresentToolbar
        n={n}
        count={count}
        go={go}
        drawerOpen={drawerOpen}
        setDrawerOpen={setDrawerOpen}
        changed={changed}
        panel={panel}
        canReset={canReset}
        reset={reset}
        openNotes={openNotes}
        leave={leave}
        blocked={blocked}
        dismissBlocked={() => setBlocked(false)}
        digits={digits}
      />
      {presenter && (
        <PresenterWindow
          win={presenter}
          n={n}
          count={count}
          title={title}
          note={slide?.note ?? ''}
          nextTitle={slides[n]?.title ?? null}
          startedAt={startedAt}
          onClosed={closeNotes}
        />
      )}
      {blackout && (
        <button
          type="button"
          className="fixed inset-0 z-[60] cursor-none bg-black"
          onClick={() => setBlackout(false)}
          data-testid="blackout"
          aria-label="Screen blacked out: press B or click to bring it back"
        />
      )}
    </div>
  );
}
