import { describe, expect, it } from 'vitest';
import { FAMILIES, defaultScenario } from '@/lib/engine';
import { SCHEMA_VERSION } from '@/lib/scenario';
import basesV2 from '@/lib/scenario/fixtures/bases-v2.json';
import { summariseLink, toQueryString } from './summary';

describe('link summary', () => {
  it('names the preset and how many assumptions changed', () => {
    expect(summariseLink('').title).toBe('Public data');
    expect(summariseLink('v=1&p=openai-dominance').title).toBe('OpenAI dominance');
    expect(summariseLink(`v=${SCHEMA_VERSION}&s1oa=60&gn=50`).title).toBe('Public data, 2 assumptions changed');
    // So does a v2 link's: the v2 2031 weights beside OpenAI's come along, each a change where v3's differs.
    const v2Weights = basesV2.defaults as Record<string, number | string>;
    const movedSince = FAMILIES.filter((f) => f !== 'openai' && v2Weights[`share2031.${f}`] !== defaultScenario()[`share2031.${f}`]).length;
    expect(movedSince).toBeGreaterThan(0);
    expect(summariseLink('v=2&s1oa=60&gn=50').title).toBe(`Public data, ${2 + movedSince} assumptions changed`);
    // A v1 link's share weight brings the v1 weights of its year along (migrations.ts): 5 more changes.
    expect(summariseLink('v=1&s1oa=60&gn=50').title).toBe('Public data, 7 assumptions changed');
  });
  it('canonicalises the query and keeps the problems', () => {
    const s = summariseLink('sp=abc&utm_source=x&gn=50');
    expect(s.query).toBe(`v=${SCHEMA_VERSION}&gn=50`);
    expect(s.problems).toHaveLength(1);
    // A preview of a repaired link says so.
    expect(s.title).toBe('Public data, 1 assumption changed (repaired link: 1 setting not used as given)');
    expect(s.clouds.map((c) => c.label)).toEqual(['Azure', 'AWS', 'Google Cloud']);
  });
  it('rebuilds a query string from Next’s searchParams', () => {
    expect(toQueryString({ a: '1', b: ['2', '3'], c: undefined })).toBe('a=1&b=2&b=3');
  });
});

describe('results handed from the server to the browser', () => {
  it('are keyed by the scenario, whatever the order of its keys', async () => {
    const { defaultScenario, winnerAnalysis, scenarioKey, parameters } = await import('@/lib/engine');
    const { decodeScenario } = await import('@/lib/scenario');
    const query = 's1oa=55&p=openai-dominance&v=1';
    const summary = summariseLink(query);
    const decoded = decodeScenario(query).scenario;
    // The browser builds its scenario in registry order; the same values give the same key.
    const reordered = Object.fromEntries([...parameters].reverse().map((p) => [p.id, decoded[p.id]]));
    // Keyed by scenario and measure (a winner analysis is on a measure; the default, cloud AI revenue, here).
    expect(`${scenarioKey(reordered as typeof decoded)}|revenue`).toBe(summary.initial.key);
    expect(summary.initial.winners).toEqual(winnerAnalysis(decoded));
    expect(summary.initial.key).not.toBe(`${scenarioKey(defaultScenario())}|revenue`);
    // The first paint's odds: the link's own first 500 draws, which the sentence speaks from.
    expect(summary.initial.odds.result.samples).toBe(500);
    expect(summary.initial.odds.result.preview).toBe(true);
    expect(summary.sentence).toContain('of 500 draws');
  });
});
