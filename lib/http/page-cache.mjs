// @ts-check
/**
 * Pages a shared cache can keep (issue 22, item 3). A page is a pure function of its URL, the request's
 * origin headers and the build: no cookie, no nonce, nothing random. So the front (server.mjs):
 * - reads every HTML response Next renders before sending it, hashes its inline scripts and puts the hashes
 *   in the page's Content-Security-Policy in place of the `'unsafe-inline'` proxy.ts leaves there (browsers
 *   that know hashes ignore 'unsafe-inline' anyway; the header we send has none for scripts). The same
 *   protection as the per-request nonce it replaces: no inline script runs unless it is one the server sent.
 * - answers the pages (`/`, `/embed`, `/working`, `/methodology`) with an ETag and a Cache-Control a CDN may
 *   honour, keeps them in an in-memory LRU (by build, origin headers and the URL as asked) and answers a
 *   repeat from memory, gzipped once, with 304 on If-None-Match.
 * Plain JavaScript so server.mjs runs it without a build; types in page-cache.d.mts.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/**
 * Paths whose 200 responses are kept in memory: the pages, and the chart and preview images (which carry their
 * own ETag and Cache-Control; their routes keep a cache by canonical link too, lib/images, so a link with a
 * tracking key the front has not seen is still cheap). Every other HTML response still gets its script hashes.
 */
export const CACHED_PATHS = new Set(['/', '/embed', '/working', '/methodology', '/api/chart', '/api/og']);

/**
 * A CDN may keep a page 10 minutes and serve it stale for a day while it revalidates; browsers revalidate
 * every time (cheap: 304). A deploy changes the build id, hence every ETag.
 */
export const PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=600, stale-while-revalidate=86400';

/** Inline scripts: `<script ...>body</script>` with no src attribute. */
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** The CSP source for every inline script in `html` ('sha256-…'), each once, in order of appearance. */
export function scriptHashes(html) {
  const out = new Set();
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    const attributes = m[1] ?? '';
    const body = m[2] ?? '';
    if (/\bsrc\s*=/i.test(attributes)) continue;
    out.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...out];
}

/**
 * `csp` with `'unsafe-inline'` in script-src replaced by `hashes` (added to script-src if it had no
 * 'unsafe-inline'). Without hashes, 'unsafe-inline' is dropped all the same: no inline script may run.
 */
export function cspWithHashes(csp, hashes) {
  return csp
    .split(';')
    .map((d) => {
      const directive = d.trim();
      if (!/^script-src\s/i.test(directive)) return directive;
      const sources = directive
        .split(/\s+/)
        .slice(1)
        .filter((s) => s !== "'unsafe-inline'");
      return ['script-src', ...sources, ...hashes].join(' ');
    })
    .join('; ');
}

/** A least-recently-used map bounded by the bytes of its values. */
export class ByteLru {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, { size: number, value: any }>} */
    this.map = new Map();
  }
  /** @param {string} key */
  get(key) {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    this.map.delete(key);
    this.map.set(key, hit);
    return hit.value;
  }
  /** @param {string} key @param {any} value @param {number} size */
  set(key, value, size) {
    if (size > this.maxBytes) return;
    const old = this.map.get(key);
    if (old) {
      this.bytes -= old.size;
      this.map.delete(key);
    }
    this.map.set(key, { size, value });
    this.bytes += size;
    for (const [k, v] of this.map) {
      if (this.bytes <= this.maxBytes) break;
      this.map.delete(k);
      this.bytes -= v.size;
    }
  }
  get size() {
    return this.map.size;
  }
}

/** Headers of Next's response we do not keep or pass on as they were (we set our own or they are per send). */
const DROPPED = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date', 'etag', 'cache-control', 'vary']);

/**
 * True when the client accepts the content coding `name` ("gzip", "br"): named with q > 0, or, when not
 * named, `*` with q > 0 (RFC 9110, 12.5.3: a coding named explicitly wins over the wildcard).
 */
export function acceptsEncoding(acceptEncoding, name) {
  if (typeof acceptEncoding !== 'string') return false;
  /** @type {number | undefined} */
  let named;
  /** @type {number | undefined} */
  let wildcard;
  for (const part of acceptEncoding.split(',')) {
    const [coding, ...params] = part.trim().split(';');
    const c = coding?.trim().toLowerCase();
    const qParam = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (c === name) named = q;
    else if (c === '*') wildcard = q;
  }
  const q = named ?? wildcard;
  return q !== undefined && q > 0;
}

/** True when an If-None-Match header names `etag` (or is `*`). */
export function matchesEtag(ifNoneMatch, etag) {
  if (typeof ifNoneMatch !== 'string') return false;
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

/**
 * Sends a page: 304 when the client has it, else the body (gzipped when accepted). `page` is a cached or
 * just-rendered entry: status, headers, body, gzipped body (made on first need), ETag.
 */
function sendPage(req, res, page, fromMemory = false) {
  // An image route says whether it drew the image; from the front's memory it did not.
  const memory = fromMemory && page.headers['x-image-cache'] !== undefined ? { 'x-image-cache': 'hit' } : {};
  const common = {
    ...page.headers,
    ...memory,
    'Cache-Control': page.cacheControl,
    ...(page.compressible !== false ? { Vary: 'Accept-Encoding' } : {}),
    ...(page.etag ? { ETag: page.etag } : {}),
  };
  if (page.etag && matchesEtag(req.headers['if-none-match'], page.etag)) {
    res.writeHead(304, common);
    res.end();
    return;
  }
  const gzip = page.compressible !== false && acceptsEncoding(req.headers['accept-encoding'], 'gzip') && page.body.length > 1024;
  if (gzip && !page.gzipped) page.gzipped = gzipSync(page.body, { level: 6 });
  const body = gzip ? page.gzipped : page.body;
  res.writeHead(page.status, { ...common, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}), 'Content-Length': String(body.length) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Wraps Next's request handler. For GET and HEAD outside /_next/ and /api/: a cached page is answered from
 * memory; otherwise Next renders into a buffer (uncompressed: the front compresses), and an HTML answer gets
 * its script hashes in its CSP and, for a cached page with status 200, an ETag, Cache-Control and a place in
 * the cache. Anything else passes through untouched.
 * @param {{ handle: (req: any, res: any) => any, buildId: string, maxBytes?: number }} options
 */
export function createPageFront({ handle, buildId, maxBytes = 64 * 1024 * 1024 }) {
  const cache = new ByteLru(maxBytes);
  const stats = { hits: 0, misses: 0 };
  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  function front(req, res) {
    const url = req.url ?? '/';
    const pathname = url.split('?')[0] ?? '/';
    const h = req.headers;
    const cacheable = CACHED_PATHS.has(pathname);
    const eligible =
      (req.method === 'GET' || req.method === 'HEAD') &&
      !pathname.startsWith('/_next/') &&
      (cacheable || !pathname.startsWith('/api/')) &&
      // Client navigations and prefetches ask for the RSC payload, not HTML: Next answers them as always.
      h['rsc'] === undefined &&
      h['next-router-prefetch'] === undefined &&
      h['next-router-state-tree'] === undefined;
    if (!eligible) return handle(req, res);
    // Everything a page reads of the request: the URL and the headers its origin comes from (lib/link/origin.ts).
    const key = [buildId, h['host'] ?? '', h['x-forwarded-host'] ?? '', h['x-forwarded-proto'] ?? '', url].join('\n');
    if (cacheable) {
      const hit = cache.get(key);
      if (hit) {
        stats.hits++;
        sendPage(req, res, hit, true);
        return;
      }
      stats.misses++;
    }
    const acceptEncoding = h['accept-encoding'];
    // Next must not compress what we read; we compress on the way out.
    delete h['accept-encoding'];
    captureResponse(res, (status, body) => {
      h['accept-encoding'] = acceptEncoding;
      const type = String(res.getHeader('content-type') ?? '');
      const html = type.startsWith('text/html');
      const ownCacheControl = res.getHeader('cache-control');
      const ownEtag = res.getHeader('etag');
      const headers = {};
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (!DROPPED.has(name) && value !== undefined) headers[name] = value;
      }
      // Pages are kept when they are 200 and set no cookie; images when their route says a shared cache may.
      const keep =
        cacheable &&
        status === 200 &&
        headers['set-cookie'] === undefined &&
        (html || (typeof ownCacheControl === 'string' && /\bpublic\b/.test(ownCacheControl) && typeof ownEtag === 'string'));
      if (req.method === 'HEAD' || (!html && !keep)) return false;
      if (html) {
        const csp = res.getHeader('content-security-policy');
        if (typeof csp === 'string') headers['content-security-policy'] = cspWithHashes(csp, scriptHashes(body.toString('utf8')));
      }
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      const page = {
        status,
        headers,
        body,
        gzipped: null,
        etag: html ? (keep ? `"${createHash('sha1').update(buildId).update(body).digest('base64url')}"` : undefined) : String(ownEtag),
        cacheControl: html ? (keep ? PAGE_CACHE_CONTROL : String(ownCacheControl ?? 'no-store')) : String(ownCacheControl),
        // PNGs are compressed already.
        compressible: !type.startsWith('image/png'),
      };
      if (keep) cache.set(key, page, body.length * 1.4 + 2048);
      sendPage(req, res, page);
      return true;
    });
    return handle(req, res);
  }
  front.cache = cache;
  front.stats = stats;
  return front;
}

/**
 * Holds back what Next writes to `res` until it ends, then calls `finish(status, body)`. If `finish` sends
 * the response itself it returns true; otherwise what was held back is sent as Next wrote it.
 * @param {import('node:http').ServerResponse} res
 * @param {(status: number, body: Buffer) => boolean} finish
 */
function captureResponse(res, finish) {
  const chunks = [];
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  let ended = false;
  const toBuffer = (chunk, encoding) =>
    Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, encoding ?? 'utf8') : Buffer.from(chunk);
  res.writeHead = function writeHead(status, ...rest) {
    res.statusCode = status;
    const headers = typeof rest[0] === 'string' ? rest[1] : rest[0];
    if (typeof rest[0] === 'string') res.statusMessage = rest[0];
    if (headers && typeof headers === 'object') {
      if (Array.isArray(headers)) for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
      else for (const [k, v] of Object.entries(headers)) if (v !== undefined) res.setHeader(k, v);
    }
    return res;
  };
  res.flushHeaders = function flushHeaders() {};
  res.write = function write(chunk, encoding, callback) {
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
    if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding));
    if (typeof callback === 'function') queueMicrotask(callback);
    return true;
  };
  res.end = function end(chunk, encoding, callback) {
    if (ended) return res;
    ended = true;
    if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined];
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
    if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding));
    res.writeHead = original.writeHead;
    res.write = original.write;
    res.end = original.end;
    res.flushHeaders = original.flushHeaders;
    const body = Buffer.concat(chunks);
    let sent = false;
    try {
      sent = finish(res.statusCode, body);
    } catch (error) {
      console.error('page front: could not finish a page', error);
    }
    if (!sent && !res.headersSent) {
      res.setHeader('Content-Length', String(body.length));
      res.end(body, callback);
    } else if (!sent) res.end(callback);
    else if (typeof callback === 'function') res.once('finish', callback);
    return res;
  };
}
