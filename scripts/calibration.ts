/**
 * Prints the calibration table for Public data (or a preset: `npm run calibration -- seed`): each target,
 * the model's value, the band, whether it is met. The same rows the methodology page draws.
 */
import { applyPreset, calibrationTable, defaultScenario, getPreset, type CalibrationRow } from '../lib/engine';
import { formatCalibrationValue } from '../lib/view-models/calibration';

// argv[2] is this file (scripts/bench.mjs bundles and imports it); the preset id follows.
const presetId = process.argv[3];
const scenario = presetId ? applyPreset(presetId) : defaultScenario();
const name = presetId ? (getPreset(presetId)?.name ?? `unknown preset "${presetId}" (Public data)`) : 'Public data';
const rows = calibrationTable(scenario);
// The table's own formats; open bands are written as ∞.
const fmt = (unit: CalibrationRow['unit'], v: number) => (Number.isFinite(v) ? formatCalibrationValue(unit, v) : v > 0 ? '∞' : '−∞');
console.log(`calibration of ${name}: ${rows.filter((r) => r.met).length} of ${rows.length} met`);
for (const r of rows) {
  const band = `${fmt(r.unit, r.low)} to ${fmt(r.unit, r.high)}`;
  console.log(
    `${r.met ? 'met    ' : 'NOT MET'}  ${r.label.padEnd(64)} model ${fmt(r.unit, r.model).padStart(7)}   band ${band.padEnd(18)} reported: ${r.reported}`,
  );
}
