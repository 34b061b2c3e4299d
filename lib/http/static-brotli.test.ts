/**
 * The precompressed scripts (lib/http/static-brotli.mjs): only files under /_next/static/, only where the
 * browser accepts Brotli and the build wrote a `.br`, with the headers Next sends on them; driven through a
 * real Node HTTP server over a temporary build folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsEncoding } from './page-cache.mjs';
import { createStaticBrotli, staticFileFor } from './static-brotli.mjs';

const SCRIPT = 'console.log("a chunk");'.repeat(200);
let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'static-br-'));
  mkdirSync(join(dir, 'chunks'));
  writeFileSync(join(dir, 'chunks', 'a.js'), SCRIPT);
  writeFileSync(join(dir, 'chunks', 'a.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(dir, 'chunks', 'plain.js'), SCRIPT); // no .br: Next answers
  const serve = createStaticBrotli({ staticDir: dir });
  server = createServer((req, res) => {
    if (serve(req, res)) return;
    res.statusCode = 299; // "Next answered"
    res.end('next');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br, zstd' }, method = 'GET') =>
  fetch(`${base}${path}`, { headers, method, decompress: false } as RequestInit);

describe('precompressed static files', () => {
  it('sends the .br to a browser that accepts Brotli, with the headers Next sends on scripts', async () => {
    const res = await get('/_next/static/chunks/a.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toBe('application/javascript; charset=UTF-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    // No document headers on a built file (security-headers.cjs); its CSP refuses framing.
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(res.headers.get('cross-origin-opener-policy')).toBeNull();
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    // fetch decodes Brotli itself: the script as built.
    expect(await res.text()).toBe(SCRIPT);
  });

  it('answers 304 to a browser that has it, and HEAD without a body', async () => {
    const etag = (await get('/_next/static/chunks/a.js')).headers.get('etag')!;
    expect((await get('/_next/static/chunks/a.js', { 'accept-encoding': 'br', 'if-none-match': etag })).status).toBe(304);
    const head = await get('/_next/static/chunks/a.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBe(brotliCompressSync(SCRIPT).length);
  });

  it('leaves to Next what it cannot send as Brotli: not accepted, refused with q=0, no .br, other paths and methods', async () => {
    expect((await get('/_next/static/chunks/a.js', { 'accept-encoding': 'gzip' })).status).toBe(299);
    expect((await get('/_next/static/chunks/a.js', { 'accept-encoding': 'gzip, br;q=0' })).status).toBe(299);
    expect((await get('/_next/static/chunks/plain.js')).status).toBe(299);
    expect((await get('/_next/static/chunks/missing.js')).status).toBe(299);
    expect((await get('/chunks/a.js')).status).toBe(299);
    expect((await get('/_next/static/chunks/a.js', undefined, 'POST')).status).toBe(299);
  });

  it('serves only what the build wrote before the server started (a file written later is Next’s to answer)', async () => {
    writeFileSync(join(dir, 'chunks', 'late.js'), SCRIPT);
    writeFileSync(join(dir, 'chunks', 'late.js.br'), brotliCompressSync(SCRIPT));
    expect((await get('/_next/static/chunks/late.js')).status).toBe(299);
    expect((await get('/_next/static/chunks/a.js')).status).toBe(200);
  });

  it('reads Accept-Encoding as RFC 9110 does: a coding named with q=0 is refused even beside *, q in any case', () => {
    expect(acceptsEncoding('gzip, deflate, br, zstd', 'br')).toBe(true);
    expect(acceptsEncoding('*', 'br')).toBe(true);
    expect(acceptsEncoding('br;q=0, *', 'br')).toBe(false);
    expect(acceptsEncoding('br;Q=0', 'br')).toBe(false);
    expect(acceptsEncoding('gzip;q=0.5, br;q=0.1', 'br')).toBe(true);
    expect(acceptsEncoding('*;q=0', 'gzip')).toBe(false);
    expect(acceptsEncoding('identity', 'br')).toBe(false);
    expect(acceptsEncoding(undefined, 'br')).toBe(false);
  });

  it('never reads outside the static folder', () => {
    expect(staticFileFor('GET', '/_next/static/../../etc/passwd.js', dir)).toBeNull();
    expect(staticFileFor('GET', '/_next/static/chunks/%2e%2e/%2e%2e/x.js', dir)).toBeNull();
    expect(staticFileFor('GET', '/_next/static/chunks/a.js%00.js', dir)).toBeNull();
    expect(staticFileFor('GET', '/_next/static/%E0%A4%A.js', dir)).toBeNull();
    expect(staticFileFor('GET', '/_next/static/chunks/a.png', dir)).toBeNull();
    expect(staticFileFor('GET', '/_next/static/chunks/a.js?v=1', dir)).toEqual({
      file: join(dir, 'chunks', 'a.js'),
      type: 'application/javascript; charset=UTF-8',
    });
  });
});
