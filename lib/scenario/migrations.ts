/**
 * Link migrations: shared links are a stored format, like a database schema. When a parameter's key is
 * renamed or retired, or its meaning changes, SCHEMA_VERSION goes up and a migration here rewrites older
 * links' raw query values before they are read, so every released link keeps its meaning.
 * See README.md ("Changing the link schema").
 */
import { WEIGHT_GROUPS, parametersById } from '@/lib/engine';
// The pinned v1 bases (never edited): what a v1 link's values were relative to.
import basesV1 from './fixtures/bases-v1.json';
import basesV2 from './fixtures/bases-v2.json';
import type { LinkParams, Migration } from './migrate';

// The runner and its types live in migrate.ts, which reading a current link needs without this list.
export { runMigrations, type LinkParams, type Migration, type MigrationOutcome } from './migrate';

type Bases = { defaults: Record<string, number | string>; presets: Record<string, Record<string, number | string>> };

/**
 * Weights are normalised in groups (a year's family shares, a family's hosting row), so a weight an older
 * link set means a share only beside the weights it left alone. A migration writes those older weights into
 * the link, so each group keeps the shares its sender saw; untouched groups take the new defaults.
 */
function weightGroupsOf(bases: Bases): readonly (readonly string[])[] {
  return WEIGHT_GROUPS.filter((group) => group.every((id) => id in bases.defaults));
}
export const V1_WEIGHT_GROUPS = weightGroupsOf(basesV1 as Bases);

/** The base an older link's values were relative to: its version's defaults, with its preset's values if it named one. */
function baseOf(bases: Bases, params: LinkParams): Readonly<Record<string, number | string>> {
  const presetId = params.get('p')?.[0];
  const presetValues = presetId !== undefined && Object.hasOwn(bases.presets, presetId) ? bases.presets[presetId] : undefined;
  return presetValues ? { ...bases.defaults, ...presetValues } : bases.defaults;
}

function keepWeightGroups(bases: Bases, params: LinkParams): void {
  const base = baseOf(bases, params);
  for (const group of weightGroupsOf(bases)) {
    const keys = group.map((id) => parametersById.get(id)?.key);
    if (!keys.some((k) => k !== undefined && params.has(k))) continue;
    group.forEach((id, i) => {
      const key = keys[i];
      const value = base[id];
      if (key !== undefined && !params.has(key) && value !== undefined) params.set(key, [String(value)]);
    });
  }
}

/** v1's "model-layer gross profit per infra dollar" becomes a gross margin on revenue at v2's 2025 revenue ratio. */
export const V1_REVENUE_RATIO_2025 = 0.6;

/** Decimal text to a number, or null: the codec reports anything else under the new key. */
function decimal(raw: string | undefined): number | null {
  if (raw === undefined || !/^[\t\n\f\r ]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[\t\n\f\r ]*$/.test(raw)) return null;
  const n = Number(raw.trim());
  return Number.isFinite(n) ? n : null;
}

/** Moves `from`'s values to `to` (unless the link already has `to`), converting numbers; other text passes through. */
function convertKey(params: LinkParams, from: string, to: string, convert: (n: number) => number): void {
  const values = params.get(from);
  if (!values) return;
  params.delete(from);
  if (params.has(to)) return;
  params.set(
    to,
    values.map((raw) => {
      const n = decimal(raw);
      return n === null ? raw : String(Number(convert(n).toFixed(2)));
    }),
  );
}

/** Every migration, in order: migrations[i] goes from version i + 1 to i + 2. */
export const migrations: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    description:
      'Model v2 (ECONOMICS.md, "Model v2"). A v1 link keeps every assumption it set and takes v2\'s defaults for the rest (that is what "Public data" means); the link notice says the model has changed. A weight it set keeps the share it gave: the v1 weights beside it in its group (a year\'s family shares, a family\'s hosting row) are written in too. Three v1 values change meaning and are converted: ' +
      '"lm" (model-layer gross profit per infra dollar, %) becomes "mgm" (model gross margin on revenue, %) = lm / 0.6, the 2025 revenue ratio, so 2025 profit per compute dollar is unchanged (clamped to 90%); ' +
      '"canaw" (Anthropic -> AWS commitment, v1 window 2026-2031) keeps its yearly amount over the announced 2026-2035 window (× 10/6, at most 600); ' +
      '"cangc" (Anthropic -> Google Cloud, v1 window 2026-2031) keeps its yearly amount over the announced 2027-2031 window (× 5/6).',
    migrate(params) {
      keepWeightGroups(basesV1 as Bases, params);
      convertKey(params, 'lm', 'mgm', (n) => Math.min(90, Math.max(0, n / V1_REVENUE_RATIO_2025)));
      convertKey(params, 'canaw', 'canaw', (n) => Math.min(600, (n * 10) / 6));
      convertKey(params, 'cangc', 'cangc', (n) => (n * 5) / 6);
      return params;
    },
  },
  {
    from: 2,
    to: 3,
    description:
      'Model v3 (ECONOMICS.md, "Model v3"): Public data is fitted to the facts ledger and signed contracts are honoured as floors. A v2 link keeps every assumption it set and takes v3\'s defaults for the rest, like a v1 link did in v2; the link notice says the model has changed. A weight it set keeps the share it gave: the v2 weights beside it in its group are written in too. No key changes meaning; the commitments it set are now each pair\'s signed contracts together (for example OpenAI -> AWS includes the February 2026 expansion) and are kept as set.',
    migrate(params) {
      keepWeightGroups(basesV2 as Bases, params);
      return params;
    },
  },
];
