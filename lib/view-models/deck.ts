/**
 * A story as a PDF deck's content: per slide (read through the slide view model, slide.ts, as present mode,
 * the live link and the embed read it), its title and speaker note, what it shows, the three hyperscalers'
 * headline figures and sentence for its scenario, the image of its view's primary chart (drawn by the
 * server, so it is the same image for everyone), and the link back to its live scenario. Pure: the PDF
 * writer (components/present/deck-pdf.ts) only lays it out.
 */
import {
  holderLabel,
  DEFAULT_SIMULATION_SETTINGS,
  DEFAULT_THESIS_MEASURE,
  HYPERSCALERS,
  PREVIEW_SAMPLES,
  THESIS_MEASURE_LABELS,
  MEASURE_LABELS,
  attribute,
  defaultScenario,
  evaluate,
  getPreset,
  simulate,
  winnerAnalysis,
  type HyperscalerId,
  type Scenario,
  type SimulationSettings,
  type ThesisMeasure,
  possessive,
} from '@/lib/engine';
import { CLOUD_COLORS, lightColor } from '@/lib/palette';
import { DEFAULT_SLIDE_CONTEXT, type Slide, type SlideContext } from '@/lib/scenario';
import { headlineSentence } from './headline';
import { attributionSentence, waterfallSteps } from './compare';
import { formatProbability } from './uncertainty';
import { formatOdds, oddsInput, type OddsInput } from './thesis';
import { slideFigures, slideFiguresLabel, slideModel } from './slide';
import { VIEW_LABELS } from './view-labels';
import { formatCount, formatUsdBnChange } from '@/lib/format';

export interface DeckFigure {
  cloud: HyperscalerId;
  label: string;
  /** The slide's headline measure, e.g. "$818B" of cloud AI revenue. */
  text: string;
  /** e.g. "22% of all clouds’ AI revenue", or what a company's profit adds up. */
  aside: string;
}

export interface DeckSlide {
  number: number;
  title: string;
  /** The presenter's private note: printed below the slide's face as a speaker note, never on it. */
  note: string;
  /** What it shows, and against what: "Seed thesis, 2 changes · Compare · against Public data". */
  summary: string;
  /** What the three figures are (the slide's headline measure), said above them. */
  figuresLabel: string;
  figures: DeckFigure[];
  sentence: string;
  /** Absolute link to the slide's live scenario and view on the dashboard. */
  liveUrl: string;
  /** Same-origin path of the primary chart's PNG, or null where the view has no image. */
  imagePath: string | null;
  /** Said instead of an image where there is none. */
  imageNote: string | null;
  /** For views drawn from many evaluations (Risk, Compare): their answer as a sentence and bars. */
  panel: DeckPanel | null;
}

/** A view's answer as the deck draws it: a title, a sentence and one bar per row. */
export interface DeckPanel {
  title: string;
  sentence: string;
  /** 'share': bars from 0 to 1; 'signed': bars either side of zero, scaled to the largest. */
  kind: 'share' | 'signed';
  rows: { label: string; value: number; text: string; color: string }[];
}

/** The Risk view's answer: the odds of the headline's conclusions on its measure, from the slide's run. */
function riskPanel(odds: OddsInput, measure: ThesisMeasure): DeckPanel {
  const lead = odds.odds.leader[measure];
  const least = odds.odds.leastExposedBy[measure];
  const n = formatCount(odds.samples);
  return {
    title: `The odds each hyperscaler leads on ${THESIS_MEASURE_LABELS[measure]}, 2025-2031`,
    sentence: `Least exposed to which model family wins, in ${n} draws: ${HYPERSCALERS.map((c) => `${holderLabel(c, measure)} ${formatOdds(least[c].p)}`).join(', ')}.`,
    kind: 'share',
    rows: HYPERSCALERS.map((c) => ({ label: holderLabel(c, measure), value: lead[c].p, text: formatProbability(lead[c].p), color: CLOUD_COLORS[c] })),
  };
}

/** What the deck's sentences speak of, and the odds they follow (as the dashboard's headline). */
export interface DeckThesis {
  /** The headline's measure (the link's `ms`). */
  measure?: ThesisMeasure;
  /** The link's simulation settings (draws, seed, spread, concentration). */
  settings?: SimulationSettings;
  /**
   * Per slide, the odds from its full run as the dashboard drew them (the simulation worker); where absent,
   * the run's first 500 draws (a link preview's odds), or for a Risk slide the full run, are drawn here.
   */
  odds?: readonly (OddsInput | null | undefined)[];
}

/** The Compare view's answer, as the view gives it: from the slide's baseline (or Public data) to its scenario, on its figure in focus. */
function comparePanel(scenario: Readonly<Scenario>, from: Readonly<Scenario>, fromName: string, context: SlideContext): DeckPanel {
  const { cloud, measure } = context.focus;
  const att = attribute(from, scenario, { cloud, measure });
  const steps = waterfallSteps(att).slice(0, 6);
  const label = `${MEASURE_LABELS[measure]}, 2025-2031`;
  return {
    title: `From ${fromName} to this scenario: what changes ${possessive(holderLabel(cloud, measure))} ${label}`,
    sentence: attributionSentence(att, cloud, label, measure),
    kind: 'signed',
    rows: steps.map((s) => ({ label: s.label, value: s.value, text: s.text, color: lightColor(s.value >= 0 ? 'var(--positive)' : 'var(--negative)') })),
  };
}

/** The query of a slide's answer, as the dashboard's own link writes it (slide.ts). */
export { slideQuery } from './slide';

export function deckSlides(slides: readonly Slide[], origin: string, thesis: DeckThesis = {}): DeckSlide[] {
  const publicScenario = defaultScenario();
  // A slide carries its own measure and settings (issue 20); one built without them takes the deck's.
  const deckContext: SlideContext = {
    ...DEFAULT_SLIDE_CONTEXT,
    measure: thesis.measure ?? DEFAULT_THESIS_MEASURE,
    simulation: { ...DEFAULT_SIMULATION_SETTINGS, ...thesis.settings },
  };
  return slides.map((given, i) => {
    const slide: Slide = given.context ? given : { ...given, context: deckContext };
    const model = slideModel(slide, i + 1);
    const { measure } = model.context;
    const { settings } = model;
    const result = evaluate(slide.scenario);
    const winners = winnerAnalysis(slide.scenario, { measure });
    const known = thesis.odds?.[i];
    const drawn = (samples: number): OddsInput => oddsInput(simulate(slide.scenario, { ...settings, samples }), settings);
    const odds = known ?? drawn(slide.view === 'risk' ? settings.samples : Math.min(settings.samples, PREVIEW_SAMPLES));
    const from = model.context.baseline?.scenario ?? publicScenario;
    return {
      number: model.number,
      title: model.title,
      note: model.note,
      summary: model.subtitle,
      figuresLabel: slideFiguresLabel(measure),
      // A Compare slide's figures are changes against its A, as the view's cards show them (a deck's Compare
      // slide said "against Seed thesis" beside figures with no change: a new-user review).
      figures: (slide.view === 'compare' ? slideFigures(result, evaluate(from), winners) : slideFigures(result, null, winners)).map((f) => ({
        cloud: f.cloud,
        label: f.label,
        text: f.text,
        // "against the baseline": the slide's subtitle names it ("Against Seed thesis"); a preset's name here
        // ran into the panel beside the figures. A change that rounds to nothing says so, in the same terms.
        aside: slide.view === 'compare' ? `${f.liveChange ?? formatUsdBnChange(0)} against the baseline` : f.aside,
      })),
      sentence: headlineSentence(result, winners, odds),
      liveUrl: `${origin}${model.livePath}`,
      imagePath: model.imagePath,
      imageNote: model.imagePath ? null : `The ${VIEW_LABELS[slide.view]} view in full is live: open the link below.`,
      panel:
        slide.view === 'risk'
          ? riskPanel(odds, measure)
          : slide.view === 'compare'
            ? comparePanel(slide.scenario, from, model.baselineName, model.context)
            : null,
    };
  });
}

/** A deck's file name: the first slide's preset (or "story") and the date. */
export function deckFileName(slides: readonly Slide[], date: Date): string {
  const first = slides[0];
  const preset = first?.presetId ? (getPreset(first.presetId)?.name ?? 'story') : 'story';
  const slug =
    preset
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'story';
  return `${slug}-deck-${date.toISOString().slice(0, 10)}.pdf`;
}

/**
 * jsPDF's built-in Helvetica writes WinAnsi text: characters outside it come out garbled. Our figures use a
 * few that are not (the true minus, thin spaces): written as their nearest WinAnsi character.
 */
export function pdfText(text: string): string {
  return (
    text
      .replace(/\u2212/g, '-')
      .replace(/[\u2009\u202F\u00A0]/g, ' ')
      .replace(/[\u2010\u2011]/g, '-')
      .replace(/\u2248/g, '~')
      // Arrows and comparisons the app writes ("Public data → Seed thesis", "≥ 95"), which WinAnsi lacks, in
      // ASCII rather than as "?".
      .replace(/\u2192/g, '->')
      .replace(/\u2190/g, '<-')
      .replace(/\u2265/g, '>=')
      .replace(/\u2264/g, '<=')
      .replace(/\u2260/g, '!=')
      .replace(/[\u2713\u2714]/g, 'OK')
      .replace(/[\u2717\u2718]/g, 'X')
      .replace(
        /[^\u0020-\u007E\u00A0-\u00FF\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026\u2030\u20AC\u2122\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2020\u2021\u2039\u203A]/g,
        '?',
      )
  );
}
