/**
 * The winner analysis, the thesis test (ECONOMICS.md, "Model v3", rule 3): for each model family, a world in
 * which that family wins `winner.share` of the labs' market in 2031, the others shrinking in proportion.
 *
 * What a winner world moves, and what it leaves (model v3):
 * - It moves **billed compute** (what the labs and their customers pay clouds, model APIs included) among the
 *   six families. The market's size per year is the scenario's; so is each family's split across clouds.
 * - It leaves **own use** where it is: the owners' in-house workloads (Google's Search, ads and the Gemini
 *   app, Microsoft's Copilot, Meta's own data centres) do not shrink because a lab wins.
 * - 2025 and 2026 are reported history and stay as they are; the 2031 change is phased in linearly from 2026,
 *   as the scenario's own shares run from their 2026 point to 2031.
 *
 * Why this is cheap enough to run inside every Monte Carlo draw: with everything but the family mix fixed,
 * every cloud figure the thesis reads is linear in each family's billed compute (step 7 splits a family over
 * clouds independently of its size; step 8 prices each billed dollar of a cloud-year alike), except
 * Microsoft's capped revenue share, which is recomputed with step 9's own formula. So a winner world is a few
 * hundred multiplications on the scenario's result, not an evaluation (tested against the result itself).
 *
 * Exposure on a measure = (max − min) / mean of |value| of a cloud's 2025-2031 total across the six worlds;
 * 0 = indifferent to who wins. Concentration = the largest family's share of a cloud's AI revenue, per year.
 */
import { CLOUDS as CLOUDS_, FAMILIES as FAMILIES_, HYPERSCALERS as HYPERSCALERS_, YEARS, type CloudId, type FamilyId, type HyperscalerId } from './ids';
import { resolveInputs, type ModelInputs } from './inputs';
import { evaluateInputs, type ScenarioResult } from './evaluate';
import type { Scenario } from './scenario';
import { interpolateThrough2026, normaliseCapture, normaliseWeights, revenueShareSeries } from './steps';
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
/**
 * Below this fraction of the year's market a family's billed compute is too small for its split over clouds
 * to be read from it (ratios of subnormal numbers are noise): it then lands as its compute, or the market, does.
 */
const TINY = 1e-12;

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
export function winnerWeights(
  weights2031: Readonly<Record<FamilyId, number>>,
  winner: FamilyId,
  winnerShareFraction: number,
): Record<FamilyId, number> {
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

/** What a winner world needs from one scenario's inputs and result; flat arrays, [year] or [family][cloud][year]. */
interface WorldBase {
  /** The labs' market per year: billed compute of all families, USD bn. */
  market: Float64Array;
  /** Each family's billed share of the market, [f * Y + y]. */
  billedShare: Float64Array;
  /** Each family's own use, all clouds, [f * Y + y]. */
  familyOwn: Float64Array;
  /** Where a family's billed dollar lands, [(f * C + c) * Y + y], summing to 1 over clouds. */
  split: Float64Array;
  /** Per cloud-year own use, [c * Y + y]. */
  ownUse: Float64Array;
  /** Cloud AI revenue per billed dollar, [c * Y + y]. */
  revenuePerBilled: Float64Array;
  /** Cloud AI gross profit per billed dollar, [c * Y + y]. */
  profitPerBilled: Float64Array;
  /** A family's model gross profit per dollar of its compute, [f * Y + y]. */
  modelProfitPerCompute: Float64Array;
  /** OpenAI's revenue per dollar of its compute, per year. */
  openaiRevenuePerCompute: Float64Array;
  /** Share of each family's model gross profit each cloud's owner books, [f * C + c]. */
  capture: Float64Array;
  revShareFraction: number;
  revShareCapUsdBn: number;
  revShareLastYear: number;
  winnerShareFraction: number;
}

function worldBase(inp: ModelInputs, result: ScenarioResult): WorldBase {
  const market = new Float64Array(Y);
  const billedShare = new Float64Array(F * Y);
  const familyOwn = new Float64Array(F * Y);
  const split = new Float64Array(F * C * Y);
  for (let fi = 0; fi < F; fi++) {
    const fam = result.families[FAMILIES[fi] as FamilyId];
    for (let y = 0; y < Y; y++) {
      market[y] = (market[y] as number) + (fam.billedComputeUsdBn[y] as number);
      familyOwn[fi * Y + y] = fam.ownUseComputeUsdBn[y] as number;
    }
  }
  for (let fi = 0; fi < F; fi++) {
    const f = FAMILIES[fi] as FamilyId;
    const fam = result.families[f];
    for (let y = 0; y < Y; y++) {
      const billed = fam.billedComputeUsdBn[y] as number;
      const m = market[y] as number;
      billedShare[fi * Y + y] = m > 0 ? billed / m : 1 / F;
      const hostedAll = fam.computeUsdBn[y] as number;
      for (let ci = 0; ci < C; ci++) {
        const cr = result.clouds[CLOUDS[ci] as CloudId];
        // Where the family's billed dollars go; a family billing nothing lands as its compute does, and a
        // family with no compute at all as the whole market's billed compute does.
        let s: number;
        if (billed > TINY * m) s = (cr.billedByFamilyUsdBn[f][y] as number) / billed;
        else if (hostedAll > TINY * m) s = (cr.capturedByFamilyUsdBn[f][y] as number) / hostedAll;
        else s = m > 0 ? (cr.billedComputeUsdBn[y] as number) / m : 1 / C;
        split[(fi * C + ci) * Y + y] = s;
      }
    }
  }
  const ownUse = new Float64Array(C * Y);
  const revenuePerBilled = new Float64Array(C * Y);
  const profitPerBilled = new Float64Array(C * Y);
  for (let ci = 0; ci < C; ci++) {
    const cr = result.clouds[CLOUDS[ci] as CloudId];
    for (let y = 0; y < Y; y++) {
      ownUse[ci * Y + y] = cr.ownUseComputeUsdBn[y] as number;
      // Step 8: revenue = billed × (1 − cut); gross profit = revenue × margin (the margin is per cloud-year).
      const keep = 1 - (cr.priceCut[y] as number);
      revenuePerBilled[ci * Y + y] = keep;
      profitPerBilled[ci * Y + y] = keep * (cr.cloudGrossMargin[y] as number);
    }
  }
  // Step 9: a family's revenue is its compute × its revenue ratio; its gross profit × the model margin.
  const modelProfitPerCompute = new Float64Array(F * Y);
  const openaiRevenuePerCompute = new Float64Array(Y);
  const capture = new Float64Array(F * C);
  for (let fi = 0; fi < F; fi++) {
    const f = FAMILIES[fi] as FamilyId;
    const ratio = interpolateThrough2026(inp.revenueRatio2025[f], inp.revenueRatio2026[f], inp.revenueRatio2031[f]);
    for (let y = 0; y < Y; y++) {
      modelProfitPerCompute[fi * Y + y] = (ratio[y] as number) * inp.modelGrossMarginFraction;
      if (fi === OPENAI) openaiRevenuePerCompute[y] = ratio[y] as number;
    }
    const take = normaliseCapture(inp.captureFraction[f]);
    for (let ci = 0; ci < C; ci++) capture[fi * C + ci] = take[CLOUDS[ci] as CloudId];
  }
  return {
    market,
    billedShare,
    familyOwn,
    split,
    ownUse,
    revenuePerBilled,
    profitPerBilled,
    modelProfitPerCompute,
    openaiRevenuePerCompute,
    capture,
    revShareFraction: inp.revShareFraction,
    revShareCapUsdBn: inp.revShareCapUsdBn,
    revShareLastYear: inp.revShareLastYear,
    winnerShareFraction: inp.winnerShareFraction,
  };
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

/**
 * A world's totals from billed shares per family-year (`shares`, [f * Y + y], each year summing to 1).
 * Scratch arrays are passed in so the Monte Carlo allocates nothing per world.
 */
function worldTotals(b: WorldBase, shares: Float64Array, out: WorldTotals, familyCompute: Float64Array, openaiRevenue: number[]): void {
  out.hosted.fill(0);
  out.revenue.fill(0);
  out.profit.fill(0);
  out.ownUse.fill(0);
  for (let y = 0; y < Y; y++) {
    const m = b.market[y] as number;
    for (let fi = 0; fi < F; fi++) {
      const billed = (shares[fi * Y + y] as number) * m;
      familyCompute[fi * Y + y] = (b.familyOwn[fi * Y + y] as number) + billed;
      if (billed === 0) continue;
      for (let ci = 0; ci < C; ci++) {
        const k = ci * Y + y;
        const x = billed * (b.split[(fi * C + ci) * Y + y] as number);
        out.hosted[ci] = (out.hosted[ci] as number) + x;
        out.revenue[ci] = (out.revenue[ci] as number) + x * (b.revenuePerBilled[k] as number);
        out.profit[ci] = (out.profit[ci] as number) + x * (b.profitPerBilled[k] as number);
      }
    }
    for (let ci = 0; ci < C; ci++) out.ownUse[ci] = (out.ownUse[ci] as number) + (b.ownUse[ci * Y + y] as number);
  }
  for (let ci = 0; ci < C; ci++) out.hosted[ci] = (out.hosted[ci] as number) + (out.ownUse[ci] as number);
  // Step 9b: model profit booked from families' gross profit, and OpenAI's capped revenue share to Microsoft.
  for (let fi = 0; fi < F; fi++) {
    let gp = 0;
    for (let y = 0; y < Y; y++) gp += (familyCompute[fi * Y + y] as number) * (b.modelProfitPerCompute[fi * Y + y] as number);
    if (gp === 0) continue;
    for (let ci = 0; ci < C; ci++) {
      const take = b.capture[fi * C + ci] as number;
      if (take !== 0) out.profit[ci] = (out.profit[ci] as number) + take * gp;
    }
  }
  for (let y = 0; y < Y; y++) openaiRevenue[y] = (familyCompute[OPENAI * Y + y] as number) * (b.openaiRevenuePerCompute[y] as number);
  const share = revenueShareSeries(openaiRevenue, b.revShareFraction, b.revShareCapUsdBn, b.revShareLastYear);
  let paid = 0;
  for (let y = 0; y < Y; y++) paid += share[y] as number;
  out.profit[AZURE] = (out.profit[AZURE] as number) + paid;
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

// ---------------------------------------------------------------------------------------------------------
// The fast path. In a winner world each family's billed share moves by t_y × δ_f, where t_y is the year's
// weight (0 through 2026, 1 in 2031) and δ_f = target_f − s_f,2031. Every total is linear in those shares,
// so world = scenario + Σ_f δ_f × G[f]: G is built once per scenario (one pass over its result), and each
// world costs a few dozen multiplications. Only a world that would push some share below 0 (then clamped
// and renormalised) takes the slow path above; both are tested against each other.

/** Year weights t_y of the winner's 2031 change: 0 through 2026, linear to 1 in 2031. */
const T = Float64Array.from(YEARS, (_, y) => (y <= Y2026 ? 0 : (y - Y2026) / (Y - 1 - Y2026)));

interface FastBase {
  /** Billed share per family-year, [f * Y + y] (for the clamp check and δ). */
  share: Float64Array;
  /** Per measure (hosted, revenue, profit), [c * F + f]: Σ_y t_y × market_y × (the measure per billed dollar of f on c). */
  gHosted: Float64Array;
  gRevenue: Float64Array;
  gProfit: Float64Array;
  /** Σ_y t_y × market_y × model gross profit per dollar of compute, per family. */
  gModel: Float64Array;
  /** OpenAI's revenue per year in the scenario, and its change per unit of δ_openai. */
  openaiRevenue: number[];
  openaiRevenueG: Float64Array;
  /** The scenario's totals per cloud, and Microsoft's revenue share paid in it. */
  hosted: Float64Array;
  revenue: Float64Array;
  profit: Float64Array;
  revSharePaid: number;
  capture: Float64Array;
  revShareFraction: number;
  revShareCapUsdBn: number;
  revShareLastYear: number;
  winnerShareFraction: number;
}

function newFastBase(): FastBase {
  return {
    share: new Float64Array(F * Y),
    gHosted: new Float64Array(C * F),
    gRevenue: new Float64Array(C * F),
    gProfit: new Float64Array(C * F),
    gModel: new Float64Array(F),
    openaiRevenue: new Array<number>(Y).fill(0),
    openaiRevenueG: new Float64Array(Y),
    hosted: new Float64Array(C),
    revenue: new Float64Array(C),
    profit: new Float64Array(C),
    revSharePaid: 0,
    capture: new Float64Array(F * C),
    revShareFraction: 0,
    revShareCapUsdBn: 0,
    revShareLastYear: 0,
    winnerShareFraction: 0,
  };
}

const familyBilledRows: number[][] = new Array(F);
const familyComputeRows: number[][] = new Array(F);
const marketScratch = new Float64Array(Y);

function fastBase(inp: ModelInputs, result: ScenarioResult, b: FastBase): void {
  const market = marketScratch;
  market.fill(0);
  for (let fi = 0; fi < F; fi++) {
    const fam = result.families[FAMILIES[fi] as FamilyId];
    const row = fam.billedComputeUsdBn;
    familyBilledRows[fi] = row;
    familyComputeRows[fi] = fam.computeUsdBn;
    for (let y = 0; y < Y; y++) market[y] = (market[y] as number) + (row[y] as number);
  }
  for (let fi = 0; fi < F; fi++) {
    const row = familyBilledRows[fi] as number[];
    for (let y = 0; y < Y; y++) {
      const m = market[y] as number;
      b.share[fi * Y + y] = m > 0 ? (row[y] as number) / m : 1 / F;
    }
  }
  b.gHosted.fill(0);
  b.gRevenue.fill(0);
  b.gProfit.fill(0);
  for (let ci = 0; ci < C; ci++) {
    const cr = result.clouds[CLOUDS[ci] as CloudId];
    b.hosted[ci] = cr.cumulative.hostedComputeUsdBn;
    b.revenue[ci] = cr.cumulative.revenueUsdBn;
    b.profit[ci] = cr.cumulative.companyGrossProfitUsdBn;
    const byFamily = cr.billedByFamilyUsdBn;
    for (let fi = 0; fi < F; fi++) {
      const row = byFamily[FAMILIES[fi] as FamilyId];
      const famBilled = familyBilledRows[fi] as number[];
      let gh = 0;
      let gr = 0;
      let gp = 0;
      for (let y = Y2026 + 1; y < Y; y++) {
        const billed = famBilled[y] as number;
        const split = billed > TINY * (market[y] as number) ? (row[y] as number) / billed : splitWithoutBilling(result, fi, ci, y, market[y] as number);
        const w = (T[y] as number) * (market[y] as number) * split;
        const keep = 1 - (cr.priceCut[y] as number);
        gh += w;
        gr += w * keep;
        gp += w * keep * (cr.cloudGrossMargin[y] as number);
      }
      b.gHosted[ci * F + fi] = gh;
      b.gRevenue[ci * F + fi] = gr;
      b.gProfit[ci * F + fi] = gp;
    }
  }
  for (let fi = 0; fi < F; fi++) {
    const f = FAMILIES[fi] as FamilyId;
    const ratio = interpolateThrough2026(inp.revenueRatio2025[f], inp.revenueRatio2026[f], inp.revenueRatio2031[f]);
    let g = 0;
    for (let y = Y2026 + 1; y < Y; y++) g += (T[y] as number) * (market[y] as number) * (ratio[y] as number);
    b.gModel[fi] = g * inp.modelGrossMarginFraction;
    if (fi === OPENAI) {
      for (let y = 0; y < Y; y++) {
        b.openaiRevenue[y] = result.families.openai.revenueUsdBn[y] as number;
        b.openaiRevenueG[y] = (T[y] as number) * (market[y] as number) * (ratio[y] as number);
      }
    }
    // Step 9's shares, capped at 100% in total (normaliseCapture, inlined: it allocates, and this runs per draw).
    const row = inp.captureFraction[f];
    let total = 0;
    for (let ci = 0; ci < C; ci++) total += row[CLOUDS[ci] as CloudId];
    const scale = total > 1 ? 1 / total : 1;
    for (let ci = 0; ci < C; ci++) b.capture[fi * C + ci] = row[CLOUDS[ci] as CloudId] * scale;
  }
  let paid = 0;
  const share = result.clouds.azure.revenueShareIncomeUsdBn;
  for (let y = 0; y < Y; y++) paid += share[y] as number;
  b.revSharePaid = paid;
  b.revShareFraction = inp.revShareFraction;
  b.revShareCapUsdBn = inp.revShareCapUsdBn;
  b.revShareLastYear = inp.revShareLastYear;
  b.winnerShareFraction = inp.winnerShareFraction;
}

/** Where a family that bills nothing would bill (as worldBase: as its compute lands, else as the market's). */
function splitWithoutBilling(result: ScenarioResult, fi: number, ci: number, y: number, market: number): number {
  const f = FAMILIES[fi] as FamilyId;
  const cr = result.clouds[CLOUDS[ci] as CloudId];
  const compute = (familyComputeRows[fi] as number[])[y] as number;
  if (compute > TINY * market) return (cr.capturedByFamilyUsdBn[f][y] as number) / compute;
  return market > 0 ? (cr.billedComputeUsdBn[y] as number) / market : 1 / C;
}

const deltaScratch = new Float64Array(F);
const revenueScratch = new Array<number>(Y).fill(0);

/**
 * One winner world's totals by the fast path, into out ([measure * C + c]: hosted, revenue, profit).
 * False when a share would fall below 0 (the caller then takes the slow path).
 */
function fastWorld(b: FastBase, winner: number, out: Float64Array): boolean {
  const last = Y - 1;
  const rest = restOf(b.share, winner);
  const w = b.winnerShareFraction;
  for (let fi = 0; fi < F; fi++) {
    const now = b.share[fi * Y + last] as number;
    const target = fi === winner ? w : rest > 1e-12 ? (now / rest) * (1 - w) : (1 - w) / (F - 1);
    const d = target - now;
    deltaScratch[fi] = d;
    if (d < 0) for (let y = Y2026 + 1; y < Y; y++) if ((b.share[fi * Y + y] as number) + (T[y] as number) * d < 0) return false;
  }
  for (let ci = 0; ci < C; ci++) {
    let h = b.hosted[ci] as number;
    let r = b.revenue[ci] as number;
    let p = b.profit[ci] as number;
    for (let fi = 0; fi < F; fi++) {
      const d = deltaScratch[fi] as number;
      const k = ci * F + fi;
      h += d * (b.gHosted[k] as number);
      r += d * (b.gRevenue[k] as number);
      p += d * ((b.gProfit[k] as number) + (b.capture[fi * C + ci] as number) * (b.gModel[fi] as number));
    }
    out[ci] = h;
    out[C + ci] = r;
    out[2 * C + ci] = p;
  }
  // Microsoft's revenue share is capped: recomputed with step 9's formula on the world's OpenAI revenue.
  const dOpenai = deltaScratch[OPENAI] as number;
  if (dOpenai !== 0 && b.revShareFraction > 0) {
    for (let y = 0; y < Y; y++) revenueScratch[y] = (b.openaiRevenue[y] as number) + dOpenai * (b.openaiRevenueG[y] as number);
    const paid = revenueShareSeries(revenueScratch, b.revShareFraction, b.revShareCapUsdBn, b.revShareLastYear);
    let sum = 0;
    for (let y = 0; y < Y; y++) sum += paid[y] as number;
    out[2 * C + AZURE] = (out[2 * C + AZURE] as number) + sum - b.revSharePaid;
  }
  return true;
}

/**
 * Per draw of the Monte Carlo: each hyperscaler's exposure on every measure, written into `out`
 * ([measure index in THESIS_MEASURES * 3 + hyperscaler index]). Allocates nothing per world.
 */
export function createExposureProbe(): (inp: ModelInputs, result: ScenarioResult, out: Float64Array) => void {
  const fb = newFastBase();
  // [world * 3C + measure * C + c], measures in THESIS_MEASURES order mapped to hosted/revenue/profit rows.
  const worlds = new Float64Array(F * 3 * C);
  const one = new Float64Array(3 * C);
  const shares = new Float64Array(F * Y);
  const familyCompute = new Float64Array(F * Y);
  const openaiRevenue = new Array<number>(Y).fill(0);
  const slow = newTotals();
  const column = new Float64Array(F);
  const rowOf = THESIS_MEASURES.map((m) => (m === 'hosted' ? 0 : m === 'revenue' ? 1 : 2));
  const hyperIndex = HYPERSCALERS.map((c) => CLOUDS.indexOf(c));
  return (inp, result, out) => {
    fastBase(inp, result, fb);
    let full: WorldBase | null = null;
    for (let wi = 0; wi < F; wi++) {
      if (!fastWorld(fb, wi, one)) {
        full ??= worldBase(inp, result);
        winnerShares(full, wi, shares);
        worldTotals(full, shares, slow, familyCompute, openaiRevenue);
        one.set(slow.hosted, 0);
        one.set(slow.revenue, C);
        one.set(slow.profit, 2 * C);
      }
      worlds.set(one, wi * 3 * C);
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

/** The six worlds' totals by the fast path where it applies, for tests: [world][hosted|revenue|profit][cloud], or null (slow path). */
export function fastWorldsForTest(inp: ModelInputs, result: ScenarioResult): (number[][] | null)[] {
  const fb = newFastBase();
  fastBase(inp, result, fb);
  const one = new Float64Array(3 * C);
  return FAMILIES.map((_, wi) => (fastWorld(fb, wi, one) ? [0, 1, 2].map((m) => Array.from(one.subarray(m * C, m * C + C))) : null));
}

/** The scenario itself through the world arithmetic (for tests: it must reproduce the result's totals). */
export function scenarioWorld(inp: ModelInputs, result: ScenarioResult): Record<'hosted' | 'revenue' | 'profit' | 'ownUse', Record<CloudId, number>> {
  const b = worldBase(inp, result);
  const out = newTotals();
  worldTotals(b, b.billedShare, out, new Float64Array(F * Y), new Array<number>(Y).fill(0));
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
export function winnerAnalysisOf(inputs: ModelInputs, result: ScenarioResult, { measure = DEFAULT_THESIS_MEASURE }: WinnerAnalysisOptions = {}): WinnerAnalysis {
  const b = worldBase(inputs, result);
  const shares = new Float64Array(F * Y);
  const familyCompute = new Float64Array(F * Y);
  const openaiRevenue = new Array<number>(Y).fill(0);
  const keyed = (a: Float64Array) => Object.fromEntries(CLOUDS.map((c, i) => [c, a[i] as number])) as Record<CloudId, number>;
  const outcomes: WinnerOutcome[] = FAMILIES.map((winner, wi) => {
    winnerShares(b, wi, shares);
    const t = newTotals();
    worldTotals(b, shares, t, familyCompute, openaiRevenue);
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
    const total = cr.billedComputeUsdBn[y] as number;
    let top: FamilyId | null = null;
    let topValue = 0;
    for (const f of FAMILIES) {
      const v = cr.billedByFamilyUsdBn[f][y] as number;
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
