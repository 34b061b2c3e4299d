/**
 * evaluate(): the whole model (v3: v2 plus contract floors, own use kept with its owner, counted-once model income) for one scenario. `evaluateInputs` composes one named function per
 * methodology step (lib/engine/methodology.ts numbers them), each built from the formulas in steps.ts, so a
 * reader can follow the methodology page through the code step by step.
 * Pure and deterministic; never throws for any scenario (values are clamped to the registry's bounds).
 *
 * Model v2 (ECONOMICS.md, "Model v2"): hosted compute = own use + billed compute. Cost and silicon savings
 * apply to everything hosted; cloud AI revenue, gross profit and margin to billed compute only; model-layer
 * income comes from each family's revenue, never from its compute.
 */
import { CLOUDS as CLOUDS_, FAMILIES as FAMILIES_, YEARS as YEARS_, type ArchetypeId, type CloudId, type FamilyId } from './ids';
import { COMMITMENT_SCHEDULE_SHARES, LEASE_SCHEDULE_SHARES, commitmentTerms } from './parameters';
import { resolveInputs, type ModelInputs } from './inputs';
import type { Scenario } from './scenario';
import {
  accessFactor,
  allocateFamily,
  applyFloors,
  breakevenYear,
  cloudMarginRatio,
  cloudYearEconomics,
  herfindahl,
  interpolateSeries,
  interpolateThrough2026,
  netPresentValue,
  normaliseCloudRow,
  priceCut,
  priceWeightFactor,
  REFERENCE_UTILISATION,
  referenceCostRatio,
  revenueShareCapYear,
  revenueShareSeries,
  siliconSavingsRatio,
  sumSeries,
  totalComputeSeries,
} from './steps';

// Local bindings: imported bindings can be getters under some ESM loaders, too slow in hot loops.
const CLOUDS = CLOUDS_;
const FAMILIES = FAMILIES_;
const YEARS = YEARS_;

/**
 * How the margin a user sets becomes the margin realised, 2025-2031, each level weighted by billed compute
 * (fractions 0-1). set -> + inference mix -> + utilisation -> + premiums -> + silicon (net of savings
 * passed on) = realised, which equals `cumulative.cloudGrossMargin`.
 */
export interface MarginBridge {
  set: number;
  afterInferenceMix: number;
  afterUtilisation: number;
  afterPremiums: number;
  realised: number;
}

export interface CloudCumulative {
  hostedComputeUsdBn: number;
  /** Alias of hostedComputeUsdBn (model v1's name). */
  capturedSpendUsdBn: number;
  /** The cloud's share of the world's 2025-2031 AI compute, 0-1. */
  hostedShare: number;
  ownUseComputeUsdBn: number;
  billedComputeUsdBn: number;
  revenueUsdBn: number;
  costOfBilledUsdBn: number;
  ownUseCostUsdBn: number;
  cloudGrossProfitUsdBn: number;
  /** Cumulative cloud gross profit / cloud AI revenue, 0-1 (may be negative). */
  cloudGrossMargin: number;
  bookedModelProfitUsdBn: number;
  revenueShareIncomeUsdBn: number;
  modelLayerIncomeUsdBn: number;
  companyGrossProfitUsdBn: number;
  stakeExposureUsdBn: number;
  siliconSavingsUsdBn: number;
  siliconSavingsOwnUseUsdBn: number;
  siliconPassedOnUsdBn: number;
  siliconKeptUsdBn: number;
  siliconProgrammeUsdBn: number;
  siliconNetUsdBn: number;
}

export interface CloudResult {
  cloud: CloudId;
  /** The strategy it follows; `other` is priced as horizontal but has no strategy lever. */
  strategy: ArchetypeId;
  /** The family it favours under a vertical strategy (strongest tie: profit booked, stake, revenue share). */
  ownedFamily: FamilyId | null;
  /** AI compute hosted, own use included (model v1's "captured spend"). */
  hostedComputeUsdBn: number[];
  /** Alias of hostedComputeUsdBn. */
  capturedSpendUsdBn: number[];
  /** Share of the year's world AI compute, 0-1. */
  hostedShare: number[];
  /** Compute the cloud's owner uses itself: billed to no one. */
  ownUseComputeUsdBn: number[];
  /** Compute outside customers pay for (rental and model APIs on the cloud's platform). */
  billedComputeUsdBn: number[];
  /** Cloud AI revenue: billed compute less savings passed on. */
  revenueUsdBn: number[];
  costOfBilledUsdBn: number[];
  ownUseCostUsdBn: number[];
  cloudGrossProfitUsdBn: number[];
  /** Cloud gross profit / cloud AI revenue, 0-1 (negative when volume loses money). */
  cloudGrossMargin: number[];
  /** The same margin if the cloud had no custom silicon, 0-1. */
  cloudGrossMarginNoSilicon: number[];
  /** Step 8: cost per dollar hosted before silicon (C0/H). */
  costRatio: number[];
  /** Step 8: silicon savings per dollar hosted (Σ/H). */
  savingsRatio: number[];
  /** Model profit the owner books from families it owns or shares profit with. */
  bookedModelProfitUsdBn: number[];
  /** OpenAI's revenue share (Microsoft only). */
  revenueShareIncomeUsdBn: number[];
  /** Booked model profit + revenue share. */
  modelLayerIncomeUsdBn: number[];
  /** Cloud AI gross profit + model-layer income: the company's, not the cloud's ("Google: Cloud + Gemini"). */
  companyGrossProfitUsdBn: number[];
  /** The owner's stakes' share of families' gross profit: exposure, not booked. */
  stakeExposureUsdBn: number[];
  /** Fraction of compute on custom silicon, 0-1. */
  siliconAdoption: number[];
  siliconSavingsUsdBn: number[];
  siliconSavingsOwnUseUsdBn: number[];
  siliconPassedOnUsdBn: number[];
  /** Savings kept: on billed compute after the part passed on, plus all savings on own use. */
  siliconKeptUsdBn: number[];
  siliconProgrammeUsdBn: number[];
  /** Gross savings less programme cost (step 10). */
  siliconNetUsdBn: number[];
  /** Price cut passed on, 0-1. */
  priceCut: number[];
  /** Hosted compute by family. */
  capturedByFamilyUsdBn: Record<FamilyId, number[]>;
  ownUseByFamilyUsdBn: Record<FamilyId, number[]>;
  billedByFamilyUsdBn: Record<FamilyId, number[]>;
  /** Hosted compute from families the cloud does not own. */
  thirdPartyComputeUsdBn: number[];
  marginBridge: MarginBridge;
  cumulative: CloudCumulative;
  npvCompanyGrossProfitUsdBn: number;
  /** Concentration of its 2025-2031 hosted compute across model families, 0-1. */
  familyHhi: number;
  siliconBreakevenYear: number | null;
}

export interface FamilyResult {
  /** The family's AI compute, all clouds, own use included. */
  computeUsdBn: number[];
  /** Share of the world's AI compute, 0-1. */
  share: number[];
  /** What the family's makers and users pay clouds, all clouds together. */
  billedComputeUsdBn: number[];
  /**
   * The lab's own cloud bills (model v3): billed compute less what end customers pay for its models on a
   * cloud's platform (Azure OpenAI, Bedrock, Vertex). What "OpenAI's compute spend" means in reports.
   */
  ownBillUsdBn: number[];
  /** The family's compute that cloud owners use themselves. */
  ownUseComputeUsdBn: number[];
  /** The family's revenue: compute × revenue-to-compute ratio. */
  revenueUsdBn: number[];
  /** Revenue × model gross margin. */
  grossProfitUsdBn: number[];
}

export interface CommitmentResult {
  family: FamilyId;
  cloud: CloudId;
  /** The commitment within 2025-2031 (prorated when the contract runs past 2031). */
  commitmentUsdBn: number;
  /** The whole announced commitment. */
  announcedUsdBn: number;
  startYear: number;
  endYear: number;
  /** The family's own bill on the cloud over the window within 2025-2031, after floors. */
  projectedUsdBn: number;
  /** projected / commitment, >= 0. */
  coverage: number;
  /** The family's own bill over the window before any floor lifted it, / commitment. */
  coverageBeforeFloor: number;
  /** True when the family's own bill before floors falls short of the schedule: the contract binds. */
  binds: boolean;
  /** The contract's yearly schedule, 2025-2031 (its ramp or the stated shape), USD bn. */
  scheduleUsdBn: number[];
  /** How much a floor lifted the family's own bill on this cloud each year (0 where none), USD bn. */
  floorAppliedUsdBn: number[];
  /** The family's own bill on this cloud each year, after floors, USD bn. */
  ownBillUsdBn: number[];
  /** The same before any floor: what the scenario's shares and hosting alone would bill, USD bn. */
  ownBillBeforeFloorUsdBn: number[];
  /** Floor the family's whole compute could not cover (it has less than its contracts), USD bn a year. */
  unmetUsdBn: number[];
}

export interface ScenarioResult {
  years: readonly number[];
  /** The world's AI compute per year (own use included). */
  totalComputeUsdBn: number[];
  /** Alias of totalComputeUsdBn (model v1's name). */
  totalSpendUsdBn: number[];
  inferenceFraction: number[];
  inferenceComputeUsdBn: number[];
  /** Each family's share of the world's AI compute per year, 0-1, summing to 1. */
  familyShare: Record<FamilyId, number[]>;
  familyComputeUsdBn: Record<FamilyId, number[]>;
  families: Record<FamilyId, FamilyResult>;
  clouds: Record<CloudId, CloudResult>;
  cumulativeTotalComputeUsdBn: number;
  commitments: CommitmentResult[];
  /** Microsoft's yearly payments for capacity leased from neoclouds, counted under Azure (model v3). */
  leaseUsdBn: number[];
  /** The scenario's share of contracted capacity taken, 0-1 (model v3 floors). */
  contractsTakenFraction: number;
  /**
   * Neocloud AI revenue as the neoclouds report it: Other providers' billed revenue plus Microsoft's lease
   * payments (compute the model counts once, under Azure).
   */
  neocloudRevenueUsdBn: number[];
  /** The year OpenAI's revenue share to Microsoft reaches its cap (nothing more is paid), or null. */
  revenueShareCapYear: number | null;
  /**
   * Step 11a's moves per family, rows in CLOUDS order (signed, USD bn a year; null where no floor bound):
   * billed before floors = billedByFamilyUsdBn − moved. The winner worlds start from the billing before floors.
   */
  floorMovedUsdBn: Record<FamilyId, number[][] | null>;
}

/**
 * A winner world (lib/engine/winners.ts): each family's billed compute per year, USD bn, in place of the
 * scenario's. Own use stays where the scenario puts it; each family's billing keeps its split over clouds
 * before floors; the world's floors, model layer and economics then follow as for any scenario.
 */
export type BilledComputeOverride = Readonly<Record<FamilyId, readonly number[]>>;

export interface EvaluateOptions {
  /** False: skip step 11's contract coverage (nothing else reads it; `commitments` is then empty). */
  commitments?: boolean;
  /** A winner world's billing per family and year (see BilledComputeOverride). */
  billedComputeUsdBn?: BilledComputeOverride;
}

const YEAR_COUNT = YEARS.length;
const CLOUD_COUNT = CLOUDS.length;
/** Each family's contract schedule shares as rows in CLOUDS order (read in step 11a's loop). */
const SCHEDULE_ROWS: Readonly<Record<FamilyId, readonly (readonly number[])[]>> = {
  openai: CLOUDS_.map((c) => COMMITMENT_SCHEDULE_SHARES.openai[c]),
  anthropic: CLOUDS_.map((c) => COMMITMENT_SCHEDULE_SHARES.anthropic[c]),
  google: CLOUDS_.map((c) => COMMITMENT_SCHEDULE_SHARES.google[c]),
  meta: CLOUDS_.map((c) => COMMITMENT_SCHEDULE_SHARES.meta[c]),
  mistral: CLOUDS_.map((c) => COMMITMENT_SCHEDULE_SHARES.mistral[c]),
  other: CLOUDS_.map((c) => COMMITMENT_SCHEDULE_SHARES.other[c]),
};
const FAMILY_COUNT = FAMILIES.length;
const CLOUD_INDEX: Readonly<Record<CloudId, number>> = { azure: 0, aws: 1, gcp: 2, other: 3 };

if (YEAR_COUNT !== 7) throw new Error('engine bug: zeros() assumes the seven years 2025-2031');
function zeros(): number[] {
  // A literal makes a packed array, faster in V8 than new Array(n).fill(0) (the engine's hot path).
  return [0, 0, 0, 0, 0, 0, 0];
}
type PerCloud<T> = Record<CloudId, T>;
type PerFamily<T> = Record<FamilyId, T>;
// Records as literals in FAMILIES and CLOUDS order: one object shape each, so reads stay fast (hot path).
function perFamily<T>(make: (f: FamilyId) => T): PerFamily<T> {
  return { openai: make('openai'), anthropic: make('anthropic'), google: make('google'), meta: make('meta'), mistral: make('mistral'), other: make('other') };
}
function perCloud<T>(make: (c: CloudId) => T): PerCloud<T> {
  return { azure: make('azure'), aws: make('aws'), gcp: make('gcp'), other: make('other') };
}

export function evaluate(scenario: Readonly<Scenario>): ScenarioResult {
  return evaluateInputs(resolveInputs(scenario));
}

/**
 * The model on resolved inputs; the winner analysis calls this directly to skip re-parsing. Callers that
 * evaluate thousands of scenarios for clouds' figures only (Monte Carlo, attribution) may skip step 11's
 * contract coverage, which nothing else reads (`commitments` is then empty).
 */
export function evaluateInputs(inp: ModelInputs, options: EvaluateOptions = {}): ScenarioResult {
  const { market, familyCompute, owned, ratios, hosted, split, floors, families, layer } = sharedSteps(inp, options.billedComputeUsdBn);
  const clouds = perCloud((c) => cloudEconomics(c, inp, market.totalComputeUsdBn, hosted, split, ratios, layer, owned[c])); // steps 8, 10, 12
  const commitments = options.commitments === false ? [] : commitmentCoverage(inp, floors, split); // step 11
  const leaseUsdBn = zeros();
  const neocloudRevenueUsdBn = zeros();
  for (let i = 0; i < YEAR_COUNT; i++) {
    // The lease is Azure's compute: never more than Azure's billed compute that year.
    const lease = Math.min(inp.leaseUsdBn * inp.contractsTakenFraction * (LEASE_SCHEDULE_SHARES[i] as number), clouds.azure.billedComputeUsdBn[i] as number);
    leaseUsdBn[i] = lease;
    neocloudRevenueUsdBn[i] = (clouds.other.revenueUsdBn[i] as number) + lease;
  }
  return {
    years: YEARS,
    totalComputeUsdBn: market.totalComputeUsdBn,
    totalSpendUsdBn: market.totalComputeUsdBn,
    inferenceFraction: market.inferenceFraction,
    inferenceComputeUsdBn: market.inferenceComputeUsdBn,
    familyShare: familyCompute.share,
    familyComputeUsdBn: familyCompute.computeUsdBn,
    families,
    clouds,
    cumulativeTotalComputeUsdBn: market.cumulativeUsdBn,
    commitments,
    leaseUsdBn,
    contractsTakenFraction: inp.contractsTakenFraction,
    neocloudRevenueUsdBn,
    revenueShareCapYear: layer.capYear,
    floorMovedUsdBn: floors.applied,
  };
}

/** Steps 1-9: everything before each cloud's own economics (which are independent of one another). */
function sharedSteps(inp: ModelInputs, billedOverride?: BilledComputeOverride) {
  const market = marketSize(inp); // steps 1-2
  const familyCompute = familyComputeShares(inp, market.totalComputeUsdBn); // step 3
  const preference = hostingPreference(inp); // step 4
  const capture = perFamily((f) => captureShares(inp.captureFraction[f])); // step 9's shares, capped at 100%
  const owned = ownedFamilies(inp, capture); // step 5's input: which family each cloud favours when vertical
  const ratios = costRatios(inp, market.inferenceFraction); // step 8's ratios, which step 6 needs
  const hosted = hostedCompute(inp, familyCompute.computeUsdBn, preference, owned, ratios.cut); // steps 5-7
  if (billedOverride) setFamilyBilling(hosted, familyCompute, billedOverride); // a winner world
  const split = ownUseAndBilled(hosted); // step 8a
  const floors = contractFloors(inp, hosted, split); // step 11a: signed contracts as floors
  const families = familyEconomics(inp, familyCompute, split, floors); // step 9a
  const layer = modelLayer(inp, families, capture, split); // step 9b
  return { market, familyCompute, owned, ratios, hosted, split, floors, families, layer };
}

/**
 * One cloud's result alone: the same steps as evaluateInputs, with steps 8, 10 and 12 for that cloud only.
 * For callers that need one cloud's figures thousands of times (attribution); equal to
 * evaluateInputs(inp).clouds[cloud] (tested).
 */
export function evaluateCloudInputs(inp: ModelInputs, cloud: CloudId): CloudResult {
  const { market, owned, ratios, hosted, split, layer } = sharedSteps(inp);
  return cloudEconomics(cloud, inp, market.totalComputeUsdBn, hosted, split, ratios, layer, owned[cloud]);
}

/**
 * A winner world's billing (BilledComputeOverride) in place of steps 5-7's: per family and year, own use kept
 * on each cloud, the billed rest rescaled to the target with its split over clouds. A family that bills
 * nothing lands as its own use does, or with none, as the year's whole billed market does.
 */
function setFamilyBilling(
  hosted: ReturnType<typeof hostedCompute>,
  familyCompute: { share: PerFamily<number[]>; computeUsdBn: PerFamily<number[]> },
  target: BilledComputeOverride,
) {
  const market = [0, 0, 0, 0];
  const weight = [0, 0, 0, 0];
  const totalCompute = zeros();
  for (let i = 0; i < YEAR_COUNT; i++) {
    market.fill(0);
    for (let ci = 0; ci < CLOUD_COUNT; ci++) {
      const c = CLOUDS[ci] as CloudId;
      for (const f of FAMILIES)
        market[ci] = (market[ci] as number) + Math.max(0, (hosted.byFamily[c][f][i] as number) - (hosted.ownByFamily[c][f][i] as number));
    }
    let marketSum = 0;
    for (let ci = 0; ci < CLOUD_COUNT; ci++) marketSum += market[ci] as number;
    for (const f of FAMILIES) {
      let billedSum = 0;
      let ownSum = 0;
      for (let ci = 0; ci < CLOUD_COUNT; ci++) {
        const c = CLOUDS[ci] as CloudId;
        const own = hosted.ownByFamily[c][f][i] as number;
        const billed = Math.max(0, (hosted.byFamily[c][f][i] as number) - own);
        weight[ci] = billed;
        billedSum += billed;
        ownSum += own;
      }
      for (let ci = 0; ci < CLOUD_COUNT; ci++) {
        const c = CLOUDS[ci] as CloudId;
        const w =
          billedSum > 0
            ? (weight[ci] as number) / billedSum
            : ownSum > 0
              ? (hosted.ownByFamily[c][f][i] as number) / ownSum
              : marketSum > 0
                ? (market[ci] as number) / marketSum
                : 1 / CLOUD_COUNT;
        hosted.byFamily[c][f][i] = (hosted.ownByFamily[c][f][i] as number) + (target[f][i] as number) * w;
      }
      const compute = ownSum + (target[f][i] as number);
      familyCompute.computeUsdBn[f][i] = compute;
      totalCompute[i] = (totalCompute[i] as number) + compute;
    }
    // Each cloud's total as step 7 sums it (families in order).
    for (const c of CLOUDS) {
      let h = 0;
      for (const f of FAMILIES) h += hosted.byFamily[c][f][i] as number;
      hosted.total[c][i] = h;
    }
  }
  for (const f of FAMILIES) {
    for (let i = 0; i < YEAR_COUNT; i++) {
      const t = totalCompute[i] as number;
      familyCompute.share[f][i] = t > 0 ? (familyCompute.computeUsdBn[f][i] as number) / t : 0;
    }
  }
}

/** Steps 1-2. The world's AI compute, and its inference fraction through Deloitte's 2026 point. */
function marketSize(inp: ModelInputs) {
  const totalComputeUsdBn = totalComputeSeries(inp.spend2025UsdBn, inp.growthNearFraction, inp.growthLongFraction);
  const inferenceFraction = interpolateThrough2026(inp.inference2025Fraction, inp.inference2026Fraction, inp.inference2031Fraction);
  const inferenceComputeUsdBn = zeros();
  for (let i = 0; i < YEAR_COUNT; i++) inferenceComputeUsdBn[i] = (totalComputeUsdBn[i] as number) * (inferenceFraction[i] as number);
  return { totalComputeUsdBn, inferenceFraction, inferenceComputeUsdBn, cumulativeUsdBn: sumSeries(totalComputeUsdBn) };
}

/** Step 3. Family shares, normalised per year, 2025 -> 2026 -> 2031; each family's compute. */
function familyComputeShares(inp: ModelInputs, totalComputeUsdBn: readonly number[]) {
  // interpolateDistributionThrough2026's arithmetic in the same order, on rows in FAMILIES order (named loads,
  // no record read by a varying key: the hot path). A unit test holds the two equal.
  const a = normaliseFamilyRow(inp.shareWeights2025);
  const b = normaliseFamilyRow(inp.shareWeights2026);
  const c = normaliseFamilyRow(inp.shareWeights2031);
  const shareRows: number[][] = [];
  const computeRows: number[][] = [];
  for (let fi = 0; fi < FAMILY_COUNT; fi++) {
    const share = interpolateThrough2026(a[fi] as number, b[fi] as number, c[fi] as number);
    const out = zeros();
    for (let i = 0; i < YEAR_COUNT; i++) out[i] = (share[i] as number) * (totalComputeUsdBn[i] as number);
    shareRows.push(share);
    computeRows.push(out);
  }
  return { share: familyRecord(shareRows), computeUsdBn: familyRecord(computeRows) };
}

/** normaliseWeights on a family record, as an array in FAMILIES order (the same sums in the same order). */
function normaliseFamilyRow(w: Readonly<PerFamily<number>>): number[] {
  const row = [Math.max(0, w.openai), Math.max(0, w.anthropic), Math.max(0, w.google), Math.max(0, w.meta), Math.max(0, w.mistral), Math.max(0, w.other)];
  let sum = 0;
  for (let fi = 0; fi < FAMILY_COUNT; fi++) sum += row[fi] as number;
  for (let fi = 0; fi < FAMILY_COUNT; fi++) row[fi] = sum > 0 ? (row[fi] as number) / sum : 1 / FAMILY_COUNT;
  return row;
}

/**
 * Step 4. Each family's preferred split across clouds: its 2025 and 2031 rows normalised, as arrays in
 * CLOUDS order; year y's preference runs linearly between them (read in step 7's loop).
 */
function hostingPreference(inp: ModelInputs): PerFamily<{ from: number[]; to: number[] }> {
  return perFamily((f) => ({ from: normaliseCloudRow(inp.hostingWeights2025[f]), to: normaliseCloudRow(inp.hostingWeights2031[f]) }));
}

/**
 * Step 5's input. The family each cloud favours under a vertical strategy: its owner's strongest tie, the
 * largest of model profit booked, equity stake and (Microsoft) OpenAI's revenue share.
 */
function ownedFamilies(inp: ModelInputs, capture: PerFamily<PerCloud<number>>): PerCloud<FamilyId | null> {
  // ownedFamily's rule (the first family with the largest tie above 0) on rows read by name, not by a
  // varying key (the hot path); a unit test holds it to ownedFamily.
  const best: (FamilyId | null)[] = [null, null, null, null];
  const bestValue = [0, 0, 0, 0];
  const take = [0, 0, 0, 0];
  const stake = [0, 0, 0, 0];
  for (let fi = 0; fi < FAMILY_COUNT; fi++) {
    const f = FAMILIES[fi] as FamilyId;
    cloudRowInto(capture[f], take);
    cloudRowInto(inp.stakeFraction[f], stake);
    for (let ci = 0; ci < CLOUD_COUNT; ci++) {
      const revShare = fi === 0 && ci === 0 ? inp.revShareFraction : 0;
      const v = Math.max(take[ci] as number, stake[ci] as number, revShare);
      if (v > (bestValue[ci] as number)) {
        best[ci] = f;
        bestValue[ci] = v;
      }
    }
  }
  return cloudRecord(best);
}

/**
 * Step 8's ratios per dollar of hosted compute, and step 6's price cut from them (no circularity).
 * Keeps each level of the margin bridge too: set margin, + inference mix, + utilisation, + premiums.
 */
function costRatios(inp: ModelInputs, inferenceFraction: readonly number[]) {
  const strategyOf = (c: CloudId): ArchetypeId => (c === 'other' ? 'horizontal' : inp.strategy[c]);
  const residencyPremium = inp.residencyShareFraction * inp.residencyPremiumFraction;
  const costRatio = {} as PerCloud<number[]>;
  const savingsRatio = {} as PerCloud<number[]>;
  const adoption = {} as PerCloud<number[]>;
  const cut = {} as PerCloud<number[]>;
  const bridge = {} as PerCloud<{ set: number; inferenceMix: number[]; utilisation: number[] }>;
  for (const c of CLOUDS) {
    const arch = inp.archetypes[strategyOf(c)];
    const premium = arch.premiumFraction + residencyPremium;
    adoption[c] = c === 'other' ? zeros() : interpolateSeries(inp.silicon[c].adoption2025Fraction, inp.silicon[c].adoption2031Fraction);
    const costCutFraction = c === 'other' ? 0 : inp.silicon[c].costCutFraction;
    // Rows held locally while filled (no record read by a varying key in the loop).
    const costRow = zeros();
    const savingsRow = zeros();
    const cutRow = zeros();
    const mixRow = zeros();
    const utilisationRow = zeros();
    const adoptionRow = adoption[c];
    costRatio[c] = costRow;
    savingsRatio[c] = savingsRow;
    cut[c] = cutRow;
    bridge[c] = { set: arch.marginFraction, inferenceMix: mixRow, utilisation: utilisationRow };
    for (let i = 0; i < YEAR_COUNT; i++) {
      // Step 2: inference may carry a different margin; the blend follows the inference fraction.
      const margin = arch.marginFraction + inp.inferenceMarginDeltaFraction * (inferenceFraction[i] as number);
      const cr = referenceCostRatio(margin, arch.utilisationFraction, premium);
      const sr = siliconSavingsRatio(cr, inp.computeShareFraction, adoptionRow[i] as number, costCutFraction);
      costRow[i] = cr;
      savingsRow[i] = sr;
      cutRow[i] = priceCut(inp.passThroughFraction, sr);
      mixRow[i] = margin;
      utilisationRow[i] = 1 - (1 - margin) * (REFERENCE_UTILISATION / arch.utilisationFraction);
    }
  }
  return { strategyOf, costRatio, savingsRatio, adoption, cut, bridge };
}

/**
 * Steps 5-7. Hosted compute per cloud and family after access and price response; conserves each family's
 * compute. Model v3: an owner's own use stays with its owner whatever rental prices do (ECONOMICS.md, "Model
 * v3", double counts): own use is placed by preference and access alone, and only the rest (what outside
 * customers rent) responds to prices. With no price response this equals v2's split exactly.
 */
function hostedCompute(
  inp: ModelInputs,
  familyComputeUsdBn: PerFamily<number[]>,
  preference: PerFamily<{ from: number[]; to: number[] }>,
  owned: PerCloud<FamilyId | null>,
  cut: PerCloud<number[]>,
) {
  // Hot loops read arrays by index, rows[cloud][family] in CLOUDS and FAMILIES order, never records by a
  // varying key (V8's keyed loads on records cost more than the arithmetic here); records are built at the end
  // around the same arrays.
  const rows = indexRows();
  const ownRowsByCloud = indexRows();
  const totalRows = [zeros(), zeros(), zeros(), zeros()];
  const factorByYear: number[][] = [];
  const flatYear: boolean[] = [];
  const cutRows = [cut.azure, cut.aws, cut.gcp, cut.other];
  for (let i = 0; i < YEAR_COUNT; i++) {
    const factors = [0, 0, 0, 0];
    let flat = true;
    for (let ci = 0; ci < CLOUD_COUNT; ci++) {
      const x = priceWeightFactor((cutRows[ci] as number[])[i] as number, inp.priceElasticity);
      factors[ci] = x;
      if (x !== 1) flat = false;
    }
    factorByYear.push(factors);
    flatYear.push(flat);
  }
  const strategies: ArchetypeId[] = [inp.strategy.azure, inp.strategy.aws, inp.strategy.gcp, 'horizontal'];
  const owners = [owned.azure, owned.aws, owned.gcp, owned.other];
  // Hot loop: arrays in CLOUDS order, no allocation.
  const access = [1, 1, 1, 1];
  const pref = [0, 0, 0, 0];
  const split = [0, 0, 0, 0];
  const base = [0, 0, 0, 0];
  const rented = [0, 0, 0, 0];
  const ownNow = [0, 0, 0, 0];
  const ones = [1, 1, 1, 1];
  const ownFrom = [0, 0, 0, 0];
  const ownTo = [0, 0, 0, 0];
  const outRows: number[][] = [[], [], [], []];
  const ownRows: number[][] = [[], [], [], []];
  for (let fi = 0; fi < FAMILY_COUNT; fi++) {
    const f = FAMILIES[fi] as FamilyId;
    cloudRowInto(inp.ownUse2025Fraction[f], ownFrom);
    cloudRowInto(inp.ownUse2031Fraction[f], ownTo);
    let hasOwnUse = false;
    for (let ci = 0; ci < CLOUD_COUNT; ci++) {
      access[ci] = accessFactor(strategies[ci] as ArchetypeId, owners[ci] as FamilyId | null, f, inp.verticalAccessFraction);
      if ((ownFrom[ci] as number) > 0 || (ownTo[ci] as number) > 0) hasOwnUse = true;
      outRows[ci] = (rows[ci] as number[][])[fi] as number[];
      ownRows[ci] = (ownRowsByCloud[ci] as number[][])[fi] as number[];
    }
    const compute = familyComputeUsdBn[f];
    const { from, to } = preference[f];
    for (let i = 0; i < YEAR_COUNT; i++) {
      // Step 4's preference for year i, exact at both ends.
      const t = i / (YEAR_COUNT - 1);
      const last = i === YEAR_COUNT - 1;
      for (let ci = 0; ci < CLOUD_COUNT; ci++) {
        const a = from[ci] as number;
        pref[ci] = last ? (to[ci] as number) : a + ((to[ci] as number) - a) * t;
      }
      const x = compute[i] as number;
      const factors = factorByYear[i] as number[];
      if (!hasOwnUse || flatYear[i]) {
        allocateFamily(pref, access, factors, split);
        for (let ci = 0; ci < CLOUD_COUNT; ci++) {
          const h = x * (split[ci] as number);
          (outRows[ci] as number[])[i] = h;
          (totalRows[ci] as number[])[i] = ((totalRows[ci] as number[])[i] as number) + h;
          if (hasOwnUse) {
            const o0 = ownFrom[ci] as number;
            const o = last ? (ownTo[ci] as number) : o0 + ((ownTo[ci] as number) - o0) * t;
            (ownRows[ci] as number[])[i] = h * o;
          }
        }
        continue;
      }
      // Own use where preference and access put it; the rented rest responds to prices.
      allocateFamily(pref, access, ones, base);
      let ownSum = 0;
      for (let ci = 0; ci < CLOUD_COUNT; ci++) {
        const o0 = ownFrom[ci] as number;
        const o = last ? (ownTo[ci] as number) : o0 + ((ownTo[ci] as number) - o0) * t;
        const own = x * (base[ci] as number) * o;
        ownNow[ci] = own;
        ownSum += own;
        rented[ci] = (pref[ci] as number) * (1 - o);
      }
      allocateFamily(rented, access, factors, split);
      const rest = Math.max(0, x - ownSum);
      for (let ci = 0; ci < CLOUD_COUNT; ci++) {
        const own = ownNow[ci] as number;
        const h = own + rest * (split[ci] as number);
        (outRows[ci] as number[])[i] = h;
        (ownRows[ci] as number[])[i] = own;
        (totalRows[ci] as number[])[i] = ((totalRows[ci] as number[])[i] as number) + h;
      }
    }
  }
  return {
    byFamily: cloudRecord(rows.map(familyRecord)),
    ownByFamily: cloudRecord(ownRowsByCloud.map(familyRecord)),
    total: cloudRecord(totalRows),
    /** The same arrays by index: rows[cloud][family], totalRows[cloud] (steps 8a and 11a write through them). */
    rows,
    ownRows: ownRowsByCloud,
    totalRows,
  };
}

/** Four clouds' rows of six families' zero series, by index. */
function indexRows(): number[][][] {
  return [
    [zeros(), zeros(), zeros(), zeros(), zeros(), zeros()],
    [zeros(), zeros(), zeros(), zeros(), zeros(), zeros()],
    [zeros(), zeros(), zeros(), zeros(), zeros(), zeros()],
    [zeros(), zeros(), zeros(), zeros(), zeros(), zeros()],
  ];
}
/** A record around values in FAMILIES order (the values themselves, not copies). */
function familyRecord<T>(values: readonly T[]): PerFamily<T> {
  return { openai: values[0] as T, anthropic: values[1] as T, google: values[2] as T, meta: values[3] as T, mistral: values[4] as T, other: values[5] as T };
}
/** A record around values in CLOUDS order (the values themselves, not copies). */
function cloudRecord<T>(values: readonly T[]): PerCloud<T> {
  return { azure: values[0] as T, aws: values[1] as T, gcp: values[2] as T, other: values[3] as T };
}
/** A cloud record's values into `out` in CLOUDS order (named loads: fast). */
function cloudRowInto(row: Readonly<PerCloud<number>>, out: number[]): number[] {
  out[0] = row.azure;
  out[1] = row.aws;
  out[2] = row.gcp;
  out[3] = row.other;
  return out;
}

/** normaliseCapture on a cloud record by name (the same sum in the same order; no keyed loads: hot path). */
function captureShares(capture: Readonly<PerCloud<number>>): PerCloud<number> {
  const sum = capture.azure + capture.aws + capture.gcp + capture.other;
  if (sum <= 1) return { azure: capture.azure, aws: capture.aws, gcp: capture.gcp, other: capture.other };
  return { azure: capture.azure / sum, aws: capture.aws / sum, gcp: capture.gcp / sum, other: capture.other / sum };
}

/**
 * Step 8a. Hosted compute = own use + billed, per cloud and family (own use placed in step 7); also each
 * family's billed and own-use compute over all clouds (step 9a's input).
 */
function ownUseAndBilled(hosted: ReturnType<typeof hostedCompute>) {
  // By index, as in step 7: billedRows[cloud][family]; records around the same arrays at the end.
  const billedRows = indexRows();
  const ownTotals = [zeros(), zeros(), zeros(), zeros()];
  const billedTotals = [zeros(), zeros(), zeros(), zeros()];
  const familyBilledRows = [zeros(), zeros(), zeros(), zeros(), zeros(), zeros()];
  const familyOwnRows = [zeros(), zeros(), zeros(), zeros(), zeros(), zeros()];
  for (let ci = 0; ci < CLOUD_COUNT; ci++) {
    const ownTotal = ownTotals[ci] as number[];
    const billedTotal = billedTotals[ci] as number[];
    const hostedRows = hosted.rows[ci] as number[][];
    const ownRows = hosted.ownRows[ci] as number[][];
    const billedByFamily = billedRows[ci] as number[][];
    for (let fi = 0; fi < FAMILY_COUNT; fi++) {
      const hostedRow = hostedRows[fi] as number[];
      const ownRow = ownRows[fi] as number[];
      const billedRow = billedByFamily[fi] as number[];
      const fb = familyBilledRows[fi] as number[];
      const fo = familyOwnRows[fi] as number[];
      for (let i = 0; i < YEAR_COUNT; i++) {
        const o = ownRow[i] as number;
        const b = Math.max(0, (hostedRow[i] as number) - o);
        billedRow[i] = b;
        ownTotal[i] = (ownTotal[i] as number) + o;
        billedTotal[i] = (billedTotal[i] as number) + b;
        fo[i] = (fo[i] as number) + o;
        fb[i] = (fb[i] as number) + b;
      }
    }
  }
  return {
    ownUseByFamily: hosted.ownByFamily,
    billedByFamily: cloudRecord(billedRows.map(familyRecord)),
    ownUse: cloudRecord(ownTotals),
    billed: cloudRecord(billedTotals),
    familyBilled: familyRecord(familyBilledRows),
    familyOwnUse: familyRecord(familyOwnRows),
    /** The same arrays by index (step 11a writes through them). */
    billedRows,
    billedTotals,
  };
}

/** Step 9a. Each family's billed compute, revenue (compute × its revenue ratio, 2025 -> 2026 -> 2031) and gross profit (× model margin). */
function familyEconomics(
  inp: ModelInputs,
  familyCompute: { share: PerFamily<number[]>; computeUsdBn: PerFamily<number[]> },
  split: ReturnType<typeof ownUseAndBilled>,
  floors: ReturnType<typeof contractFloors>,
): PerFamily<FamilyResult> {
  const margin = inp.modelGrossMarginFraction;
  const out = {} as PerFamily<FamilyResult>;
  for (const f of FAMILIES) {
    const revenueRatio = interpolateThrough2026(inp.revenueRatio2025[f], inp.revenueRatio2026[f], inp.revenueRatio2031[f]);
    const compute = familyCompute.computeUsdBn[f];
    const revenue = zeros();
    const grossProfit = zeros();
    for (let i = 0; i < YEAR_COUNT; i++) {
      const r = (compute[i] as number) * (revenueRatio[i] as number);
      revenue[i] = r;
      grossProfit[i] = r * margin;
    }
    out[f] = {
      computeUsdBn: compute,
      share: familyCompute.share[f],
      billedComputeUsdBn: split.familyBilled[f],
      ownBillUsdBn: floors.familyOwnBill[f],
      ownUseComputeUsdBn: split.familyOwnUse[f],
      revenueUsdBn: revenue,
      grossProfitUsdBn: grossProfit,
    };
  }
  return out;
}

/**
 * Step 9b. Model-layer income per cloud's owner: model profit it books (ownership, profit shares) plus, for
 * Microsoft, OpenAI's capped revenue share; and its stakes' share of families' gross profit as exposure.
 */
function modelLayer(
  inp: ModelInputs,
  families: PerFamily<FamilyResult>,
  captureByFamily: PerFamily<PerCloud<number>>,
  split: ReturnType<typeof ownUseAndBilled>,
) {
  // By index (records around the same arrays at the end): the loops read no record by a varying key.
  const bookedRows = [zeros(), zeros(), zeros(), zeros()];
  const stakeRows = [zeros(), zeros(), zeros(), zeros()];
  const margin = inp.modelGrossMarginFraction;
  const takeRow = [0, 0, 0, 0];
  const stakeRow = [0, 0, 0, 0];
  for (let fi = 0; fi < FAMILY_COUNT; fi++) {
    const f = FAMILIES[fi] as FamilyId;
    cloudRowInto(captureByFamily[f], takeRow);
    cloudRowInto(inp.stakeFraction[f], stakeRow);
    const gp = families[f].grossProfitUsdBn;
    const revenue = families[f].revenueUsdBn;
    for (let ci = 0; ci < CLOUD_COUNT; ci++) {
      const take = takeRow[ci] as number;
      const stake = stakeRow[ci] as number;
      if (take === 0 && stake === 0) continue;
      // Model v3, counted once: the family's revenue sold as billed compute on the owner's own cloud (the
      // Gemini API on Vertex) is already that cloud's revenue; the owner books model profit on the rest.
      const soldOnOwnCloud = (split.billedRows[ci] as number[][])[fi] as number[];
      const booked = bookedRows[ci] as number[];
      const exposure = stakeRows[ci] as number[];
      for (let i = 0; i < YEAR_COUNT; i++) {
        const rest = Math.max(0, (revenue[i] as number) - (soldOnOwnCloud[i] as number));
        booked[i] = (booked[i] as number) + take * rest * margin;
        exposure[i] = (exposure[i] as number) + stake * (gp[i] as number);
      }
    }
  }
  const booked = cloudRecord(bookedRows);
  const stakeExposure = cloudRecord(stakeRows);
  const revenueShare = {
    azure: revenueShareSeries(families.openai.revenueUsdBn, inp.revShareFraction, inp.revShareCapUsdBn, inp.revShareLastYear),
    aws: zeros(),
    gcp: zeros(),
    other: zeros(),
  };
  const capYear = revenueShareCapYear(revenueShare.azure, inp.revShareCapUsdBn);
  const shareRows = [revenueShare.azure, revenueShare.aws, revenueShare.gcp, revenueShare.other];
  const incomeRows = [zeros(), zeros(), zeros(), zeros()];
  for (let ci = 0; ci < CLOUD_COUNT; ci++) {
    const out = incomeRows[ci] as number[];
    const b = bookedRows[ci] as number[];
    const r = shareRows[ci] as number[];
    for (let i = 0; i < YEAR_COUNT; i++) out[i] = (b[i] as number) + (r[i] as number);
  }
  const income = cloudRecord(incomeRows);
  return { booked, revenueShare, income, stakeExposure, capYear };
}

/** Herfindahl index of a cloud's 2025-2031 hosted compute across families (rows in FAMILIES order), 0-1. */
function familyHhi(rows: readonly (readonly number[])[]): number {
  const totals = [0, 0, 0, 0, 0, 0];
  for (let fi = 0; fi < FAMILY_COUNT; fi++) totals[fi] = sumSeries(rows[fi] as number[]);
  return herfindahl(totals);
}

/** A series' average weighted by another (equal weights when the weights sum to zero). */
function weightedMean(values: readonly number[], weights: readonly number[]): number {
  let sw = 0;
  let sv = 0;
  for (let i = 0; i < values.length; i++) {
    sw += weights[i] as number;
    sv += (weights[i] as number) * (values[i] as number);
  }
  return sw > 0 ? sv / sw : sumSeries(values) / values.length;
}

/** Steps 8, 10 and 12 for one cloud: revenue, cost and margin on billed compute, silicon, totals. */
function cloudEconomics(
  c: CloudId,
  inp: ModelInputs,
  totalComputeUsdBn: readonly number[],
  hosted: ReturnType<typeof hostedCompute>,
  split: ReturnType<typeof ownUseAndBilled>,
  ratios: ReturnType<typeof costRatios>,
  layer: ReturnType<typeof modelLayer>,
  owned: FamilyId | null,
): CloudResult {
  const hostedRow = hosted.total[c];
  const billedRow = split.billed[c];
  const ownRow = split.ownUse[c];
  const revenue = zeros();
  const costOfBilled = zeros();
  const ownUseCost = zeros();
  const gp = zeros();
  const margin = zeros();
  const marginNoSilicon = zeros();
  const savings = zeros();
  const savingsOwn = zeros();
  const passed = zeros();
  const kept = zeros();
  const programme = zeros();
  const net = zeros();
  const company = zeros();
  const share = zeros();
  const thirdParty = zeros();
  const programmeUsdBn = c === 'other' ? 0 : inp.silicon[c].programmeUsdBnPerYear;
  const ownedRow = owned ? hosted.byFamily[c][owned] : null;
  const income = layer.income[c];
  const scratch = cloudYearEconomics(0, 0, 0, 0, 0);
  const costRow = ratios.costRatio[c];
  const savingsRow = ratios.savingsRatio[c];
  const cutRow = ratios.cut[c];
  const adoptionRow = ratios.adoption[c];
  const bookedRow = layer.booked[c];
  const shareIncomeRow = layer.revenueShare[c];
  const stakeRow = layer.stakeExposure[c];
  // 2025-2031 totals, summed in the same pass.
  let cumHosted = 0;
  let cumOwn = 0;
  let cumBilled = 0;
  let cumRevenue = 0;
  let cumCost = 0;
  let cumOwnCost = 0;
  let cumGp = 0;
  let cumSavings = 0;
  let cumSavingsOwn = 0;
  let cumPassed = 0;
  let cumProgramme = 0;
  let cumCompany = 0;
  let cumIncome = 0;
  let cumBooked = 0;
  let cumShareIncome = 0;
  let cumStake = 0;
  let marginSum = 0;
  for (let i = 0; i < YEAR_COUNT; i++) {
    const h = hostedRow[i] as number;
    const cr = costRow[i] as number;
    const sr = savingsRow[i] as number;
    const cutNow = cutRow[i] as number;
    const e = cloudYearEconomics(h, billedRow[i] as number, cr, sr, cutNow, scratch);
    revenue[i] = e.revenueUsdBn;
    costOfBilled[i] = e.costOfBilledUsdBn;
    ownUseCost[i] = e.ownUseCostUsdBn;
    gp[i] = e.cloudGrossProfitUsdBn;
    const m = cloudMarginRatio(cr, sr, cutNow);
    margin[i] = m;
    marginNoSilicon[i] = 1 - cr;
    savings[i] = e.siliconSavingsUsdBn;
    savingsOwn[i] = e.siliconSavingsOwnUseUsdBn;
    passed[i] = e.siliconPassedOnUsdBn;
    kept[i] = e.siliconSavingsUsdBn - e.siliconPassedOnUsdBn;
    // Step 10: a programme costs money only in years the cloud runs any of its own chips.
    const programmeThisYear = (adoptionRow[i] as number) > 0 ? programmeUsdBn : 0;
    programme[i] = programmeThisYear;
    net[i] = e.siliconSavingsUsdBn - programmeThisYear;
    const inc = income[i] as number;
    company[i] = e.cloudGrossProfitUsdBn + inc;
    // Third-party compute: everything hosted but the owned family's (never below 0 from rounding).
    thirdParty[i] = ownedRow ? Math.max(0, h - (ownedRow[i] as number)) : h;
    const total = totalComputeUsdBn[i] as number;
    share[i] = total > 0 ? h / total : 0;
    cumHosted += h;
    cumOwn += ownRow[i] as number;
    cumBilled += billedRow[i] as number;
    cumRevenue += e.revenueUsdBn;
    cumCost += e.costOfBilledUsdBn;
    cumOwnCost += e.ownUseCostUsdBn;
    cumGp += e.cloudGrossProfitUsdBn;
    cumSavings += e.siliconSavingsUsdBn;
    cumSavingsOwn += e.siliconSavingsOwnUseUsdBn;
    cumPassed += e.siliconPassedOnUsdBn;
    cumProgramme += programmeThisYear;
    cumCompany += e.cloudGrossProfitUsdBn + inc;
    cumIncome += inc;
    cumBooked += bookedRow[i] as number;
    cumShareIncome += shareIncomeRow[i] as number;
    cumStake += stakeRow[i] as number;
    marginSum += m;
  }
  const cumMargin = cumRevenue > 0 ? cumGp / cumRevenue : marginSum / YEAR_COUNT;
  const cumulativeTotal = sumSeries(totalComputeUsdBn);
  const b = ratios.bridge[c];
  return {
    cloud: c,
    strategy: ratios.strategyOf(c),
    ownedFamily: owned,
    hostedComputeUsdBn: hostedRow,
    capturedSpendUsdBn: hostedRow,
    hostedShare: share,
    ownUseComputeUsdBn: ownRow,
    billedComputeUsdBn: billedRow,
    revenueUsdBn: revenue,
    costOfBilledUsdBn: costOfBilled,
    ownUseCostUsdBn: ownUseCost,
    cloudGrossProfitUsdBn: gp,
    cloudGrossMargin: margin,
    cloudGrossMarginNoSilicon: marginNoSilicon,
    costRatio: costRow,
    savingsRatio: savingsRow,
    bookedModelProfitUsdBn: layer.booked[c],
    revenueShareIncomeUsdBn: layer.revenueShare[c],
    modelLayerIncomeUsdBn: income,
    companyGrossProfitUsdBn: company,
    stakeExposureUsdBn: layer.stakeExposure[c],
    siliconAdoption: ratios.adoption[c],
    siliconSavingsUsdBn: savings,
    siliconSavingsOwnUseUsdBn: savingsOwn,
    siliconPassedOnUsdBn: passed,
    siliconKeptUsdBn: kept,
    siliconProgrammeUsdBn: programme,
    siliconNetUsdBn: net,
    priceCut: ratios.cut[c],
    capturedByFamilyUsdBn: hosted.byFamily[c],
    ownUseByFamilyUsdBn: split.ownUseByFamily[c],
    billedByFamilyUsdBn: split.billedByFamily[c],
    thirdPartyComputeUsdBn: thirdParty,
    marginBridge: {
      set: b.set,
      afterInferenceMix: weightedMean(b.inferenceMix, billedRow),
      afterUtilisation: weightedMean(b.utilisation, billedRow),
      afterPremiums: weightedMean(marginNoSilicon, billedRow),
      realised: cumMargin,
    },
    cumulative: {
      hostedComputeUsdBn: cumHosted,
      capturedSpendUsdBn: cumHosted,
      hostedShare: cumulativeTotal > 0 ? cumHosted / cumulativeTotal : 0,
      ownUseComputeUsdBn: cumOwn,
      billedComputeUsdBn: cumBilled,
      revenueUsdBn: cumRevenue,
      costOfBilledUsdBn: cumCost,
      ownUseCostUsdBn: cumOwnCost,
      cloudGrossProfitUsdBn: cumGp,
      cloudGrossMargin: cumMargin,
      bookedModelProfitUsdBn: cumBooked,
      revenueShareIncomeUsdBn: cumShareIncome,
      modelLayerIncomeUsdBn: cumIncome,
      companyGrossProfitUsdBn: cumCompany,
      stakeExposureUsdBn: cumStake,
      siliconSavingsUsdBn: cumSavings,
      siliconSavingsOwnUseUsdBn: cumSavingsOwn,
      siliconPassedOnUsdBn: cumPassed,
      siliconKeptUsdBn: cumSavings - cumPassed,
      siliconProgrammeUsdBn: cumProgramme,
      siliconNetUsdBn: cumSavings - cumProgramme,
    },
    npvCompanyGrossProfitUsdBn: netPresentValue(company, inp.discountRateFraction),
    familyHhi: familyHhi(hosted.rows[CLOUD_INDEX[c]] as number[][]),
    siliconBreakevenYear: c === 'other' ? null : breakevenYear(net),
  };
}

/**
 * Step 11a (model v3, contracts that count). Each signed contract has a yearly schedule; the lab's own bill
 * on that cloud (billed compute less end customers' platform bills) may not fall below `taken` × schedule.
 * A shortfall moves the family's own bills from its other clouds (above their own floors); its compute and
 * the world's are unchanged, and what cannot be moved is reported as unmet, never created.
 */
function contractFloors(inp: ModelInputs, hosted: ReturnType<typeof hostedCompute>, split: ReturnType<typeof ownUseAndBilled>) {
  const taken = inp.contractsTakenFraction;
  // By family index (records around them at the end); rows per cloud in CLOUDS order, null where the family
  // has no contract or platform share.
  const familyOwnBill: number[][] = [];
  const ownBill: (number[][] | null)[] = [];
  const applied: (number[][] | null)[] = [];
  const unmet: (number[] | null)[] = [];
  const bill = [0, 0, 0, 0];
  const floor = [0, 0, 0, 0];
  const delta = [0, 0, 0, 0];
  const commitRow = [0, 0, 0, 0];
  const platformRow = [0, 0, 0, 0];
  for (let fi = 0; fi < FAMILY_COUNT; fi++) {
    const f = FAMILIES[fi] as FamilyId;
    cloudRowInto(inp.commitmentsUsdBn[f], commitRow);
    cloudRowInto(inp.platformFraction[f], platformRow);
    let hasContract = false;
    let hasPlatform = false;
    for (let ci = 0; ci < CLOUD_COUNT; ci++) {
      if ((commitRow[ci] as number) > 0) hasContract = true;
      if ((platformRow[ci] as number) > 0) hasPlatform = true;
    }
    let unmetRow: number[] | null = null;
    if (!hasContract && !hasPlatform) {
      // No contract and no platform bills: the lab's own bill is all of its billed compute (never mutated).
      familyOwnBill.push(split.familyBilled[f]);
      ownBill.push(null);
      applied.push(null);
      unmet.push(null);
      continue;
    }
    const rows: number[][] = [];
    for (let ci = 0; ci < CLOUD_COUNT; ci++) {
      const b = (split.billedRows[ci] as number[][])[fi] as number[];
      const keep = 1 - (platformRow[ci] as number);
      const row = zeros();
      for (let i = 0; i < YEAR_COUNT; i++) row[i] = (b[i] as number) * keep;
      rows.push(row);
    }
    // What floors moved, signed, per cloud and year (null while nothing binds): before = after - moved.
    let moved: number[][] | null = null;
    if (hasContract && taken > 0) {
      const shares = SCHEDULE_ROWS[f];
      for (let i = 0; i < YEAR_COUNT; i++) {
        let any = false;
        for (let ci = 0; ci < CLOUD_COUNT; ci++) {
          const b = (rows[ci] as number[])[i] as number;
          bill[ci] = b;
          const k = commitRow[ci] as number;
          const fl = k > 0 ? k * taken * ((shares[ci] as number[])[i] as number) : 0;
          floor[ci] = fl;
          if (fl > b) any = true;
        }
        if (!any) continue;
        const left = applyFloors(bill, floor, delta);
        if (left > 0) (unmetRow ??= zeros())[i] = left;
        moved ??= [zeros(), zeros(), zeros(), zeros()];
        for (let ci = 0; ci < CLOUD_COUNT; ci++) {
          const d = delta[ci] as number;
          if (d === 0) continue;
          const row = rows[ci] as number[];
          row[i] = (row[i] as number) + d;
          (moved[ci] as number[])[i] = d;
          // The move is billed compute: hosted, billed and the cloud's totals follow it.
          // (Clamped at 0: a move takes at most what is there; rounding must not leave -1e-16.)
          const hostedRow = (hosted.rows[ci] as number[][])[fi] as number[];
          hostedRow[i] = Math.max(0, (hostedRow[i] as number) + d);
          const hostedTotal = hosted.totalRows[ci] as number[];
          hostedTotal[i] = Math.max(0, (hostedTotal[i] as number) + d);
          const billedRow = (split.billedRows[ci] as number[][])[fi] as number[];
          billedRow[i] = Math.max(0, (billedRow[i] as number) + d);
          const billedTotal = split.billedTotals[ci] as number[];
          billedTotal[i] = Math.max(0, (billedTotal[i] as number) + d);
        }
      }
    }
    const sum = zeros();
    for (let ci = 0; ci < CLOUD_COUNT; ci++) {
      const row = rows[ci] as number[];
      for (let i = 0; i < YEAR_COUNT; i++) sum[i] = (sum[i] as number) + (row[i] as number);
    }
    familyOwnBill.push(sum);
    ownBill.push(rows);
    applied.push(moved);
    unmet.push(unmetRow);
  }
  return { familyOwnBill: familyRecord(familyOwnBill), ownBill: familyRecord(ownBill), applied: familyRecord(applied), unmet: familyRecord(unmet) };
}

/**
 * Every family x cloud pair's contract terms, fixed at module load in FAMILIES and CLOUDS order: its window
 * as year indices and its schedule shares (step 11 reads them for each contract; no id strings per call).
 */
const CONTRACT_PAIRS = FAMILIES_.flatMap((f) =>
  CLOUDS_.map((c, ci) => {
    const terms = commitmentTerms(f, c);
    let first = YEAR_COUNT;
    let last = -1;
    for (let i = 0; i < YEAR_COUNT; i++) {
      const y = YEARS_[i] as number;
      if (y >= terms.startYear && y <= terms.endYear) {
        first = Math.min(first, i);
        last = i;
      }
    }
    return { family: f, cloud: c, ci, startYear: terms.startYear, endYear: terms.endYear, first, last, shares: COMMITMENT_SCHEDULE_SHARES[f][c] };
  }),
);

/** Step 11. Each signed commitment: its schedule, the lab's own bill on that cloud, and where a floor lifted it. */
function commitmentCoverage(inp: ModelInputs, floors: ReturnType<typeof contractFloors>, split: ReturnType<typeof ownUseAndBilled>): CommitmentResult[] {
  const out: CommitmentResult[] = [];
  const announcedRow = [0, 0, 0, 0];
  for (let p = 0; p < CONTRACT_PAIRS.length; p++) {
    const pair = CONTRACT_PAIRS[p] as (typeof CONTRACT_PAIRS)[number];
    const { family: f, cloud: c, ci, shares } = pair;
    if (ci === 0) cloudRowInto(inp.commitmentsUsdBn[f], announcedRow);
    const announced = announcedRow[ci] as number;
    if (!(announced > 0)) continue;
    const after = floors.ownBill[f]?.[ci] ?? split.billedByFamily[c][f];
    const moved = floors.applied[f]?.[ci];
    const schedule = zeros();
    const ownBill = zeros();
    const before = zeros();
    const applied = zeros();
    let inHorizon = 0;
    let projected = 0;
    let projectedBefore = 0;
    for (let i = 0; i < YEAR_COUNT; i++) {
      const k = announced * (shares[i] as number);
      const a = after[i] as number;
      const d = moved ? (moved[i] as number) : 0;
      schedule[i] = k;
      ownBill[i] = a;
      before[i] = a - d;
      applied[i] = d > 0 ? d : 0;
      inHorizon += k;
      if (i >= pair.first && i <= pair.last) {
        projected += a;
        projectedBefore += a - d;
      }
    }
    out.push({
      family: f,
      cloud: c,
      commitmentUsdBn: inHorizon,
      announcedUsdBn: announced,
      startYear: pair.startYear,
      endYear: pair.endYear,
      projectedUsdBn: projected,
      coverage: inHorizon > 0 ? projected / inHorizon : 0,
      coverageBeforeFloor: inHorizon > 0 ? projectedBefore / inHorizon : 0,
      binds: projectedBefore < inHorizon - 1e-9,
      scheduleUsdBn: schedule,
      floorAppliedUsdBn: applied,
      ownBillUsdBn: ownBill,
      ownBillBeforeFloorUsdBn: before,
      unmetUsdBn: floors.unmet[f]?.slice() ?? zeros(),
    });
  }
  return out;
}
