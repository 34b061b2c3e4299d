/**
 * `npm run calibrate`: fits Public data's free parameters to the facts ledger (lib/engine/facts/fit.ts) and
 * writes lib/engine/facts/fitted.json with the fit's date, the ledger's hash and every residual. Prints
 * rows met, the worst residuals, what moved most, and the fit's time. `-- --check` only compares.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { facts } from '../lib/engine/facts/ledger';
import { fit, FREE_PARAMETERS, priorOf } from '../lib/engine/facts/fit';

const file = resolve('lib/engine/facts/fitted.json');
const check = process.argv.includes('--check');
const started = performance.now();
const result = fit();
const ms = performance.now() - started;
const ledgerHash = createHash('sha256').update(JSON.stringify(facts)).digest('hex').slice(0, 16);
const out = { fittedOn: new Date().toISOString().slice(0, 10), ledgerHash, optimiser: 'ml-levenberg-marquardt 5.1.0', ...result };

console.log(`fit: ${result.iterations} iterations in ${(ms / 1000).toFixed(2)} s; cost ${result.costBefore} → ${result.costAfter}`);
console.log(`ledger rows met: ${result.rowsMet} of ${result.rowsTotal} fitted (ledger ${ledgerHash}, ${facts.length} rows)`);
const worst = Object.entries(result.residuals)
  .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
  .slice(0, 8);
console.log('worst residuals (in tolerances):');
for (const [id, r] of worst) console.log(`  ${r.toFixed(2).padStart(7)}  ${id}`);
console.log('moved most (in half plausible ranges):');
for (const [id, z] of Object.entries(result.priorResiduals)
  .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
  .slice(0, 10)) {
  console.log(`  ${z.toFixed(2).padStart(6)}  ${id}: ${priorOf(id)} → ${result.parameters[id]}`);
}
const unchanged = FREE_PARAMETERS.filter((p) => Math.abs((result.parameters[p.id] ?? 0) - priorOf(p.id)) < 0.005).map((p) => p.id);
if (unchanged.length) console.log(`kept at their sourced values: ${unchanged.join(', ')}`);

if (check) {
  const committed = JSON.parse(readFileSync(file, 'utf8'));
  const same = JSON.stringify({ ...committed, fittedOn: '' }) === JSON.stringify({ ...out, fittedOn: '' });
  console.log(same ? 'fitted.json matches the fit' : 'fitted.json differs from the fit: run npm run calibrate');
  process.exit(same ? 0 : 1);
}
writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
console.log(`wrote ${file}`);
