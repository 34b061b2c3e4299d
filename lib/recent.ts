/**
 * A Map as a small most-recently-used cache: the one rule the dashboard's results, the server's preview
 * odds and the simulation worker's finished runs share. A Map iterates in insertion order, so the first
 * key is the oldest.
 */

/**
 * Remembers `value` under `key` as the newest entry, then forgets the oldest beyond `limit`. Never forgets
 * `pinned` (the dashboard keeps Public data's result, every card's baseline) or the entry just remembered.
 * Returns `value`.
 */
export function rememberRecent<K, V>(map: Map<K, V>, key: K, value: V, limit: number, pinned?: K): V {
  map.delete(key);
  map.set(key, value);
  for (const old of map.keys()) {
    if (map.size <= limit) break;
    if (old !== pinned && old !== key) map.delete(old);
  }
  return value;
}
