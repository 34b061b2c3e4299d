// CommonJS: package.json has no "type" field, so .js files are CommonJS.

// Shared with server.mjs, which sends the precompressed scripts itself (lib/http/static-brotli.mjs). This
// file is CommonJS (above), so it takes the module with require.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DENY_FRAMING, DOCUMENT_HEADERS, NOSNIFF, RESOURCE_CSP, STATIC_CSP } = require('./lib/http/security-headers.cjs');

/** Everything but the built scripts and styles, which carry no document headers (security-headers.cjs). */
const NOT_BUILT = '/:path((?!_next/static/).*)';
/** Every response but the embed (app/embed, the one page other sites may frame) refuses to be framed. */
const NOT_EMBED = '/:path((?!embed$|_next/static/).*)';

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
      { source: '/:path*', headers: NOSNIFF },
      { source: NOT_BUILT, headers: DOCUMENT_HEADERS },
      { source: NOT_EMBED, headers: DENY_FRAMING },
      { source: '/api/:path*', headers: resource },
      { source: '/_next/static/:path*', headers: [{ key: 'Content-Security-Policy', value: STATIC_CSP }] },
      { source: '/icon.svg', headers: resource },
    ];
  },
};

module.exports = nextConfig;
