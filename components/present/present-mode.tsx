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
import * as Dialog from '@radix-ui/react-dialog';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ScenarioResult, WinnerAnalysis } from '@/lib/engine';
import { CLOUD_COLORS } from '@/lib/palette';
import type { ScenarioState } from '@/lib/state/use-scenario';
import { headlineSentence } from '@/lib/view-models';
import { SLIDE_FIGURES_LABEL, slideFigures, slideModel } from '@/lib/view-models/slide';
import { useThesisOdds } from '@/lib/state/use-thesis-odds';
import { ChartSpace, Presenting } from '@/components/charts/chart-space';
import { VIEW_LABELS } from '@/lib/view-models/view-labels';
import { returnFocus } from './focus-return';
import { PresenterWindow, openPresenterWindow } from './presenter-window';
import { Button } from '@/components/ui/button';

/** How long typed digits wait for Enter before they are forgotten. */
const DIGIT_TIMEOUT_MS = 2500;

/** The least height a chart is drawn at on a slide; below it the view scrolls instead. */
const MIN_CHART_PX = 160;

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const PREV_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

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

function toggleFullscreen() {
  // A keypress is a user gesture, so the request is allowed; a browser may still refuse (a frame, a policy).
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
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
  const [digits, setDigits] = useState('');
  // Said to screen readers instead of the slide's title, until the slide changes (a reset).
  const [said, setSaid] = useState<{ n: number; text: string } | null>(null);
  // Said on screen as well when the presenter window was refused: without it, N would seem to do nothing.
  const [blocked, setBlocked] = useState(false);
  const [presenter, setPresenter] = useState<Window | null>(null);
  const [startedAt] = useState(() => Date.now());
  const stage = useRef<HTMLDivElement>(null);
  const viewBox = useRef<HTMLDivElement>(null);
  const viewContent = useRef<HTMLDivElement>(null);
  // The primary chart takes the slide's free height: the view's box less everything else the view shows
  // (the card's title, legend and axis label, a sentence), measured, so nothing falls below the slide
  // whatever the title's length, the screen or the view. Re-measured when either changes size; the answer
  // is a fixed point (a taller chart leaves the rest as it was), so this settles at once.
  const [chartSpace, setChartSpace] = useState<number | null>(null);
  useEffect(() => {
    const box = viewBox.current;
    const content = viewContent.current;
    if (!box || !content) return;
    const measure = () => {
      const drawing = Array.from(content.querySelectorAll<HTMLElement>('[data-chart] [role="img"]')).find((el) => el.offsetParent !== null);
      if (!drawing) return;
      const rest = content.offsetHeight - drawing.offsetHeight;
      setChartSpace(Math.max(MIN_CHART_PX, Math.floor(box.clientHeight - rest - 8)));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    observer.observe(content);
    return () => observer.disconnect();
  }, []);

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
    () => (slide ? slideModel({ ...slide, scenario: state.scenario, presetId: state.presetId, view: state.view }, n, VIEW_LABELS) : null),
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
  const announcement = blackout
    ? 'Screen blacked out. Press B to bring it back.'
    : said && said.n === n
      ? said.text
      : `Slide ${n} of ${count}: ${title}`;

  // Focus the slide on entry, so keys reach it and a screen reader starts there.
  useEffect(() => {
    stage.current?.focus({ preventScroll: true });
  }, []);

  // Typed digits are forgotten after a pause.
  useEffect(() => {
    if (!digits) return;
    const t = window.setTimeout(() => setDigits(''), DIGIT_TIMEOUT_MS);
    return () => window.clearTimeout(t);
  }, [digits]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || drawerOpen) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], [role="slider"], [role="dialog"]')) return;
      // Space and Enter on a focused button press that button, not the slide.
      const onControl = !!target?.closest('button, a[href], summary');
      const key = e.key;
      let handled = true;
      if (NEXT_KEYS.has(key) || ((key === ' ' || key === 'Enter') && !onControl && !digits)) {
        if (blackout) setBlackout(false);
        else go(n + 1);
      } else if (PREV_KEYS.has(key)) {
        if (blackout) setBlackout(false);
        else go(n - 1);
      } else if (key === 'Enter' && digits && !onControl) {
        setBlackout(false);
        go(Number(digits));
        setDigits('');
      } else if (/^[0-9]$/.test(key)) {
        setDigits((d) => (d + key).slice(-3));
      } else if (key === 'Home') go(1);
      else if (key === 'End') go(count);
      else if (key === 'b' || key === 'B' || key === '.') {
        setBlackout(!blackout);
      } else if (key === 'f' || key === 'F') toggleFullscreen();
      else if (key === 'a' || key === 'A') setDrawerOpen(true);
      else if (key === 'r' || key === 'R') reset();
      else if (key === 'n' || key === 'N') openNotes();
      else if (key === 'Escape') {
        if (blackout) setBlackout(false);
        else leave();
      } else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [blackout, count, digits, drawerOpen, go, leave, n, reset, openNotes]);

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
        className="flex min-h-0 flex-1 flex-col gap-[1.2vh] overflow-y-auto px-[3vw] pt-[2.5vh] outline-none sm:overflow-visible"
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
        {/* What the big figures are, in words and unit: a figure without its label is a guess on a projector. */}
        <p id="present-figures-label" className="-mb-[0.6vh] text-[clamp(16px,1.1vw,20px)] font-medium text-muted-foreground">
          {SLIDE_FIGURES_LABEL}
        </p>
        <div role="group" className="grid gap-3 sm:grid-cols-3 sm:gap-[2vw]" aria-labelledby="present-figures-label">
          {figures.map((f) => (
            <div key={f.cloud} className="border-l-[10px] pl-4" style={{ borderColor: CLOUD_COLORS[f.cloud] }} data-cloud={f.cloud}>
              <p className="text-[clamp(18px,1.4vw,26px)] font-semibold">{f.label}</p>
              <p className="figures text-[clamp(40px,4vw,72px)] font-bold leading-none" data-testid={`present-hosted-${f.cloud}`} data-value={f.hostedUsdBn}>
                {f.hosted}
              </p>
              <p className="figures text-[clamp(16px,1.2vw,22px)] text-muted-foreground">
                {f.share}, 2025-2031
                {f.liveChange ? (
                  <span data-testid={`present-live-change-${f.cloud}`} data-value={f.liveChangeUsdBn ?? undefined}>
                    {` (${f.liveChange} since the slide’s start)`}
                  </span>
                ) : null}
              </p>
            </div>
          ))}
        </div>
        <PresentSentence state={state} result={result} winners={winners} />
        <div
          ref={viewBox}
          className="min-h-[60vh] flex-1 overflow-y-auto pb-2 sm:min-h-0"
          aria-label={`${VIEW_LABELS[state.view]} view`}
          role="group"
          // Scrolls when a view is taller than the slide (Risk, Compare on a small screen): reachable by keyboard.
          tabIndex={0}
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
      <div className="flex flex-wrap items-center gap-2 border-t px-[3vw] py-2">
        <Button size="lg" onClick={() => go(n - 1)} disabled={n <= 1}>
          ← Back
        </Button>
        <Button size="lg" variant="primary" onClick={() => go(n + 1)} disabled={n >= count}>
          Next →
        </Button>
        <Dialog.Root open={drawerOpen} onOpenChange={setDrawerOpen}>
          <Dialog.Trigger asChild>
            <Button size="lg">Change an assumption (A){changed > 0 ? ` · ${changed} changed` : ''}</Button>
          </Dialog.Trigger>
          <Dialog.Portal>
            {/* A light veil: the slide's figures stay readable behind the drawer while a value changes. */}
            <Dialog.Overlay className="fixed inset-0 z-40 bg-black/10" />
            <Dialog.Content className="fixed inset-y-0 right-0 z-50 flex w-[min(28rem,100vw)] flex-col bg-background text-foreground shadow-2xl">
              <div className="flex items-center justify-between border-b px-4 py-3">
                <Dialog.Title className="text-lg font-semibold">Change an assumption on slide {n}</Dialog.Title>
                <Dialog.Close className="rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-border">Done</Dialog.Close>
              </div>
              <Dialog.Description className="px-4 pt-2 text-sm text-muted-foreground">
                The slide changes as you do, and keeps the change in the story’s link.
              </Dialog.Description>
              <div className="flex-1 overflow-y-auto px-4 pb-8">{panel}</div>
            </Dialog.Content>
          </Dialog.Portal>
        </Dialog.Root>
        {canReset && (
          <Button size="lg" onClick={reset}>
            Reset slide (R)
          </Button>
        )}
        {/* A second window is for a presenter's computer; on a phone the key still opens it. */}
        <Button size="lg" onClick={openNotes} className="hidden sm:inline-block">
          Presenter notes (N)
        </Button>
        <Button size="lg" onClick={leave}>
          Exit (Esc)
        </Button>
        {blocked && (
          <p className="flex items-center gap-2 rounded-md bg-muted px-3 py-2 text-sm" data-testid="presenter-blocked">
            The browser blocked the notes window: allow pop-ups for this site, then press N again.
            <button type="button" onClick={() => setBlocked(false)} className="rounded px-1.5 font-medium underline underline-offset-2" aria-label="Dismiss">
              OK
            </button>
          </p>
        )}
        <p className="ml-auto hidden text-sm text-muted-foreground md:block" aria-hidden>
          {digits ? `Go to slide ${digits}… (Enter)` : '→ next · ← back · number + Enter jumps · B black · F full screen · R reset slide · N notes'}
        </p>
      </div>
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
