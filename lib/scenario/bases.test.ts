/**
 * Links store differences from the defaults and presets, so a link only means what its sender saw if the
 * bases it was written against never change under it. This pins the bases of the current link schema:
 * changing a default or a preset's values must raise SCHEMA_VERSION, add a migration that writes the old
 * base values into older links, and add a new bases-v<N>.json (README.md, "Changing the link schema").
 */
import { describe, expect, it } from 'vitest';
import { defaultScenario, presets } from '@/lib/engine';
import { SCHEMA_VERSION } from './schema';
import basesV1 from './fixtures/bases-v1.json';

const released: Record<number, typeof basesV1> = { 1: basesV1 };

describe('link bases', () => {
  it('the current schema version has a pinned snapshot of its defaults and presets', () => {
    expect(released[SCHEMA_VERSION], `add fixtures/bases-v${SCHEMA_VERSION}.json`).toBeDefined();
  });

  it('defaults and presets equal the snapshot released with this schema version', () => {
    const snapshot = released[SCHEMA_VERSION]!;
    expect(defaultScenario()).toEqual(snapshot.defaults);
    expect(Object.fromEntries(presets.map((p) => [p.id, p.values]))).toEqual(snapshot.presets);
  });
});
