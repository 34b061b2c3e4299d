import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forwardedProtocol, requestOrigin, validHost } from './origin';

const headers = (h: Record<string, string>) => new Headers(h);

describe('requestOrigin', () => {
  it('takes the first protocol of a proxy chain, and only http or https', () => {
    expect(requestOrigin(headers({ host: 'a.example', 'x-forwarded-proto': 'https, http' }), {})).toBe('https://a.example');
    expect(requestOrigin(headers({ host: 'a.example', 'x-forwarded-proto': 'javascript' }), {})).toBe('http://a.example');
    expect(requestOrigin(headers({ host: 'a.example', 'x-forwarded-proto': ' HTTPS ' }), {})).toBe('https://a.example');
    expect(forwardedProtocol('data:text/html,')).toBe('http');
  });

  it('uses X-Forwarded-Host only when it is allowed, else the request’s own host', () => {
    const h = headers({ host: '127.0.0.1:3000', 'x-forwarded-host': 'evil.example, a.example' });
    expect(requestOrigin(h, {})).toBe('http://127.0.0.1:3000');
    expect(requestOrigin(h, { allowedHosts: ['evil.example'] })).toBe('http://evil.example');
    expect(requestOrigin(headers({ host: '127.0.0.1:3000', 'x-forwarded-host': 'b.example' }), { allowedHosts: ['a.example'] })).toBe('http://127.0.0.1:3000');
  });

  it('prefers a configured site URL over every header', () => {
    const h = headers({ host: 'x.example', 'x-forwarded-host': 'y.example', 'x-forwarded-proto': 'http' });
    expect(requestOrigin(h, { siteUrl: 'https://explorer.example.com/some/path' })).toBe('https://explorer.example.com');
    // A broken configuration falls back to the request.
    expect(requestOrigin(h, { siteUrl: 'javascript:alert(1)' })).toBe('http://x.example');
  });

  it('refuses malformed hosts', () => {
    for (const bad of ['a b', 'a.example/path', 'a.example@b', '"><script>', 'a..b', 'a.example:99999999', '']) expect(validHost(bad)).toBeNull();
    expect(validHost('[::1]:3000')).toBe('[::1]:3000');
    expect(requestOrigin(headers({ host: '"><svg onload=alert(1)>' }), {})).toBe('http://localhost');
  });

  it('never throws and always gives an origin new URL accepts', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (host, fwdHost, proto) => {
        const h = { get: (k: string) => ({ host, 'x-forwarded-host': fwdHost, 'x-forwarded-proto': proto })[k] ?? null };
        const origin = requestOrigin(h, { allowedHosts: [fwdHost.toLowerCase()] });
        const url = new URL(origin);
        expect(['http:', 'https:']).toContain(url.protocol);
        // Nothing but a host: no path, credentials, query or fragment smuggled in (URL may normalise numeric hosts).
        expect(`${url.protocol}//${url.host}`).toBe(url.origin);
        expect([url.username, url.password, url.search, url.hash, url.pathname]).toEqual(['', '', '', '', '/']);
        expect(origin).not.toMatch(/[\s"'<>\/]$/);
      }),
      { numRuns: 2000 },
    );
  });
});
