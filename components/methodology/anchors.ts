/**
 * Anchors and look-ups the methodology page derives from the registry. Pure functions: no React, so the
 * page, its components and the e2e spec agree on one rule for every anchor id.
 */
import { GROUPS, parameters, parametersById, type MethodStep, type ParameterGroup, type ParameterSpec } from '@/lib/engine';

/**
 * The long reference tables are pages of their own, so /methodology's first response stays small
 * (summary, steps, the facts ledger's table): every parameter, the seed articles' claims, the presets' values,
 * the ledger's context rows.
 */
export const PARAMETERS_PATH = '/methodology/parameters';
export const SEED_CLAIMS_PATH = '/methodology/seed-thesis';
export const PRESETS_PATH = '/methodology/presets';
export const LEDGER_CONTEXT_PATH = '/methodology/ledger-context';

/** Row anchor of a parameter: `param-` + its id with dots replaced by dashes (market.spend2025 -> param-market-spend2025). */
export function parameterAnchorId(parameterId: string): string {
  return `param-${parameterId.replaceAll('.', '-')}`;
}

/**
 * A registry group's page: /methodology/parameters/model-shares. Each group is a page of its own, so an (i)
 * click loads one group's rows (the whole registry was a 1 MB page).
 */
export function groupHref(group: ParameterGroup, query = ''): string {
  return withQuery(`${PARAMETERS_PATH}/${groupSlug(group)}`, query);
}

/**
 * A parameter's row, from any page: /methodology/parameters/market#param-market-spend2025. With the
 * scenario's query, so the row's page's "← Dashboard" returns to the scenario the reader came from.
 */
export function parameterHref(parameterId: string, query = ''): string {
  const spec = parametersById.get(parameterId);
  return `${spec ? groupHref(spec.group, query) : withQuery(PARAMETERS_PATH, query)}#${parameterAnchorId(parameterId)}`;
}

/**
 * A methodology path carrying the scenario's link query (canonical, without "?"), before any #anchor: every
 * page of the methodology keeps the scenario, so its "← Dashboard" link goes back to it.
 */
export function withQuery(path: string, query = ''): string {
  if (!query) return path;
  const hash = path.indexOf('#');
  return hash < 0 ? `${path}?${query}` : `${path.slice(0, hash)}?${query}${path.slice(hash)}`;
}

/** A group's name in a path: Model shares -> model-shares. */
export function groupSlug(group: ParameterGroup): string {
  return group.toLowerCase().replaceAll(/[^a-z0-9]+/g, '-');
}

/** The group a path's slug names, or undefined. */
export function groupFromSlug(slug: string): ParameterGroup | undefined {
  return GROUPS.find((g) => groupSlug(g) === slug);
}

const escapeRe = (text: string) => text.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a parameter's or a group's anchor lives now (`#param-…`, `#group-…`), one rule per group: links made
 * when every parameter was on one page (/methodology#param-…, /methodology/parameters#param-…) still land
 * on their row.
 */
export function movedParameterAnchors(): readonly { pattern: string; path: string }[] {
  return GROUPS.map((group) => {
    const anchors = parametersInGroup(group).map((p) => escapeRe(parameterAnchorId(p.id)));
    return { pattern: `^(${escapeRe(groupAnchorId(group))}|${anchors.join('|')})$`, path: groupHref(group) };
  });
}

/**
 * Where old in-page anchors of /methodology now live (links made before the tables moved: `#param-…` and
 * `#group-…` rows, the seed claims, a preset's values, a context row of the ledger), as patterns of the
 * fragment for the browser (components/methodology/moved-anchor.tsx, which must not load the registry).
 */
export function movedAnchors(contextFactIds: readonly string[]): readonly { pattern: string; path: string }[] {
  const escaped = contextFactIds.map(escapeRe);
  return [
    ...movedParameterAnchors(),
    { pattern: '^seed-claims-heading$', path: SEED_CLAIMS_PATH },
    { pattern: '^preset-.+-values$', path: PRESETS_PATH },
    ...(escaped.length ? [{ pattern: `^fact-(${escaped.join('|')})$`, path: LEDGER_CONTEXT_PATH }] : []),
  ];
}

/** Section anchor of a registry group: Model shares -> group-model-shares. */
export function groupAnchorId(group: ParameterGroup): string {
  return `group-${groupSlug(group)}`;
}

export function parametersInGroup(group: ParameterGroup): readonly ParameterSpec[] {
  return parameters.filter((p) => p.group === group);
}

/** "A", "A and B", "A, B and C": the house style has no serial comma. */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** How many labels a step shows per group before "and N more". */
export const MAX_LABELS_PER_GROUP = 4;

/** The parameters one method step reads within one registry group. */
export interface StepGroupReads {
  group: ParameterGroup;
  /** The step reads every parameter in the group: show the group, not its labels. */
  wholeGroup: boolean;
  /** How many of the group's parameters the step reads. */
  count: number;
  /** Parameters to name (empty when `wholeGroup`). */
  shown: readonly ParameterSpec[];
  /** Parameters read but not named, reachable through the group's table. */
  more: number;
}

export interface StepReads {
  groups: readonly StepGroupReads[];
  /** Entries that match no registry parameter (should not happen; shown as raw ids rather than hidden). */
  unresolved: readonly string[];
}

/** Resolves a step's `parameters` entries (exact ids, or prefixes ending in '.') against the registry. */
export function resolveStepReads(step: Pick<MethodStep, 'parameters'>): StepReads {
  const matches = (entry: string, id: string) => (entry.endsWith('.') ? id.startsWith(entry) : id === entry);
  const unresolved = step.parameters.filter((entry) => !parameters.some((p) => matches(entry, p.id)));
  const read = parameters.filter((p) => step.parameters.some((entry) => matches(entry, p.id)));

  const groups = GROUPS.flatMap((group): StepGroupReads[] => {
    const inGroup = read.filter((p) => p.group === group);
    if (inGroup.length === 0) return [];
    const wholeGroup = inGroup.length === parametersInGroup(group).length;
    const shown = wholeGroup ? [] : inGroup.slice(0, MAX_LABELS_PER_GROUP);
    return [{ group, wholeGroup, count: inGroup.length, shown, more: wholeGroup ? 0 : inGroup.length - shown.length }];
  });
  return { groups, unresolved };
}
