/**
 * The page Content-Security-Policy. proxy.ts puts it on every page; the production front (server.mjs,
 * lib/http/page-cache.mjs) then replaces script-src's `'unsafe-inline'` with the SHA-256 hash of each inline
 * script the page was rendered with, so only those run (a nonce would make every page unique and uncacheable;
 * hashes keep the same protection, issue 22). Every response also gets the static headers in next.config.js,
 * and non-page responses a locked-down CSP there. Styles allow 'unsafe-inline' because Radix positions
 * elements with style attributes; scripts never run through eval.
 */

/**
 * The one page other sites may show in a frame: the embed (app/embed). Every other response keeps
 * `frame-ancestors 'none'` and X-Frame-Options DENY (next.config.js), so the dashboard cannot be framed
 * (clickjacking).
 */
export const EMBED_PATH = '/embed';

export function isFrameablePath(pathname: string): boolean {
  return pathname === EMBED_PATH;
}

/**
 * The Content-Security-Policy for a page, before the front adds its scripts' hashes. `'unsafe-inline'` in
 * script-src is the placeholder the hashes replace (`next dev`, which has no front, keeps it). `dev` adds
 * what `next dev` needs (eval); `frameable` lets any site frame the page (the embed only: isFrameablePath).
 */
export function pageCsp(dev = false, frameable = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    frameable ? 'frame-ancestors *' : "frame-ancestors 'none'",
  ].join('; ');
}
