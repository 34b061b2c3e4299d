/**
 * The link an image is drawn from (the chart images and the preview image): what the image is a pure
 * function of, so one image serves every way of writing the same scenario. Tracking keys go; in a link of
 * the current version, keys the dashboard does not know go too (a tracking parameter we have never heard
 * of must not make a new image). What is left is written in canonical form (encodeScenario's order, only
 * differences from the preset) when every value could be used; a link with a value the dashboard could
 * not use keeps its known keys as given, so the image can still say what was not used.
 */
import { SIMULATION_SETTINGS, parametersByKey } from '@/lib/engine';
import { encodeScenario } from './codec';
import { decodeScenario } from './decode';
import { RESERVED_KEYS, SCHEMA_VERSION, isTrackingKey } from './schema';

const RESERVED: ReadonlySet<string> = new Set([...Object.values(RESERVED_KEYS), ...SIMULATION_SETTINGS.map((s) => s.key)]);

/** Keys an image does not depend on: the view (an image's view is its chart's), the story and present mode. */
const NOT_DRAWN: ReadonlySet<string> = new Set([RESERVED_KEYS.view, RESERVED_KEYS.story, RESERVED_KEYS.present, RESERVED_KEYS.from]);

/** A link's query (no '?') as an image reads it: see the file's comment. Never throws. */
export function imageLinkQuery(query: string): string {
  const given = new URLSearchParams(query);
  const current = given.get(RESERVED_KEYS.version) === String(SCHEMA_VERSION);
  const kept = new URLSearchParams();
  for (const [key, value] of given) {
    if (isTrackingKey(key) || NOT_DRAWN.has(key)) continue;
    if (current && !RESERVED.has(key) && !parametersByKey.has(key)) continue;
    kept.append(key, value);
  }
  const filtered = kept.toString();
  const decoded = decodeScenario(filtered);
  if (decoded.problems.length > 0) return filtered;
  // The measure too: the preview's figures and sentence, and charts such as "If one model family wins", are drawn on it.
  return encodeScenario(decoded.scenario, {
    presetId: decoded.presetId,
    baseline: decoded.baseline,
    simulation: decoded.simulation,
    focus: decoded.focus,
    measure: decoded.measure,
  });
}
