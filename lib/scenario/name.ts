/**
 * A scenario's name in words, from its preset and how many assumptions differ from that preset's base. Here,
 * not in the view models, because the JSON export (json.ts) names scenarios too and the link layer must not
 * import the view layer.
 */
import { differingIds, getPreset, type Scenario } from '@/lib/engine';

/** "Seed thesis", "Seed thesis, 3 changes", "Public data, 2 changes". */
export function scenarioName(scenario: Readonly<Scenario>, presetId: string | null, base: Readonly<Scenario>): string {
  const label = presetId ? (getPreset(presetId)?.name ?? presetId) : 'Public data';
  const n = differingIds(base, scenario).length;
  return n === 0 ? label : `${label}, ${n} ${n === 1 ? 'change' : 'changes'}`;
}
