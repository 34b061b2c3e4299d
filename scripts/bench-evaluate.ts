/**
 * One figure for `npm run bench:ui`'s table: evaluate()'s median time per call, over the same scenarios as
 * `npm run bench` (every preset with slider-like nudges), printed as one JSON line.
 */
import { applyPreset, evaluate, presets, type Scenario } from '../lib/engine';

const scenarios: Scenario[] = [];
for (const p of presets) {
  for (let k = 0; k < 10; k++) scenarios.push({ ...applyPreset(p.id), 'share2031.openai': 20 + k * 5, 'silicon2031.azure': 10 + k * 7 });
}

function batchUs(perBatch: number): number {
  let sink = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < perBatch; i++) if (evaluate(scenarios[i % scenarios.length]!)) sink++;
  const us = Number(process.hrtime.bigint() - t0) / 1000 / perBatch;
  if (sink < 0) console.log(sink);
  return us;
}

for (let b = 0; b < 20; b++) batchUs(500); // warm up the JIT
const runs = Array.from({ length: 40 }, () => batchUs(1000)).sort((a, b) => a - b);
console.log(JSON.stringify({ evaluateUs: (runs[19]! + runs[20]!) / 2, scenarios: scenarios.length }));
