/**
 * Engine benchmark: prints evaluations per second of evaluate() and the median time of winnerAnalysis().
 * Figures, not assertions: these machines are shared and noisy. Run with `npm run bench`.
 * Goals (issue 2): evaluate under 50 µs (>= 20,000 a second); winnerAnalysis under 1 ms.
 */
import { applyPreset, defaultScenario, evaluate, presets, winnerAnalysis, type Scenario } from '../lib/engine';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

/** Runs fn over the scenarios in batches; returns per-call microseconds of each batch. */
function timeBatches(fn: (s: Scenario) => unknown, scenarios: Scenario[], batches: number, perBatch: number): number[] {
  const out: number[] = [];
  let sink = 0;
  for (let b = 0; b < batches; b++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < perBatch; i++) {
      const r = fn(scenarios[i % scenarios.length]!);
      if (r) sink++;
    }
    const t1 = process.hrtime.bigint();
    out.push(Number(t1 - t0) / 1000 / perBatch);
  }
  if (sink < 0) console.log(sink);
  return out;
}

// Vary inputs so no call is a trivially repeated one: every preset, plus slider-like nudges.
const scenarios: Scenario[] = [];
for (const p of presets) {
  for (let k = 0; k < 10; k++) {
    scenarios.push({ ...applyPreset(p.id), 'share2031.openai': 20 + k * 5, 'silicon2031.azure': 10 + k * 7 });
  }
}

// Warm up the JIT.
timeBatches(evaluate, scenarios, 20, 500);
timeBatches(winnerAnalysis, scenarios, 5, 100);

const evalUs = timeBatches(evaluate, scenarios, 40, 1000);
const winnerUs = timeBatches(winnerAnalysis, scenarios, 40, 100);
const evalMedian = median(evalUs);
const winnerMedianMs = median(winnerUs) / 1000;

console.log(`engine benchmark (node ${process.version}, ${scenarios.length} distinct scenarios)`);
console.log(`evaluate:        median ${evalMedian.toFixed(1)} µs/call, p90 ${percentile(evalUs, 90).toFixed(1)} µs  -> ${Math.round(1e6 / evalMedian).toLocaleString('en-US')} evaluations/s   (goal: < 50 µs, >= 20,000/s)`);
console.log(`winnerAnalysis:  median ${winnerMedianMs.toFixed(3)} ms/call, p90 ${(percentile(winnerUs, 90) / 1000).toFixed(3)} ms  (goal: < 1 ms)`);
console.log(`ratio winnerAnalysis / evaluate: ${(median(winnerUs) / evalMedian).toFixed(1)}×  (6 winners + 1 input resolve)`);
const d = evaluate(defaultScenario());
console.log(`check: default Azure 2025-2031 AI compute hosted $${d.clouds.azure.cumulative.hostedComputeUsdBn.toFixed(0)}B, cloud AI revenue $${d.clouds.azure.cumulative.revenueUsdBn.toFixed(0)}B`);
