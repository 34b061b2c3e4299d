/**
 * Every chart the dashboard can export, once: its id, the view it sits in, title, subtitle, how it is drawn
 * and how its model is built from evaluated results. The dashboard's views render their cards from here,
 * and the server draws the same charts as images (app/api/chart) and embeds (app/embed), so a title or a
 * builder changed here changes all three. Pure: no React.
 *
 * The Risk and Compare views' charts are left out: they come from the simulation and the attribution,
 * which run in a Web Worker (thousands of evaluations), too costly to redo on the server per image.
 */
import { HYPERSCALERS, REVENUE_SHARE_CAP_FROM, THESIS_MEASURE_LABELS, type ScenarioResult, type WinnerAnalysis, MARGIN_LABEL } from '@/lib/engine';
import { formatPct } from '@/lib/format';
import type { ViewId } from '@/lib/scenario';
import { AXIS_ROW_PX, withGhosts, type ChartModel } from './chart-model';
import { cloudYearlyChart } from './cloud-series';
import { commitmentChart } from './commitments';
import { cloudByFamilyChart, familyMixChart, winnerChart } from './family-series';
import { noSiliconMarginsCoincide, siliconMarginChart, siliconSplitChart } from './silicon';

export const CHART_IDS = ['hosted', 'profit', 'margin', 'winners', 'mix', 'by-family', 'silicon-margin', 'silicon-split', 'commitments'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export function isChartId(value: unknown): value is ChartId {
  return CHART_IDS.some((id) => id === value);
}

/** What a chart is built from: the scenario's results and, when a baseline is pinned, the baseline's. */
export interface ChartInput {
  result: ScenarioResult;
  winners: WinnerAnalysis;
  /** The pinned baseline, drawn as ghosts (dashed lines, outlines); null or absent: none. */
  compare?: ScenarioResult | null;
  compareWinners?: WinnerAnalysis | null;
}

/** How a chart is drawn: lines over the years, a 100% stacked area, or bars per category. */
export type ChartDrawing = { type: 'line' } | { type: 'stacked-area' } | { type: 'bars'; stacked?: boolean; horizontal?: boolean };

export interface ChartDefinition {
  id: ChartId;
  view: ViewId;
  title: (input: ChartInput) => string;
  subtitle: (input: ChartInput) => string;
  drawing: ChartDrawing;
  build: (input: ChartInput) => ChartModel;
  /** The drawing area's height on the dashboard, px (a bar per contract grows with the contracts). */
  height: (model: ChartModel) => number;
  /**
   * For a chart with a row per item (a contract), where a layout gives it less height than designed (a
   * slide): the least room a row stays legible in, and what its rows are. Rows come largest first, so a
   * squeezed drawing shows the largest that fit (slideRows) rather than labels run into each other.
   */
  rows?: { legiblePx: number; noun: string };
  /** Said instead of the chart when there is nothing to draw; null when there is. */
  empty?: (model: ChartModel) => string | null;
}

/**
 * What the cap on OpenAI's revenue share does to Microsoft's line, said only as the line shows it. The
 * payments stop after the cap year, so a fall shows in that year or the next; where the rest of Microsoft's
 * company AI gross profit grows faster, the line does not dip there, and the caption said it did (a new-user review: "dips
 * in 2028" beside a line rising $49B → $62B → $85B). Nothing is said of a cap nothing was paid towards (a cap
 * of $0, or no share), and a cap reached in the last year leaves nothing after it to show.
 */
export function revenueShareCapNote(result: ScenarioResult): string {
  const cap = result.revenueShareCapYear;
  if (cap === null) return '';
  const { companyGrossProfitUsdBn: profit, revenueShareIncomeUsdBn: income } = result.clouds.azure;
  const at = result.years.indexOf(cap);
  // What was paid towards the cap: from REVENUE_SHARE_CAP_FROM to the cap year.
  if (!income.some((v, i) => i <= at && (result.years[i] as number) >= REVENUE_SHARE_CAP_FROM && v > 0)) return '';
  const last = at === result.years.length - 1;
  // The cap year is 2026 or later (payments count from then), so a year before it is always drawn.
  const dip = (last ? [at] : [at, at + 1]).find((i) => (profit[i] as number) < (profit[i - 1] as number));
  if (dip === undefined)
    return last
      ? ` OpenAI’s revenue share to Microsoft reaches its cap in ${cap}.`
      : ` OpenAI’s revenue share to Microsoft reaches its cap in ${cap} and pays nothing after; the rest of Microsoft’s ${THESIS_MEASURE_LABELS.companyGrossProfit} grows faster, so its line does not dip.`;
  return dip === at
    ? ` Microsoft’s dips in ${cap}, when OpenAI’s revenue share reaches its cap.`
    : ` Microsoft’s dips in ${result.years[dip]}, the year after OpenAI’s revenue share reaches its cap (${cap}).`;
}

const fixed = (px: number) => () => px;
const ghostOf = (input: ChartInput) => input.compare ?? null;

/** Two bars (commitment, projected) and their gap per contract, and a floor for a lone contract, px. */
const COMMITMENT_ROW_PX = 56;
const COMMITMENT_MIN_PX = 220;
/**
 * The least room per contract on a slide: its name's line (16 px type, 20 px tall) and a gap between its
 * three bars and the next row's. Nine contracts squeezed into 160 px (a 1280×720 slide) had 15 px each, and
 * their names ran into each other.
 */
const COMMITMENT_LEGIBLE_ROW_PX = 24;

const definitions: readonly ChartDefinition[] = [
  {
    id: 'hosted',
    view: 'strategies',
    title: () => 'AI compute hosted per year',
    subtitle: () =>
      'The world’s AI compute each company runs: its cloud and its own products (Search, Copilot, Alexa), and, for Other, neoclouds that sell and builders that run their own (Meta, xAI); the four add up to the whole market.',
    drawing: { type: 'line' },
    build: (i) => cloudYearlyChart(i.result, 'hostedComputeUsdBn', undefined, ghostOf(i)),
    height: fixed(340),
  },
  {
    id: 'profit',
    view: 'strategies',
    title: () => 'Company AI gross profit per year',
    subtitle: ({ result }) =>
      `Cloud AI gross profit plus model-layer income (Google: Cloud + Gemini; Microsoft: Azure + OpenAI revenue share).${revenueShareCapNote(result)}`,
    drawing: { type: 'line' },
    build: (i) => cloudYearlyChart(i.result, 'companyGrossProfitUsdBn', HYPERSCALERS, ghostOf(i)),
    height: fixed(260),
  },
  {
    id: 'margin',
    view: 'strategies',
    title: () => MARGIN_LABEL,
    subtitle: () =>
      'Cloud AI gross profit ÷ cloud AI revenue, on billed compute only, per year; cost includes the accelerators’ depreciation, so it is not a segment’s reported gross margin.',
    drawing: { type: 'line' },
    build: (i) => cloudYearlyChart(i.result, 'cloudGrossMargin', undefined, ghostOf(i)),
    height: fixed(260),
  },
  {
    id: 'winners',
    view: 'shares',
    title: ({ winners }) => `If one model family wins (${formatPct(winners.winnerShare)} of the labs’ market by 2031)`,
    subtitle: ({ winners }) =>
      `Each cloud’s ${THESIS_MEASURE_LABELS[winners.measure]} 2025-2031 under each winner, the owners’ own workloads held where they are and the signed contracts honoured. Bars of even height: the cloud does as well whichever model wins.`,
    drawing: { type: 'bars' },
    build: (i) => withGhosts(winnerChart(i.winners), i.compareWinners ? winnerChart(i.compareWinners) : null),
    height: fixed(320),
  },
  {
    id: 'mix',
    view: 'shares',
    title: () => 'Model-family mix',
    subtitle: () =>
      'Each family’s share of the world’s AI compute: 2025 (calibrated to reports) and 2026 (estimated), then a straight line to the 2031 shares you set (held at 2026 by default).',
    drawing: { type: 'stacked-area' },
    build: (i) => withGhosts(familyMixChart(i.result), i.compare ? familyMixChart(i.compare) : null),
    height: fixed(280),
  },
  {
    id: 'by-family',
    view: 'shares',
    title: () => 'Where each cloud’s compute comes from',
    subtitle: () => 'AI compute hosted 2025-2031 by model family, own use included.',
    drawing: { type: 'bars', stacked: true },
    build: (i) => withGhosts(cloudByFamilyChart(i.result), i.compare ? cloudByFamilyChart(i.compare) : null),
    height: fixed(280),
  },
  {
    id: 'silicon-margin',
    view: 'silicon',
    title: () => 'Margin with and without custom silicon',
    subtitle: ({ result }) =>
      `Solid: the cloud’s AI gross margin on billed compute with its own chips. Dashed: the same cloud on NVIDIA alone.${
        noSiliconMarginsCoincide(result)
          ? ' Without silicon the three earn the same margin here (their strategies carry the same figures), so the dashed lines lie on one another.'
          : ''
      }`,
    drawing: { type: 'line' },
    // Ghost only the with-silicon lines: six more dashed lines would bury the chart.
    build: (i) => withGhosts(siliconMarginChart(i.result), i.compare ? siliconMarginChart(i.compare) : null, (s) => !s.dashed),
    height: fixed(320),
  },
  {
    id: 'silicon-split',
    view: 'silicon',
    title: () => 'Where the savings go',
    subtitle: () => 'Kept as cloud margin, kept on the owner’s own use, passed on as lower prices, against the programme’s cost.',
    drawing: { type: 'bars' },
    build: (i) => withGhosts(siliconSplitChart(i.result), i.compare ? siliconSplitChart(i.compare) : null),
    height: fixed(260),
  },
  {
    id: 'commitments',
    view: 'commitments',
    title: () => 'Signed contracts against the labs’ own bills',
    subtitle: () =>
      'Each pair’s contracts on their yearly schedules, to 2031; the lab’s own bill on that cloud before and after the contract floors (a floor moves the lab’s compute from its other clouds).',
    drawing: { type: 'bars', horizontal: true },
    build: (i) => withGhosts(commitmentChart(i.result), i.compare ? commitmentChart(i.compare) : null),
    height: (model) => Math.max(COMMITMENT_MIN_PX, model.rows.length * COMMITMENT_ROW_PX),
    rows: { legiblePx: COMMITMENT_LEGIBLE_ROW_PX, noun: 'contracts' },
    empty: (model) =>
      model.rows.length === 0
        ? 'No commitments in this scenario: every contract is set to $0. Set one under Commitments in the assumptions to compare it with the lab’s own bill.'
        : null,
  },
];

/**
 * What a chart with a row per item draws in `heightPx`: every row when each gets its legible room, else the
 * largest that do (its rows come largest first), with a note saying how many of how many and where the rest
 * are. The table and the CSV keep every row.
 */
export function slideRows(def: ChartDefinition, model: ChartModel, heightPx: number): { model: ChartModel; note: string | null } {
  if (!def.rows) return { model, note: null };
  const total = model.rows.length;
  const fit = Math.max(1, Math.floor((heightPx - AXIS_ROW_PX) / def.rows.legiblePx));
  if (fit >= total) return { model, note: null };
  return {
    model: { ...model, rows: model.rows.slice(0, fit) },
    note: `The ${fit === 1 ? 'largest' : `${fit} largest`} of ${total} ${def.rows.noun}, to fit the slide; “Show table” lists all ${total}.`,
  };
}

export const CHARTS: Readonly<Record<ChartId, ChartDefinition>> = Object.fromEntries(definitions.map((d) => [d.id, d])) as Record<ChartId, ChartDefinition>;

/**
 * The chart each view leads with, for a slide or a deck page of that view; null for the Risk and Compare
 * views, whose charts are not drawn on the server (see above).
 */
export const PRIMARY_CHART: Readonly<Record<ViewId, ChartId | null>> = {
  strategies: 'hosted',
  shares: 'winners',
  silicon: 'silicon-margin',
  commitments: 'commitments',
  risk: null,
  compare: null,
};

/** Query keys of the image and embed routes, read before the scenario's own (no parameter uses them: tested). */
export const CHART_QUERY_KEYS = { chart: 'chart', format: 'format', theme: 'theme' } as const;

/** What /embed shows besides a single chart: the headline cards. */
export const HEADLINE_EMBED = 'headline';
export type EmbedId = ChartId | typeof HEADLINE_EMBED;

export type ImageFormat = 'png' | 'svg';

/** The image size, CSS px; the PNG is drawn at twice this (2400×1350), for slides. */
export const CHART_IMAGE_SIZE = { width: 1200, height: 675, scale: 2 } as const;

function withScenario(path: string, params: Record<string, string>, query: string): string {
  const own = new URLSearchParams(params).toString();
  const rest = query.replace(/^\?/, '');
  return `${path}?${own}${rest ? `&${rest}` : ''}`;
}

/** The path of a chart's image for a scenario's link query (with or without '?'). */
export function chartImagePath(query: string, chartId: ChartId, format: ImageFormat): string {
  return withScenario('/api/chart', { chart: chartId, format }, query);
}

/** The path of the embeddable page of a chart (or the headline cards) for a scenario's link query. */
export function embedPath(query: string, chart: EmbedId): string {
  return withScenario('/embed', { chart }, query);
}

/** A query string without the image and embed routes' own keys: the scenario's link query alone. */
export function scenarioQueryOf(search: URLSearchParams): string {
  const rest = new URLSearchParams(search);
  for (const key of Object.values(CHART_QUERY_KEYS)) rest.delete(key);
  return rest.toString();
}

/** The iframe height an embed code asks for, px: the chart's drawing area plus its title, legend and source. */
export function embedHeight(chart: EmbedId, model?: ChartModel): number {
  if (chart === HEADLINE_EMBED) return 620;
  return CHARTS[chart].height(model ?? { rows: [], xKey: '', xLabel: '', yLabel: '', series: [], format: 'usdBn' }) + 230;
}
