/**
 * The security headers: the page CSP (proxy.ts) and next.config.js's static headers, matched the way Next
 * matches them. Only the embed may be framed by other sites; everything else refuses framing.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isFrameablePath, pageCsp } from './headers';

const require = createRequire(import.meta.url);
const nextConfig = require('../../next.config.js') as { headers: () => Promise<{ source: string; headers: { key: string; value: string }[] }[]> };
const { getPathMatch } = require('next/dist/shared/lib/router/utils/path-match') as {
  getPathMatch: (path: string, options?: object) => (pathname: string) => false | object;
};

/** The static headers Next sends for `pathname` (later rules override earlier ones with the same key). */
async function staticHeaders(pathname: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const rule of await nextConfig.headers()) {
    if (getPathMatch(rule.source, { removeUnnamedParams: true, strict: true })(pathname) === false) continue;
    for (const h of rule.headers) out[h.key] = h.value;
  }
  return out;
}

const frameAncestors = (csp: string) => /frame-ancestors ([^;]+)/.exec(csp)?.[1];

describe('page CSP', () => {
  it('refuses framing by default, with no eval in production and a placeholder the front replaces with hashes', () => {
    const csp = pageCsp();
    expect(frameAncestors(csp)).toBe("'none'");
    expect(csp).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/);
    expect(csp).not.toContain('unsafe-eval');
  });

  it('lets any site frame the embed, and nothing else changes', () => {
    const open = pageCsp(false, true);
    expect(frameAncestors(open)).toBe('*');
    expect(open.replace('frame-ancestors *', '')).toBe(pageCsp().replace("frame-ancestors 'none'", ''));
  });

  it('only /embed is frameable', () => {
    expect(isFrameablePath('/embed')).toBe(true);
    for (const p of ['/', '/methodology', '/working', '/embedded', '/embed/x', '/api/chart']) expect(isFrameablePath(p), p).toBe(false);
  });
});

describe('static headers (next.config.js)', () => {
  it('deny framing everywhere but the embed', async () => {
    for (const p of ['/', '/methodology', '/working', '/api/chart', '/api/og', '/icon.svg', '/embedded', '/embed/x', '/_next/staticx']) {
      expect((await staticHeaders(p))['X-Frame-Options'], p).toBe('DENY');
    }
    expect((await staticHeaders('/embed'))['X-Frame-Options']).toBeUndefined();
    // A built file by its CSP alone.
    expect(frameAncestors((await staticHeaders('/_next/static/chunks/a.js'))['Content-Security-Policy'] ?? '')).toBe("'none'");
  });

  it('send the document headers to everything but the built files, and nosniff to all', async () => {
    for (const p of ['/', '/methodology', '/api/chart', '/icon.svg', '/_next/image', '/_next/staticx']) {
      const h = await staticHeaders(p);
      expect(h['Cross-Origin-Opener-Policy'], p).toBe('same-origin');
      expect(h['Referrer-Policy'], p).toBe('strict-origin-when-cross-origin');
      expect(h['Permissions-Policy'], p).toContain('camera=()');
    }
    const built = await staticHeaders('/_next/static/chunks/a.js');
    expect(Object.keys(built).sort()).toEqual(['Content-Security-Policy', 'X-Content-Type-Options']);
    expect(built['X-Content-Type-Options']).toBe('nosniff');
  });

  it('send the common headers to the embed too', async () => {
    const h = await staticHeaders('/embed');
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    // A page: its CSP comes from proxy.ts, not from a static rule (browsers would enforce both).
    expect(h['Content-Security-Policy']).toBeUndefined();
  });

  it('are the headers the front sends with the scripts it answers in Brotli itself (lib/http/static-brotli.mjs)', async () => {
    const { STATIC_FILE_HEADERS } = require('../http/security-headers.cjs') as { STATIC_FILE_HEADERS: { key: string; value: string }[] };
    expect(Object.fromEntries(STATIC_FILE_HEADERS.map((h) => [h.key, h.value]))).toEqual(await staticHeaders('/_next/static/chunks/a.js'));
  });

  it('lock down the API, the chart images included: no framing, no scripts', async () => {
    const csp = (await staticHeaders('/api/chart'))['Content-Security-Policy'] ?? '';
    expect(frameAncestors(csp)).toBe("'none'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
  });
});
