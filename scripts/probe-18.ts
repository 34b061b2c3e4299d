import { defaultScenario, evaluate, winnerAnalysis, simulate, compareOdds, THESIS_MEASURES, switchingValues } from '../lib/engine';
import { scenarioWorld } from '../lib/engine/winners';
import { resolveInputs } from '../lib/engine/inputs';
const s = defaultScenario();
const r = evaluate(s);
const w = scenarioWorld(resolveInputs(s), r);
for (const c of ['azure','aws','gcp','other'] as const) console.log(c, w.hosted[c].toFixed(3), r.clouds[c].cumulative.hostedComputeUsdBn.toFixed(3), w.revenue[c].toFixed(3), r.clouds[c].cumulative.revenueUsdBn.toFixed(3), w.profit[c].toFixed(3), r.clouds[c].cumulative.companyGrossProfitUsdBn.toFixed(3));
for (const m of THESIS_MEASURES) {
  const a = winnerAnalysis(s, { measure: m });
  console.log(m, a.leastExposed, Object.fromEntries(['azure','aws','gcp'].map(c => [c, a.clouds[c as 'azure'].exposure.toFixed(3)])), 'conc2031', ['azure','aws','gcp'].map(c => a.clouds[c as 'azure'].concentration[6]!.toFixed(2) + a.clouds[c as 'azure'].largestFamily[6]));
}
let t = Date.now();
const sim = simulate(s, { samples: 10000, seed: 1 });
console.log('sim ms', Date.now() - t);
for (const m of THESIS_MEASURES) console.log('leader', m, JSON.stringify(sim.odds.leader[m]), 'least', JSON.stringify(sim.odds.leastExposedBy[m]));
t = Date.now();
console.log(compareOdds(s, s, { cloud: 'azure', samples: 10000, seed: 1 }), Date.now() - t);
t = Date.now();
console.log(compareOdds(s, { ...s, 'winner.share': 80 }, { cloud: 'azure', samples: 10000, seed: 1 }), Date.now() - t);
for (const m of THESIS_MEASURES) {
  for (const conclusion of ['leader','leastExposed'] as const) {
    const rows = switchingValues(s, { conclusion, measure: m }).filter(r => r.value !== null).slice(0, 4);
    console.log(m, conclusion, rows.map(r => `${r.id} ${r.current}->${r.value} (${r.from}->${r.to}, ${r.distance.toFixed(2)})`).join('; '));
  }
}
