// Load figures of the production server: npm run bench:load
//
// Starts `node server.mjs` (what `npm run serve` runs) on a free port from BENCH_PORT (default 3200) on
// 127.0.0.1, after a build if there is none, and with autocannon prints req/s, p50/p99 latency and errors for
// /, /embed, a chart PNG, a chart SVG and the preview image, cold (every request a scenario not seen
// before) and warm (one link repeated); the dashboard's p50 alone and while 3 clients fetch PNGs; and the
// time of the worst queries the request bounds let through, and of one they refuse. Only 127.0.0.1 is
// ever targeted; every run is bounded (BENCH_SECONDS per run, default 5; about 2 minutes in all). It
// prints figures and asserts nothing. The server is stopped at the end, on error and on SIGINT/SIGTERM.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { get } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { build } from 'esbuild';
import { findFreePort, median, sleep } from './bench-ui-lib.mjs';
import { LIMITS } from '../lib/http/request-limits.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SECONDS = Math.min(30, Math.max(1, Number(process.env.BENCH_SECONDS ?? 5)));
const CONNECTIONS = 10;

let server;
function stopServer() {
  if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopServer();
    process.exit(130);
  });
}

async function startServer() {
  if (!existsSync(join(ROOT, '.next/BUILD_ID'))) {
    console.log('No build: running npm run build first.');
    await new Promise((resolve, reject) => {
      const b = spawn('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
      b.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`build failed (${code})`))));
    });
  }
  const port = await findFreePort(Number.parseInt(process.env.BENCH_PORT ?? '3200', 10));
  server = spawn(process.execPath, ['server.mjs', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  let output = '';
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server.mjs exited (${server.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${base}/`);
      await res.arrayBuffer();
      if (res.ok) return base;
    } catch {
      // not up yet
    }
    await sleep(300);
  }
  throw new Error(`server.mjs did not answer within 60 s:\n${output}`);
}

/** Only this machine: the script never sends load anywhere else. */
function assertLocal(base) {
  const url = new URL(base);
  if (url.hostname !== '127.0.0.1') throw new Error(`refusing to load ${base}: only 127.0.0.1`);
}

// Links at the current schema (SCHEMA_VERSION in lib/link): an older v= is answered with a redirect to its
// migrated link, which would measure the redirect, not the page.
const V = 'v=3';

// A scenario not seen before, per request: AI compute growth (121 values) × long-run growth (81) = 9,801.
let counter = 0;
function freshScenario() {
  const n = counter++;
  return `${V}&gn=${(n % 121) - 20}&gl=${(Math.floor(n / 121) % 81) - 20}`;
}
const WARM = `${V}&p=seed&gn=45`;

const TARGETS = [
  { name: '/ (dashboard)', path: (q) => `/?${q}` },
  { name: '/embed', path: (q) => `/embed?chart=hosted&${q}` },
  { name: 'chart PNG', path: (q) => `/api/chart?chart=hosted&format=png&${q}` },
  { name: 'chart SVG', path: (q) => `/api/chart?chart=hosted&format=svg&${q}` },
  { name: 'preview image', path: (q) => `/api/og?${q}` },
];

function run(base, { path, connections = CONNECTIONS, seconds = SECONDS }) {
  return autocannon({
    url: base,
    connections,
    duration: seconds,
    timeout: 10,
    requests: [{ setupRequest: (req) => ({ ...req, path: path() }) }],
  });
}

function summary(r) {
  const non2xx = r.non2xx ?? 0;
  return {
    'req/s': r.requests.average.toFixed(1),
    'p50 ms': r.latency.p50,
    'p99 ms': r.latency.p99,
    errors: r.errors + r.timeouts,
    'non-2xx': non2xx,
    requests: r.requests.total,
  };
}

/** One GET, timed to its last byte (node:http, which accepts a long Location header, unlike fetch). */
function timeOnce(base, path) {
  const t = performance.now();
  return new Promise((resolve, reject) => {
    const req = get(`${base}${path}`, { maxHeaderSize: 1 << 22 }, (res) => {
      res.resume();
      res.on('end', () => resolve({ ms: performance.now() - t, status: res.statusCode }));
    });
    req.on('error', reject);
  });
}

async function timed(base, path, times = 5) {
  const runs = [];
  for (let i = 0; i < times; i++) runs.push(await timeOnce(base, path));
  return { 'median ms': median(runs.map((r) => r.ms)).toFixed(1), status: runs[0].status, 'query chars': (path.split('?')[1] ?? '').length };
}

async function longestLegitimateQuery() {
  const outfile = join(ROOT, 'node_modules/.cache/bench/longest-link.mjs');
  await build({
    stdin: { contents: "export { longestLegitimateQuery } from './lib/http/longest-link';", resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'warning',
    tsconfig: join(ROOT, 'tsconfig.json'),
  });
  return (await import(pathToFileURL(outfile).href)).longestLegitimateQuery();
}

async function main() {
  const base = await startServer();
  assertLocal(base);
  console.log(`server.mjs at ${base}; ${CONNECTIONS} connections, ${SECONDS} s a run.\n`);

  console.log('Throughput (cold: a new scenario per request; warm: one link repeated)');
  const rows = {};
  for (const target of TARGETS) {
    rows[`${target.name}, cold`] = summary(await run(base, { path: () => target.path(freshScenario()) }));
    // One request first, so the warm run's link is drawn/cached before it starts.
    await timeOnce(base, target.path(WARM));
    rows[`${target.name}, warm`] = summary(await run(base, { path: () => target.path(WARM) }));
  }
  console.table(rows);

  console.log("\nThe dashboard's latency (1 client) alone, and while 3 clients fetch PNGs: a link the front has cached,");
  console.log('and a new scenario per request (rendered each time)');
  const dashboard = {};
  for (const [name, path] of [
    ['cached link', () => `/?${WARM}`],
    ['rendered', () => `/?${freshScenario()}`],
  ]) {
    dashboard[`dashboard (${name}) alone`] = summary(await run(base, { path, connections: 1 }));
    const [withWarm] = await Promise.all([
      run(base, { path, connections: 1 }),
      run(base, { path: () => `/api/chart?chart=hosted&format=png&${WARM}`, connections: 3 }),
    ]);
    const [withCold, coldPngs] = await Promise.all([
      run(base, { path, connections: 1 }),
      run(base, { path: () => `/api/chart?chart=margin&format=png&${freshScenario()}`, connections: 3 }),
    ]);
    dashboard[`dashboard (${name}) + 3 clients, warm PNGs`] = summary(withWarm);
    dashboard[`dashboard (${name}) + 3 clients, new PNGs`] = summary(withCold);
    dashboard[`  the 3 PNG clients beside it (${name}, new PNGs)`] = summary(coldPngs);
  }
  console.table(dashboard);

  console.log('\nThe worst queries the bounds let through, one request at a time (median of 5), and refused ones');
  const longest = await longestLegitimateQuery();
  // v= first, so the page renders the link rather than redirecting it as an old link (which it also does fast).
  const n = LIMITS.maxParams - 1;
  const width = Math.floor((LIMITS.maxQueryLength - 4) / n) - 7;
  const manyDistinct = `${V}&${Array.from({ length: n }, (_, i) => `k${i}=${'9'.repeat(width)}`).join('&')}`;
  const repeats = `${V}&${Array.from({ length: n }, (_, i) => `r${i % Math.ceil(n / LIMITS.maxRepeats)}=${'9'.repeat(width)}`).join('&')}`;
  const refused = Array(16_000).fill('a').join('&');
  console.table({
    'normal /': await timed(base, `/?${WARM}`),
    '/ with the longest legitimate link (30-slide story)': await timed(base, `/?${longest}`),
    [`/ with ${LIMITS.maxParams} distinct unknown keys at the length bound`]: await timed(base, `/?${manyDistinct}`),
    [`/ with ${LIMITS.maxParams} keys, each repeated ${LIMITS.maxRepeats}×`]: await timed(base, `/?${repeats}`),
    [`/api/working with ${LIMITS.maxParams} distinct unknown keys`]: await timed(base, `/api/working?${manyDistinct}`),
    'refused: /api/working?a&a&… (16,000 repeats)': await timed(base, `/api/working?${refused}`),
    'refused: 20,000 × sp=1': await timed(base, `/?${Array(20_000).fill('sp=1').join('&')}`),
  });
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(stopServer);
