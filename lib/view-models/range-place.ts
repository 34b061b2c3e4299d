/** Where a value lies against a parameter's plausible range: its own small module, read by the headline. */
import { parametersById } from '@/lib/engine';

/**
 * Where a value lies against a parameter's plausible range: beyond it, within its outer tenth ("near the
 * edge"), or well within. By the value itself, not by how far it is from today's (issue 20: 0% was called
 * "near the edge" of a 12-29% range).
 */
export type RangePlace = 'beyond' | 'edge' | 'within';
export function rangePlace(id: string, value: number): RangePlace {
  const at = rangeFraction(id, value);
  if (at === null) return 'within';
  if (at < 0 || at > 1) return 'beyond';
  return at < 0.1 || at > 0.9 ? 'edge' : 'within';
}

/**
 * Where a value lies along a number parameter's plausible range: 0 at its low end, 1 at its high end
 * (outside 0-1 beyond it); null for a parameter with no range to speak of (unknown, a choice, or an empty range).
 */
export function rangeFraction(id: string, value: number): number | null {
  const s = parametersById.get(id);
  if (!s || s.kind !== 'number') return null;
  const [low, high] = s.range;
  return high > low ? (value - low) / (high - low) : null;
}

/**
 * Where a flip's value lies, as a sentence says it: "near the edge" only where the move goes towards that
 * edge. From 0%, a range's very end, to 1% moves away from it, and "near the edge" made the nearest of flips
 * read as a far-fetched one (a new-user review).
 */
export function flipPlace(id: string, current: number, value: number): RangePlace {
  const place = rangePlace(id, value);
  if (place !== 'edge') return place;
  const a = rangeFraction(id, current);
  const b = rangeFraction(id, value);
  return a !== null && b !== null && Math.min(b, 1 - b) >= Math.min(a, 1 - a) ? 'within' : 'edge';
}
