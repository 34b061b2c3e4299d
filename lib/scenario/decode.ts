/**
 * A whole link, from any version, read with the released migrations. Apart from codec.ts so the browser's
 * first load (which reads only its own, current address bar) does not carry the migrations and their pinned
 * bases; the server and the link notice read links with this.
 */
import { decodeScenarioWith, type DecodedLink } from './codec';
import { migrations } from './migrations';
import { SCHEMA_VERSION } from './schema';

/** Reads a link's query ('?' and '#hash' optional). Never throws; anything unusable becomes a problem. */
export function decodeScenario(query: string): DecodedLink {
  return decodeScenarioWith(query, { migrations, schemaVersion: SCHEMA_VERSION });
}
