/** Where a value lies against a parameter's plausible range: its own small module, read by the headline. */
import { parametersById } from '@/lib/engine';

/**
 * Where a value lies against a parameter's plausible range: beyond it, within its outer tenth ("near the
 * edge"), or well within. By the value itself, not by how far it is from today's (issue 20: 0% was called
 * "near the edge" of a 12-29% range).
 */
export type RangePlace = 'beyond' | 'edge' | 'within';
export function rangePlace(id: string, value: number): RangePlace {
  const s = parametersById.get(id);
  if (!s || s.kind !== 'number') return 'within';
  const [low, high] = s.range;
  if (value < low || value > high) return 'beyond';
  const margin = (high - low) * 0.1;
  return value < low + margin || value > high - margin ? 'edge' : 'within';
}
