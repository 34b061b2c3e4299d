/**
 * Attribution (issue 11): why two scenarios differ. The difference in a measure between scenario A (`from`)
 * and B (`to`) is split among the assumptions that changed by exact Shapley values: every subset of the
 * changed groups is evaluated (B's values for the groups in the subset, A's for the rest), and each group
 * gets its marginal effect averaged over every order of applying them. So the bars add up exactly to the
 * difference and no order is privileged (Shapley 1953; the same decomposition as in SHAP).
 *
 * Grouping: each changed parameter alone when there are at most MAX_GROUPS; otherwise finer groups of the
 * registry (a year's model shares, a family's hosting) when those are few enough; otherwise the registry's
 * groups. `method` says which.
 */
import { CLOUD_LABELS, FAMILIES, FAMILY_LABELS, HYPERSCALERS, type CloudId, type FamilyId } from './ids';
import { evaluateCloudInputs } from './evaluate';
import { resolveInputs, type ModelInputs } from './inputs';
import { GROUPS, parametersById, type ParameterSpec } from './parameters';
import { differingIds, type Scenario } from './scenario';
export { differingIds } from './scenario';
import { cloudMeasure, inputSetters, setInput, type UncertainMeasure } from './uncertainty';
import { formatCount } from '@/lib/format';

/** 2^12 = 4,096 evaluations: the most an attribution runs. */
export const MAX_GROUPS = 12;

export interface Contribution {
  key: string;
  label: string;
  /** The parameter ids in this group that differ between the two scenarios. */
  ids: string[];
  /** Its Shapley value, in the measure's unit (USD bn). */
  value: number;
}

export interface Attribution {
  /** The measure under `to` minus under `from`. */
  total: number;
  fromValue: number;
  toValue: number;
  contributions: Contribution[];
  /** How the groups were formed and the values computed, in words. */
  method: string;
  grouping: 'parameter' | 'subgroup' | 'group';
}

function valueOf(scenario: Readonly<Scenario>, spec: ParameterSpec): number | string {
  return scenario[spec.id] ?? spec.default;
}

/** A finer group than the registry's where it has a natural one: a year's shares, a family's hosting. */
function subgroupOf(spec: ParameterSpec): { key: string; label: string } {
  const [head, second] = spec.id.split('.');
  if (spec.group === 'Model shares' && head?.startsWith('share')) return { key: head, label: `Model shares, ${head.slice(5)}` };
  if ((spec.group === 'Hosting' || spec.group === 'Own use') && second && FAMILIES.includes(second as FamilyId)) {
    return { key: `${spec.group}:${second}`, label: `${spec.group}: ${FAMILY_LABELS[second as FamilyId]}` };
  }
  if (spec.group === 'Custom silicon' || spec.group === 'Commitments') {
    const cloud = spec.id.split('.').find((part) => (HYPERSCALERS as readonly string[]).includes(part)) as CloudId | undefined;
    if (cloud) return { key: `${spec.group}:${cloud}`, label: `${spec.group}: ${CLOUD_LABELS[cloud]}` };
  }
  return { key: spec.group, label: spec.group };
}

interface Group {
  key: string;
  label: string;
  ids: string[];
}

/** The groups an attribution between these scenarios uses (at most MAX_GROUPS). */
export function attributionGroups(from: Readonly<Scenario>, to: Readonly<Scenario>): { groups: Group[]; grouping: Attribution['grouping'] } {
  const ids = differingIds(from, to);
  if (ids.length <= MAX_GROUPS) {
    return { groups: ids.map((id) => ({ key: id, label: parametersById.get(id)?.label ?? id, ids: [id] })), grouping: 'parameter' };
  }
  const collect = (keyOf: (spec: ParameterSpec) => { key: string; label: string }): Group[] => {
    const map = new Map<string, Group>();
    for (const id of ids) {
      const spec = parametersById.get(id) as ParameterSpec;
      const { key, label } = keyOf(spec);
      const g = map.get(key) ?? { key, label, ids: [] };
      g.ids.push(id);
      map.set(key, g);
    }
    return [...map.values()];
  };
  const finer = collect(subgroupOf);
  if (finer.length <= MAX_GROUPS) return { groups: finer, grouping: 'subgroup' };
  // The registry has fewer groups than MAX_GROUPS, so this always fits.
  const coarse = collect((spec) => ({ key: spec.group, label: spec.group }));
  coarse.sort((a, b) => GROUPS.indexOf(a.key as (typeof GROUPS)[number]) - GROUPS.indexOf(b.key as (typeof GROUPS)[number]));
  return { groups: coarse, grouping: 'group' };
}

/** Writes one parameter's value into model inputs as resolveInputs would (numbers by their setters). */
function writeInput(inputs: ModelInputs, spec: ParameterSpec, value: number | string): void {
  if (spec.kind === 'number') {
    setInput(inputs, inputSetters(spec), Number(value));
    return;
  }
  // The only enum parameters are the hyperscalers' strategies.
  const cloud = spec.id.split('.')[1] as keyof ModelInputs['strategy'];
  (inputs.strategy as Record<string, string>)[cloud] = String(value);
}

const METHOD: Readonly<Record<Attribution['grouping'], string>> = {
  parameter: 'each changed assumption on its own',
  subgroup: 'changed assumptions grouped finely: a year’s model shares, a family’s hosting, a cloud’s silicon',
  group: 'changed assumptions grouped as the methodology groups them',
};

export function attribute(from: Readonly<Scenario>, to: Readonly<Scenario>, { cloud, measure }: { cloud: CloudId; measure: UncertainMeasure }): Attribution {
  const { groups, grouping } = attributionGroups(from, to);
  const k = groups.length;
  const specs = groups.map((g) => g.ids.map((id) => parametersById.get(id) as ParameterSpec));
  // One inputs object, rewritten in place. Subsets are visited in Gray-code order, so each step switches
  // one group between A's and B's values.
  const inputs = resolveInputs(from);
  const count = 1 << k;
  const v = new Float64Array(count);
  // Only the chosen cloud's figures are needed: its economics alone (the others' are independent of it).
  v[0] = cloudMeasure(evaluateCloudInputs(inputs, cloud), measure);
  let previous = 0;
  for (let i = 1; i < count; i++) {
    const mask = i ^ (i >> 1);
    const flipped = mask ^ previous;
    const g = 31 - Math.clz32(flipped);
    const source = mask & flipped ? to : from;
    for (const spec of specs[g] as ParameterSpec[]) writeInput(inputs, spec, valueOf(source, spec));
    v[mask] = cloudMeasure(evaluateCloudInputs(inputs, cloud), measure);
    previous = mask;
  }
  // Shapley weight of a subset of size s not containing i: s! (k - s - 1)! / k!.
  const factorial = [1];
  for (let i = 1; i <= k; i++) factorial.push((factorial[i - 1] as number) * i);
  const weight = (s: number) => ((factorial[s] as number) * (factorial[k - s - 1] as number)) / (factorial[k] as number);
  const popcount = (x: number) => {
    let c = 0;
    for (let y = x; y; y &= y - 1) c++;
    return c;
  };
  const contributions: Contribution[] = groups.map((group, i) => {
    const bit = 1 << i;
    let value = 0;
    for (let mask = 0; mask < count; mask++) {
      if (mask & bit) continue;
      value += weight(popcount(mask)) * ((v[mask | bit] as number) - (v[mask] as number));
    }
    return { key: group.key, label: group.label, ids: group.ids, value };
  });
  const fromValue = v[0] as number;
  const toValue = v[count - 1] as number;
  return {
    total: toValue - fromValue,
    fromValue,
    toValue,
    contributions,
    grouping,
    method:
      k === 0
        ? 'A and B assume the same: there is no difference to split.'
        : `Exact Shapley values over ${k} ${k === 1 ? 'group' : 'groups'}, ${METHOD[grouping]}. ${formatCount(count)} evaluations; every order of applying the changes is averaged, so the bars add up to the difference.`,
  };
}
