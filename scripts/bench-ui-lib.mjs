// Helpers for scripts/bench-ui.mjs: Chromium lookup (scripts/chromium.cjs), free port, statistics, formatting.
export { findChromium, chromiumLaunchArgs, lighthouseChromeFlags } from './chromium.cjs';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    // No host: bind like `next start` does (all interfaces, IPv6 dual stack when available).
    srv.listen(port, () => srv.close(() => resolve(true)));
  });
}

export async function findFreePort(from = 3200, tries = 50) {
  for (let p = from; p < from + tries; p++) {
    if (await portIsFree(p)) return p;
  }
  throw new Error(`no free port in ${from}-${from + tries - 1}`);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Nearest-rank percentile (p in 0-100) of numbers; NaN for an empty list. */
export function percentile(values, p) {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * xs.length));
  return xs[Math.min(rank, xs.length) - 1];
}

export function median(values) {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

export const kb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : 'n/a');
export const ms = (v, digits = 0) => (Number.isFinite(v) ? `${v.toFixed(digits)} ms` : 'n/a');

export function shortUrl(url) {
  try {
    const u = new URL(url);
    return u.pathname.replace(/^\/_next\/static\/chunks\//, 'chunks/') + (u.search.length > 1 ? u.search.slice(0, 20) : '');
  } catch {
    return String(url);
  }
}

// Crude hints of what a built chunk holds: distinctive strings in the minified file.
const CHUNK_MARKERS = [
  ['app code', /OpenAI|data-chart/g],
  ['react-dom', /__reactFiber|reactContainer|hydrateRoot/g],
  ['next runtime', /next-router|NEXT_REDIRECT|__next_f/g],
  ['radix', /radix/gi],
  ['nuqs', /nuqs/g],
  ['zod', /ZodError|\$ZodType/g],
  ['zustand', /zustand/g],
];

/** Marker names found in .next/static/chunks/<file> for a script URL, most occurrences first. */
export function chunkHints(url, root) {
  const m = /\/_next\/static\/chunks\/([^?#]+\.js)/.exec(url);
  if (!m) return '';
  const file = join(root, '.next/static/chunks', m[1]);
  if (!existsSync(file)) return '(file gone from .next: rebuilt meanwhile?)';
  const text = readFileSync(file, 'utf8');
  return CHUNK_MARKERS.map(([name, re]) => [name, (text.match(re) ?? []).length])
    .filter(([, n]) => n >= 1)
    .sort((a, b) => b[1] - a[1])
    .map(([name]) => name)
    .join(', ');
}

/** Left-aligned text table. */
export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => String(c).padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * `next build` with extra environment (BUNDLE_ANALYSIS=1 or BUNDLE_PROFILE=1: next.config.js then builds
 * into its own directory), for bench:bundle and bench:profile. Next rewrites tsconfig.json and
 * next-env.d.ts for a new distDir: they are put back afterwards. Exits with the build's last lines on failure.
 */
export function buildNext(root, env, what) {
  const kept = ['tsconfig.json', 'next-env.d.ts'].map((f) => [f, readFileSync(join(root, f), 'utf8')]);
  console.log(`Building ${what} (about a minute)…`);
  const r = spawnSync(join(root, 'node_modules/.bin/next'), ['build'], {
    cwd: root,
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  for (const [f, text] of kept) writeFileSync(join(root, f), text);
  if (r.status !== 0) {
    console.error(`${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-20).join('\n'));
    process.exit(1);
  }
}
