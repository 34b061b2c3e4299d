/**
 * The page front (lib/http/page-cache.mjs): script hashes in the CSP, ETags, 304s and the memory cache,
 * driven through a real Node HTTP server around a stand-in for Next's handler.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ByteLru, PAGE_CACHE_CONTROL, createPageFront, cspWithHashes, scriptHashes } from './page-cache.mjs';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

describe('script hashes', () => {
  it('hash each inline script once, and never a script with a src', () => {
    const html = '<script>a()</script><script src="/x.js"></script><script id="n">b()</script><script>a()</script><SCRIPT type="module">c()</SCRIPT >';
    expect(scriptHashes(html)).toEqual([sha('a()'), sha('b()'), sha('c()')]);
  });

  it('replace the placeholder in script-src only, and drop it when there is nothing to hash', () => {
    const csp = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'";
    expect(cspWithHashes(csp, ["'sha256-x'"])).toBe("default-src 'self'; script-src 'self' 'sha256-x'; style-src 'self' 'unsafe-inline'");
    expect(cspWithHashes(csp, [])).toBe("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'");
  });
});

describe('byte-bounded LRU', () => {
  it('evicts the least recently used beyond its bytes', () => {
    const lru = new ByteLru(10);
    lru.set('a', 1, 4);
    lru.set('b', 2, 4);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3, 4);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    expect(lru.get('c')).toBe(3);
    lru.set('huge', 4, 11);
    expect(lru.get('huge')).toBeUndefined();
    expect(lru.bytes).toBeLessThanOrEqual(10);
  });
});

describe('page front', () => {
  let server: Server;
  let base = '';
  let renders = 0;
  const page = (url: string) =>
    `<!doctype html><html><body><p>${url.replace(/[<&]/g, '')}</p>${'x'.repeat(2000)}<script>self.__n=1</script><script src="/_next/static/a.js"></script></body></html>`;
  // A stand-in for Next: writes in several chunks, flushes headers first, as Next's stream writer does.
  function fakeNext(req: IncomingMessage, res: ServerResponse) {
    renders++;
    const url = req.url ?? '/';
    if (url.startsWith('/api/chart')) {
      res.setHeader('Content-Type', 'image/png');
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      res.setHeader('ETag', '"img1"');
      res.setHeader('X-Image-Cache', 'miss');
      res.end(Buffer.from([137, 80, 78, 71, 1, 2, 3]));
      return;
    }
    if (url.startsWith('/api/')) {
      res.setHeader('Content-Type', 'application/json');
      res.end('{"ok":true}');
      return;
    }
    res.statusCode = url.startsWith('/missing') ? 404 : 200;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate');
    res.setHeader('Content-Security-Policy', "default-src 'self'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
    res.setHeader('X-Seen-Encoding', String(req.headers['accept-encoding'] ?? 'none'));
    res.flushHeaders();
    const html = page(url);
    res.write(html.slice(0, 100));
    setTimeout(() => res.end(Buffer.from(html.slice(100))), 1);
  }
  beforeAll(async () => {
    const front = createPageFront({ handle: fakeNext, buildId: 'b1' });
    server = createServer((req, res) => void front(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('puts the hashes of the page it sends in its CSP, with an ETag and a shared-cache Cache-Control', async () => {
    const res = await fetch(`${base}/?a=1`, { headers: { 'accept-encoding': 'identity' } });
    const body = await res.text();
    expect(res.status).toBe(200);
    expect(body).toBe(page('/?a=1'));
    expect(res.headers.get('content-security-policy')).toBe(`default-src 'self'; script-src 'self' ${sha('self.__n=1')}; frame-ancestors 'none'`);
    expect(res.headers.get('cache-control')).toBe(PAGE_CACHE_CONTROL);
    expect(res.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    // Next was asked for an uncompressed page: the front compresses.
    expect(res.headers.get('x-seen-encoding')).toBe('none');
  });

  it('answers a repeat from memory, gzipped when accepted, and 304 when the client has it', async () => {
    const before = renders;
    const first = await fetch(`${base}/?b=2`);
    const etag = first.headers.get('etag')!;
    await first.arrayBuffer();
    const again = await fetch(`${base}/?b=2`, { headers: { 'accept-encoding': 'gzip' } });
    expect(again.status).toBe(200);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe(page('/?b=2'));
    const raw = await new Promise<{ status: number; encoding?: string; body: Buffer }>((resolve) => {
      import('node:http').then(({ get }) =>
        get(`${base}/?b=2`, { headers: { 'accept-encoding': 'gzip' } }, (r) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => resolve({ status: r.statusCode!, encoding: r.headers['content-encoding'], body: Buffer.concat(chunks) }));
        }),
      );
    });
    expect(raw.encoding).toBe('gzip');
    expect(gunzipSync(raw.body).toString()).toBe(page('/?b=2'));
    const notModified = await fetch(`${base}/?b=2`, { headers: { 'if-none-match': etag } });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe('');
    expect(renders - before).toBe(1);
  });

  it('keeps apart what differs: the URL, the origin headers', async () => {
    const before = renders;
    await (await fetch(`${base}/?c=1`)).text();
    await (await fetch(`${base}/?c=2`)).text();
    await (await fetch(`${base}/?c=1`, { headers: { 'x-forwarded-host': 'example.org' } })).text();
    expect(renders - before).toBe(3);
  });

  it('keeps an image its route calls public, with the route’s own ETag and Cache-Control', async () => {
    const before = renders;
    const first = await fetch(`${base}/api/chart?chart=hosted&format=png&v=3`);
    expect(first.headers.get('etag')).toBe('"img1"');
    expect(Buffer.from(await first.arrayBuffer())).toEqual(Buffer.from([137, 80, 78, 71, 1, 2, 3]));
    const again = await fetch(`${base}/api/chart?chart=hosted&format=png&v=3`, { headers: { 'accept-encoding': 'gzip' } });
    expect(again.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(again.headers.get('content-encoding')).toBeNull();
    expect(first.headers.get('x-image-cache')).toBe('miss');
    expect(again.headers.get('x-image-cache')).toBe('hit');
    expect(Buffer.from(await again.arrayBuffer())).toEqual(Buffer.from([137, 80, 78, 71, 1, 2, 3]));
    expect((await fetch(`${base}/api/chart?chart=hosted&format=png&v=3`, { headers: { 'if-none-match': '"img1"' } })).status).toBe(304);
    expect(renders - before).toBe(1);
  });

  it('hashes scripts but caches nothing that is not a cached page with status 200', async () => {
    const before = renders;
    const missing = await fetch(`${base}/missing`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toContain(sha('self.__n=1'));
    expect(missing.headers.get('etag')).toBeNull();
    await missing.text();
    await (await fetch(`${base}/missing`)).text();
    const api = await fetch(`${base}/api/x`);
    expect(await api.json()).toEqual({ ok: true });
    // Client navigations (RSC payloads) go straight to Next.
    await (await fetch(`${base}/?d=1`, { headers: { rsc: '1' } })).text();
    await (await fetch(`${base}/?d=1`, { headers: { rsc: '1' } })).text();
    expect(renders - before).toBe(5);
  });
});
