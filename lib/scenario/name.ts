/**
 * A scenario's name in words, from its preset and how many assumptions differ from that preset's base. Here,
 * not in the view models, because the JSON export (json.ts) names scenarios too and the link layer must not
 * import the view layer.
 */
import { differingIds, formatParameterValue, getParameter, getPreset, type Scenario } from '@/lib/engine';

/** The preset's name: "Seed thesis"; "Public data" for none. */
export function presetLabel(presetId: string | null): string {
  return presetId ? (getPreset(presetId)?.name ?? presetId) : 'Public data';
}

/** "Seed thesis", "Seed thesis, 3 changes", "Public data, 2 changes". */
export function scenarioName(scenario: Readonly<Scenario>, presetId: string | null, base: Readonly<Scenario>): string {
  const label = presetLabel(presetId);
  const n = differingIds(base, scenario).length;
  return n === 0 ? label : `${label}, ${n} ${n === 1 ? 'change' : 'changes'}`;
}

/** A scenario beside others, with what its name is read against. */
export interface NamedScenario {
  scenario: Readonly<Scenario>;
  presetId: string | null;
  base: Readonly<Scenario>;
}

/**
 * Names for scenarios shown side by side (the Compare view's A, B, C, D). Where two would read the same
 * ("Public data, 1 change" for two different changes: a new-user review), a scenario one change from its
 * preset says that change ("Public data: World AI compute, 2025 at $325B"); names still alike stay so.
 */
export function distinctNames(items: readonly NamedScenario[]): string[] {
  const names = items.map((it) => scenarioName(it.scenario, it.presetId, it.base));
  return names.map((name, i) => {
    if (names.indexOf(name) === names.lastIndexOf(name)) return name;
    const it = items[i]!;
    const changed = differingIds(it.base, it.scenario);
    const spec = changed.length === 1 ? getParameter(changed[0] as string) : undefined;
    if (!spec) return name;
    const label = presetLabel(it.presetId);
    const value = it.scenario[spec.id] ?? spec.default;
    // A choice is named ("Azure strategy: Horizontal"); a weight's number is not the share it gives (that
    // depends on the others), so it is named as changed.
    if (spec.kind !== 'number') return `${label}: ${spec.label}: ${formatParameterValue(spec, value)}`;
    if (spec.unit === 'weight') return `${label}: ${spec.label} changed`;
    return `${label}: ${spec.label} at ${formatParameterValue(spec, value)}`;
  });
}
