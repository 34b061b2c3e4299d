/**
 * Anchors and look-ups the methodology page derives from the registry. Pure functions: no React, so the
 * page, its components and the e2e spec agree on one rule for every anchor id.
 */
import { GROUPS, parameters, type MethodStep, type ParameterGroup, type ParameterSpec } from '@/lib/engine';

/** Row anchor of a parameter: `param-` + its id with dots replaced by dashes (market.spend2025 -> param-market-spend2025). */
export function parameterAnchorId(parameterId: string): string {
  return `param-${parameterId.replaceAll('.', '-')}`;
}

/** Section anchor of a registry group: Model shares -> group-model-shares. */
export function groupAnchorId(group: ParameterGroup): string {
  return `group-${group.toLowerCase().replaceAll(/[^a-z0-9]+/g, '-')}`;
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
