// @ts-check
/**
 * After `next build`: writes each script and style under .next/static as Brotli at its highest quality
 * (`<file>.br`), which server.mjs sends to browsers that accept it (lib/http/static-brotli.mjs). Once per
 * build, so the quality costs nothing at request time. Prints what it wrote and the bytes saved against
 * gzip at Next's level.
 *
 * Usage: node scripts/precompress.mjs [distDir]   (default .next)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PRECOMPRESSED_TYPES, brotliForBuild } from '../lib/http/static-brotli.mjs';

const dist = process.argv[2] ?? '.next';
const dir = join(dist, 'static');
/** Below this, compression saves less than a packet: Next sends such files as they are. */
const MIN_BYTES = 1024;

let files = 0;
let rawBytes = 0;
let gzipBytes = 0;
let brBytes = 0;
const started = Date.now();
for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const ext = entry.name.slice(entry.name.lastIndexOf('.'));
  if (!(ext in PRECOMPRESSED_TYPES)) continue;
  const file = join(entry.parentPath ?? entry.path, entry.name);
  const body = readFileSync(file);
  if (body.length < MIN_BYTES) continue;
  const br = brotliForBuild(body);
  writeFileSync(`${file}.br`, br);
  files += 1;
  rawBytes += body.length;
  gzipBytes += gzipSync(body, { level: 6 }).length;
  brBytes += br.length;
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `precompress: ${files} files in ${dir}, ${kb(rawBytes)} → Brotli ${kb(brBytes)} (gzip -6: ${kb(gzipBytes)}, ${((1 - brBytes / gzipBytes) * 100).toFixed(0)}% less) in ${Date.now() - started} ms`,
);
