/**
 * A link's summary for previews (Open Graph image, title, description): decoded with the shared codec,
 * evaluated with the engine. Used by the server only; pure, so tests can call it.
 */
import {
  DEFAULT_SIMULATION_SETTINGS,
  PREVIEW_SAMPLES,
  simulate,
  evaluate,
  getParameter,
  getPreset,
  winnerAnalysis,
  changedParameterIds,
  scenarioKey,
  type HyperscalerId,
  type WinnerAnalysis,
  type Scenario,
  type SimulationSettings,
} from '@/lib/engine';
import { oddsInput, type OddsInput } from '@/lib/view-models/thesis';
import { baseScenarioFor, decodeScenario, encodeScenario, listedProblems, presetLabel, type DecodedLink } from '@/lib/scenario';
import { LEAD_LABELS, cloudCards, formatParameterAt, headlineSentence } from '@/lib/view-models';
import { changeWords } from '@/lib/view-models/parameter-words';
import { rememberRecent } from '@/lib/recent';

/** What the notice says of an older link: whether it named its version, and the weights written in to keep its shares, in words. */
export interface LinkUpgrade {
  versionNamed: boolean;
  writtenIn: readonly string[];
}

export interface LinkSummary {
  /** The canonical query (what the dashboard would write), without '?'. */
  query: string;
  title: string;
  sentence: string;
  /** What each cloud's large figure is: the link's headline measure, as the dashboard's cards lead with it. */
  figuresLabel: string;
  /** Each cloud's large figure, what it is a share of (or adds up), and one more figure in words. */
  clouds: { cloud: HyperscalerId; label: string; figure: string; aside: string; also: string }[];
  /** The version an older link was made with (its figures now use the current model), or null. */
  olderVersion: number | null;
  /** For an older link: whether it named its version, and the weights written in to keep its shares, in words. */
  upgrade: LinkUpgrade | null;
  /** The first MAX_LISTED_PROBLEMS of what the link could not use, in words (all of them can be tens of thousands). */
  problems: string[];
  /** How many problems there are in all. */
  problemCount: number;
  /** The winner analysis (keyed by scenario and measure) and the preview odds the page was rendered with, for the browser to reuse. */
  initial: { key: string; winners: WinnerAnalysis; odds: { key: string; result: OddsInput } };
}

const ODDS_CACHE_LIMIT = 64;
const oddsCache = new Map<string, OddsInput>();

/**
 * The first 500 draws of the link's own Monte Carlo (same seed and settings as the browser's full run, so
 * they are its first draws): odds for the first paint and the link preview. Cached per scenario and settings.
 */
export function previewOdds(scenario: Scenario, settings: SimulationSettings): { key: string; result: OddsInput } {
  const key = `${scenarioKey(scenario)}#${settings.samples}/${settings.seed}/${settings.spread}/${settings.concentration}`;
  let result = oddsCache.get(key);
  if (!result) {
    const run = simulate(scenario, { ...settings, samples: Math.min(settings.samples, PREVIEW_SAMPLES) });
    result = rememberRecent(oddsCache, key, oddsInput(run, settings), ODDS_CACHE_LIMIT);
  }
  return { key, result };
}

/** Next's searchParams object back to a query string (repeated keys kept in order). */
export function toQueryString(searchParams: Record<string, string | string[] | undefined>): string {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    if (Array.isArray(value)) for (const v of value) out.append(key, v);
    else if (value !== undefined) out.append(key, value);
  }
  return out.toString();
}

/** A decoded link's scenario in words: its preset's name and how many assumptions it changes against it. */
export function describeScenario(decoded: Pick<DecodedLink, 'scenario' | 'presetId'>): { presetName: string; changed: number; label: string } {
  const presetName = getPreset(decoded.presetId ?? 'public')?.name ?? 'Public data';
  const changed = changedParameterIds(decoded.scenario, baseScenarioFor(decoded.presetId)).length;
  return { presetName, changed, label: changed > 0 ? `${presetName} with ${changed} change${changed === 1 ? '' : 's'}` : presetName };
}

/**
 * Each assumption a scenario changes from its preset, in words, for exported files: "Azure custom-silicon
 * adoption, 2031: 20% (Seed thesis: 35%)". A file on paper has no link to click; "Seed thesis with 1 change"
 * said a change was made and not which (new-user review).
 */
export function describeChanges(decoded: Pick<DecodedLink, 'scenario' | 'presetId'>): string[] {
  const base = baseScenarioFor(decoded.presetId);
  return changeWords(decoded.scenario, base, presetLabel(decoded.presetId), changedParameterIds(decoded.scenario, base));
}

export function summariseLink(query: string): LinkSummary {
  const decoded = decodeScenario(query);
  const result = evaluate(decoded.scenario);
  const winners = winnerAnalysis(decoded.scenario, { measure: decoded.measure });
  const odds = previewOdds(decoded.scenario, { ...DEFAULT_SIMULATION_SETTINGS, ...decoded.simulation });
  const { presetName: name, changed: modified } = describeScenario(decoded);
  const canonical = encodeScenario(decoded.scenario, { presetId: decoded.presetId, view: decoded.view, measure: decoded.measure });
  return {
    query: canonical,
    title: `${modified > 0 ? `${name}, ${modified} assumption${modified === 1 ? '' : 's'} changed` : name}${
      decoded.problems.length > 0 ? ` (repaired link: ${decoded.problems.length} setting${decoded.problems.length === 1 ? '' : 's'} not used as given)` : ''
    }`,
    sentence: headlineSentence(result, winners, odds.result),
    figuresLabel: LEAD_LABELS[decoded.measure],
    clouds: cloudCards(result, result, winners).map((card) => {
      // One more figure under the large one: AI compute hosted, or (where that leads) cloud AI revenue.
      const also = card.figures[0]!;
      return { cloud: card.cloud, label: card.label, figure: card.lead.text, aside: card.lead.hint, also: `${also.text} ${also.name}` };
    }),
    olderVersion: decoded.olderVersion,
    upgrade: decoded.upgrade && {
      versionNamed: decoded.upgrade.versionNamed,
      writtenIn: decoded.upgrade.writtenIn.map(
        (id) => `${getParameter(id)?.label ?? id}: ${formatParameterAt(decoded.scenario, id, Number(decoded.scenario[id]))}`,
      ),
    },
    problems: listedProblems(decoded.problems).listed.map((p) => p.message),
    problemCount: decoded.problems.length,
    initial: { key: `${scenarioKey(decoded.scenario)}|${decoded.measure}`, winners, odds },
  };
}
