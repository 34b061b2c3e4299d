/**
 * The page Content-Security-Policy. Pages get it with a per-request nonce from proxy.ts (Next applies the
 * nonce to its own scripts during server rendering); every response also gets the static headers in
 * next.config.js, and non-page responses a locked-down CSP there. Styles allow 'unsafe-inline' because Radix and recharts position elements
 * with style attributes; scripts never run inline without the nonce, and never through eval.
 */

/** The Content-Security-Policy for a page rendered with `nonce`. `dev` adds what `next dev` needs (eval). */
export function pageCsp(nonce: string, dev = false): string {
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
    "frame-ancestors 'none'",
  ].join('; ');
}
