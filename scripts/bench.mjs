// Runs a benchmark the way production runs the engine: bundled to one ES module (as Next bundles it for the
// browser), not through a TypeScript loader whose CommonJS interop turns every import into a getter call.
// Usage: node scripts/bench.mjs scripts/bench-engine.ts
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const entry = process.argv[2] ?? 'scripts/bench-engine.ts';
const outdir = resolve('node_modules/.cache/bench');
mkdirSync(outdir, { recursive: true });
const outfile = resolve(outdir, basename(entry).replace(/\.ts$/, '.mjs'));
await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile, logLevel: 'warning' });
await import(pathToFileURL(outfile).href);
