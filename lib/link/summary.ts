/**
 * A link's summary for previews (Open Graph image, title, description): decoded with the shared codec,
 * evaluated with the engine. Used by the server only; pure, so tests can call it.
 */
import {
  evaluate,
  getParameter,
  getPreset,
  HYPERSCALERS,
  CLOUD_LABELS,
  winnerAnalysis,
  changedParameterIds,
  scenarioKey,
  type HyperscalerId,
  type WinnerAnalysis,
} from '@/lib/engine';
import { baseScenarioFor, decodeScenario, encodeScenario, listedProblems, type DecodedLink } from '@/lib/scenario';
import { formatParameterAt, headlineSentence } from '@/lib/view-models';

export interface LinkSummary {
  /** The canonical query (what the dashboard would write), without '?'. */
  query: string;
  title: string;
  sentence: string;
  clouds: { cloud: HyperscalerId; label: string; hostedUsdBn: number; share: number; revenueUsdBn: number }[];
  /** The version an older link was made with (its figures now use the current model), or null. */
  olderVersion: number | null;
  /** For an older link: whether it named its version, and the weights written in to keep its shares, in words. */
  upgrade: { versionNamed: boolean; writtenIn: string[] } | null;
  /** The first MAX_LISTED_PROBLEMS of what the link could not use, in words (all of them can be tens of thousands). */
  problems: string[];
  /** How many problems there are in all. */
  problemCount: number;
  /** The winner analysis the page was rendered with, keyed by scenario, for the browser to reuse. */
  initial: { key: string; winners: WinnerAnalysis };
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

export function summariseLink(query: string): LinkSummary {
  const decoded = decodeScenario(query);
  const result = evaluate(decoded.scenario);
  const winners = winnerAnalysis(decoded.scenario);
  const { presetName: name, changed: modified } = describeScenario(decoded);
  const canonical = encodeScenario(decoded.scenario, { presetId: decoded.presetId, view: decoded.view });
  return {
    query: canonical,
    title: `${modified > 0 ? `${name}, ${modified} assumption${modified === 1 ? '' : 's'} changed` : name}${
      decoded.problems.length > 0 ? ` (repaired link: ${decoded.problems.length} setting${decoded.problems.length === 1 ? '' : 's'} not used as given)` : ''
    }`,
    sentence: headlineSentence(result, winners),
    clouds: HYPERSCALERS.map((c) => ({
      cloud: c,
      label: CLOUD_LABELS[c],
      hostedUsdBn: result.clouds[c].cumulative.hostedComputeUsdBn,
      share: result.clouds[c].cumulative.hostedShare,
      revenueUsdBn: result.clouds[c].cumulative.revenueUsdBn,
    })),
    olderVersion: decoded.olderVersion,
    upgrade: decoded.upgrade && {
      versionNamed: decoded.upgrade.versionNamed,
      writtenIn: decoded.upgrade.writtenIn.map((id) => `${getParameter(id)?.label ?? id}: ${formatParameterAt(decoded.scenario, id, Number(decoded.scenario[id]))}`),
    },
    problems: listedProblems(decoded.problems).listed.map((p) => p.message),
    problemCount: decoded.problems.length,
    initial: { key: scenarioKey(decoded.scenario), winners },
  };
}
