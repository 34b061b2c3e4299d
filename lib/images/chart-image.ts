/**
 * A chart image for a link: decodes the scenario (the same codec as the dashboard), evaluates it, builds the
 * chart from the registry and lays out its words (title, units, legend, source, what the link could not use,
 * the scenario's link). Used by app/api/chart; the SVG comes from components/charts/chart-svg.ts.
 */
import { chartSvg, type ChartImageSpec, type TextMeasure } from '@/lib/charts/chart-svg';
import { MODEL_VERSION, evaluate, winnerAnalysis } from '@/lib/engine';
import { describeChanges, describeScenario } from '@/lib/link/summary';
import { DEFAULT_VIEW, baseScenarioFor, decodeScenario, encodeScenario, type DecodedLink, type ViewId } from '@/lib/scenario';
import { CHARTS, CHART_IMAGE_SIZE, scenarioName, type ChartId, type ChartInput, type ChartModel } from '@/lib/view-models';

export interface ChartImage {
  spec: ChartImageSpec;
  svg: string;
  /** The scenario's canonical link (absolute), opening the chart's view. */
  link: string;
}

/**
 * The live dashboard's link for a scenario's query, opening `view` (the default view is not written): the
 * canonical link, so values the link could not use are left out, as they are left out of what is drawn.
 */
export function scenarioLink(origin: string, query: string, view: ViewId | null): { link: string; decoded: DecodedLink } {
  const decoded = decodeScenario(query);
  const canonical = encodeScenario(decoded.scenario, {
    presetId: decoded.presetId,
    view: view === DEFAULT_VIEW ? null : view,
    baseline: decoded.baseline,
    simulation: decoded.simulation,
    focus: decoded.focus,
    measure: decoded.measure,
  });
  return { link: `${origin}/${canonical ? `?${canonical}` : ''}`, decoded };
}

/** Results for a decoded link: the scenario's, and the pinned baseline's for ghosts. */
export function chartInputFor(decoded: DecodedLink): ChartInput {
  const b = decoded.baseline;
  return {
    result: evaluate(decoded.scenario),
    winners: winnerAnalysis(decoded.scenario, { measure: decoded.measure }),
    compare: b ? evaluate(b.scenario) : null,
    compareWinners: b ? winnerAnalysis(b.scenario, { measure: decoded.measure }) : null,
  };
}

/** The source line under a chart (image and embed): the product, the model version, the scenario, where figures come from. */
export function chartSource(scenarioLabel: string, origin: string): string {
  return `Source: AI Infrastructure Economics Explorer, model v${MODEL_VERSION} · ${scenarioLabel}. Figures are the model’s estimates from public reports (2025 calibrated to company reports) and this scenario’s assumptions; methods and sources at ${origin}/methodology.`;
}

/**
 * The assumptions a scenario changes, in one line for a file's footer or header: "Changed (1): Azure
 * custom-silicon adoption, 2031: 20% (Seed thesis: 35%)"; null when it changes none. A printed chart has
 * no link to click, and "with 1 change" said only that something was changed (new-user review).
 */
export function changesLine(changes: readonly string[]): string | null {
  return changes.length > 0 ? `Changed (${changes.length}): ${changes.join('; ')}.` : null;
}

/** What the link held that was not used, in one line; null when the link was clean. */
export function problemsLine(messages: readonly string[]): string | null {
  return messages.length > 0 ? `Not used as given (${messages.length}), the rest of the link is drawn: ${messages.join(' ')}` : null;
}

/**
 * Characters our words use that the bundled Noto Sans (latin) has no glyph for, and what is drawn instead:
 * "OpenAI → Oracle" is drawn "OpenAI › Oracle".
 */
const SUBSTITUTES: Readonly<Record<string, string>> = { '→': '›' };
export function forImageFont(text: string): string {
  return text.replace(/[→]/g, (ch) => SUBSTITUTES[ch] ?? ch);
}

/** A model whose category names and series labels use only characters the image font draws. */
function modelForFont(model: ChartModel): ChartModel {
  const keys = [model.xKey, model.tickKey].filter((k): k is string => !!k);
  return {
    ...model,
    rows: model.rows.map((row) => {
      const out = { ...row };
      for (const k of keys) if (typeof out[k] === 'string') out[k] = forImageFont(out[k]);
      return out;
    }),
    series: model.series.map((s) => ({ ...s, label: forImageFont(s.label) })),
    ghosts: model.ghosts?.map((s) => ({ ...s, label: forImageFont(s.label) })),
  };
}

/** Everything an image of `chartId` says for the scenario in `query` (the link's query, image keys removed). */
export function chartImage(chartId: ChartId, query: string, origin: string, measure: TextMeasure): ChartImage {
  const def = CHARTS[chartId];
  const { link, decoded } = scenarioLink(origin, query, def.view);
  const input = chartInputFor(decoded);
  const model = def.build(input);
  const scenarioLabel = describeScenario(decoded).label;
  const problems = decoded.problems.map((p) => p.message);
  const spec: ChartImageSpec = {
    width: CHART_IMAGE_SIZE.width,
    height: CHART_IMAGE_SIZE.height,
    title: forImageFont(def.title(input)),
    subtitle: forImageFont(def.subtitle(input)),
    model: modelForFont(model),
    drawing: def.drawing,
    emptyMessage: def.empty?.(model) ?? null,
    baselineName: decoded.baseline ? scenarioName(decoded.baseline.scenario, decoded.baseline.presetId, baseScenarioFor(decoded.baseline.presetId)) : null,
    source: chartSource(scenarioLabel, origin),
    problems: problemsLine(problems),
    changes: changesLine(describeChanges(decoded).map(forImageFont)),
    link,
  };
  return { spec, svg: chartSvg(spec, measure), link };
}
