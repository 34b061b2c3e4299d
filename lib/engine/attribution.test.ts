/** Attribution (issue 11): the Shapley decomposition's promises, over the whole parameter space. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOUDS } from './ids';
import { evaluate } from './evaluate';
import { parameters } from './parameters';
import { applyPreset, presets } from './presets';
import { defaultScenario, type Scenario } from './scenario';
import { attribute, attributionGroups, MAX_GROUPS } from './attribution';
import { cumulativeMeasure, UNCERTAIN_MEASURES } from './uncertainty';
import { presetIdArbitrary, scenarioArbitrary } from '@/lib/testing/arbitraries';

const cloudArb = fc.constantFrom(...CLOUDS);
const measureArb = fc.constantFrom(...UNCERTAIN_MEASURES);

/** A scenario that differs from `base` in a few parameters drawn from `other`. */
const nearArb = fc
  .tuple(presetIdArbitrary, scenarioArbitrary, fc.uniqueArray(fc.integer({ min: 0, max: parameters.length - 1 }), { minLength: 1, maxLength: 9 }))
  .map(([presetId, other, picks]) => {
    const from = applyPreset(presetId);
    const to: Scenario = { ...from };
    for (const i of picks) {
      const id = parameters[i]!.id;
      to[id] = other[id]!;
    }
    return { from, to };
  });

const relErr = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

describe('attribute', () => {
  it('adds up to the difference, which is the measure under B minus under A', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          nearArb,
          fc.tuple(scenarioArbitrary, scenarioArbitrary).map(([from, to]) => ({ from, to })),
        ),
        cloudArb,
        measureArb,
        ({ from, to }, cloud, measure) => {
          const a = attribute(from, to, { cloud, measure });
          const sum = a.contributions.reduce((s, c) => s + c.value, 0);
          expect(relErr(sum, a.total)).toBeLessThan(1e-9);
          const expected = cumulativeMeasure(evaluate(to), cloud, measure) - cumulativeMeasure(evaluate(from), cloud, measure);
          expect(relErr(a.total, expected)).toBeLessThan(1e-9);
          expect(a.contributions.length).toBeLessThanOrEqual(MAX_GROUPS);
          for (const c of a.contributions) expect(Number.isFinite(c.value)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);

  it('negates every contribution when A and B swap', () => {
    fc.assert(
      fc.property(nearArb, cloudArb, measureArb, ({ from, to }, cloud, measure) => {
        const ab = attribute(from, to, { cloud, measure });
        const ba = attribute(to, from, { cloud, measure });
        expect(ba.contributions.map((c) => c.key)).toEqual(ab.contributions.map((c) => c.key));
        ab.contributions.forEach((c, i) => expect(Math.abs(ba.contributions[i]!.value + c.value)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(ab.total))));
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it('gives nothing to assumptions that are equal in both, or that cannot move the measure', () => {
    const from = defaultScenario();
    expect(attribute(from, { ...from }, { cloud: 'azure', measure: 'hostedCompute' })).toMatchObject({
      total: 0,
      contributions: [],
      // Not "Exact Shapley values over 0 groups … 1 evaluations".
      method: 'A and B assume the same: there is no difference to split.',
    });
    const to = { ...from, 'finance.discountRate': 12, 'share2031.openai': 35, 'silicon2031.azure': 60 };
    for (const cloud of CLOUDS) {
      const a = attribute(from, to, { cloud, measure: 'hostedCompute' });
      expect(a.contributions.find((c) => c.key === 'finance.discountRate')?.value).toBe(0);
    }
  });

  it('with one changed group, gives it the whole difference', () => {
    fc.assert(
      fc.property(
        presetIdArbitrary,
        scenarioArbitrary,
        fc.integer({ min: 0, max: parameters.length - 1 }),
        cloudArb,
        measureArb,
        (presetId, other, i, cloud, measure) => {
          const from = applyPreset(presetId);
          const id = parameters[i]!.id;
          const to = { ...from, [id]: other[id]! };
          const a = attribute(from, to, { cloud, measure });
          if (a.contributions.length === 0) return;
          expect(a.contributions).toHaveLength(1);
          expect(a.contributions[0]!.value).toBe(a.total);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('groups by parameter when few changed, finer groups next, the registry’s groups when many', () => {
    const base = defaultScenario();
    expect(attributionGroups(base, { ...base, 'share2031.openai': 40 }).grouping).toBe('parameter');
    const seed = applyPreset('seed');
    const all = attributionGroups(base, seed);
    expect(all.groups.length).toBeLessThanOrEqual(MAX_GROUPS);
    for (const p of presets) {
      const g = attributionGroups(base, applyPreset(p.id));
      expect(g.groups.length).toBeLessThanOrEqual(MAX_GROUPS);
      // Every changed id is in exactly one group.
      const ids = g.groups.flatMap((x) => x.ids);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
