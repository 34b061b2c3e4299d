import { describe, expect, it } from 'vitest';
import { applyPreset, defaultScenario } from '@/lib/engine';
import { distinctNames, scenarioName } from './name';

describe('scenario names side by side', () => {
  const publicData = defaultScenario();
  const spend = { ...publicData, 'market.spend2025': 325 };
  const share = { ...publicData, 'share2031.openai': 55 };

  it('says the change where two one-change scenarios would read the same', () => {
    expect(scenarioName(spend, null, publicData)).toBe('Public data, 1 change');
    expect(scenarioName(share, null, publicData)).toBe('Public data, 1 change');
    const [a, b] = distinctNames([
      { scenario: share, presetId: null, base: publicData },
      { scenario: spend, presetId: null, base: publicData },
    ]);
    // A weight is named as changed: its number is not the share it gives.
    expect(a).toBe('Public data: OpenAI share, 2031 changed');
    expect(b).toMatch(/^Public data: .+ at \$325B$/);
    expect(a).not.toBe(b);
    // A choice is named, not "at" a value.
    const [, agnostic] = distinctNames([
      { scenario: spend, presetId: null, base: publicData },
      { scenario: { ...publicData, 'strategy.azure': 'horizontal' }, presetId: null, base: publicData },
    ]);
    expect(agnostic).toMatch(/^Public data: .*strateg.*: Horizontal$/i);
  });

  it('keeps names that already differ, and those it cannot tell apart', () => {
    const seed = applyPreset('seed');
    expect(
      distinctNames([
        { scenario: publicData, presetId: null, base: publicData },
        { scenario: spend, presetId: null, base: publicData },
        { scenario: seed, presetId: 'seed', base: seed },
      ]),
    ).toEqual(['Public data', 'Public data, 1 change', 'Seed thesis']);
    const two = { ...spend, 'share2031.openai': 55 };
    const twoOther = { ...spend, 'share2031.openai': 60 };
    expect(
      distinctNames([
        { scenario: two, presetId: null, base: publicData },
        { scenario: twoOther, presetId: null, base: publicData },
      ]),
    ).toEqual(['Public data, 2 changes', 'Public data, 2 changes']);
  });
});
