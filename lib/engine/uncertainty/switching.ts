/** Switching values: how far one parameter, alone, must move for the conclusion to change. */
import type { CloudResult } from '../evaluate';
import { evaluateInputs } from '../evaluate';
import { CLOUDS as CLOUDS_, type CloudId } from '../ids';
import { resolveInputs } from '../inputs';
import type { NumberParameterSpec } from '../parameters';
import type { Scenario } from '../scenario';
import { DEFAULT_THESIS_MEASURE, type ThesisMeasure } from '../simulation-settings';
import { leaderOn, winnerAnalysisOf } from '../winners';
import { evaluateScenario, LEAN } from './measures';
import { numberParameters, numberValue } from './ranges';

const CLOUDS = CLOUDS_;

export type Conclusion = 'leader' | 'leastExposed';

export interface SwitchingValue {
  id: string;
  /** The scenario's value. */
  current: number;
  /** The nearest value (on the slider's steps) at which the conclusion changes; null if never within bounds. */
  value: number | null;
  /** The conclusion in the scenario: the leading hyperscaler, or the least exposed one. */
  from: CloudId;
  /** What it becomes at `value`; null when it never flips. */
  to: CloudId | null;
  /** How far the flip is, in widths of the parameter's plausible range (Infinity when it never flips). */
  distance: number;
}

type Judge = (scenario: Readonly<Scenario>) => CloudId;

/** The conclusion as a function of the scenario: who leads on the measure, or who is least exposed on it. */
function judgeFor(conclusion: Conclusion, measure: ThesisMeasure): Judge {
  if (conclusion === 'leader') return (s) => leaderOn(evaluateScenario(s), measure);
  return (s) => {
    const inp = resolveInputs(s);
    return winnerAnalysisOf(inp, evaluateInputs(inp, LEAN), { measure }).leastExposed;
  };
}

/** Fractions of the way from the value to a bound at which the search looks for a change before bisecting. */
const SCAN: Readonly<Record<Conclusion, readonly number[]>> = {
  leader: [0.25, 0.5, 1],
  // A winner analysis costs about one evaluation since model v3 (winners.ts), so it scans as finely.
  leastExposed: [0.25, 0.5, 1],
};

/** Rounds to the parameter's step grid (anchored at its minimum), without float noise. */
function onStep(spec: NumberParameterSpec, x: number, dir: 'up' | 'down'): number {
  const steps = (x - spec.min) / spec.step;
  const k = dir === 'up' ? Math.ceil(steps - 1e-9) : Math.floor(steps + 1e-9);
  const decimals = Math.max(0, -Math.floor(Math.log10(spec.step)) + 2);
  return Number(Math.min(spec.max, Math.max(spec.min, spec.min + k * spec.step)).toFixed(decimals));
}

/**
 * For one parameter, the nearest value toward `bound` at which `judge` no longer returns `from`, on the
 * slider's step grid, verified; null if none found. Scans a few points then bisects (a conclusion that flips
 * and flips back between two scanned points can be missed: said on the methodology page).
 */
function flipToward(
  draw: Scenario,
  spec: NumberParameterSpec,
  current: number,
  bound: number,
  from: CloudId,
  judge: Judge,
  scan: readonly number[],
): { value: number; to: CloudId } | null {
  if (bound === current) return null;
  const dir = bound > current ? 'up' : 'down';
  let inside = current;
  let outside: number | null = null;
  for (const f of scan) {
    const x = current + (bound - current) * f;
    draw[spec.id] = x;
    if (judge(draw) !== from) {
      outside = x;
      break;
    }
    inside = x;
  }
  if (outside === null) return null;
  let flipped: number = outside;
  for (let i = 0; i < 30 && Math.abs(flipped - inside) > spec.step / 4; i++) {
    const mid: number = (inside + flipped) / 2;
    draw[spec.id] = mid;
    if (judge(draw) !== from) flipped = mid;
    else inside = mid;
  }
  // The first value on the slider's grid past the threshold that does flip (a user can set only those).
  let candidate = onStep(spec, inside, dir);
  for (let tries = 0; tries < 4; tries++) {
    if ((dir === 'up' && candidate > current) || (dir === 'down' && candidate < current)) {
      draw[spec.id] = candidate;
      const to = judge(draw);
      if (to !== from) return { value: candidate, to };
    }
    const next = Number((candidate + (dir === 'up' ? spec.step : -spec.step)).toFixed(10));
    if (next > spec.max || next < spec.min) break;
    candidate = next;
  }
  return null;
}

/**
 * For the headline conclusion (`leader`: which hyperscaler hosts the most AI compute over 2025-2031;
 * `leastExposed`: which hyperscaler is least exposed to which model family wins), each number parameter's
 * switching value within its slider bounds, nearest flips first (in plausible-range widths).
 */
export function switchingValues(
  scenario: Readonly<Scenario>,
  { conclusion = 'leader', measure = DEFAULT_THESIS_MEASURE }: { conclusion?: Conclusion; measure?: ThesisMeasure } = {},
): SwitchingValue[] {
  const judge = judgeFor(conclusion, measure);
  const draw: Scenario = { ...scenario };
  const from = judge(draw);
  const base = evaluateScenario(draw);
  const rows: SwitchingValue[] = [];
  for (const spec of numberParameters) {
    const current = numberValue(scenario, spec);
    const restore = scenario[spec.id] ?? spec.default;
    let best: { value: number; to: CloudId } | null = null;
    // Both conclusions rest on the measure's totals (and a winner world is linear in them): a parameter that
    // moves no cloud's hosted compute, revenue or company gross profit at either bound cannot flip them
    // (finance, commitments). One cheap check each.
    {
      let moves = false;
      const moved = (a: CloudResult, b: CloudResult) =>
        Math.abs(a.cumulative.hostedComputeUsdBn - b.cumulative.hostedComputeUsdBn) > 1e-9 ||
        Math.abs(a.cumulative.revenueUsdBn - b.cumulative.revenueUsdBn) > 1e-9 ||
        Math.abs(a.cumulative.companyGrossProfitUsdBn - b.cumulative.companyGrossProfitUsdBn) > 1e-9;
      for (const bound of [spec.min, spec.max]) {
        draw[spec.id] = bound;
        const r = evaluateScenario(draw);
        if (CLOUDS.some((c) => moved(r.clouds[c], base.clouds[c]))) moves = true;
      }
      // Winner analysis also reads the winner's share, which moves no hosted compute of the scenario itself.
      if (conclusion === 'leastExposed' && spec.id === 'winner.share') moves = true;
      draw[spec.id] = restore;
      if (!moves) {
        rows.push({ id: spec.id, current, value: null, from, to: null, distance: Infinity });
        continue;
      }
    }
    for (const bound of [spec.min, spec.max]) {
      const flip = flipToward(draw, spec, current, bound, from, judge, SCAN[conclusion]);
      draw[spec.id] = restore;
      if (flip && (best === null || Math.abs(flip.value - current) < Math.abs(best.value - current))) best = flip;
    }
    const width = spec.range[1] - spec.range[0];
    const distance = best === null ? Infinity : Math.abs(best.value - current) / (width > 0 ? width : spec.max - spec.min || 1);
    rows.push({ id: spec.id, current, value: best?.value ?? null, from, to: best?.to ?? null, distance });
  }
  return rows.sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id));
}
