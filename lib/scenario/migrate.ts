/**
 * The migration runner and the shape of a link's raw values. Apart from the list of released migrations
 * (migrations.ts, with the pinned bases it reads), so reading a link already in the current version, as the
 * dashboard does in the browser, does not carry every older version's defaults.
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
