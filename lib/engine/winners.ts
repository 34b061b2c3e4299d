/**
 * The winner analysis, the thesis test (ECONOMICS.md, "Model v3", rule 3): for each model family, a world in
 * which that family wins `winner.share` of the labs' market in 2031, the others shrinking in proportion.
 *
 * What a winner world moves, and what it leaves (model v3):
 * - It moves **billed compute** (what the labs and their customers pay clouds, model APIs included) among the
 *   six families. The market's size per year is the scenario's; so is each family's split across clouds
 *   before floors. The signed contracts are then honoured as in any scenario (step 11a): a lab that loses
 *   still owes its contracted clouds, so their floors move its remaining billing towards them.
 * - It leaves **own use** where it is: the owners' in-house workloads (Google's Search, ads and the Gemini
 *   app, Microsoft's Copilot, Meta's own data centres) do not shrink because a lab wins.
 * - 2025 and 2026 are reported history and stay as they are; the 2031 change is phased in linearly from 2026,
 *   as the scenario's own shares run from their 2026 point to 2031.
 *
 * A world is defined by evaluate (`evaluateInputs(inputs, { billedComputeUsdBn })`); the Monte Carlo needs six
 * per draw, so they are computed by re-running only steps 8a-12 on the scenario's result (see below).
 *
 * Exposure on a measure = (max − min) / mean of |value| of a cloud's 2025-2031 total across the six worlds;
 * 0 = indifferent to who wins. Concentration = the largest family's share of a cloud's AI revenue, per year.
 */
import { CLOUDS as CLOUDS_, FAMILIES as FAMILIES_, HYPERSCALERS as HYPERSCALERS_, YEARS, type CloudId, type FamilyId, type HyperscalerId } from './ids';
import { resolveInputs, type ModelInputs } from './inputs';
import { evaluateInputs, type ScenarioResult } from './evaluate';
import type { Scenario } from './scenario';
import { applyFloors, interpolateThrough2026, normaliseWeights, revenueShareSeries } from './steps';
import { COMMITMENT_SCHEDULE_SHARES } from './parameters';
import { DEFAULT_THESIS_MEASURE, THESIS_MEASURES, type ThesisMeasure } from './simulation-settings';

// Local bindings: imported bindings can be getters under some ESM loaders, too slow in hot loops.
const CLOUDS = CLOUDS_;
const FAMILIES = FAMILIES_;
const HYPERSCALERS = HYPERSCALERS_;
const Y = YEARS.length;
const C = CLOUDS.length;
const F = FAMILIES.length;
const OPENAI = FAMILIES.indexOf('openai');
const AZURE = CLOUDS.indexOf('azure');
/** Year index of 2026, the last reported share point: winner worlds differ from the scenario only after it. */
const Y2026 = YEARS.indexOf(2026);
export interface WinnerOutcome {
  winner: FamilyId;
  /** Per cloud, cumulative 2025-2031 AI compute hosted (own use included) under this winner. */
  hostedComputeUsdBn: Record<CloudId, number>;
  /** Per cloud, cumulative 2025-2031 cloud AI revenue under this winner. */
  revenueUsdBn: Record<CloudId, number>;
  /** Per cloud, cumulative 2025-2031 company AI gross profit (cloud + model layer) under this winner. */
  companyGrossProfitUsdBn: Record<CloudId, number>;
  /** Per cloud, cumulative 2025-2031 own use: the scenario's, in every world. */
  ownUseComputeUsdBn: Record<CloudId, number>;
}

export interface CloudExposure {
  /** Exposure on the analysis' measure: (max − min) / mean of |value| across winners; 0 = indifferent. */
  exposure: number;
  /** Exposure of AI compute hosted (own use included). */
  hostedExposure: number;
  /** Exposure of cloud AI revenue. */
  revenueExposure: number;
  /** Exposure of company AI gross profit. */
  profitExposure: number;
  /** The winners under which the measure is highest and lowest. */
  best: FamilyId;
  worst: FamilyId;
  /** The measure's lowest and highest 2025-2031 totals across winners, USD bn. */
  minUsdBn: number;
  maxUsdBn: number;
  minHostedUsdBn: number;
  maxHostedUsdBn: number;
  /** Per year (YEARS), the largest family's share of the cloud's AI revenue in the scenario, 0-1 (0: no revenue). */
  concentration: number[];
  /** Per year, that family (null: no revenue). */
  largestFamily: (FamilyId | null)[];
}

export interface WinnerAnalysis {
  measure: ThesisMeasure;
  winnerShare: number;
  outcomes: WinnerOutcome[];
  clouds: Record<CloudId, CloudExposure>;
  /** The hyperscaler with the lowest exposure on the measure (ties go to the first in HYPERSCALERS order). */
  leastExposed: HyperscalerId;
}

/** A cloud's 2025-2031 total on a measure, USD bn. */
export function thesisValue(result: ScenarioResult, cloud: CloudId, measure: ThesisMeasure): number {
  const c = result.clouds[cloud].cumulative;
  return measure === 'hosted' ? c.hostedComputeUsdBn : measure === 'revenue' ? c.revenueUsdBn : c.companyGrossProfitUsdBn;
}

/** The hyperscaler with the largest 2025-2031 total on a measure (ties go to the first in HYPERSCALERS order). */
export function leaderOn(result: ScenarioResult, measure: ThesisMeasure): HyperscalerId {
  let best: HyperscalerId = 'azure';
  for (const c of HYPERSCALERS) if (thesisValue(result, c, measure) > thesisValue(result, best, measure)) best = c;
  return best;
}

/**
 * The hyperscaler hosting the most AI compute over 2025-2031 (own use included): model v2's headline
 * question, kept for its callers. "Other providers" is many firms together, so it is not a contender.
 */
export function hyperscalerLeader(result: ScenarioResult): HyperscalerId {
  return leaderOn(result, 'hosted');
}

/** 2031 weights with `winner` at `winnerShareFraction` and the rest scaled in proportion (sum 1). */
export function winnerWeights(weights2031: Readonly<Record<FamilyId, number>>, winner: FamilyId, winnerShareFraction: number): Record<FamilyId, number> {
  const base = normaliseWeights(weights2031);
  const rest = 1 - base[winner];
  const out = {} as Record<FamilyId, number>;
  const others = FAMILIES.filter((f) => f !== winner);
  for (const f of others) {
    out[f] = rest > 0 ? (base[f] / rest) * (1 - winnerShareFraction) : (1 - winnerShareFraction) / others.length;
  }
  out[winner] = winnerShareFraction;
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The worlds, on flat arrays (the Monte Carlo runs this once per draw)
//
// A winner world is defined by evaluate itself: `evaluateInputs(inputs, { billedComputeUsdBn })` with each
// family's billing per year set to the world's (winnerWorldByEvaluate below). What a world changes only enters
// the model after step 7, so each world here re-runs steps 8a-12 alone from the scenario's own result: the
// billing before floors and its split, own use, the price cut and cost ratios per cloud-year, the revenue
// ratios. That includes step 11a's contract floors (a lab that loses still owes its contracted clouds) and
// step 9b's counted-once model income (nothing booked twice on the owner's own cloud). Tested equal to
// evaluate within 1e-9 relative over the parameter space (winners.test.ts).

/** What the worlds of one scenario share; flat arrays, [y], [f * Y + y], [c * Y + y] or [(f * C + c) * Y + y]. */
interface WorldBase {
  /** The labs' market per year: billed compute of all families, USD bn. */
  market: Float64Array;
  /** Each family's billed share of the market, [f * Y + y]. */
  billedShare: Float64Array;
  /** Each family's own use, all clouds, [f * Y + y] (step 9a's compute = own use + billed). */
  familyOwn: Float64Array;
  /** Per cloud-year own use, [c * Y + y]. */
  ownUse: Float64Array;
  /** Where a family's billed dollar lands before floors, [(f * C + c) * Y + y], summing to 1 over clouds. */
  split: Float64Array;
  /** Step 8 per cloud-year: revenue per billed dollar (1 − price cut) and cost net of silicon savings per billed dollar. */
  keep: Float64Array;
  netCost: Float64Array;
  /** Step 9a: each family's revenue per dollar of its compute, [f * Y + y]. */
  ratio: Float64Array;
  modelMargin: number;
  /** Step 9b's shares of each family's model profit each cloud's owner books, [f * C + c]. */
  capture: Float64Array;
  /** Step 11a: the contract floors on the labs' own bills, [(f * C + c) * Y + y], and the share of billing that is the lab's own, [f * C + c]. */
  floor: Float64Array;
  ownBillShare: Float64Array;
  /** Families with a floor (a contract, and contracts taken above 0). */
  floored: boolean[];
  revShareFraction: number;
  revShareCapUsdBn: number;
  revShareLastYear: number;
  winnerShareFraction: number;
}

function newWorldBase(): WorldBase {
  return {
    market: new Float64Array(Y),
    billedShare: new Float64Array(F * Y),
    familyOwn: new Float64Array(F * Y),
    ownUse: new Float64Array(C * Y),
    split: new Float64Array(F * C * Y),
    keep: new Float64Array(C * Y),
    netCost: new Float64Array(C * Y),
    ratio: new Float64Array(F * Y),
    modelMargin: 0,
    capture: new Float64Array(F * C),
    floor: new Float64Array(F * C * Y),
    ownBillShare: new Float64Array(F * C),
    floored: new Array<boolean>(F).fill(false),
    revShareFraction: 0,
    revShareCapUsdBn: 0,
    revShareLastYear: 0,
    winnerShareFraction: 0,
  };
}

/** One family's rows on one cloud before floors: billed after floors less what the floors moved. */
const preFloor = new Float64Array(C);
const marketByCloud = new Float64Array(C);

/** The scenario's side of every world (one pass over its inputs and result), into `b`. */
function worldBase(inp: ModelInputs, result: ScenarioResult, b: WorldBase): void {
  b.market.fill(0);
  for (let fi = 0; fi < F; fi++) {
    const fam = result.families[FAMILIES[fi] as FamilyId];
    for (let y = 0; y < Y; y++) {
      b.market[y] = (b.market[y] as number) + (fam.billedComputeUsdBn[y] as number);
      b.familyOwn[fi * Y + y] = fam.ownUseComputeUsdBn[y] as number;
    }
  }
  for (let fi = 0; fi < F; fi++) {
    const row = result.families[FAMILIES[fi] as FamilyId].billedComputeUsdBn;
    for (let y = 0; y < Y; y++) {
      const m = b.market[y] as number;
      b.billedShare[fi * Y + y] = m > 0 ? (row[y] as number) / m : 1 / F;
    }
  }
  for (let ci = 0; ci < C; ci++) {
    const cr = result.clouds[CLOUDS[ci] as CloudId];
    for (let y = 0; y < Y; y++) {
      b.ownUse[ci * Y + y] = cr.ownUseComputeUsdBn[y] as number;
      const cut = cr.priceCut[y] as number;
      b.keep[ci * Y + y] = 1 - cut;
      b.netCost[ci * Y + y] = (cr.costRatio[y] as number) - (cr.savingsRatio[y] as number);
    }
  }
  // Each family's split before floors, as evaluate's setFamilyBilling reads it.
  for (let y = 0; y < Y; y++) {
    marketByCloud.fill(0);
    for (let fi = 0; fi < F; fi++) {
      const f = FAMILIES[fi] as FamilyId;
      const moved = result.floorMovedUsdBn[f];
      for (let ci = 0; ci < C; ci++) {
        const post = result.clouds[CLOUDS[ci] as CloudId].billedByFamilyUsdBn[f][y] as number;
        const pre = moved ? post - ((moved[ci] as number[])[y] as number) : post;
        marketByCloud[ci] = (marketByCloud[ci] as number) + pre;
      }
    }
    let marketSum = 0;
    for (let ci = 0; ci < C; ci++) marketSum += marketByCloud[ci] as number;
    for (let fi = 0; fi < F; fi++) {
      const f = FAMILIES[fi] as FamilyId;
      const moved = result.floorMovedUsdBn[f];
      let billedSum = 0;
      let ownSum = 0;
      for (let ci = 0; ci < C; ci++) {
        const cr = result.clouds[CLOUDS[ci] as CloudId];
        const post = cr.billedByFamilyUsdBn[f][y] as number;
        const pre = moved ? post - ((moved[ci] as number[])[y] as number) : post;
        preFloor[ci] = pre;
        billedSum += pre;
        ownSum += cr.ownUseByFamilyUsdBn[f][y] as number;
      }
      for (let ci = 0; ci < C; ci++) {
        const s =
          billedSum > 0
            ? (preFloor[ci] as number) / billedSum
            : ownSum > 0
              ? (result.clouds[CLOUDS[ci] as CloudId].ownUseByFamilyUsdBn[f][y] as number) / ownSum
              : marketSum > 0
                ? (marketByCloud[ci] as number) / marketSum
                : 1 / C;
        b.split[(fi * C + ci) * Y + y] = s;
      }
    }
  }
  // Step 9: revenue ratios, model margin, the owners' shares (normaliseCapture inlined: it allocates).
  b.modelMargin = inp.modelGrossMarginFraction;
  for (let fi = 0; fi < F; fi++) {
    const f = FAMILIES[fi] as FamilyId;
    const ratio = interpolateThrough2026(inp.revenueRatio2025[f], inp.revenueRatio2026[f], inp.revenueRatio2031[f]);
    for (let y = 0; y < Y; y++) b.ratio[fi * Y + y] = ratio[y] as number;
    const row = inp.captureFraction[f];
    let total = 0;
    for (let ci = 0; ci < C; ci++) total += row[CLOUDS[ci] as CloudId];
    const scale = total > 1 ? 1 / total : 1;
    for (let ci = 0; ci < C; ci++) b.capture[fi * C + ci] = row[CLOUDS[ci] as CloudId] * scale;
  }
  // Step 11a: each contract's floor per year (commitment × taken × schedule share).
  const taken = inp.contractsTakenFraction;
  for (let fi = 0; fi < F; fi++) {
    const f = FAMILIES[fi] as FamilyId;
    let any = false;
    for (let ci = 0; ci < C; ci++) {
      const c = CLOUDS[ci] as CloudId;
      const k = inp.commitmentsUsdBn[f][c];
      b.ownBillShare[fi * C + ci] = 1 - inp.platformFraction[f][c];
      const shares = COMMITMENT_SCHEDULE_SHARES[f][c];
      for (let y = 0; y < Y; y++) b.floor[(fi * C + ci) * Y + y] = k > 0 ? k * taken * (shares[y] as number) : 0;
      if (k > 0) any = true;
    }
    b.floored[fi] = any && taken > 0;
  }
  b.revShareFraction = inp.revShareFraction;
  b.revShareCapUsdBn = inp.revShareCapUsdBn;
  b.revShareLastYear = inp.revShareLastYear;
  b.winnerShareFraction = inp.winnerShareFraction;
}

/** One world's 2025-2031 totals per cloud (CLOUDS order): hosted, revenue, company gross profit, own use. */
interface WorldTotals {
  hosted: Float64Array;
  revenue: Float64Array;
  profit: Float64Array;
  ownUse: Float64Array;
}

function newTotals(): WorldTotals {
  return { hosted: new Float64Array(C), revenue: new Float64Array(C), profit: new Float64Array(C), ownUse: new Float64Array(C) };
}

/** Scratch for worldTotals: a year's billing [c * F + f], a family's own bill and floor per cloud, the moves, OpenAI's revenue. */
const bill = new Float64Array(C * F);
const ownBillScratch = [0, 0, 0, 0];
const floorScratch = [0, 0, 0, 0];
const deltaScratch = [0, 0, 0, 0];
const familyBilledScratch = new Float64Array(F);
const openaiRevenueScratch = new Array<number>(Y).fill(0);

/**
 * A world's totals from billed shares per family-year (`shares`, [f * Y + y], each year summing to 1):
 * steps 8a-12 as evaluate runs them on that billing. Allocates nothing but step 9's revenue-share series.
 */
function worldTotals(b: WorldBase, shares: Float64Array, out: WorldTotals): void {
  out.hosted.fill(0);
  out.revenue.fill(0);
  out.profit.fill(0);
  out.ownUse.fill(0);
  const margin = b.modelMargin;
  for (let y = 0; y < Y; y++) {
    const m = b.market[y] as number;
    // Step 8a: each family's billing, on its split before floors.
    for (let fi = 0; fi < F; fi++) {
      const billed = (shares[fi * Y + y] as number) * m;
      familyBilledScratch[fi] = billed;
      for (let ci = 0; ci < C; ci++) bill[ci * F + fi] = billed * (b.split[(fi * C + ci) * Y + y] as number);
    }
    // Step 11a: floors on the labs' own bills move billing between a family's clouds.
    for (let fi = 0; fi < F; fi++) {
      if (!b.floored[fi]) continue;
      let binds = false;
      for (let ci = 0; ci < C; ci++) {
        const own = (bill[ci * F + fi] as number) * (b.ownBillShare[fi * C + ci] as number);
        const fl = b.floor[(fi * C + ci) * Y + y] as number;
        ownBillScratch[ci] = own;
        floorScratch[ci] = fl;
        if (fl > own) binds = true;
      }
      if (!binds) continue;
      applyFloors(ownBillScratch, floorScratch, deltaScratch);
      for (let ci = 0; ci < C; ci++) {
        const d = deltaScratch[ci] as number;
        if (d !== 0) bill[ci * F + fi] = Math.max(0, (bill[ci * F + fi] as number) + d);
      }
    }
    // Steps 8 and 12: each cloud's hosted compute, revenue and gross profit.
    for (let ci = 0; ci < C; ci++) {
      let billed = 0;
      for (let fi = 0; fi < F; fi++) billed += bill[ci * F + fi] as number;
      const own = b.ownUse[ci * Y + y] as number;
      const revenue = billed * (b.keep[ci * Y + y] as number);
      out.ownUse[ci] = (out.ownUse[ci] as number) + own;
      out.hosted[ci] = (out.hosted[ci] as number) + own + billed;
      out.revenue[ci] = (out.revenue[ci] as number) + revenue;
      out.profit[ci] = (out.profit[ci] as number) + (revenue - billed * (b.netCost[ci * Y + y] as number));
    }
    // Step 9: each family's revenue from its compute (own use + billed); model profit booked by owners on
    // what is not already their cloud's revenue (counted once).
    for (let fi = 0; fi < F; fi++) {
      const revenue = ((b.familyOwn[fi * Y + y] as number) + (familyBilledScratch[fi] as number)) * (b.ratio[fi * Y + y] as number);
      if (fi === OPENAI) openaiRevenueScratch[y] = revenue;
      for (let ci = 0; ci < C; ci++) {
        const take = b.capture[fi * C + ci] as number;
        if (take === 0) continue;
        const rest = Math.max(0, revenue - (bill[ci * F + fi] as number));
        out.profit[ci] = (out.profit[ci] as number) + take * rest * margin;
      }
    }
  }
  // Step 9: OpenAI's capped revenue share to Microsoft.
  const paid = revenueShareSeries(openaiRevenueScratch, b.revShareFraction, b.revShareCapUsdBn, b.revShareLastYear);
  let sum = 0;
  for (let y = 0; y < Y; y++) sum += paid[y] as number;
  out.profit[AZURE] = (out.profit[AZURE] as number) + sum;
}

/**
 * The losers' 2031 billed share, summed rather than taken as 1 − the winner's: when the winner already has
 * nearly all of it, 1 − share loses most of its digits.
 */
function restOf(shares: Float64Array, winner: number): number {
  let rest = 0;
  for (let fi = 0; fi < F; fi++) if (fi !== winner) rest += shares[fi * Y + Y - 1] as number;
  return rest;
}

/** Billed shares of the world in which `winner` reaches `w` of the labs' market in 2031 (into `out`). */
function winnerShares(b: WorldBase, winner: number, out: Float64Array): void {
  const last = Y - 1;
  const rest = restOf(b.billedShare, winner);
  const w = b.winnerShareFraction;
  for (let y = 0; y < Y; y++) {
    // 0 through 2026 (reported), 1 in 2031, linear between: how the scenario's own shares run.
    const t = y <= Y2026 ? 0 : (y - Y2026) / (last - Y2026);
    let sum = 0;
    for (let fi = 0; fi < F; fi++) {
      const now2031 = b.billedShare[fi * Y + last] as number;
      const target = fi === winner ? w : rest > 1e-12 ? (now2031 / rest) * (1 - w) : (1 - w) / (F - 1);
      const s = Math.max(0, (b.billedShare[fi * Y + y] as number) + t * (target - now2031));
      out[fi * Y + y] = s;
      sum += s;
    }
    if (sum > 0 && sum !== 1) for (let fi = 0; fi < F; fi++) out[fi * Y + y] = (out[fi * Y + y] as number) / sum;
  }
}

function spread(values: ArrayLike<number>): number {
  let min = Infinity;
  let max = -Infinity;
  let sumAbs = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
    sumAbs += Math.abs(v);
  }
  const meanAbs = sumAbs / values.length;
  // Relative to the figure's size; a spread of rounding noise on a figure of ~0 is no exposure.
  return meanAbs > 1e-9 ? (max - min) / meanAbs : 0;
}

/**
 * Per draw of the Monte Carlo: each hyperscaler's exposure on every measure, written into `out`
 * ([measure index in THESIS_MEASURES * 3 + hyperscaler index]). Allocates little per world.
 */
export function createExposureProbe(): (inp: ModelInputs, result: ScenarioResult, out: Float64Array) => void {
  const base = newWorldBase();
  // [world * 3C + measure * C + c], rows hosted / revenue / profit.
  const worlds = new Float64Array(F * 3 * C);
  const shares = new Float64Array(F * Y);
  const totals = newTotals();
  const column = new Float64Array(F);
  const rowOf = THESIS_MEASURES.map((m) => (m === 'hosted' ? 0 : m === 'revenue' ? 1 : 2));
  const hyperIndex = HYPERSCALERS.map((c) => CLOUDS.indexOf(c));
  return (inp, result, out) => {
    worldBase(inp, result, base);
    for (let wi = 0; wi < F; wi++) {
      winnerShares(base, wi, shares);
      worldTotals(base, shares, totals);
      worlds.set(totals.hosted, wi * 3 * C);
      worlds.set(totals.revenue, wi * 3 * C + C);
      worlds.set(totals.profit, wi * 3 * C + 2 * C);
    }
    for (let mi = 0; mi < rowOf.length; mi++) {
      const row = rowOf[mi] as number;
      for (let hi = 0; hi < hyperIndex.length; hi++) {
        const ci = hyperIndex[hi] as number;
        for (let wi = 0; wi < F; wi++) column[wi] = worlds[wi * 3 * C + row * C + ci] as number;
        out[mi * hyperIndex.length + hi] = spread(column);
      }
    }
  };
}

/** Each family's billing per year in `winner`'s world (or, with winner null, the scenario's own), USD bn. */
export function worldBilling(inputs: ModelInputs, result: ScenarioResult, winner: FamilyId | null): Record<FamilyId, number[]> {
  const b = newWorldBase();
  worldBase(inputs, result, b);
  const shares = b.billedShare.slice();
  if (winner) winnerShares(b, FAMILIES.indexOf(winner), shares);
  return Object.fromEntries(
    FAMILIES.map((f, fi) => [f, Array.from({ length: Y }, (_, y) => (shares[fi * Y + y] as number) * (b.market[y] as number))]),
  ) as Record<FamilyId, number[]>;
}

/** A world by evaluate itself: the definition the arithmetic above is tested against. */
export function winnerWorldByEvaluate(inputs: ModelInputs, result: ScenarioResult, winner: FamilyId | null): ScenarioResult {
  return evaluateInputs(inputs, { commitments: false, billedComputeUsdBn: worldBilling(inputs, result, winner) });
}

/** A world's totals by the arithmetic above (winner null: the scenario's own billing), per cloud. */
export function worldByArithmetic(
  inputs: ModelInputs,
  result: ScenarioResult,
  winner: FamilyId | null,
): Record<'hosted' | 'revenue' | 'profit' | 'ownUse', Record<CloudId, number>> {
  const b = newWorldBase();
  worldBase(inputs, result, b);
  const shares = b.billedShare.slice();
  if (winner) winnerShares(b, FAMILIES.indexOf(winner), shares);
  const out = newTotals();
  worldTotals(b, shares, out);
  const keyed = (a: Float64Array) => Object.fromEntries(CLOUDS.map((c, i) => [c, a[i] as number])) as Record<CloudId, number>;
  return { hosted: keyed(out.hosted), revenue: keyed(out.revenue), profit: keyed(out.profit), ownUse: keyed(out.ownUse) };
}

// ---------------------------------------------------------------------------------------------------------
// The analysis

export interface WinnerAnalysisOptions {
  /** What exposure, best and worst speak of (default: cloud AI revenue). */
  measure?: ThesisMeasure;
}

export function winnerAnalysis(scenario: Readonly<Scenario>, options: WinnerAnalysisOptions = {}): WinnerAnalysis {
  const inputs = resolveInputs(scenario);
  return winnerAnalysisOf(inputs, evaluateInputs(inputs, { commitments: false }), options);
}

export function winnerAnalysisInputs(inputs: ModelInputs, options: WinnerAnalysisOptions = {}): WinnerAnalysis {
  return winnerAnalysisOf(inputs, evaluateInputs(inputs, { commitments: false }), options);
}

/** The analysis from a scenario's inputs and its evaluated result (no further evaluation). */
export function winnerAnalysisOf(
  inputs: ModelInputs,
  result: ScenarioResult,
  { measure = DEFAULT_THESIS_MEASURE }: WinnerAnalysisOptions = {},
): WinnerAnalysis {
  const b = newWorldBase();
  worldBase(inputs, result, b);
  const shares = new Float64Array(F * Y);
  const keyed = (a: Float64Array) => Object.fromEntries(CLOUDS.map((c, i) => [c, a[i] as number])) as Record<CloudId, number>;
  const outcomes: WinnerOutcome[] = FAMILIES.map((winner, wi) => {
    winnerShares(b, wi, shares);
    const t = newTotals();
    worldTotals(b, shares, t);
    return {
      winner,
      hostedComputeUsdBn: keyed(t.hosted),
      revenueUsdBn: keyed(t.revenue),
      companyGrossProfitUsdBn: keyed(t.profit),
      ownUseComputeUsdBn: keyed(t.ownUse),
    };
  });

  const pick = (o: WinnerOutcome, c: CloudId, m: ThesisMeasure) =>
    m === 'hosted' ? o.hostedComputeUsdBn[c] : m === 'revenue' ? o.revenueUsdBn[c] : o.companyGrossProfitUsdBn[c];
  const clouds = {} as Record<CloudId, CloudExposure>;
  for (const c of CLOUDS) {
    const values = outcomes.map((o) => pick(o, c, measure));
    const hosted = outcomes.map((o) => o.hostedComputeUsdBn[c]);
    let best = 0;
    let worst = 0;
    values.forEach((v, i) => {
      if (v > (values[best] as number)) best = i;
      if (v < (values[worst] as number)) worst = i;
    });
    const exposures = Object.fromEntries(THESIS_MEASURES.map((m) => [m, spread(outcomes.map((o) => pick(o, c, m)))])) as Record<ThesisMeasure, number>;
    const { concentration, largestFamily } = revenueConcentration(result, c);
    clouds[c] = {
      exposure: exposures[measure],
      hostedExposure: exposures.hosted,
      revenueExposure: exposures.revenue,
      profitExposure: exposures.companyGrossProfit,
      best: FAMILIES[best] as FamilyId,
      worst: FAMILIES[worst] as FamilyId,
      minUsdBn: Math.min(...values),
      maxUsdBn: Math.max(...values),
      minHostedUsdBn: Math.min(...hosted),
      maxHostedUsdBn: Math.max(...hosted),
      concentration,
      largestFamily,
    };
  }
  let leastExposed: HyperscalerId = 'azure';
  for (const c of HYPERSCALERS) if (clouds[c].exposure < clouds[leastExposed].exposure) leastExposed = c;
  return { measure, winnerShare: inputs.winnerShareFraction, outcomes, clouds, leastExposed };
}

/**
 * Customer concentration: per year, the largest family's share of a cloud's AI revenue. Revenue per billed
 * dollar is the same for every family on a cloud in a year (step 8), so it is the share of billed compute.
 */
export function revenueConcentration(result: ScenarioResult, cloud: CloudId): { concentration: number[]; largestFamily: (FamilyId | null)[] } {
  const cr = result.clouds[cloud];
  const concentration: number[] = [];
  const largestFamily: (FamilyId | null)[] = [];
  for (let y = 0; y < Y; y++) {
    // The total as the sum of the rows it is a share of: the cloud's own total has had step 11a's moves
    // added separately, and where a move nearly empties a cloud the two differ by more than the remainder.
    let total = 0;
    let top: FamilyId | null = null;
    let topValue = 0;
    for (const f of FAMILIES) {
      const v = cr.billedByFamilyUsdBn[f][y] as number;
      total += v;
      if (v > topValue) {
        topValue = v;
        top = f;
      }
    }
    concentration.push(total > 1e-12 ? topValue / total : 0);
    largestFamily.push(total > 1e-12 ? top : null);
  }
  return { concentration, largestFamily };
}
