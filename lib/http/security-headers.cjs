// @ts-check
/**
 * The response headers that are not per page, in one place: next.config.js sends them on Next's responses,
 * and server.mjs on the scripts it answers itself (precompressed, lib/http/static-brotli.mjs), so a script
 * is sent with the same protections whichever answers it. CommonJS, as next.config.js is.
 */

/** Sent on every response. */
const NOSNIFF = [{ key: 'X-Content-Type-Options', value: 'nosniff' }];

/**
 * What governs a document (a page, an image or a file opened on its own): sent on everything but the built
 * scripts and styles under /_next/static, where no browser reads them. A script's response does not set its
 * page's referrer or permissions policy, nor its opener policy; the one script that runs as a worker (the
 * simulation's) would take its referrer policy from its own response, and the browser's default is this same
 * value. On HTTP/1.1 these four headers cost 220 bytes on each script response (3 KB over the first load's
 * 15). (The budget's transfer figure, from Resource Timing, counts a fixed 300 bytes of headers a response
 * whatever they are, so it does not see this.)
 */
const DOCUMENT_HEADERS = [
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // Clipboard write is allowed for the "Copy link" button, nothing else.
  { key: 'Permissions-Policy', value: 'clipboard-write=(self), camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** Everything but the built files gets both. */
const COMMON_SECURITY_HEADERS = [...NOSNIFF, ...DOCUMENT_HEADERS];

/**
 * Every response but the embed (app/embed, the one page other sites may frame; its CSP says
 * `frame-ancestors *`, lib/security/headers.ts) refuses to be framed: X-Frame-Options for older browsers,
 * beside the CSP's frame-ancestors 'none'. The built files rely on their CSP's frame-ancestors alone.
 */
const DENY_FRAMING = [{ key: 'X-Frame-Options', value: 'DENY' }];

/**
 * For responses that are not pages (the preview image, scripts, the icon): nothing may run in or frame
 * them. Pages get a nonce CSP from proxy.ts instead (lib/security/headers.ts); a page must not get both,
 * since browsers enforce every CSP header they receive.
 */
const RESOURCE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";

/**
 * Our built scripts: the same, except that they may load our own scripts. That matters only where a script
 * runs as a worker: a worker runs under the CSP of its own script's response, and the simulation worker
 * (chunks/turbopack-worker-<hash>.js) loads the engine's chunks with importScripts. Still no network, no
 * eval, no framing. (Matching the worker's file alone by a header rule proved unreliable in Next 16.)
 */
const STATIC_CSP = "default-src 'none'; script-src 'self'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";

/** Everything a file under /_next/static/ is sent with (the rules of next.config.js that match it). */
const STATIC_FILE_HEADERS = [...NOSNIFF, { key: 'Content-Security-Policy', value: STATIC_CSP }];

module.exports = { COMMON_SECURITY_HEADERS, DENY_FRAMING, DOCUMENT_HEADERS, NOSNIFF, RESOURCE_CSP, STATIC_CSP, STATIC_FILE_HEADERS };
