// The framework's floor beside the dashboard: npm run bench:floor
//
// Lighthouse's mobile preset scores a page on this machine, not on a reference phone: its 4x CPU
// slowdown multiplies whatever this shared 2-core machine takes. So a fixed goal (TBT <= 150 ms) can sit
// below what Next.js and React cost here before any of our code runs. This script measures that floor
// in the same run: a control app (scripts/bench-floor/app: the App Router and one client component,
// built from the same node_modules) and the dashboard's `/`, alternately, BENCH_FLOOR_RUNS times each
// (default 3). It prints each run, the medians, and what the dashboard adds over the floor. It asserts
// nothing. Builds the control app when scripts/bench-floor/.next is missing, and the dashboard when
// .next/BUILD_ID is (about a minute each); BENCH_FLOOR_REBUILD=1 rebuilds both (after an upgrade of Next or
// React, or with another branch's .next). Servers and browsers are stopped at the end.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, findFreePort, lighthouseChromeFlags, median, ms, sleep, table } from './bench-ui-lib.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CONTROL = join(ROOT, 'scripts/bench-floor');
const NEXT_BIN = join(ROOT, 'node_modules/.bin/next');
const RUNS = Number.parseInt(process.env.BENCH_FLOOR_RUNS ?? '3', 10);
const GOALS = { score: 95, tbt: 150, lcp: 2000 };

const children = new Set();
const chromes = new Set();
async function cleanUp() {
  for (const c of chromes) await Promise.resolve(c.kill()).catch(() => {});
  for (const child of children) child.kill('SIGTERM');
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void cleanUp().then(() => process.exit(130)));

function build(dir, what) {
  console.log(`Building ${what} (about a minute)…`);
  const r = spawnSync(NEXT_BIN, dir ? ['build', dir] : ['build'], { cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-20).join('\n'));
    process.exit(1);
  }
  // The dashboard's build as `npm run build` makes it: its scripts precompressed, as server.mjs sends them.
  if (!dir) spawnSync(process.execPath, ['scripts/precompress.mjs'], { cwd: ROOT, stdio: 'inherit' });
}

async function serve(args, port) {
  const child = spawn(args[0], args.slice(1), { cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'ignore' });
  children.add(child);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${base}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return base;
    await sleep(500);
  }
  throw new Error(`${args.join(' ')} did not answer on ${base}`);
}

async function lighthouseRun(lighthouse, Launcher, url) {
  const chrome = new Launcher({ chromePath: findChromium(), chromeFlags: lighthouseChromeFlags, logLevel: 'silent' });
  chromes.add(chrome);
  try {
    await chrome.launch();
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const a = lhr.audits;
    return {
      score: Math.round(lhr.categories.performance.score * 100),
      tbt: a['total-blocking-time'].numericValue,
      lcp: a['largest-contentful-paint'].numericValue,
      fcp: a['first-contentful-paint'].numericValue,
      benchmarkIndex: lhr.environment.benchmarkIndex,
    };
  } finally {
    await Promise.resolve(chrome.kill()).catch(() => {});
    chromes.delete(chrome);
  }
}

try {
  const rebuild = process.env.BENCH_FLOOR_REBUILD === '1';
  if (rebuild || !existsSync(join(CONTROL, '.next/BUILD_ID'))) build('scripts/bench-floor', 'the control app');
  if (rebuild || !existsSync(join(ROOT, '.next/BUILD_ID'))) build(null, 'the dashboard');
  const { default: lighthouse } = await import('lighthouse');
  // chrome-launcher comes with lighthouse; resolve it from there in case it is not hoisted.
  const { Launcher } = createRequire(createRequire(import.meta.url).resolve('lighthouse'))('chrome-launcher');

  const controlPort = await findFreePort(3260);
  const control = await serve([NEXT_BIN, 'start', 'scripts/bench-floor', '-p', String(controlPort), '-H', '127.0.0.1'], controlPort);
  const ourPort = await findFreePort(controlPort + 1);
  const ours = await serve(['node', 'server.mjs', '-p', String(ourPort), '-H', '127.0.0.1'], ourPort);
  console.log(
    `bench-floor: ${new Date().toISOString()} · Lighthouse mobile, ${RUNS} runs each, alternating · load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );

  const pages = [
    ['framework floor (Next.js + React, one client component)', `${control}/`],
    ['dashboard /', `${ours}/`],
  ];
  const runs = pages.map(() => []);
  for (let i = 1; i <= RUNS; i++) {
    for (const [p, [name, url]] of pages.entries()) {
      try {
        const r = await lighthouseRun(lighthouse, Launcher, url);
        runs[p].push(r);
        console.log(
          `  run ${i}, ${name}: score ${r.score} · TBT ${ms(r.tbt)} · LCP ${ms(r.lcp)} · FCP ${ms(r.fcp)} · benchmarkIndex ${Math.round(r.benchmarkIndex)}`,
        );
      } catch (e) {
        console.log(`  run ${i}, ${name}: Lighthouse failed: ${e.message}`);
      }
    }
  }
  const med = (p, key) => median(runs[p].map((r) => r[key]));
  const rows = [['figure', 'floor', 'dashboard', 'dashboard over floor', 'goal']];
  rows.push(['Lighthouse mobile', med(0, 'score'), med(1, 'score'), `${med(1, 'score') - med(0, 'score')}`, `>= ${GOALS.score}`]);
  rows.push(['total blocking time', ms(med(0, 'tbt')), ms(med(1, 'tbt')), `+${ms(med(1, 'tbt') - med(0, 'tbt'))}`, `<= ${GOALS.tbt} ms`]);
  rows.push(['largest contentful paint', ms(med(0, 'lcp')), ms(med(1, 'lcp')), `+${ms(med(1, 'lcp') - med(0, 'lcp'))}`, `<= ${GOALS.lcp} ms`]);
  rows.push(['first contentful paint', ms(med(0, 'fcp')), ms(med(1, 'fcp')), `+${ms(med(1, 'fcp') - med(0, 'fcp'))}`, '']);
  console.log(
    `\nMedians of ${RUNS} (load average now ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}):\n${table(rows)}`,
  );
} catch (e) {
  console.error(`bench-floor: ${e.message}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
