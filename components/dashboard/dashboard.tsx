'use client';
/**
 * The dashboard: header, the answer (headline strip), the six views, and the controls beside them
 * (a drawer on phones). State comes from the URL (useScenario); economics from the engine (useResults).
 */
import type { LinkUpgrade } from '@/lib/link/summary';
import Link from 'next/link';
import { useEffect, useEffectEvent, useMemo, useRef, useState, useSyncExternalStore, type MouseEvent, type ReactNode, type RefObject } from 'react';
import { VIEW_IDS, baseScenarioFor, distinctNames, type ViewId } from '@/lib/scenario';
import { cloudCards, scenarioName } from '@/lib/view-models';
import { useColumnResults, useCompareResults, useDeferredResults, useResults, useSeedResults, type InitialResults } from '@/lib/state/use-results';
import { useScenario, type ScenarioState } from '@/lib/state/use-scenario';
import { afterIdle } from '@/lib/state/use-thesis-odds';
import { lazyView } from '@/components/ui/lazy-view';
import { TabList } from '@/components/ui/tabs';
import { useHydrated } from '@/components/ui/use-hydrated';
import { GROUPS, defaultScenario, differingIds } from '@/lib/engine';
import { ThemeCycle, ThemeToggle } from '@/components/ui/theme';
import { ScenarioQueryProvider } from '@/components/charts/scenario-link';
// Loaded after hydration, so the first chart does not wait for the controls' code (Radix slider, tooltip,
// dialog).
// Each inside its own error boundary with a Retry (lazyView): a chunk that fails to load leaves the rest of
// the dashboard and the scenario in place.
const ControlPanel = lazyView(
  () => import('@/components/controls/control-panel').then((m) => m.ControlPanel),
  'assumptions panel',
  () => <PanelPlaceholder />,
);
const ControlsDrawer = lazyView(() => import('./controls-drawer').then((m) => m.ControlsDrawer), 'assumptions drawer');
import { ExportMenu, PresetPicker, StorySheet } from './header-controls';
import { PrintLine } from './print-line';
import { CompactAnswer, HeadlineStrip } from './headline-strip';
import { LinkNotice } from './link-notice';
import { ShareControls } from './share-controls';
import { PresetNotes } from './preset-notes';
import { VIEW_LABELS, slideShows } from '@/lib/view-models/view-labels';
// Present mode's code loads when a story is presented.
const PresentMode = lazyView(() => import('@/components/present/present-mode').then((m) => m.PresentMode), 'present mode');
import { CommitmentsView } from './views/commitments-view';
import { SharesView } from './views/shares-view';
import { SiliconView } from './views/silicon-view';
import { StrategiesView } from './views/strategies-view';
import { Button } from '@/components/ui/button';
// The Risk view's code (and its worker) loads when the tab is first opened.
const CompareView = lazyView(
  () => import('./views/compare-view').then((m) => m.CompareView),
  'Compare view',
  () => <p className="text-sm text-muted-foreground">Loading the comparison…</p>,
);
const loadRisk = () => import('./views/risk-view');
const RiskView = lazyView(
  () => loadRisk().then((m) => m.RiskView),
  'Risk view',
  () => <p className="text-sm text-muted-foreground">Loading the simulation…</p>,
);
/**
 * Ahead of the Risk tab (when idle after hydration, and when the pointer reaches the tab): its code, and
 * the scenario's first draws (WARM_PREVIEW_SAMPLES) drawn in the worker, so the view opens with a preview on screen.
 * (A keyboard's focus selects the tab at once, so it gains nothing.)
 */
const WARM_AFTER_MS = 500;
function warmRisk(scenario: ScenarioState['scenario'], settings: ScenarioState['simulation']) {
  loadRisk().then(
    (m) => m.warmSimulation(scenario, settings),
    () => undefined,
  );
}

// One MediaQueryList for the page's life: creating one per render cost ~1 ms a slider step.
let desktopMedia: MediaQueryList | undefined;
function desktopQuery(): MediaQueryList {
  desktopMedia ??= window.matchMedia('(min-width: 1024px)');
  return desktopMedia;
}
function subscribeDesktop(onChange: () => void) {
  const media = desktopQuery();
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/**
 * True on a desktop-width screen (only meaningful once hydrated: nothing rendered before reads it). So the
 * browser answers its own width while hydrating too: a server snapshot that differed on a phone made React
 * re-render synchronously in the hydration's commit.
 */
function useIsDesktop(): boolean {
  return useSyncExternalStore(
    subscribeDesktop,
    () => desktopQuery().matches,
    () => (typeof window === 'undefined' ? true : desktopQuery().matches),
  );
}

/**
 * Keeps a control that takes the focus clear of the sticky element above it (WCAG 2.4.11, focus not
 * obscured): Shift+Tab up the assumptions scrolled each control to the aside's top, under the answer that
 * stays there. The aside's scroll padding follows the answer's height (taller with a pinned baseline).
 */
function useClearOfSticky(sticky: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const el = sticky.current;
    const scroller = el?.parentElement;
    if (!el || !scroller) return;
    const observer = new ResizeObserver(() => {
      scroller.style.scrollPaddingTop = `${el.offsetHeight + 8}px`;
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      scroller.style.scrollPaddingTop = '';
    };
  }, [sticky]);
}

/**
 * Marks <html data-input="pointer|keyboard"> with the last way the user interacted. Radix focuses a tab
 * from script after a mouse press, which browsers treat as :focus-visible; the stylesheet hides the tabs'
 * ring after a pointer (app/globals.css) and keeps it for the keyboard.
 */
function useInputModality() {
  useEffect(() => {
    const root = document.documentElement;
    const pointer = () => {
      root.dataset.input = 'pointer';
    };
    const keyboard = () => {
      root.dataset.input = 'keyboard';
    };
    window.addEventListener('pointerdown', pointer, true);
    window.addEventListener('keydown', keyboard, true);
    return () => {
      window.removeEventListener('pointerdown', pointer, true);
      window.removeEventListener('keydown', keyboard, true);
    };
  }, []);
}

const PUBLIC_DATA = defaultScenario();

/** The views' tab and panel ids (the page has one dashboard); the stylesheet reads `-content-<view>`. */
const tabId = (v: ViewId) => `views-trigger-${v}`;
const panelId = (v: ViewId) => `views-content-${v}`;

/**
 * Pin the scenario on screen as the baseline (every chart then shows it as a ghost, every card its change
 * against it), or, once pinned, name it and unpin.
 */
function BaselineChip({ state, name }: { state: ScenarioState; name: string | null }) {
  // Pin and Unpin replace each other: the one pressed leaves the page, and focus fell to the body (a
  // keyboard review). It goes to the other, if the pressed one had it.
  const pinned = name !== null;
  const pin = useRef<HTMLButtonElement>(null);
  const unpin = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    (pinned ? unpin : pin).current?.focus();
  }, [pinned]);
  const press = (action: () => void) => (e: MouseEvent<HTMLButtonElement>) => {
    refocus.current = document.activeElement === e.currentTarget;
    action();
  };
  if (!pinned) {
    return (
      <Button ref={pin} onClick={press(state.pinBaseline)}>
        Pin as baseline
      </Button>
    );
  }
  return (
    <span className="flex min-h-10 min-w-0 max-w-full items-center gap-1 rounded-md bg-muted px-2 text-sm" data-testid="baseline-chip">
      {/* Below 1440 px a pin stands for the word "Baseline", so the header keeps one row at 1280 px. */}
      <svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14" className="shrink-0 text-muted-foreground desk:hidden" fill="currentColor">
        <path d="M5 1h4l-.6 4.2L11 7.5V9H7.6L7 13.5 6.4 9H3V7.5l2.6-2.3z" />
      </svg>
      {/* The name whole (a preset's name and its changes): at 8-11rem "Public data, 1 c…" said nothing (new-user review). */}
      <span className="max-w-full truncate" title={`Baseline: ${name}`}>
        <span className="text-muted-foreground max-desk:sr-only">Baseline:</span> <span className="font-medium">{name}</span>
      </span>
      <button
        ref={unpin}
        type="button"
        onClick={press(state.unpinBaseline)}
        className="rounded px-1.5 py-1 text-sm font-medium underline underline-offset-2"
        aria-label={`Unpin the baseline (${name})`}
      >
        Unpin
      </button>
    </span>
  );
}

/** The assumptions' groups as plain text while the controls load (same place, no layout shift). */
function PanelPlaceholder() {
  return (
    <ul className="mt-2 divide-y text-base font-semibold text-muted-foreground" aria-hidden>
      {GROUPS.map((g) => (
        <li key={g} className="flex min-h-10 items-center pl-5">
          {g}
        </li>
      ))}
    </ul>
  );
}

/**
 * The controls: in the aside on a desktop, in a drawer on a phone, mounted after hydration. Its own
 * component so that the re-render when the browser's answers (mounted, screen width) differ from the
 * server's touches only this part, not the whole dashboard (measured: ~130 ms of a phone's load at 4×
 * slowed CPU when it re-rendered everything).
 */
function Assumptions({ state, answer }: { state: ScenarioState; answer: ReactNode }) {
  const isDesktop = useIsDesktop();
  const mounted = useHydrated();
  const stickyAnswer = useRef<HTMLDivElement>(null);
  useClearOfSticky(stickyAnswer);
  // On a phone the panel renders only once the drawer opens: fetch its code when idle after the load, so the
  // drawer opens on the controls rather than on their placeholder for a moment (a new-user review).
  useEffect(() => {
    if (mounted && !isDesktop) return afterIdle(WARM_AFTER_MS, () => ControlPanel.preload());
  }, [mounted, isDesktop]);
  const panel = <ControlPanel state={state} />;
  return (
    <>
      {/* The controls are not needed for the first paint: they mount after hydration, in the aside on a
          desktop and in a drawer on a phone (whose code loads only there). */}
      <aside aria-label="Assumptions" className="hidden lg:sticky lg:top-3 lg:block lg:max-h-[calc(100dvh-1.5rem)] lg:self-start lg:overflow-y-auto lg:pr-2">
        {/* The answer stays in sight while the controls scroll beneath it. */}
        <div ref={stickyAnswer} className="sticky top-0 z-10 bg-background pb-2">
          {answer}
        </div>
        <h2 className="text-lg font-semibold">Assumptions</h2>
        <p className="text-sm text-muted-foreground">Every figure has a source and a confidence: click or tap (i).</p>
        {mounted && isDesktop ? panel : <PanelPlaceholder />}
      </aside>
      {mounted && !isDesktop && (
        <ControlsDrawer changedCount={state.changedIds.size} answer={answer}>
          {panel}
        </ControlsDrawer>
      )}
    </>
  );
}

interface DashboardProps {
  /** The first of the link's problems (the server sends at most MAX_LISTED_PROBLEMS), and how many in all. */
  linkProblems?: readonly string[];
  linkProblemCount?: number;
  /** The model version an older link was made with, or null. */
  olderVersion?: number | null;
  /** For an older link: whether it named its version, and the weights written in to keep its shares. */
  upgrade?: LinkUpgrade | null;
  initialResults?: InitialResults;
}

/**
 * Reads the scenario from the URL, then draws it (DashboardScreen). Two components rather than one so that
 * hydration does the two in separate units of work: React yields to the browser between components, never
 * inside one, and the reading (about 30 ms at Lighthouse's 4× CPU slowdown) and the first evaluation with
 * the screen's view models (about 30 ms more) made one 60 ms task (issue 19, npm run bench:profile).
 */
export function Dashboard(props: DashboardProps) {
  useSeedResults(props.initialResults);
  useInputModality();
  // <html data-hydrated>: the page's buttons answer from here on (a press on the server's HTML before it
  // is lost). The e2e suite waits for it before pressing anything (e2e/dashboard-page.ts).
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
  }, []);
  const state = useScenario();
  return <DashboardScreen {...props} state={state} />;
}

function DashboardScreen({
  linkProblems = [],
  linkProblemCount = linkProblems.length,
  olderVersion = null,
  upgrade = null,
  initialResults,
  state,
}: DashboardProps & { state: ScenarioState }) {
  // A link opened in present mode says on the slide what it could not use (nowhere else shows it); presenting
  // from the dashboard, the reader has seen the notice there, and the room must not (an old link's wording
  // took a slide's chart space at 1280×720).
  const [openedPresenting] = useState(() => state.present !== null);
  const now = useResults(state.scenario, state.measure);
  const deferred = useDeferredResults(state.scenario, state.measure);
  const oddsSource = useMemo(
    () => ({ scenario: state.scenario, settings: state.simulation, initial: initialResults?.odds }),
    [state.scenario, state.simulation, initialResults?.odds],
  );
  const isPublicData = state.presetId === null && state.changedIds.size === 0;
  const warm = () => warmRisk(state.scenario, state.simulation);
  // On arrival elsewhere than Risk (the view draws its own run when it is the one open).
  const warmWhenIdle = useEffectEvent(() => state.view !== 'risk' && warm());
  useEffect(() => afterIdle(WARM_AFTER_MS, () => warmWhenIdle()), []);
  // A: the pinned baseline, or Public data; B: the scenario on screen.
  const pinned = state.baseline;
  const aScenario = pinned?.scenario ?? PUBLIC_DATA;
  const aResults = useCompareResults(aScenario, state.measure) as NonNullable<ReturnType<typeof useCompareResults>>;
  // The presented slide's starting point, when it was changed live: its figures show the change from it.
  const slideStart = state.present !== null ? (state.slides[state.present - 1]?.start?.scenario ?? null) : null;
  const startResults = useCompareResults(slideStart, state.measure);
  const aName = pinned ? scenarioName(pinned.scenario, pinned.presetId, baseScenarioFor(pinned.presetId)) : 'Public data';
  const same = pinned ? differingIds(pinned.scenario, state.scenario).length === 0 : isPublicData;
  const against = pinned ? `the baseline (${aName})` : 'Public data';
  // The Compare view's added columns (C, D), evaluated only while it is on screen.
  const columnScenarios = useMemo(() => (state.view === 'compare' ? state.columns.map((c) => c.scenario) : []), [state.view, state.columns]);
  const columnResults = useColumnResults(columnScenarios, state.measure);
  // Side by side, names that tell the scenarios apart (two "Public data, 1 change" say their change).
  const compareNames = useMemo(
    () =>
      state.view === 'compare'
        ? distinctNames([
            { scenario: aScenario, presetId: pinned?.presetId ?? null, base: pinned ? baseScenarioFor(pinned.presetId) : PUBLIC_DATA },
            { scenario: state.scenario, presetId: state.presetId, base: state.base },
            ...state.columns.map((c) => ({ scenario: c.scenario, presetId: c.presetId, base: baseScenarioFor(c.presetId) })),
          ])
        : [],
    [state.view, aScenario, pinned, state.scenario, state.presetId, state.base, state.columns],
  );
  const more = useMemo(
    () =>
      columnResults.map(({ result }, i) => {
        const c = state.columns[i]!;
        return { scenario: c.scenario, result, name: compareNames[i + 2] ?? scenarioName(c.scenario, c.presetId, baseScenarioFor(c.presetId)) };
      }),
    [columnResults, state.columns, compareNames],
  );
  const charts = useMemo(
    () => ({ ...deferred, compare: pinned ? aResults.result : null, compareWinners: pinned ? aResults.winners : null }),
    [deferred, pinned, aResults],
  );
  // Methodology keeps the scenario, so its "← Dashboard" link brings the reader back to this view.
  const methodologyQuery = state.linkQuery ? `?${state.linkQuery}` : '';
  const bName = scenarioName(state.scenario, state.presetId, state.base);
  const renderView = (v: ViewId): ReactNode => {
    switch (v) {
      case 'strategies':
        return <StrategiesView results={charts} state={state} />;
      case 'shares':
        return <SharesView results={charts} />;
      case 'silicon':
        return <SiliconView results={charts} />;
      case 'commitments':
        return <CommitmentsView results={charts} />;
      case 'compare':
        return (
          <CompareView
            a={{ scenario: aScenario, result: aResults.result, winners: aResults.winners, name: compareNames[0] ?? aName }}
            b={{ scenario: state.scenario, result: now.result, winners: now.winners, name: compareNames[1] ?? bName }}
            more={more}
            pinned={pinned !== null}
            state={state}
          />
        );
      case 'risk':
        return <RiskView results={now} state={state} />;
    }
  };
  const notice = (
    <LinkNotice initialProblems={linkProblems} problemCount={linkProblemCount} olderVersion={olderVersion} upgrade={upgrade} onReset={state.resetAll} />
  );

  if (state.present !== null) {
    return (
      <PresentMode
        state={state}
        result={now.result}
        start={startResults?.result ?? null}
        winners={now.winners}
        view={renderView(state.view)}
        // The drawer's (i) links read the scenario on screen (scenario-link.tsx); only the panel gets the
        // provider, so the slides' cards keep their CSV button rather than the Export menu.
        panel={
          <ScenarioQueryProvider currentQuery={state.currentQuery}>
            <ControlPanel state={state} />
          </ScenarioQueryProvider>
        }
        notice={openedPresenting ? notice : null}
      />
    );
  }

  // Cards build their image and embed links from the scenario on screen at the click (scenario-link.tsx).
  return (
    <ScenarioQueryProvider currentQuery={state.currentQuery}>
      <div className="mx-auto max-w-[1600px] px-4 pb-24 pt-3 md:px-6 lg:pb-0">
        <a
          href="#views"
          className="sr-only rounded-md bg-foreground px-3 py-2 text-background focus:not-sr-only focus:absolute focus:left-4 focus:top-2 focus:z-50"
        >
          Skip to the charts
        </a>
        <header className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b pb-3 lg:gap-x-2">
          <h1 className="mr-auto text-base font-bold leading-tight sm:text-lg lg:max-w-[13rem]">AI Infrastructure Economics Explorer</h1>
          <PresetPicker presetId={state.presetId} modified={state.changedIds.size > 0} onChoose={(id) => state.setPreset(id)} />
          <Button onClick={state.resetAll} disabled={isPublicData}>
            Reset<span className="sr-only"> to Public data</span>
          </Button>
          <BaselineChip state={state} name={pinned ? aName : null} />
          <StorySheet state={state} defaultTitle={slideShows(bName, state.view, state.measure)} />
          <ShareControls title="AI Infrastructure Economics Explorer" currentQuery={state.currentQuery} />
          <ExportMenu state={state} />
          <PrintLine state={state} />
          {/* On a phone, one button that cycles the theme: the three-way toggle would cost a row above the answer.
            From a tablet up its marks without words, and the title on two lines, so the header keeps one row with a
            baseline pinned at every width: the page is at most 1600 px wide, and at 1536 px (a common laptop's
            width) the title on one line and the worded toggle pushed Methodology onto a second row. */}
          <div className="hidden sm:block">
            <ThemeToggle compact />
          </div>
          <div className="sm:hidden">
            <ThemeCycle />
          </div>
          <Link href={`/methodology${methodologyQuery}`} prefetch={false} className="text-sm font-medium underline underline-offset-4">
            Methodology
          </Link>
        </header>

        {notice}
        <PresetNotes presetId={state.presetId} query={state.linkQuery} />

        <div className="mt-4">
          <HeadlineStrip
            result={now.result}
            baseline={aResults.result}
            winners={now.winners}
            isBaseline={same}
            against={against}
            methodologyQuery={methodologyQuery}
            oddsSource={oddsSource}
            onMeasureChange={state.setMeasure}
          />
        </div>

        <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(300px,360px)_minmax(0,1fr)]">
          <Assumptions
            state={state}
            answer={<CompactAnswer cards={cloudCards(now.result, aResults.result, now.winners)} showDelta={!same} against={against} />}
          />

          {/* The page's bottom space is the views' own (lg:pb-10), not the page's: it keeps the grid row as tall as
              the page, so the sticky aside (top 12 px, a viewport tall less 24 px) is never pushed up past the
              window's top at the end of a long page, clipping the answer's caption. */}
          <div id="views" tabIndex={-1} className="min-w-0 lg:pb-10">
            {/* On a phone the six tabs wrap onto two lines rather than hiding past the edge. */}
            <TabList
              label="Views"
              values={VIEW_IDS}
              value={state.view}
              onChange={state.setView}
              tabId={tabId}
              panelId={panelId}
              onPointerEnterTab={(v) => (v === 'risk' ? warm : undefined)}
              className="flex flex-wrap gap-x-1 border-b"
              tabClassName="-mb-px shrink-0 border-b-2 border-transparent px-3 py-2.5 focus-visible:outline-offset-[-3px] text-base font-medium text-muted-foreground hover:text-foreground data-[state=active]:border-foreground data-[state=active]:text-foreground"
            >
              {(v) => VIEW_LABELS[v]}
            </TabList>
            {/* Only the active view is built (the Compare view's props would compute Public data's winner
              analysis). */}
            <div role="tabpanel" id={panelId(state.view)} aria-labelledby={tabId(state.view)} data-state="active" tabIndex={0} className="pt-4">
              {renderView(state.view)}
            </div>
          </div>
        </div>
      </div>
    </ScenarioQueryProvider>
  );
}
