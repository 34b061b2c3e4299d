/**
 * One slide of a story as everything that shows it reads it (issue 20): present mode, the PDF deck, the
 * slide's live link and its embed. What a slide says comes from here only, so the four show the same
 * answer: the same scenario against the same baseline, on the same figure, measure and settings.
 * Pure: results are passed in (present mode has them from the dashboard's cache; the deck evaluates).
 */
import {
  DEFAULT_SIMULATION_SETTINGS,
  MEASURE_LABELS,
  type ScenarioResult,
  type SimulationSettings,
  type ThesisMeasure,
  type WinnerAnalysis,
} from '@/lib/engine';
import { formatUsdBnChange } from '@/lib/format';
import { DEFAULT_SLIDE_CONTEXT, DEFAULT_VIEW, baseScenarioFor, encodeBaseline, encodeScenario, type Slide, type SlideContext } from '@/lib/scenario';
import { LEAD_LABELS, cloudCards } from './headline';
import { slideShows } from './view-labels';
import { scenarioName } from './compare';
import { HEADLINE_EMBED, PRIMARY_CHART, chartImagePath, embedPath } from './chart-registry';

/** What a slide's three figures are, said above them: the slide's headline measure, as the dashboard's cards lead with it. */
export function slideFiguresLabel(measure: ThesisMeasure): string {
  return `${LEAD_LABELS[measure]} (USD)`;
}

export interface SlideFigure {
  cloud: 'azure' | 'aws' | 'gcp';
  label: string;
  /** The slide's headline measure, which the figure is. */
  measure: ThesisMeasure;
  usdBn: number;
  /** e.g. "$672B" */
  text: string;
  /** e.g. "19% of the world’s AI compute", "34% of all clouds’ AI revenue", "Google: Cloud + Gemini" */
  aside: string;
  /** The change a live edit made against the slide's starting point (USD bn); null when it has none. */
  liveChangeUsdBn: number | null;
  /** e.g. "+$17B", or null. */
  liveChange: string | null;
}

export interface SlideModel {
  /** 1-based. */
  number: number;
  title: string;
  /** What it shows, in a few words ("Seed thesis · Compare · against Public data"); never a repeat of the title. */
  subtitle: string;
  /** The presenter's private note: for the presenter's view and the deck's speaker notes, never the slide. */
  note: string;
  /** What its comparisons are against: "Public data" or "the baseline (Seed thesis)". */
  against: string;
  /** The pinned baseline's name, or "Public data". */
  baselineName: string;
  /** The link query that opens exactly this slide's answer on the dashboard (no story, no slide number). */
  query: string;
  /** Same-origin path of the live slide on the dashboard. */
  livePath: string;
  /** Same-origin path of the slide's embed: its view's primary chart, or the headline cards where that is drawn in the browser. */
  embedPath: string;
  /** What the embed shows, for its link's words: "its chart", or "the headline figures" (Compare, Risk). */
  embedShows: string;
  /** Same-origin path of the primary chart's PNG, or null where the view has none the server draws. */
  imagePath: string | null;
  context: SlideContext;
  /** The slide's settings with the defaults filled in. */
  settings: SimulationSettings;
  /** Whether the slide was changed live (its scenario differs from its starting point). */
  changedLive: boolean;
}

/** The query that opens a slide's answer: its scenario, preset, view, baseline, Compare columns, focus, measure and settings. */
export function slideQuery(slide: Slide): string {
  const c = slide.context ?? DEFAULT_SLIDE_CONTEXT;
  return encodeScenario(slide.scenario, {
    presetId: slide.presetId,
    view: slide.view === DEFAULT_VIEW ? null : slide.view,
    baseline: c.baseline,
    focus: c.focus,
    measure: c.measure,
    simulation: c.simulation,
    // A Compare slide's added columns (C, D): its live link shows the scenarios the slide was made with.
    columns: c.columns,
  });
}

/** The pinned baseline's name, or Public data's. */
export function baselineNameOf(context: SlideContext): string {
  const b = context.baseline;
  return b ? scenarioName(b.scenario, b.presetId, baseScenarioFor(b.presetId)) : 'Public data';
}

/** The words under a slide's title; what the title already says is not said again (a slide left with its default title). */
export function slideSubtitle(slide: Slide): string {
  const c = slide.context ?? DEFAULT_SLIDE_CONTEXT;
  const shows = slideShows(scenarioName(slide.scenario, slide.presetId, baseScenarioFor(slide.presetId)), slide.view, c.measure);
  const against = c.baseline ? `against ${baselineNameOf(c)}` : '';
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  if (same(slide.title, shows)) return against ? `${against[0]!.toUpperCase()}${against.slice(1)}` : '';
  return against ? `${shows} · ${against}` : shows;
}

export function slideModel(slide: Slide, number: number): SlideModel {
  const context = slide.context ?? DEFAULT_SLIDE_CONTEXT;
  const query = slideQuery(slide);
  const chart = PRIMARY_CHART[slide.view];
  const baselineName = baselineNameOf(context);
  return {
    number,
    title: slide.title,
    subtitle: slideSubtitle(slide),
    note: slide.note,
    against: context.baseline ? `the baseline (${baselineName})` : 'Public data',
    baselineName,
    query,
    livePath: `/${query ? `?${query}` : ''}`,
    embedPath: embedPath(query, chart ?? HEADLINE_EMBED),
    embedShows: chart ? 'its chart' : 'the headline figures',
    imagePath: chart ? chartImagePath(query, chart, 'png') : null,
    context,
    settings: { ...DEFAULT_SIMULATION_SETTINGS, ...context.simulation },
    changedLive: !!slide.start && encodeBaseline(slide.start) !== encodeBaseline({ scenario: slide.scenario, presetId: slide.presetId }),
  };
}

/**
 * The slide's three figures on its headline measure (the cards' large figures), each with the change a live
 * edit made against the slide's own starting point (`start`: its result; null when the slide was not changed
 * live): the audience sees the change just made, not the distance from Public data.
 */
export function slideFigures(result: ScenarioResult, start: ScenarioResult | null, winners: WinnerAnalysis): SlideFigure[] {
  return cloudCards(result, start ?? result, winners).map((c) => {
    const change = start ? c.lead.delta.value : null;
    return {
      cloud: c.cloud,
      label: c.label,
      measure: c.lead.measure,
      usdBn: c.lead.value,
      text: c.lead.text,
      aside: c.lead.hint,
      liveChangeUsdBn: change,
      liveChange: change !== null && formatUsdBnChange(change) !== formatUsdBnChange(0) ? formatUsdBnChange(change) : null,
    };
  });
}

/** The Compare view's waterfall title for a slide's figure in focus, as the deck and the view say it. */
export function focusLabel(context: SlideContext): string {
  return `${MEASURE_LABELS[context.focus.measure]}, 2025-2031`;
}
