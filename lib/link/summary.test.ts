import { describe, expect, it } from 'vitest';
import { summariseLink, toQueryString } from './summary';

describe('link summary', () => {
  it('names the preset and how many assumptions changed', () => {
    expect(summariseLink('').title).toBe('Public data');
    expect(summariseLink('v=1&p=openai-dominance').title).toBe('OpenAI dominance');
    expect(summariseLink('v=1&s1oa=60&gn=50').title).toBe('Public data, 2 assumptions changed');
  });
  it('canonicalises the query and keeps the problems', () => {
    const s = summariseLink('sp=abc&utm_source=x&gn=50');
    expect(s.query).toBe('v=1&gn=50');
    expect(s.problems).toHaveLength(1);
    expect(s.clouds.map((c) => c.label)).toEqual(['Azure', 'AWS', 'Google Cloud']);
  });
  it('rebuilds a query string from Next’s searchParams', () => {
    expect(toQueryString({ a: '1', b: ['2', '3'], c: undefined })).toBe('a=1&b=2&b=3');
  });
});
