// @ts-check
/**
 * Built scripts and styles in Brotli (issue 19: the first load's bytes). Next compresses what it serves with
 * gzip at run time; `npm run build` also writes each file under .next/static as Brotli at its highest quality
 * (scripts/precompress.mjs), about 14% smaller than Next's gzip. The front
 * answers a request for such a file with its `.br` when the browser accepts Brotli (every current browser
 * does, on http too); otherwise, or where no `.br` was written (a plain `next build`), Next answers as
 * before. The headers are those Next sends on these files (lib/http/security-headers.cjs), and the files
 * are content-hashed, so they are cached for a year.
 * Plain JavaScript so server.mjs runs it without a build; types in static-brotli.d.mts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { acceptsEncoding, matchesEtag } from './page-cache.mjs';

const require = createRequire(import.meta.url);
/** @type {{ STATIC_FILE_HEADERS: { key: string; value: string }[] }} */
const { STATIC_FILE_HEADERS } = require('./security-headers.cjs');

export const STATIC_PREFIX = '/_next/static/';
/** The types we precompress: text that compresses well. Fonts and images are already compressed. */
export const PRECOMPRESSED_TYPES = /** @type {const} */ ({ '.js': 'application/javascript; charset=UTF-8', '.css': 'text/css; charset=UTF-8' });
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * A built file as the build writes its `.br` (scripts/precompress.mjs) and as bench:bundle counts what is sent:
 * Brotli at its highest quality, once per build, so the quality costs nothing at request time.
 * @param {Buffer | string} body
 */
export function brotliForBuild(body) {
  return brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(body) },
  });
}

/**
 * The file a request names under `staticDir`, or null: only GET/HEAD of `/_next/static/…` with a
 * precompressible extension, decoded, and never outside the folder (no `..`, no NUL).
 * @param {string | undefined} method
 * @param {string | undefined} url
 * @param {string} staticDir
 */
export function staticFileFor(method, url, staticDir) {
  if ((method !== 'GET' && method !== 'HEAD') || !url?.startsWith(STATIC_PREFIX)) return null;
  let rel;
  try {
    rel = decodeURIComponent(url.slice(STATIC_PREFIX.length).split('?')[0] ?? '');
  } catch {
    return null;
  }
  if (!rel || rel.includes('\0') || rel.split(/[\\/]/).includes('..')) return null;
  const ext = rel.slice(rel.lastIndexOf('.'));
  if (!(ext in PRECOMPRESSED_TYPES)) return null;
  const root = resolve(staticDir);
  const file = resolve(root, rel);
  return file.startsWith(root + sep) ? { file, type: PRECOMPRESSED_TYPES[/** @type {keyof typeof PRECOMPRESSED_TYPES} */ (ext)] } : null;
}

/**
 * The front's handler: true when it answered (the `.br` of a static file the browser accepts Brotli for),
 * false to let Next answer. The `.br` files are listed once, when the server starts (a build's files never
 * change under it), so a request for a file that is not there costs a lookup and is never remembered: no
 * stream of made-up paths can grow the server's memory. Each body is read on first use and kept (the
 * build's are under 1 MB in all).
 * @param {{ staticDir: string }} options
 */
export function createStaticBrotli({ staticDir }) {
  /** @type {Map<string, { body: Buffer | null; etag: string; brPath: string }>} */
  const files = new Map();
  try {
    for (const entry of readdirSync(staticDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.br')) continue;
      const brPath = join(entry.parentPath ?? entry.path, entry.name);
      const st = statSync(brPath);
      files.set(resolve(brPath.slice(0, -'.br'.length)), { body: null, brPath, etag: `"br-${st.size.toString(36)}-${Math.floor(st.mtimeMs).toString(36)}"` });
    }
  } catch {
    // No build folder (or it cannot be read): Next answers everything, as before.
  }
  /** @param {string} file */
  const load = (file) => {
    const entry = files.get(file);
    if (!entry) return null;
    if (!entry.body) {
      try {
        entry.body = readFileSync(entry.brPath);
      } catch {
        files.delete(file);
        return null;
      }
    }
    return /** @type {{ body: Buffer; etag: string }} */ (entry);
  };
  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  return function serveStaticBrotli(req, res) {
    const target = staticFileFor(req.method, req.url, staticDir);
    if (!target || !acceptsEncoding(req.headers['accept-encoding'], 'br')) return false;
    const entry = load(target.file);
    if (!entry) return false;
    for (const { key, value } of STATIC_FILE_HEADERS) res.setHeader(key, value);
    res.setHeader('Cache-Control', IMMUTABLE);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('ETag', entry.etag);
    if (matchesEtag(req.headers['if-none-match'], entry.etag)) {
      res.statusCode = 304;
      res.end();
      return true;
    }
    res.setHeader('Content-Type', target.type);
    res.setHeader('Content-Encoding', 'br');
    res.setHeader('Content-Length', entry.body.length);
    res.statusCode = 200;
    res.end(req.method === 'HEAD' ? undefined : entry.body);
    return true;
  };
}

/** Where a build's static files are, from the project's root. */
export function staticDirOf(root) {
  return join(root, '.next', 'static');
}
