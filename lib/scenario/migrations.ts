/**
 * Link migrations: shared links are a stored format, like a database schema. When a parameter's key is
 * renamed or retired, or its meaning changes, SCHEMA_VERSION goes up and a migration here rewrites older
 * links' raw query values before they are read, so every released link keeps its meaning.
 * See README.md ("Changing the link schema").
 */

/** Raw query: key -> every value given for it, in order. Excludes the version key. */
export type LinkParams = Map<string, string[]>;

export interface Migration {
  /** The link version this migration reads. */
  from: number;
  /** The link version it produces; from + 1. */
  to: number;
  /** What changed, for whoever reads this file next. */
  description: string;
  /** Pure: returns a new map, leaves its input alone. */
  migrate(params: LinkParams): LinkParams;
}

/** Every migration, in order: migrations[i] goes from version i + 1 to i + 2. Empty while SCHEMA_VERSION is 1. */
export const migrations: readonly Migration[] = [];

export interface MigrationOutcome {
  params: LinkParams;
  /** The version reached; below the target only if a step was missing or failed. */
  reached: number;
}

/**
 * Applies each migration from `fromVersion` up to `toVersion` in turn. Never throws: a missing or failing
 * step stops the run where it is (the caller reports it), since a link must always open.
 */
export function runMigrations(params: LinkParams, fromVersion: number, toVersion: number, list: readonly Migration[]): MigrationOutcome {
  let current = fromVersion;
  let out = copy(params);
  while (current < toVersion) {
    const step = list.find((m) => m.from === current);
    if (!step || step.to <= current || step.to > toVersion) break;
    try {
      // Each migration gets its own copy, so a careless one cannot change what an earlier step produced.
      out = copy(step.migrate(copy(out)));
    } catch {
      break;
    }
    current = step.to;
  }
  return { params: out, reached: current };
}

function copy(params: LinkParams): LinkParams {
  return new Map(Array.from(params, ([key, values]) => [key, [...values]]));
}
