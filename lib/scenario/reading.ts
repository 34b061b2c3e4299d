/**
 * What every part of a link is read with: the query as key → values, the version it claims, one reserved
 * value checked against what is known, and the schema (migrations, target version) reading runs against.
 */
import { getPreset, type ScenarioProblem } from '@/lib/engine';
import { problems } from './messages';
import type { LinkParams, Migration } from './migrate';
import { SCHEMA_VERSION } from './schema';

export interface SchemaOptions {
  migrations: readonly Migration[];
  schemaVersion: number;
}

/**
 * For values already in the current version (the dashboard reading its own address bar): no migration can run,
 * so none is loaded. A whole link from anywhere is read with the released migrations (decode.ts).
 */
export const CURRENT_VALUES: Readonly<SchemaOptions> = { migrations: [], schemaVersion: SCHEMA_VERSION };

export function readQuery(query: string): LinkParams {
  const text = typeof query === 'string' ? query : '';
  const hash = text.indexOf('#');
  // URLSearchParams drops one leading '?', and decodes broken percent-escapes leniently instead of throwing.
  const search = new URLSearchParams(hash === -1 ? text : text.slice(0, hash));
  const params: LinkParams = new Map();
  for (const [key, value] of search) {
    const values = params.get(key);
    if (values) values.push(value);
    else params.set(key, [value]);
  }
  return params;
}

export const POSITIVE_INTEGER = /^[0-9]{1,15}$/;

/** `version` is what the link claims (see DecodedLink); `readAs` is the version its values are read in. */
export function readVersion(values: string[] | undefined, current: number, found: ScenarioProblem[]): { version: number; readAs: number } {
  const raw = values?.[0];
  if (values && values.length > 1) found.push(problems.repeatedReserved('version', values[0] ?? ''));
  if (raw === undefined) return { version: 1, readAs: 1 };
  const n = POSITIVE_INTEGER.test(raw) ? Number(raw) : 0;
  if (n < 1) {
    found.push(problems.unreadableVersion(raw, current));
    return { version: current, readAs: current };
  }
  if (n > current) {
    found.push(problems.newerVersion(n, current));
    return { version: n, readAs: current };
  }
  return { version: n, readAs: n };
}

export function readReserved<T extends string>(
  values: string[] | undefined,
  what: string,
  isKnown: (raw: string) => raw is T,
  unknown: (raw: string) => ScenarioProblem,
  found: ScenarioProblem[],
): T | null {
  const raw = values?.[0];
  if (raw === undefined) return null;
  if (values && values.length > 1) found.push(problems.repeatedReserved(what, raw));
  if (isKnown(raw)) return raw;
  found.push(unknown(raw));
  return null;
}

export function isPresetId(raw: string): raw is string {
  return getPreset(raw) !== undefined;
}
