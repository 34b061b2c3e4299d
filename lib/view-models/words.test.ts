/**
 * Words that must add up (issue 20): cloud names ending in s take a bare apostrophe ("Other providers’", the
 * Compare sentence said "Other providers’s"), and a flip outside a parameter's plausible range is called
 * "beyond" it (0% was called "near the edge" of a 12-29% range).
 */
import { describe, expect, it } from 'vitest';
import { CLOUDS, UNCERTAIN_MEASURES, applyPreset, attribute, defaultScenario } from '@/lib/engine';
import { attributionSentence } from './compare';
import { compareOddsSentence, flipSentence } from './thesis';
import { measureTitle } from './uncertainty';
import { changeWords } from './parameter-words';

describe('possessives', () => {
  it('never write “s’s” for any cloud', () => {
    const a = defaultScenario();
    const b = applyPreset('seed');
    for (const cloud of CLOUDS) {
      for (const m of UNCERTAIN_MEASURES) expect(measureTitle(cloud, m)).not.toMatch(/s’s\b/);
      const att = attribute(a, b, { cloud, measure: UNCERTAIN_MEASURES[0]! });
      expect(attributionSentence(att, cloud, 'AI compute hosted', 'hostedCompute')).not.toMatch(/s’s\b/);
      expect(compareOddsSentence({ p: 0.7, se: 0.01, samples: 1000, tie: false, tieFraction: 0 }, cloud, 'revenue')).not.toMatch(/s’s\b/);
      // Under its card's heading "How likely B beats A": the sentence does not repeat it.
      expect(compareOddsSentence({ p: 0.7, se: 0.01, samples: 1000, tie: false, tieFraction: 0 }, cloud, 'revenue')).toMatch(
        /^[A-Z][^:]* is higher under B in 70/,
      );
    }
    expect(measureTitle('other', UNCERTAIN_MEASURES[0]!)).toMatch(/^Other providers’ /);
  });
});

describe('a flip against the plausible range', () => {
  it('is “beyond” whenever its value is outside the range, however close to today it is', async () => {
    const { getParameter } = await import('@/lib/engine');
    const { formatDistance, rangePlace, riskHinges } = await import('./uncertainty');
    const spec = getParameter('market.growthNear');
    if (!spec || spec.kind !== 'number') throw new Error('no growthNear');
    const [low, high] = spec.range;
    const below = low - (high - low) * 0.05;
    expect(rangePlace(spec.id, below)).toBe('beyond');
    expect(rangePlace(spec.id, low + (high - low) * 0.05)).toBe('edge');
    expect(rangePlace(spec.id, (low + high) / 2)).toBe('within');
    // 0.3 of the range from today's value, but outside the range: beyond, not "near the edge".
    expect(formatDistance(0.3, rangePlace(spec.id, below))).toMatch(/^beyond its plausible range/);
    const flip = {
      id: spec.id,
      label: spec.label,
      currentText: '',
      valueText: '',
      direction: 'falls',
      to: 'aws',
      toLabel: 'AWS',
      distance: 0.3,
      place: rangePlace(spec.id, below),
      value: below,
      change: `${spec.label} falls to x (today y)`,
      sentence: '',
    } as const;
    expect(riskHinges(undefined, flip)).toMatch(/, beyond its plausible range\.$/);
    expect(riskHinges(undefined, { ...flip, place: 'within' })).not.toMatch(/plausible range/);
  });
});

describe('flip sentence', () => {
  it('names a weight as a weight (a bare “from 0 to 1” said nothing)', () => {
    const row = { id: 'hosting2031.google.aws', current: 0, value: 1, from: 'gcp' as const, to: 'azure' as const, distance: 0.1 };
    expect(flipSentence({ leader: [row], leastExposed: [] }, 'revenue')).toContain('“Gemini on AWS, 2031” moves from weight 0 to weight 1 (Azure).');
    // Other units keep their own words.
    const bn = { ...row, id: 'market.spend2025', current: 220, value: 300 };
    expect(flipSentence({ leader: [bn], leastExposed: [] }, 'revenue')).toContain('moves from $220B to $300B (Azure).');
  });

  it('says a weight as the share it gives when the scenario is known, as its slider does', () => {
    const row = { id: 'hosting2031.google.aws', current: 0, value: 1, from: 'gcp' as const, to: 'azure' as const, distance: 0.1 };
    expect(flipSentence({ leader: [row], leastExposed: [] }, 'revenue', defaultScenario())).toContain('“Gemini on AWS, 2031” moves from 0% to 1% (Azure');
  });

  it('offers a flip within the plausible range before a nearer one beyond it', () => {
    const beyond = { id: 'market.spend2025', current: 220, value: 500, from: 'gcp' as const, to: 'azure' as const, distance: 0.5 };
    const plausible = { ...beyond, value: 300, distance: 0.7 };
    expect(flipSentence({ leader: [beyond, plausible], leastExposed: [] }, 'revenue')).toContain('moves from $220B to $300B (Azure).');
    // Only beyond: still said, and said first that nothing plausible flips it.
    expect(flipSentence({ leader: [beyond], leastExposed: [] }, 'revenue')).toBe(
      'The answer flips: the lead changes hands only beyond plausible ranges, if “World AI compute, 2025” moves from $220B to $500B (Azure).',
    );
  });

  it('says when the flip lies beyond or near the edge of the plausible range, as the Risk view does', () => {
    // World AI compute, 2025: plausible $100B-$400B. The headline gave an unrealistic flip as if it were one.
    const row = { id: 'market.spend2025', current: 220, value: 500, from: 'gcp' as const, to: 'azure' as const, distance: 0.9 };
    expect(flipSentence({ leader: [row], leastExposed: [] }, 'revenue')).toContain(
      'only beyond plausible ranges, if “World AI compute, 2025” moves from $220B to $500B (Azure)',
    );
    expect(flipSentence({ leader: [{ ...row, value: 390 }], leastExposed: [] }, 'revenue')).toContain('(Azure, near the edge of its plausible range)');
    // Near an edge, but moving away from it: from the range's very end (0%) to 1% is the nearest of flips, not
    // a far-fetched one (a new-user review read "near the edge" so).
    const weight = { id: 'hosting2031.google.aws', current: 0, value: 1, from: 'gcp' as const, to: 'aws' as const, distance: 0.07 };
    expect(flipSentence({ leader: [], leastExposed: [weight] }, 'revenue')).not.toContain('near the edge');
    expect(flipSentence({ leader: [], leastExposed: [{ ...weight, current: 2, value: 1 }] }, 'revenue')).toContain('near the edge of its plausible range');
  });
});

describe('what a scenario changed, in words (exports)', () => {
  it('says each change beside the value it replaced; weights as shares, or as weights where the shares read alike', () => {
    const base = defaultScenario();
    const one = { ...base, 'silicon2031.azure': 20 };
    expect(changeWords(one, base, 'Public data', ['silicon2031.azure'])).toEqual([expect.stringMatching(/^Azure .*2031: 20% \(Public data: \d+%\)$/)]);
    // Every 2031 weight doubled: the shares are unchanged, so the weights say what changed.
    const ids = ['share2031.openai', 'share2031.anthropic', 'share2031.google', 'share2031.meta', 'share2031.mistral', 'share2031.other'] as const;
    const doubled = { ...base, ...Object.fromEntries(ids.map((id) => [id, Number(base[id]) * 2])) };
    const lines = changeWords(doubled, base, 'Public data', ids);
    expect(lines).toHaveLength(6);
    for (const line of lines) expect(line).toMatch(/^.+, 2031: (\d+%) \(weight [\d.]+\) \(Public data: \1 \(weight [\d.]+\)\)$/);
    // A choice reads as its option.
    expect(changeWords({ ...base, 'strategy.azure': 'vertical' }, base, 'Public data', ['strategy.azure'])).toEqual([
      expect.stringMatching(/: Vertical \(Public data: Model-agnostic\)$/),
    ]);
  });
});
