import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeScenario } from './decode';
import { imageLinkQuery } from './canonical';

describe('imageLinkQuery', () => {
  it('gives one link for every way of writing the same scenario', () => {
    const canonical = imageLinkQuery('v=3&gn=45&p=seed');
    expect(imageLinkQuery('p=seed&gn=45&v=3')).toBe(canonical);
    expect(imageLinkQuery('v=3&gn=45&p=seed&utm_source=mail&fbclid=x&zz_new_tracker=1')).toBe(canonical);
    expect(imageLinkQuery('v=3&gn=45&p=seed&view=shares&st=shares~p.public~Hi')).toBe(canonical);
  });

  it('keeps the headline’s measure, which the preview’s figures and sentence are on (the default stays unwritten)', () => {
    expect(decodeScenario(imageLinkQuery('v=3&p=seed&ms=hosted')).measure).toBe('hosted');
    expect(decodeScenario(imageLinkQuery('v=3&ms=companyGrossProfit&utm_source=x')).measure).toBe('companyGrossProfit');
    expect(imageLinkQuery('v=3&ms=revenue')).toBe(imageLinkQuery('v=3'));
  });

  it('keeps known keys as given when a value could not be used, so the image can say so', () => {
    const q = imageLinkQuery('v=3&gn=abc&p=seed&junk=1');
    expect(q).toBe('v=3&gn=abc&p=seed');
    expect(decodeScenario(q).problems).toHaveLength(1);
  });

  it('keeps an older link’s keys (a migration may know them), dropping tracking keys only', () => {
    expect(imageLinkQuery('v=1&lm=30&utm_medium=x')).toBe(imageLinkQuery('lm=30&v=1'));
    expect(decodeScenario(imageLinkQuery('v=1&s1oa=60&lm=30')).scenario).toEqual(decodeScenario('v=1&s1oa=60&lm=30').scenario);
  });

  it('never changes the scenario drawn', () => {
    fc.assert(
      fc.property(fc.webQueryParameters(), (query) => {
        const a = decodeScenario(query);
        const b = decodeScenario(imageLinkQuery(query));
        expect(b.scenario).toEqual(a.scenario);
        expect(b.presetId).toBe(a.presetId);
        expect(b.measure).toBe(a.measure);
        expect(imageLinkQuery(imageLinkQuery(query))).toBe(imageLinkQuery(query));
      }),
      { numRuns: 300 },
    );
  });
});
