// @ts-check
/**
 * The production server: Next's request handler behind a front that bounds every request before Next
 * parses it (lib/http/request-limits.mjs): a query over the longest legitimate link's length, parameter
 * count or repeats of one key is answered at once with 414/400 and a sentence; TRACE and other methods
 * with 405; /_next/image with 404. Node's own header limit is set to what that link needs. Pages pass
 * through lib/http/page-cache.mjs: their inline scripts' hashes go into their CSP, and `/`, `/embed`,
 * `/working` and `/methodology` are answered with an ETag, a Cache-Control a CDN may honour, and from memory
 * when asked again. Built scripts and styles go in Brotli where the build precompressed them
 * (lib/http/static-brotli.mjs).
 *
 * Usage: node server.mjs [-p <port>] [-H <hostname>] (or PORT=<port>); `npm run serve` runs it on 3000, `npm start`
 * builds first, and Playwright's webServer runs it too.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { LIMITS, checkRequest } from './lib/http/request-limits.mjs';
import { createPageFront } from './lib/http/page-cache.mjs';
import { createStaticBrotli, staticDirOf } from './lib/http/static-brotli.mjs';

/** The value after `-x` or `--long` on the command line, as `next start` takes its options. */
function arg(short, long) {
  const i = process.argv.findIndex((a) => a === short || a === long);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const port = (() => {
  const n = Number(arg('-p', '--port') ?? process.env.PORT ?? 3000);
  return Number.isInteger(n) && n > 0 && n < 65536 ? n : 3000;
})();
// Every interface unless -H names one (as `next start`).
const hostname = arg('-H', '--hostname');

/** Headers on our own refusals (Next's headers from next.config.js never run for them). */
const REFUSAL_HEADERS = {
  'Content-Type': 'text/plain; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  Connection: 'close',
};

const app = next({ dev: false, hostname: hostname ?? 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();
// Pages with script hashes in their CSP, ETags and a memory cache (lib/http/page-cache.mjs).
const front = createPageFront({ handle, buildId: readFileSync(new URL('./.next/BUILD_ID', import.meta.url), 'utf8').trim() });
// Built scripts and styles in Brotli where the build wrote them and the browser takes them (static-brotli.mjs).
const staticBrotli = createStaticBrotli({ staticDir: staticDirOf(fileURLToPath(new URL('.', import.meta.url))) });

const server = createServer({ maxHeaderSize: LIMITS.maxHeaderBytes }, (req, res) => {
  const refusal = checkRequest(req.method, req.url);
  if (refusal) {
    res.writeHead(refusal.status, { ...REFUSAL_HEADERS, ...refusal.headers });
    res.end(req.method === 'HEAD' ? undefined : `${refusal.message}\n`);
    return;
  }
  if (staticBrotli(req, res)) return;
  front(req, res);
});
server.listen(port, hostname, () => {
  console.log(`Ready on http://${hostname ?? 'localhost'}:${port}`);
});

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
