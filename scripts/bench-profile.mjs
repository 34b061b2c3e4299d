// Where the first load's main-thread time goes, by source file and line: npm run bench:profile [path]
//
// Builds the app unminified with source maps into .next-profile (next.config.js reads BUNDLE_PROFILE=1;
// about a minute; BENCH_PROFILE_SKIP_BUILD=1 reuses the last one), serves it, loads the page (default `/`)
// in Chromium at Lighthouse's mobile CPU slowdown (4x) and a 412x823 viewport, records a CPU profile from
// navigation until the page has been idle for 2 s, and prints the self time of every package, source
// file, function and source line, mapped back through the source maps, with the long tasks and what the
// renderer spent on style and layout. Unminified because a minified chunk is one line: a profile's line
// ticks then say nothing, and a function's start position names whichever module was hoisted first (it
// once blamed 571 ms on lib/engine/winners.ts, which never ran at load). Unminified code parses a little
// slower, so read the totals beside `npm run bench:ui`'s, and the tables for where the time goes.
// Median of BENCH_PROFILE_RUNS (default 3) for the totals; the tables are from the last run. It prints;
// it asserts nothing.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { buildNext, chromiumLaunchArgs, findChromium, findFreePort, median, sleep } from './bench-ui-lib.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, '.next-profile');
const PATH = process.argv[2] ?? '/';
const RUNS = Number.parseInt(process.env.BENCH_PROFILE_RUNS ?? '3', 10);
const TOP = Number.parseInt(process.env.BENCH_PROFILE_TOP ?? '25', 10);
// Rows of the framework's functions per long stretch (twice as many of ours).
const TASK_ROWS = Number.parseInt(process.env.BENCH_PROFILE_TASK_ROWS ?? '4', 10);

if (process.env.BENCH_PROFILE_SKIP_BUILD !== '1' || !existsSync(join(DIST, 'BUILD_ID'))) {
  buildNext(ROOT, { BUNDLE_PROFILE: '1' }, 'unminified, with source maps, into .next-profile');
}

const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));
/** A source map as lines of [generated column, source name], sorted, for lookups by position. */
function loadMap(file) {
  const code = readFileSync(file, 'utf8');
  const name = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
  const mapFile = name ? join(dirname(file), name) : `${file}.map`;
  if (!existsSync(mapFile)) return null;
  const raw = JSON.parse(readFileSync(mapFile, 'utf8'));
  const lines = [];
  const sections = raw.sections ?? [{ offset: { line: 0, column: 0 }, map: raw }];
  for (const { offset, map } of sections) {
    // Source index and original line run on through a section's mappings (the source map format).
    let source = 0;
    let origLine = 0;
    map.mappings.split(';').forEach((line, i) => {
      const out = (lines[offset.line + i] ??= []);
      let col = 0;
      for (const seg of line.split(',')) {
        if (!seg) continue;
        const values = [];
        let v = 0;
        let shift = 0;
        for (const ch of seg) {
          const d = B64[ch];
          v += (d & 31) << shift;
          if (d & 32) shift += 5;
          else {
            values.push(v & 1 ? -(v >>> 1) : v >>> 1);
            v = 0;
            shift = 0;
          }
        }
        col += values[0];
        if (values.length > 1) {
          source += values[1];
          origLine += values[2];
        }
        out.push([col + (i === 0 ? offset.column : 0), values.length > 1 ? map.sources[source] : null, origLine + 1]);
      }
    });
  }
  for (const l of lines) l?.sort((a, b) => a[0] - b[0]);
  return lines;
}
const maps = new Map();
const tidy = (source) => source.replace(/^turbopack:\/\/\/\[project\]\//, '').replace(/^turbopack:\/\/\//, '');
/**
 * The source file and line of a position in a served chunk. column null: the line's first mapped
 * position (a profile's line ticks have no column; unminified, a line holds one source line).
 */
function positionAt(url, line, column) {
  const m = /\/_next\/static\/(chunks\/[^?#]+\.js)/.exec(url);
  if (!m) return { source: url ? (url.startsWith('http') ? new URL(url).pathname : url) : '(native / no script)', line: null };
  if (!maps.has(m[1])) maps.set(m[1], existsSync(join(DIST, 'static', m[1])) ? loadMap(join(DIST, 'static', m[1])) : null);
  const segs = maps.get(m[1])?.[line];
  if (!segs) return { source: `${m[1]} (unmapped)`, line: null };
  let found = null;
  if (column === null) found = segs.find((seg) => seg[1]) ?? null;
  else
    for (const seg of segs) {
      if (seg[0] > column) break;
      if (seg[1]) found = seg;
    }
  return found ? { source: tidy(found[1]), line: found[2] } : { source: `${m[1]} (unmapped)`, line: null };
}
const sourceAt = (url, line, column) => positionAt(url, line, column).source;
const pkgOf = (s) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s)?.[1] ?? s.split('/').slice(0, 2).join('/');

async function profileOnce(browser, base) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__longTasks.push({ start: e.startTime, duration: e.duration }))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  await cdp.send('Profiler.start');
  await page.goto(`${base}${PATH}`, { waitUntil: 'load', timeout: 120_000 });
  // Idle: no new long task for 2 s.
  let last = -1;
  for (let i = 0; i < 30; i++) {
    await sleep(1000);
    const n = await page.evaluate(() => window.__longTasks.length);
    if (n === last) break;
    last = n;
  }
  const { profile } = await cdp.send('Profiler.stop');
  const longTasks = await page.evaluate(() => window.__longTasks);
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] }))).metrics.map((m) => [m.name, m.value]));
  await context.close();

  // Self time per node (samples x interval), attributed to the node's source file.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (dt[i + 1] ?? 0) / 1000));
  const bySource = new Map();
  const byFunction = new Map();
  const byLine = new Map();
  const add = (map, key, t) => map.set(key, (map.get(key) ?? 0) + t);
  let total = 0;
  for (const [id, t] of self) {
    const node = byId.get(id);
    const f = node.callFrame;
    if (['(idle)', '(program)'].includes(f.functionName)) continue;
    const where = f.functionName === '(garbage collector)' ? { source: '(garbage collector)', line: null } : positionAt(f.url, f.lineNumber, f.columnNumber);
    add(byFunction, `${f.functionName || '(anonymous)'} · ${where.source}${where.line ? `:${where.line}` : ''}`, t);
    total += t;
    // The node's self time over the lines it was sampled on (1-based generated lines), when the profile has them.
    const ticks = node.positionTicks ?? [];
    const tickCount = ticks.reduce((n, p) => n + p.ticks, 0);
    if (tickCount === 0) {
      add(bySource, where.source, t);
      if (where.line) add(byLine, `${where.source}:${where.line}`, t);
      continue;
    }
    for (const p of ticks) {
      const at = positionAt(f.url, p.line - 1, null);
      const share = (t * p.ticks) / tickCount;
      add(bySource, at.source, share);
      add(byLine, at.line ? `${at.source}:${at.line}` : at.source, share);
    }
    if (process.env.BENCH_PROFILE_STACK && where.source.includes(process.env.BENCH_PROFILE_STACK)) {
      const parents = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((c) => [c, n.id])));
      const chain = [];
      for (let p = id; p && chain.length < 200; p = parents.get(p)) {
        const cf = byId.get(p).callFrame;
        chain.push(`${cf.functionName || '(anon)'}@${sourceAt(cf.url, cf.lineNumber, cf.columnNumber).split('/').slice(-2).join('/')}`);
      }
      console.log(`    ${t.toFixed(1)} ms: ${chain.join(' < ')}`);
    }
  }
  const blocking = longTasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0);
  return { bySource, byFunction, byLine, total, longTasks, blocking, metrics, stretches: busyStretches(profile, byId) };
}

/**
 * The long tasks as the profile saw them: stretches of script samples with no idle sample between, of 50 ms
 * or more, each with the functions that took its time inclusively (a function counted once a sample however
 * deep it recurs). A task's inclusive figures say what to defer ("Dashboard 40 ms, of which evaluate 12 ms");
 * the self-time tables above say where the cycles burn.
 */
function busyStretches(profile, byId) {
  const parents = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((c) => [c, n.id])));
  const stretches = [];
  let current = null;
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const name = byId.get(id).callFrame.functionName;
    if (name === '(idle)' || name === '(program)') {
      if (current && current.ms >= 50) stretches.push(current);
      current = null;
      return;
    }
    current ??= { startUs: t, ms: 0, inclusive: new Map() };
    current.ms += dt;
    const seen = new Set();
    for (let p = id; p; p = parents.get(p)) {
      const cf = byId.get(p).callFrame;
      if (!cf.url && !cf.functionName.startsWith('(garbage')) continue;
      const where = cf.functionName === '(garbage collector)' ? '(garbage collector)' : sourceAt(cf.url, cf.lineNumber, cf.columnNumber);
      const key = `${cf.functionName || '(anonymous)'} · ${where}`;
      if (seen.has(key)) continue;
      seen.add(key);
      current.inclusive.set(key, (current.inclusive.get(key) ?? 0) + dt);
    }
  });
  if (current && current.ms >= 50) stretches.push(current);
  const t0 = profile.startTime;
  return stretches.map((s) => ({ atMs: (s.startUs - t0) / 1000, ms: s.ms, inclusive: s.inclusive }));
}

async function main() {
  console.log(
    `bench-profile: ${new Date().toISOString()} · ${PATH} at 4x CPU slowdown, 412x823 · load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const chromePath = findChromium();
  const port = await findFreePort(Number.parseInt(process.env.BENCH_PORT ?? '3260', 10));
  const server = spawn(process.execPath, ['server.mjs', '-p', String(port)], {
    cwd: ROOT,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, BUNDLE_PROFILE: '1', NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {}
  };
  process.on('exit', stop);
  process.on('SIGINT', () => process.exit(130));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(`${base}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await sleep(500);
  }
  const browser = await chromium.launch({ executablePath: chromePath, args: chromiumLaunchArgs });
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await profileOnce(browser, base);
    runs.push(r);
    console.log(
      `  run ${i + 1}: script self time ${r.total.toFixed(0)} ms · long tasks ${r.longTasks.length} (longest ${Math.max(0, ...r.longTasks.map((t) => t.duration)).toFixed(0)} ms, ` +
        `blocking over 50 ms: ${r.blocking.toFixed(0)} ms) · renderer style+layout ${(((r.metrics.RecalcStyleDuration ?? 0) + (r.metrics.LayoutDuration ?? 0)) * 1000).toFixed(0)} ms`,
    );
  }
  await browser.close();
  console.log(
    `  median: script ${median(runs.map((r) => r.total)).toFixed(0)} ms · blocking ${median(runs.map((r) => r.blocking)).toFixed(0)} ms · ` +
      `style+layout ${median(runs.map((r) => ((r.metrics.RecalcStyleDuration ?? 0) + (r.metrics.LayoutDuration ?? 0)) * 1000)).toFixed(0)} ms`,
  );
  const last = runs.at(-1);
  const byPkg = new Map();
  for (const [s, t] of last.bySource) byPkg.set(pkgOf(s), (byPkg.get(pkgOf(s)) ?? 0) + t);
  console.log('  self time by package or folder (last run):');
  for (const [p, t] of [...byPkg].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`    ${t.toFixed(0).padStart(6)} ms  ${p}`);
  console.log(`  self time by source file (last run, top ${TOP}):`);
  for (const [s, t] of [...last.bySource].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`    ${t.toFixed(0).padStart(6)} ms  ${s}`);
  console.log(`  self time by function (last run, top ${TOP}):`);
  for (const [s, t] of [...last.byFunction].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`    ${t.toFixed(0).padStart(6)} ms  ${s}`);
  // Our own lines apart from the framework's: a line that costs tens of ms is where to look first.
  const ours = [...last.byLine].filter(([s]) => !s.includes('node_modules') && !s.startsWith('[turbopack') && !s.startsWith('chunks/') && !s.startsWith('('));
  console.log(`  self time by line of this project's code (last run, top ${TOP}):`);
  for (const [s, t] of ours.sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`    ${t.toFixed(0).padStart(6)} ms  ${s}`);
  // Each stretch of 50 ms or more of script (last run): what ran in it, our code apart from the framework's.
  console.log("  long stretches of script (last run; time from the profile's start), by inclusive time:");
  for (const s of last.stretches) {
    const rows = [...s.inclusive].sort((a, b) => b[1] - a[1]);
    const own = rows.filter(([k]) => !/node_modules|\[turbopack|chunks\/|\(garbage/.test(k)).slice(0, TASK_ROWS * 2);
    const framework = rows.filter(([k]) => /node_modules|\[turbopack|\(garbage/.test(k)).slice(0, TASK_ROWS);
    console.log(`    at ${s.atMs.toFixed(0)} ms, ${s.ms.toFixed(0)} ms of script:`);
    for (const [k, t] of [...framework, ...own]) console.log(`      ${t.toFixed(0).padStart(5)} ms  ${k}`);
  }
  stop();
  process.exit(0);
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
