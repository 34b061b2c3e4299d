/**
 * Links from older versions: what a migration wrote in, whether a link sets assumptions at all, and the
 * server's rewrite of an old link into the current version (with `from` saying what it was).
 */
import { parameters, parametersById, parametersByKey, type ScenarioProblem } from '@/lib/engine';
import { KV, PAIR } from './baseline';
import { migrations as releasedMigrations, runMigrations, type LinkParams } from './migrations';
import { readQuery, readVersion } from './reading';
import { isTrackingKey, RESERVED_KEYS, SCHEMA_VERSION } from './schema';
import { SETTING_KEYS } from './settings';
import { FIELD, MAX_SLIDE_FIELDS, START_TAG, TAG } from './story';

/** The weights a migration added to a link (absent before, present after), as parameter ids in registry order. */
export function writtenWeights(before: LinkParams, after: LinkParams): string[] {
  const ids = new Set<string>();
  for (const key of after.keys()) {
    const spec = parametersByKey.get(key);
    if (spec && spec.kind === 'number' && spec.unit === 'weight' && !before.has(key)) ids.add(spec.id);
  }
  return parameters.filter((p) => ids.has(p.id)).map((p) => p.id);
}

/**
 * For a link written with an older schema version, the same link in the current version: its raw values
 * after the migrations, `v` set to the current version and `from` to the old one, so the dashboard (which
 * reads the URL key by key) sees the migrated values and can say the model changed. Values the codec cannot
 * use are kept as they were, so the upgraded link reports the same problems. Null for a current, newer,
 * unreadable or empty link.
 */
export function upgradeLinkQuery(query: string): string | null {
  const raw = readQuery(query);
  raw.delete(RESERVED_KEYS.from);
  if (!setsAssumptions(raw) || onlyStory(raw)) return null;
  const found: ScenarioProblem[] = [];
  const { readAs } = readVersion(raw.get(RESERVED_KEYS.version), SCHEMA_VERSION, found);
  if (found.length > 0 || readAs >= SCHEMA_VERSION) return null;
  const versionNamed = raw.has(RESERVED_KEYS.version);
  raw.delete(RESERVED_KEYS.version);
  const { params, reached } = runMigrations(raw, readAs, SCHEMA_VERSION, releasedMigrations);
  if (reached < SCHEMA_VERSION || !statesAssumptions(params)) return null;
  const writtenIn = writtenWeights(raw, params);
  // The baseline is a scenario too: its keys take the same migrations.
  const baseline = params.get(RESERVED_KEYS.baseline);
  if (baseline)
    params.set(
      RESERVED_KEYS.baseline,
      baseline.map((b) => migrateBaselineText(b, readAs)),
    );
  // And every added Compare column.
  const columns = params.get(RESERVED_KEYS.columns);
  if (columns)
    params.set(
      RESERVED_KEYS.columns,
      columns.map((c) => migrateBaselineText(c, readAs)),
    );
  // So is every slide of a story.
  const story = params.get(RESERVED_KEYS.story);
  if (story)
    params.set(
      RESERVED_KEYS.story,
      story.map((t) => migrateSlideText(t, readAs)),
    );
  const out = new URLSearchParams([[RESERVED_KEYS.version, String(SCHEMA_VERSION)]]);
  for (const [key, values] of params) for (const value of values) out.append(key, value);
  out.append(RESERVED_KEYS.from, fromText({ version: readAs, versionNamed, writtenIn }));
  return out.toString();
}

/**
 * `from` carries what the notice says about an upgraded link: the old version, `n` when the link named none,
 * and the keys of the weights written in ("2.s1an.s1gm", "1n"; characters a URL leaves as they are). The
 * dashboard drops it from the address.
 */
function fromText(u: { version: number; versionNamed: boolean; writtenIn: readonly string[] }): string {
  const keys = u.writtenIn.map((id) => parametersById.get(id)?.key).filter((k): k is string => k !== undefined);
  return `${u.version}${u.versionNamed ? '' : 'n'}${keys.map((k) => `.${k}`).join('')}`;
}

/** Keys that no v1 link could hold: a link with only these (and a view) is read as the current version. */
const CURRENT_ONLY_KEYS: ReadonlySet<string> = new Set([RESERVED_KEYS.story, RESERVED_KEYS.present, RESERVED_KEYS.columns]);

/** A link without `v` that holds only a story (and a view): no v1 link could, so it is read as current. */
export function onlyStory(raw: LinkParams): boolean {
  if (raw.has(RESERVED_KEYS.version)) return false;
  const keys = Array.from(raw.keys()).filter((k) => !isTrackingKey(k));
  return keys.some((k) => CURRENT_ONLY_KEYS.has(k)) && keys.every((k) => CURRENT_ONLY_KEYS.has(k) || k === RESERVED_KEYS.view);
}

/** Whether a link sets anything beyond its version and view: a parameter, a preset, or a key it cannot use. */
export function setsAssumptions(raw: LinkParams): boolean {
  for (const key of raw.keys()) {
    // Simulation settings say how to draw, not what to assume: a link with only them shows Public data.
    if (key !== RESERVED_KEYS.version && key !== RESERVED_KEYS.view && key !== RESERVED_KEYS.from && !SETTING_KEYS.has(key) && !isTrackingKey(key)) return true;
  }
  return false;
}

/** The keys that hold assumptions in today's format: a parameter's, a preset, a baseline, a Compare column or a story. */
const SCENARIO_KEYS: ReadonlySet<string> = new Set([RESERVED_KEYS.preset, RESERVED_KEYS.baseline, RESERVED_KEYS.columns, RESERVED_KEYS.story]);

/**
 * Whether a link, migrated to today's format, still sets an assumption: a versionless link holding only a
 * measure, a figure in focus or keys nobody reads (`?ms=hosted`, `?zz=1`) means the same in every model,
 * so it is not an old link to upgrade, nor said to be one (its unknown keys are reported as ignored).
 */
export function statesAssumptions(params: LinkParams): boolean {
  for (const key of params.keys()) if (parametersByKey.has(key) || SCENARIO_KEYS.has(key)) return true;
  return false;
}

/** `from`'s text (fromText) read back; null unless it names a version older than `current`. */
export function readUpgradedFrom(values: string[] | undefined, current: number): { version: number; versionNamed: boolean; writtenIn: string[] } | null {
  const m = /^([0-9]{1,15})(n?)((?:\.[A-Za-z0-9]{1,16}){0,320})$/.exec(values?.[0] ?? '');
  if (!m) return null;
  const n = Number(m[1]);
  if (!(n >= 1 && n < current)) return null;
  const ids = new Set(
    (m[3] ?? '')
      .split('.')
      .map((k) => parametersByKey.get(k))
      .filter((spec) => spec?.kind === 'number' && spec.unit === 'weight')
      .map((spec) => spec!.id),
  );
  return { version: n, versionNamed: m[2] !== 'n', writtenIn: parameters.filter((p) => ids.has(p.id)).map((p) => p.id) };
}

/** A `b` value written in an older version, in the current one (unreadable text is kept as it was). */
export function migrateBaselineText(raw: string, fromVersion: number): string {
  const inner: LinkParams = new Map();
  for (const token of raw.split(PAIR)) {
    const at = token.indexOf(KV);
    if (at <= 0) return raw;
    inner.set(token.slice(0, at), [...(inner.get(token.slice(0, at)) ?? []), token.slice(at + 1)]);
  }
  const { params } = runMigrations(inner, fromVersion, SCHEMA_VERSION, releasedMigrations);
  return Array.from(params, ([key, values]) => values.map((v) => `${key}${KV}${v}`).join(PAIR)).join(PAIR);
}

/** A slide's `st` value written in an older version, in the current one (as migrateBaselineText). */
export function migrateSlideText(raw: string, fromVersion: number): string {
  const fields = raw.split(FIELD);
  if (fields.length < 3 || fields.length > MAX_SLIDE_FIELDS) return raw;
  fields[1] = migrateBaselineText(fields[1] ?? '', fromVersion);
  // Its baseline, Compare columns and starting point are scenarios too.
  for (let i = 4; i < fields.length; i++) {
    const field = fields[i] ?? '';
    for (const tag of [RESERVED_KEYS.baseline, RESERVED_KEYS.columns, START_TAG]) {
      if (field.startsWith(`${tag}${TAG}`)) fields[i] = `${tag}${TAG}${migrateBaselineText(field.slice(tag.length + 1), fromVersion)}`;
    }
  }
  return fields.join(FIELD);
}
