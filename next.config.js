// CommonJS: package.json has no "type" field, so .js files are CommonJS.

/** Sent on every response. Clipboard write is allowed for the "Copy link" button, nothing else. */
const COMMON_SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'clipboard-write=(self), camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/**
 * Every response but the embed (app/embed, the one page other sites may frame; its CSP says
 * `frame-ancestors *`, lib/security/headers.ts) refuses to be framed: X-Frame-Options for older browsers,
 * beside the CSP's frame-ancestors 'none'.
 */
const NOT_EMBED = '/:path((?!embed$).*)';
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

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // resvg (chart images, app/api/chart) is a native addon: loaded by Node at run time, not bundled.
  serverExternalPackages: ['@resvg/resvg-js'],
  // Nothing uses next/image: the optimiser is off (server.mjs answers /_next/image with 404 as well).
  images: { unoptimized: true },
  // `npm run bench:bundle` builds with source maps into its own directory to name each chunk's modules;
  // `npm run bench:profile` builds unminified (names and lines kept) into another, to say which line of
  // which file the first load's time goes to (minified chunks are one line, so a CPU profile cannot).
  ...(process.env.BUNDLE_ANALYSIS === '1' ? { distDir: '.next-analysis', productionBrowserSourceMaps: true } : {}),
  ...(process.env.BUNDLE_PROFILE === '1' ? { distDir: '.next-profile', productionBrowserSourceMaps: true, experimental: { turbopackMinify: false } } : {}),
  async headers() {
    const resource = [{ key: 'Content-Security-Policy', value: RESOURCE_CSP }];
    return [
      { source: '/:path*', headers: COMMON_SECURITY_HEADERS },
      { source: NOT_EMBED, headers: DENY_FRAMING },
      { source: '/api/:path*', headers: resource },
      { source: '/_next/static/:path*', headers: [{ key: 'Content-Security-Policy', value: STATIC_CSP }] },
      { source: '/icon.svg', headers: resource },
    ];
  },
};

module.exports = nextConfig;
