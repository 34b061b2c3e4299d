/**
 * The page Content-Security-Policy. Pages get it with a per-request nonce from proxy.ts (Next applies the
 * nonce to its own scripts during server rendering); every response also gets the static headers in
 * next.config.js, and non-page responses a locked-down CSP there. Styles allow 'unsafe-inline' because Radix and recharts position elements
 * with style attributes; scripts never run inline without the nonce, and never through eval.
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
 * The Content-Security-Policy for a page rendered with `nonce`. `dev` adds what `next dev` needs (eval);
 * `frameable` lets any site frame the page (the embed only: isFrameablePath).
 */
export function pageCsp(nonce: string, dev = false, frameable = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
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
