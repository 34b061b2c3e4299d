/**
 * Links store differences from the defaults and presets, so a link only means what its sender saw if the
 * bases it was written against never change under it. This pins the bases of the current link schema:
 * changing a default or a preset's values must raise SCHEMA_VERSION, add a migration, and add a new
 * bases-v<N>.json (README.md, "Changing the link schema"). Models v2 and v3 (schemas v2 and v3) are the deliberate
 * exceptions so far: their older links keep what they set and take the new defaults for the rest, and say so.
 */
import { describe, expect, it } from 'vitest';
import { defaultScenario, presets } from '@/lib/engine';
import { SCHEMA_VERSION } from './schema';
import basesV1 from './fixtures/bases-v1.json';
import basesV2 from './fixtures/bases-v2.json';
import basesV3 from './fixtures/bases-v3.json';

const released: Record<number, { defaults: unknown; presets: unknown }> = { 1: basesV1, 2: basesV2, 3: basesV3 };

describe('link bases', () => {
  it('the current schema version has a pinned snapshot of its defaults and presets', () => {
    expect(released[SCHEMA_VERSION], `add fixtures/bases-v${SCHEMA_VERSION}.json`).toBeDefined();
  });

  it('defaults and presets equal the snapshot released with this schema version', () => {
    const snapshot = released[SCHEMA_VERSION]!;
    expect(defaultScenario()).toEqual(snapshot.defaults);
    expect(Object.fromEntries(presets.map((p) => [p.id, p.values]))).toEqual(snapshot.presets);
  });

  it('keeps every preset id a v1 link could name', () => {
    for (const id of Object.keys(basesV1.presets))
      expect(
        presets.some((p) => p.id === id),
        id,
      ).toBe(true);
  });
});
