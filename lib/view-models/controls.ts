/** Scenario -> what the controls show beside raw values: weights as the shares they become, colours. */
import { CLOUDS, WEIGHT_GROUPS, type CloudId, type FamilyId, type ParameterSpec, type Scenario } from '@/lib/engine';
import { CLOUD_COLORS, FAMILY_COLORS } from '@/lib/palette';

/**
 * For every weight id (family shares and hosting rows), the share it becomes within its group (0-1), as the
 * engine normalises it; an all-zero group is an equal split.
 */
export function normalisedShares(scenario: Readonly<Scenario>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const ids of WEIGHT_GROUPS) {
    const sum = ids.reduce((s, id) => s + Math.max(0, Number(scenario[id]) || 0), 0);
    for (const id of ids) out[id] = sum > 0 ? Math.max(0, Number(scenario[id]) || 0) / sum : 1 / ids.length;
  }
  return out;
}

/** A control's accent: its cloud's colour, or its family's for share weights; undefined for the rest. */
export function parameterColor(spec: ParameterSpec): string | undefined {
  const parts = spec.id.split('.');
  if (parts[0]?.startsWith('share')) return FAMILY_COLORS[parts[1] as FamilyId];
  const cloud = [...parts].reverse().find((p) => (CLOUDS as readonly string[]).includes(p)) as CloudId | undefined;
  return cloud ? CLOUD_COLORS[cloud] : undefined;
}
