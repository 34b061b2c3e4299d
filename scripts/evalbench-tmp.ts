import { evaluate, defaultScenario, parameters } from '../lib/engine';
// Same scenarios for both trees: the defaults with a few seeded variations.
const base = defaultScenario();
const scenarios = Array.from({ length: 100 }, (_, k) => ({ ...base, 'market.growthNear': 20 + (k % 50), 'silicon.passThrough': k % 100, 'share2031.openai': 5 + (k % 60) }));
for (let i = 0; i < 20000; i++) evaluate(scenarios[i % 100]!);
const rounds: number[] = [];
for (let r = 0; r < 7; r++) {
  const t = performance.now();
  for (let i = 0; i < 20000; i++) evaluate(scenarios[i % 100]!);
  rounds.push(((performance.now() - t) * 1000) / 20000);
}
rounds.sort((a, b) => a - b);
console.log(`evaluate median ${rounds[3]!.toFixed(1)} µs (${parameters.length} parameters)`);
