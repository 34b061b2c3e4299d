/**
 * The model's steps, each a small pure function (ECONOMICS.md, "The computation, year by year").
 * Step numbers in comments match the methodology page (lib/engine/methodology.ts).
 * All shares, margins and rates here are fractions 0-1; money is USD bn.
 */
import { YEARS as YEARS_, type ArchetypeId, type CloudId, type FamilyId } from './ids';

// Local bindings: imported bindings can be getters under some ESM loaders, too slow in hot loops.
const YEARS = YEARS_;

const YEAR_COUNT = YEARS.length;
const LAST_INDEX = YEAR_COUNT - 1;

/** Reference utilisation at which an archetype's base margin holds (ECONOMICS.md step 8). */
export const REFERENCE_UTILISATION = 0.75;

/**
 * Cap on the price cut a cloud can pass on, so that revenue stays positive and (1 - cut)^-e finite.
 * Within the registry's bounds the cut reaches it only in corners no preset comes near: the cost ratio
 * is at most (1 + 0.15 x 0.95) x (0.75 / 0.5) = 1.71 (0% margin, -15 pts inference delta, 50% utilisation),
 * times 100% compute share, 100% adoption and a 60% cost cut = 1.03, times 100% pass-through.
 */
export const MAX_PRICE_CUT = 0.9;

/** Step 1. The world's AI compute per year: grows at `growthNear` through 2027, `growthLong` after. */
export function totalComputeSeries(spend2025UsdBn: number, growthNearFraction: number, growthLongFraction: number): number[] {
  const out = new Array<number>(YEAR_COUNT);
  out[0] = spend2025UsdBn;
  for (let i = 1; i < YEAR_COUNT; i++) {
    const growth = (YEARS[i] as number) <= 2027 ? growthNearFraction : growthLongFraction;
    out[i] = (out[i - 1] as number) * (1 + growth);
  }
  return out;
}

/** Linear interpolation from the 2025 value to the 2031 value, one entry per year. */
export function interpolateSeries(value2025: number, value2031: number): number[] {
  const out = new Array<number>(YEAR_COUNT);
  for (let i = 0; i < YEAR_COUNT; i++) {
    const t = i / LAST_INDEX;
    out[i] = value2025 + (value2031 - value2025) * t;
  }
  // Exact end points, free of rounding, so 2031 equals its input.
  out[LAST_INDEX] = value2031;
  return out;
}

/**
 * Linear from 2025 to 2026, then linear from 2026 to 2031 (model v2: inference share and family shares
 * have a reported 2026 point). Exact at all three points.
 */
export function interpolateThrough2026(value2025: number, value2026: number, value2031: number): number[] {
  const out = new Array<number>(YEAR_COUNT);
  out[0] = value2025;
  for (let i = 1; i < YEAR_COUNT; i++) {
    const t = (i - 1) / (LAST_INDEX - 1);
    out[i] = value2026 + (value2031 - value2026) * t;
  }
  out[1] = value2026;
  out[LAST_INDEX] = value2031;
  return out;
}

/**
 * Normalises non-negative weights to fractions that sum to 1. All-zero weights mean "no preference":
 * an equal split, so spend is never lost.
 */
export function normaliseWeights<K extends string>(weights: Readonly<Record<K, number>>): Record<K, number> {
  const keys = Object.keys(weights) as K[];
  let sum = 0;
  for (const k of keys) sum += Math.max(0, weights[k]);
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = sum > 0 ? Math.max(0, weights[k]) / sum : 1 / keys.length;
  return out;
}

/**
 * Step 4. A cloud row of weights normalised to fractions summing to 1, as an array in CLOUDS order (azure,
 * aws, gcp, other); all-zero weights mean an equal split, as in normaliseWeights.
 */
export function normaliseCloudRow(row: Readonly<Record<CloudId, number>>): number[] {
  const a = Math.max(0, row.azure);
  const b = Math.max(0, row.aws);
  const c = Math.max(0, row.gcp);
  const d = Math.max(0, row.other);
  const sum = a + b + c + d;
  return sum > 0 ? [a / sum, b / sum, c / sum, d / sum] : [0.25, 0.25, 0.25, 0.25];
}

/** Steps 3 and 4. Interpolates two normalised distributions year by year; each year still sums to 1. */
export function interpolateDistribution<K extends string>(from: Readonly<Record<K, number>>, to: Readonly<Record<K, number>>): Record<K, number[]> {
  const a = normaliseWeights(from);
  const b = normaliseWeights(to);
  const out = {} as Record<K, number[]>;
  for (const k of Object.keys(a) as K[]) out[k] = interpolateSeries(a[k], b[k]);
  return out;
}

/** Step 3 (model v2). Three normalised distributions, 2025 → 2026 → 2031; each year still sums to 1. */
export function interpolateDistributionThrough2026<K extends string>(
  from: Readonly<Record<K, number>>,
  mid: Readonly<Record<K, number>>,
  to: Readonly<Record<K, number>>,
): Record<K, number[]> {
  const a = normaliseWeights(from);
  const b = normaliseWeights(mid);
  const c = normaliseWeights(to);
  const out = {} as Record<K, number[]>;
  for (const k of Object.keys(a) as K[]) out[k] = interpolateThrough2026(a[k], b[k], c[k]);
  return out;
}

/**
 * The family a cloud treats as its own under a vertical strategy: the one its owner is most tied to, by
 * the largest of profit booked, stake and revenue share (Google -> Gemini at 100%; Microsoft -> OpenAI
 * through its stake and revenue share; Amazon -> Anthropic through its stake). Null where it has no tie.
 */
export function ownedFamily(tieByFamily: Readonly<Record<FamilyId, number>>): FamilyId | null {
  let best: FamilyId | null = null;
  let bestValue = 0;
  for (const f of Object.keys(tieByFamily) as FamilyId[]) {
    const v = tieByFamily[f];
    if (v > bestValue) {
      best = f;
      bestValue = v;
    }
  }
  return best;
}

/** Step 5. A vertical cloud hosts families it does not own at `access` of their preference. */
export function accessFactor(strategy: ArchetypeId, owned: FamilyId | null, family: FamilyId, accessFraction: number): number {
  return strategy === 'vertical' && family !== owned ? accessFraction : 1;
}

/**
 * Step 8, cost at reference prices per dollar of captured spend:
 * C0 / H = (1 - mBase) * (uRef / u) / (1 + premium).
 */
export function referenceCostRatio(marginFraction: number, utilisationFraction: number, premiumFraction: number): number {
  return ((1 - marginFraction) * (REFERENCE_UTILISATION / utilisationFraction)) / (1 + premiumFraction);
}

/** Step 8, gross silicon savings per dollar of captured spend: Sigma / H = (C0/H) * computeShare * adoption * costCut. */
export function siliconSavingsRatio(costRatio: number, computeShareFraction: number, adoptionFraction: number, costCutFraction: number): number {
  return costRatio * computeShareFraction * adoptionFraction * costCutFraction;
}

/** Step 6. The price cut a cloud passes on, from ratios alone (no circularity): passThrough * Sigma / H. */
export function priceCut(passThroughFraction: number, savingsRatio: number): number {
  return Math.min(MAX_PRICE_CUT, Math.max(0, passThroughFraction * savingsRatio));
}

/** Step 6. Multiplier on a cloud's hosting weights when it cuts its price: (1 - cut)^(-elasticity). */
export function priceWeightFactor(priceCutFraction: number, elasticity: number): number {
  return Math.pow(1 - priceCutFraction, -elasticity);
}

/**
 * Steps 5-7. One family's split of its spend across clouds after access and price response, renormalised
 * so the family's spend is conserved. Arrays are per cloud, in one fixed order (CLOUDS). If every cloud
 * turned the family away (all weights zero after access), it stays where it prefers: spend cannot vanish.
 * Writes into `out` (allocation-free on the hot path) and returns it.
 */
export function allocateFamily(
  preference: readonly number[],
  access: readonly number[],
  priceFactor: readonly number[],
  out: number[] = new Array<number>(preference.length),
): number[] {
  const n = preference.length;
  let sum = 0;
  for (let c = 0; c < n; c++) {
    const w = (preference[c] as number) * (access[c] as number) * (priceFactor[c] as number);
    out[c] = w;
    sum += w;
  }
  if (sum <= 0) {
    sum = 0;
    for (let c = 0; c < n; c++) {
      const w = (preference[c] as number) * (priceFactor[c] as number);
      out[c] = w;
      sum += w;
    }
  }
  for (let c = 0; c < n; c++) out[c] = sum > 0 ? (out[c] as number) / sum : 1 / n;
  return out;
}

export interface CloudYearEconomics {
  /** Cloud AI revenue: billed compute less the price cut passed on. */
  revenueUsdBn: number;
  /** Cost of the billed part, after silicon savings. */
  costOfBilledUsdBn: number;
  /** Cost of the owner's own use, after silicon savings (the owner's, not the cloud's). */
  ownUseCostUsdBn: number;
  /** Cloud AI gross profit: revenue less the cost of billed compute. */
  cloudGrossProfitUsdBn: number;
  /** Gross silicon savings on everything hosted. */
  siliconSavingsUsdBn: number;
  /** The part of the savings earned on own use, kept in full by the owner. */
  siliconSavingsOwnUseUsdBn: number;
  /** Savings on billed compute passed on to customers as lower prices. */
  siliconPassedOnUsdBn: number;
}

/**
 * Step 8 (model v2). Cost and silicon savings apply to all hosted compute H; revenue, the price cut passed on
 * and gross profit apply to the billed part B only (own use earns no revenue):
 *   R = B × (1 − cut); cost of billed = B × (C0/H − Σ/H); GP = R − cost of billed.
 * Revenue and the price response use the same (capped) cut, so below the cap R = B − passThrough × Σ_billed.
 */
export function cloudYearEconomics(
  hostedUsdBn: number,
  billedUsdBn: number,
  costRatio: number,
  savingsRatio: number,
  priceCutFraction: number,
  // Written into and returned when given: the engine reuses one object (allocation-free hot path).
  out: CloudYearEconomics = {
    revenueUsdBn: 0,
    costOfBilledUsdBn: 0,
    ownUseCostUsdBn: 0,
    cloudGrossProfitUsdBn: 0,
    siliconSavingsUsdBn: 0,
    siliconSavingsOwnUseUsdBn: 0,
    siliconPassedOnUsdBn: 0,
  },
): CloudYearEconomics {
  const ownUse = hostedUsdBn - billedUsdBn;
  const netCostRatio = costRatio - savingsRatio;
  const revenue = billedUsdBn * (1 - priceCutFraction);
  const costOfBilled = billedUsdBn * netCostRatio;
  out.revenueUsdBn = revenue;
  out.costOfBilledUsdBn = costOfBilled;
  out.ownUseCostUsdBn = ownUse * netCostRatio;
  out.cloudGrossProfitUsdBn = revenue - costOfBilled;
  out.siliconSavingsUsdBn = hostedUsdBn * savingsRatio;
  out.siliconSavingsOwnUseUsdBn = ownUse * savingsRatio;
  out.siliconPassedOnUsdBn = billedUsdBn * priceCutFraction;
  return out;
}

/**
 * Step 8. Cloud gross margin on billed compute from ratios alone, GP / R = 1 − (C0/H − Σ/H) / (1 − cut):
 * the same for every dollar billed, so it is defined even in a year with nothing billed.
 */
export function cloudMarginRatio(costRatio: number, savingsRatio: number, priceCutFraction: number): number {
  return 1 - (costRatio - savingsRatio) / (1 - priceCutFraction);
}

/**
 * Step 9 (model v2). OpenAI's revenue share to Microsoft: `share` of each year's revenue through `lastYear`;
 * payments from 2026 on (the April 2026 amendment) stop once they reach the total cap. 2025 is uncapped.
 */
export function revenueShareSeries(revenueUsdBn: readonly number[], shareFraction: number, capUsdBn: number, lastYear: number): number[] {
  const out = new Array<number>(YEAR_COUNT);
  let paidSinceCap = 0;
  for (let i = 0; i < YEAR_COUNT; i++) {
    const year = YEARS[i] as number;
    let due = year <= lastYear ? shareFraction * (revenueUsdBn[i] as number) : 0;
    if (year >= REVENUE_SHARE_CAP_FROM) {
      due = Math.min(due, Math.max(0, capUsdBn - paidSinceCap));
      paidSinceCap += due;
    }
    out[i] = due;
  }
  return out;
}

/** The revenue-share cap counts payments from the year of the amendment that introduced it (27 April 2026). */
export const REVENUE_SHARE_CAP_FROM = 2026;

/** Step 9. The year the payments from REVENUE_SHARE_CAP_FROM on reach the cap, or null if they never do. */
export function revenueShareCapYear(paidUsdBn: readonly number[], capUsdBn: number): number | null {
  let paid = 0;
  for (let i = 0; i < YEAR_COUNT; i++) {
    const year = YEARS[i] as number;
    if (year < REVENUE_SHARE_CAP_FROM) continue;
    paid += paidUsdBn[i] as number;
    if (paid >= capUsdBn - 1e-9) return year;
  }
  return null;
}

/**
 * Step 9. Shares of a family's model-layer profit. Stakes above 100% in total are scaled down so that
 * no more than the whole profit is handed out.
 */
export function normaliseCapture(capture: Readonly<Record<CloudId, number>>): Record<CloudId, number> {
  const clouds = Object.keys(capture) as CloudId[];
  let sum = 0;
  for (const c of clouds) sum += capture[c];
  if (sum <= 1) return { ...capture };
  const out = {} as Record<CloudId, number>;
  for (const c of clouds) out[c] = capture[c] / sum;
  return out;
}

/** Net present value at the start of 2025: year i is discounted by (1 + r)^i. */
export function netPresentValue(series: readonly number[], discountRateFraction: number): number {
  let npv = 0;
  let factor = 1;
  for (let i = 0; i < series.length; i++) {
    npv += (series[i] as number) / factor;
    factor *= 1 + discountRateFraction;
  }
  return npv;
}

/** Herfindahl-Hirschman index of parts (0-1): 1 when all of it comes from one source. Zero total -> 0. */
export function herfindahl(parts: readonly number[]): number {
  let total = 0;
  for (const p of parts) total += p;
  if (total <= 0) return 0;
  let h = 0;
  for (const p of parts) h += (p / total) ** 2;
  return h;
}

/**
 * Step 10. The first year in which cumulative net silicon savings (gross savings less programme cost,
 * from 2025) turn positive. Null if that never happens within 2025-2031.
 */
export function breakevenYear(netSeries: readonly number[]): number | null {
  let cumulative = 0;
  for (let i = 0; i < netSeries.length; i++) {
    cumulative += netSeries[i] as number;
    if (cumulative > 0) return YEARS[i] as number;
  }
  return null;
}

/** Sum of a series over years in [startYear, endYear] within 2025-2031, and how many years that covers. */
export function sumOverWindow(series: readonly number[], startYear: number, endYear: number): { sum: number; years: number } {
  let sum = 0;
  let years = 0;
  for (let i = 0; i < YEARS.length; i++) {
    const y = YEARS[i] as number;
    if (y >= startYear && y <= endYear) {
      sum += series[i] as number;
      years++;
    }
  }
  return { sum, years };
}

export function sumSeries(series: readonly number[]): number {
  // Indexed, not for-of: the engine sums ~30 series per evaluation (the same order, so the same sum).
  let s = 0;
  for (let i = 0; i < series.length; i++) s += series[i] as number;
  return s;
}

/**
 * A contract's yearly weights over its whole term (model v3, contracts that count): its reported ramp, or,
 * when none was reported, a stated shape: capacity comes online over the first two years (a third, two
 * thirds, then all of it) and holds. Weights are relative; `contractScheduleShares` normalises them.
 */
export function contractWeights(startYear: number, endYear: number, ramp?: readonly number[]): number[] {
  const n = Math.max(1, Math.round(endYear) - Math.round(startYear) + 1);
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    const reported = ramp?.[k];
    out.push(
      reported !== undefined && Number.isFinite(reported) && reported >= 0
        ? reported
        : ramp && ramp.length > 0
          ? (ramp[ramp.length - 1] as number)
          : Math.min(1, (k + 1) / 3),
    );
  }
  return out;
}

/**
 * The share of a contract's total that falls in each model year 2025-2031 (years of the term outside the
 * horizon are dropped, so a ten-year contract bills only its first years here). Sums to at most 1.
 */
export function contractScheduleShares(startYear: number, endYear: number, ramp?: readonly number[]): number[] {
  const weights = contractWeights(startYear, endYear, ramp);
  const total = weights.reduce((s, w) => s + w, 0);
  const out = [0, 0, 0, 0, 0, 0, 0];
  if (!(total > 0)) return out;
  for (let i = 0; i < YEARS.length; i++) {
    const k = (YEARS[i] as number) - Math.round(startYear);
    if (k >= 0 && k < weights.length) out[i] = (weights[k] as number) / total;
  }
  return out;
}

/**
 * Contract floors for one family in one year (model v3): the lab's own bill on each cloud may not fall below
 * `floor[c]`; what is missing moves from the family's own bills on clouds above their floors (never from
 * owners' own use or end customers' bills), so the family's and the world's compute are unchanged. Returns
 * the change per cloud in `delta` (positive where a floor lifted the bill) and what no move could cover.
 */
export function applyFloors(ownBill: readonly number[], floor: readonly number[], delta: number[]): number {
  let deficit = 0;
  let surplus = 0;
  for (let c = 0; c < ownBill.length; c++) {
    const gap = (floor[c] as number) - (ownBill[c] as number);
    if (gap > 0) deficit += gap;
    else surplus -= gap;
    delta[c] = 0;
  }
  if (deficit <= 0) return 0;
  const moved = Math.min(deficit, surplus);
  if (moved > 0) {
    const lift = moved / deficit;
    const cut = moved / surplus;
    for (let c = 0; c < ownBill.length; c++) {
      const gap = (floor[c] as number) - (ownBill[c] as number);
      delta[c] = gap > 0 ? gap * lift : gap * cut;
    }
  }
  return deficit - moved;
}
