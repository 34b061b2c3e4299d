import { describe, expect, it } from 'vitest';
import { LIMITS, checkQuery, checkRequest } from './request-limits.mjs';
import { longestLegitimateQuery, queryShape } from './longest-link';

describe('request limits', () => {
  const longest = longestLegitimateQuery();

  it('let the longest link the dashboard writes through (a 30-slide story)', () => {
    const shape = queryShape(longest);
    expect(shape.maxRepeats).toBe(30);
    expect(longest.length).toBeLessThanOrEqual(LIMITS.maxQueryLength);
    expect(shape.params).toBeLessThanOrEqual(LIMITS.maxParams);
    expect(shape.maxRepeats).toBeLessThanOrEqual(LIMITS.maxRepeats);
    // The request line fits Node's header limit with 16 KiB left for the other headers.
    expect(`GET /embed?chart=headline&${longest} HTTP/1.1\r\n`.length + 16_384).toBeLessThanOrEqual(LIMITS.maxHeaderBytes);
    expect(checkQuery(longest)).toBeNull();
    expect(checkRequest('GET', `/?${longest}`)).toBeNull();
  });

  it('stay close to it: the bounds are what the longest link needs, not arbitrary', () => {
    expect(LIMITS.maxQueryLength).toBeLessThan(longest.length * 1.1);
    expect(LIMITS.maxParams).toBeLessThan(queryShape(longest).params * 1.25);
  });

  it('refuse repeats of one key, however the key is written', () => {
    expect(checkQuery(Array(16_000).fill('a').join('&'))?.status).toBe(400);
    expect(checkQuery(Array(33).fill('sp=1').join('&'))?.status).toBe(400);
    expect(checkQuery([...Array(20).fill('a=1'), ...Array(20).fill('%61=1')].join('&'))?.status).toBe(400);
    expect(checkQuery(Array(32).fill('st=x').join('&'))).toBeNull();
  });

  it('refuse too many parameters and too long a query with 414 and a sentence', () => {
    const many = checkQuery(Array.from({ length: 20_000 }, (_, i) => `k${i}`).join('&'));
    expect(many?.status).toBe(414);
    expect(many?.message).toMatch(/more than 320 settings/);
    const long = checkQuery(`el=${'9'.repeat(LIMITS.maxQueryLength)}`);
    expect(long?.status).toBe(414);
    expect(long?.message).toMatch(/too long/);
    // Empty pairs (a&&b) are not parameters.
    expect(checkQuery('&'.repeat(10_000))).toBeNull();
  });

  it('answer only GET and HEAD, and offer no image optimiser', () => {
    expect(checkRequest('TRACE', '/')).toMatchObject({ status: 405, headers: { Allow: 'GET, HEAD' } });
    expect(checkRequest('POST', '/api/chart')?.status).toBe(405);
    expect(checkRequest('HEAD', '/')).toBeNull();
    expect(checkRequest('GET', '/_next/image?url=%2Ficon.svg&w=64&q=75')?.status).toBe(404);
    expect(checkRequest('GET', '/?v=2&gn=300')).toBeNull();
  });

  it('check a 200 KB query in well under a millisecond per kilobyte', () => {
    const worst = Array.from({ length: 320 }, (_, i) => `k${i}=${'9'.repeat(600)}`).join('&');
    const t = performance.now();
    for (let i = 0; i < 20; i++) checkQuery(worst);
    expect((performance.now() - t) / 20).toBeLessThan(50);
  });
});
