/**
 * Released links must keep their meaning. Each fixtures/links-v<N>.json holds real links written by the
 * encoder at schema version N; every file is read here, so a new version's file is checked on arrival.
 * Never edit a released fixture: a failure here means a change broke shared links (see README.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parameters } from '@/lib/engine';
import { baseScenarioFor } from './codec';
import { decodeScenario } from './decode';
import { WEIGHT_GROUPS } from '@/lib/engine';
import basesV1 from './fixtures/bases-v1.json';
import basesV2 from './fixtures/bases-v2.json';
import { SCHEMA_VERSION } from './schema';

interface LinkFixture {
  query: string;
  description: string;
  expect: { presetId: string | null; view: string | null; values: Record<string, number | string> };
}

/**
 * Fixtures name parameters by id. If an id is ever renamed, map old -> new here rather than editing a
 * released fixture; a retired id maps to null and its expectation is dropped (its migration says what
 * became of the value).
 */
const RENAMED_IDS: Readonly<Record<string, string | null>> = {
  // Model v2 retired it; its links' value becomes model.grossMargin (migrations.ts, tested there).
  'model.layerMargin': null,
};

function currentValues(values: Record<string, number | string>): Map<string, number | string> {
  const out = new Map<string, number | string>();
  for (const [id, value] of Object.entries(values)) {
    const current = id in RENAMED_IDS ? RENAMED_IDS[id] : id;
    if (current) out.set(current, value);
  }
  return out;
}

const dir = fileURLToPath(new URL('./fixtures', import.meta.url));
const files = readdirSync(dir)
  .map((name) => ({ name, version: Number(/^links-v(\d+)\.json$/.exec(name)?.[1]) }))
  .filter((f) => Number.isInteger(f.version));

type Bases = { defaults: Record<string, number | string>; presets: Record<string, Record<string, number | string>> };
/** The pinned bases of each older schema: what its links' values were relative to. */
const OLDER_BASES: Readonly<Record<number, Bases>> = { 1: basesV1 as Bases, 2: basesV2 as Bases };

function load(name: string): LinkFixture[] {
  return JSON.parse(readFileSync(join(dir, name), 'utf8')) as LinkFixture[];
}

describe('released link fixtures', () => {
  it('include the links of every released version, the current one among them', () => {
    for (let v = 1; v <= SCHEMA_VERSION; v++) expect(files.map((f) => f.name)).toContain(`links-v${v}.json`);
    expect(files.map((f) => f.name)).toContain(`links-v${SCHEMA_VERSION}.json`);
    expect(load('links-v1.json').length).toBeGreaterThanOrEqual(12);
  });

  for (const { name, version } of files) {
    describe(name, () => {
      for (const fixture of load(name)) {
        it(`${fixture.description} (${JSON.stringify(fixture.query)})`, () => {
          const decoded = decodeScenario(fixture.query);
          expect(decoded.problems).toEqual([]);
          expect(decoded.presetId).toBe(fixture.expect.presetId);
          expect(decoded.view).toBe(fixture.expect.view);
          // A bare link has no v; any other fixture was written with one.
          if (fixture.query !== '') expect(decoded.version).toBe(version);
          // A link made with an older model that sets anything (a value or a preset) opens with the
          // model-change notice; a bare link, or one that only names a view, is just the dashboard.
          const setsSomething = fixture.expect.presetId !== null || Object.keys(fixture.expect.values).length > 0;
          expect(decoded.olderVersion).toBe(setsSomething && version < SCHEMA_VERSION ? version : null);
          const base = baseScenarioFor(fixture.expect.presetId);
          const values = currentValues(fixture.expect.values);
          // An older link's weight keeps the share it gave: the weights of its own version beside it in its
          // group come along (migrations.ts: v1 -> v2, v2 -> v3), from that version's defaults or the preset the
          // link named. Each step fills what the one before left unset, so a v1 group keeps v1's weights.
          for (let from = version; from < SCHEMA_VERSION; from++) {
            const bases = OLDER_BASES[from];
            expect(bases, `bases-v${from}.json`).toBeDefined();
            const presetId = fixture.expect.presetId;
            const old: Record<string, number | string> = {
              ...bases!.defaults,
              ...(presetId && Object.hasOwn(bases!.presets, presetId) ? bases!.presets[presetId] : {}),
            };
            for (const group of WEIGHT_GROUPS) {
              // A group that version did not have is not one its links could have set.
              if (!group.every((id) => id in bases!.defaults)) continue;
              if (!group.some((id) => values.has(id))) continue;
              for (const id of group) if (!values.has(id)) values.set(id, old[id]!);
            }
          }
          for (const id of values.keys())
            expect(
              parameters.some((p) => p.id === id),
              `${id} is a parameter`,
            ).toBe(true);
          for (const spec of parameters) {
            const expected = values.has(spec.id) ? values.get(spec.id) : base[spec.id];
            expect(decoded.scenario[spec.id], spec.id).toBe(expected);
          }
        });
      }
    });
  }
});
