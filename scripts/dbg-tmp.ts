import { calibrationTable } from '../lib/engine';
const rows = calibrationTable();
console.log(rows.filter(r=>r.met).length, 'of', rows.length);
for (const r of rows) console.log((r.met?'met ':'MISS'), r.residual.toFixed(2).padStart(7), r.id.padEnd(38), r.model.toFixed(2).padStart(8), r.reportedValue.toFixed(2).padStart(8));
