// What each chunk of a page's first load is made of: npm run bench:bundle [route ...]
//
// Builds the app with browser source maps into .next-analysis (next.config.js reads BUNDLE_ANALYSIS=1; the
// production build in .next is left alone), then attributes every byte of each chunk to the source file its
// source map names, and prints, per chunk of the route's first load (.next-analysis/diagnostics), its size
// (raw and gzip) and its largest sources, grouped by package or by our folder. BUNDLE_SKIP_BUILD=1 reuses
// the last analysis build. It prints; it asserts nothing. Run it before adding a dependency or a view:
// a first-load chunk that grows shows here by name.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { brotliForBuild } from '../lib/http/static-brotli.mjs';
import { buildNext } from './bench-ui-lib.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, '.next-analysis');
const routes = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/methodology'];
const TOP = Number.parseInt(process.env.BUNDLE_TOP ?? '8', 10);

if (process.env.BUNDLE_SKIP_BUILD !== '1' || !existsSync(join(DIST, 'diagnostics/route-bundle-stats.json'))) {
  buildNext(ROOT, { BUNDLE_ANALYSIS: '1' }, 'with source maps into .next-analysis');
}

const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Decodes one line of source-map mappings into [generated column, source index] pairs. */
function* segments(line, state) {
  let col = 0;
  for (const seg of line.split(',')) {
    if (!seg) continue;
    const values = [];
    let value = 0;
    let shift = 0;
    for (const ch of seg) {
      const digit = B64[ch];
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    col += values[0];
    if (values.length > 1) state.source += values[1];
    yield [col, values.length > 1 ? state.source : -1];
  }
}

/** Bytes of `code` (generated lines from `lineOffset`) per source file, by the map's mappings. */
function attribute(code, map, lineOffset, out) {
  const lines = code.split('\n');
  const state = { source: 0 };
  map.mappings.split(';').forEach((mapped, i) => {
    const text = lines[i + lineOffset];
    if (text === undefined) return;
    const segs = [...segments(mapped, state)];
    segs.forEach(([col, src], k) => {
      const end = k + 1 < segs.length ? segs[k + 1][0] : text.length;
      const name = src >= 0 ? map.sources[src] : '(unmapped)';
      out.set(name, (out.get(name) ?? 0) + Math.max(0, end - col));
    });
  });
}

/** A source path to what a reader knows it by: a package, or our folder (components/charts). */
function owner(source) {
  const s0 = source.replace(/^turbopack:\/\/\/\[project\]\//, '').replace(/^\[turbopack\]\//, 'turbopack runtime/');
  const s = s0;
  if (process.env.BUNDLE_FILES === '1' && !s.includes('node_modules')) return s;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s);
  if (pkg) {
    // Next's and React's own sources are named after the package that ships them.
    return pkg[1] === 'next' && /\/react-dom\b|react-dom/.test(s) ? 'react-dom' : pkg[1];
  }
  const parts = s.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : parts.slice(0, -1).join('/') || s;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const stats = JSON.parse(readFileSync(join(DIST, 'diagnostics/route-bundle-stats.json'), 'utf8'));
for (const route of routes) {
  const entry = stats.find((s) => s.route === route);
  if (!entry) {
    console.log(`\n${route}: not in route-bundle-stats.json`);
    continue;
  }
  console.log(`\n=== ${route}: first-load chunks (raw / gzip) and what they hold ===`);
  let totalRaw = 0;
  let totalGz = 0;
  let totalBr = 0;
  for (const rel of entry.firstLoadChunkPaths) {
    const file = join(DIST, rel.replace(/^\.next-analysis\//, '').replace(/^\.next\//, ''));
    if (!existsSync(file)) continue;
    const code = readFileSync(file, 'utf8');
    const raw = Buffer.byteLength(code);
    const gz = gzipSync(code, { level: 9 }).length;
    totalRaw += raw;
    totalGz += gz;
    // What server.mjs sends a browser that accepts Brotli (scripts/precompress.mjs writes it at quality 11).
    totalBr += brotliForBuild(code).length;
    const bySource = new Map();
    // Turbopack names a chunk's map after its content, not after the chunk: follow sourceMappingURL.
    const mapName = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
    const mapFile = mapName ? join(dirname(file), mapName) : `${file}.map`;
    if (existsSync(mapFile)) {
      const map = JSON.parse(readFileSync(mapFile, 'utf8'));
      if (map.sections) for (const s of map.sections) attribute(code, s.map, s.offset.line, bySource);
      else attribute(code, map, 0, bySource);
    }
    const byOwner = new Map();
    for (const [src, n] of bySource) byOwner.set(owner(src), (byOwner.get(owner(src)) ?? 0) + n);
    const top = [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, TOP);
    console.log(`  ${rel.split('/').pop().padEnd(24)} ${kb(raw).padStart(9)} / ${kb(gz).padStart(8)}  ${top.map(([o, n]) => `${o} ${kb(n)}`).join(' · ')}`);
  }
  console.log(
    `  ${'total'.padEnd(24)} ${kb(totalRaw).padStart(9)} / ${kb(totalGz).padStart(8)}  (gzip -9 of each file; the server's compression differs slightly)`,
  );
  console.log(
    `  ${'as sent (Brotli 11)'.padEnd(24)} ${''.padStart(9)}   ${kb(totalBr).padStart(8)}  (what a browser that accepts br receives: scripts/precompress.mjs)`,
  );
}
