/**
 * evaluate(): the whole model for one scenario, composed from the steps in steps.ts.
 * Pure and deterministic; never throws for any scenario (values are clamped to the registry's bounds).
 */
import { CLOUDS as CLOUDS_, FAMILIES as FAMILIES_, YEARS as YEARS_, type ArchetypeId, type CloudId, type FamilyId } from './ids';
import { commitmentTerms } from './parameters';
import { resolveInputs, type ModelInputs } from './inputs';
import type { Scenario } from './scenario';
import {
  accessFactor,
  allocateFamily,
  breakevenYear,
  cloudYearEconomics,
  herfindahl,
  interpolateDistribution,
  interpolateSeries,
  netPresentValue,
  normaliseCapture,
  ownedFamily,
  priceCut,
  priceWeightFactor,
  referenceCostRatio,
  siliconSavingsRatio,
  sumOverWindow,
  sumSeries,
  totalSpendSeries,
} from './steps';

// Local bindings: imported bindings can be getters under some ESM loaders, too slow in hot loops.
const CLOUDS = CLOUDS_;
const FAMILIES = FAMILIES_;
const YEARS = YEARS_;

export interface CloudCumulative {
  capturedSpendUsdBn: number;
  /** The cloud's share of all 2025-2031 spend, 0-1. */
  captureShare: number;
  revenueUsdBn: number;
  costUsdBn: number;
  infraGrossProfitUsdBn: number;
  modelLayerGrossProfitUsdBn: number;
  /** Infrastructure plus model-layer gross profit. */
  grossProfitUsdBn: number;
  /** Cumulative infrastructure gross profit / revenue, 0-1 (may be negative). */
  infraGrossMargin: number;
  siliconSavingsUsdBn: number;
  siliconPassedOnUsdBn: number;
  siliconKeptUsdBn: number;
  siliconProgrammeUsdBn: number;
  siliconNetUsdBn: number;
}

export interface CloudResult {
  cloud: CloudId;
  /** The strategy it follows; `other` is priced as horizontal but has no strategy lever. */
  strategy: ArchetypeId;
  /** The family it favours under a vertical strategy (largest model-profit take), if any. */
  ownedFamily: FamilyId | null;
  capturedSpendUsdBn: number[];
  /** Share of the year's total spend, 0-1. */
  captureShare: number[];
  revenueUsdBn: number[];
  costUsdBn: number[];
  infraGrossProfitUsdBn: number[];
  /** Infrastructure gross profit / revenue, 0-1 (negative when volume loses money). */
  infraGrossMargin: number[];
  /** The margin per dollar of captured spend if the cloud had no custom silicon, 0-1. */
  infraGrossMarginNoSilicon: number[];
  modelLayerGrossProfitUsdBn: number[];
  grossProfitUsdBn: number[];
  /** Fraction of compute on custom silicon, 0-1. */
  siliconAdoption: number[];
  siliconSavingsUsdBn: number[];
  siliconPassedOnUsdBn: number[];
  siliconKeptUsdBn: number[];
  siliconProgrammeUsdBn: number[];
  /** Gross savings less programme cost (ECONOMICS.md step 10). */
  siliconNetUsdBn: number[];
  /** Price cut passed on, 0-1. */
  priceCut: number[];
  capturedByFamilyUsdBn: Record<FamilyId, number[]>;
  /** Captured spend from families the cloud does not own. */
  thirdPartySpendUsdBn: number[];
  cumulative: CloudCumulative;
  npvGrossProfitUsdBn: number;
  /** Concentration of its 2025-2031 captured spend across model families, 0-1. */
  familyHhi: number;
  siliconBreakevenYear: number | null;
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
  /** The family's projected spend on the cloud over the window within 2025-2031. */
  projectedUsdBn: number;
  /** projected / commitment, >= 0. */
  coverage: number;
  /** True when projected spend falls short of the commitment: the contract would bind. */
  binds: boolean;
}

export interface ScenarioResult {
  years: readonly number[];
  totalSpendUsdBn: number[];
  inferenceFraction: number[];
  inferenceSpendUsdBn: number[];
  /** Each family's share of total spend per year, 0-1, summing to 1. */
  familyShare: Record<FamilyId, number[]>;
  familySpendUsdBn: Record<FamilyId, number[]>;
  clouds: Record<CloudId, CloudResult>;
  cumulativeTotalSpendUsdBn: number;
  commitments: CommitmentResult[];
}

const YEAR_COUNT = YEARS.length;
const CLOUD_COUNT = CLOUDS.length;
const FAMILY_COUNT = FAMILIES.length;

if (YEAR_COUNT !== 7) throw new Error('engine bug: zeros() assumes the seven years 2025-2031');
function zeros(): number[] {
  // A literal makes a packed array, faster in V8 than new Array(n).fill(0) (the engine's hot path).
  return [0, 0, 0, 0, 0, 0, 0];
}

export function evaluate(scenario: Readonly<Scenario>): ScenarioResult {
  return evaluateInputs(resolveInputs(scenario));
}

/** The model on resolved inputs; the winner analysis calls this directly to skip re-parsing. */
export function evaluateInputs(inp: ModelInputs): ScenarioResult {
  // Step 1-2: market size and its inference fraction.
  const totalSpendUsdBn = totalSpendSeries(inp.spend2025UsdBn, inp.growthNearFraction, inp.growthLongFraction);
  const inferenceFraction = interpolateSeries(inp.inference2025Fraction, inp.inference2031Fraction);
  const inferenceSpendUsdBn = totalSpendUsdBn.map((s, i) => s * (inferenceFraction[i] as number));

  // Step 3: family shares, normalised then interpolated.
  const familyShare = interpolateDistribution(inp.shareWeights2025, inp.shareWeights2031);
  const familySpendUsdBn = {} as Record<FamilyId, number[]>;
  for (const f of FAMILIES) familySpendUsdBn[f] = familyShare[f].map((m, i) => m * (totalSpendUsdBn[i] as number));

  // Step 4: hosting preference per family, rows normalised then interpolated.
  const hosting = {} as Record<FamilyId, Record<CloudId, number[]>>;
  for (const f of FAMILIES) hosting[f] = interpolateDistribution(inp.hostingWeights2025[f], inp.hostingWeights2031[f]);

  // Step 9 inputs first: stakes decide which family a vertical cloud owns.
  const capture = {} as Record<FamilyId, Record<CloudId, number>>;
  for (const f of FAMILIES) capture[f] = normaliseCapture(inp.captureFraction[f]);
  const strategyOf = (c: CloudId): ArchetypeId => (c === 'other' ? 'horizontal' : inp.strategy[c]);
  const owned = {} as Record<CloudId, FamilyId | null>;
  for (const c of CLOUDS) {
    const byFamily = {} as Record<FamilyId, number>;
    for (const f of FAMILIES) byFamily[f] = capture[f][c];
    owned[c] = ownedFamily(byFamily);
  }

  // Step 8 ratios (per dollar of captured spend), which step 6 needs for the price cut.
  const residencyPremium = inp.residencyShareFraction * inp.residencyPremiumFraction;
  const costRatio = {} as Record<CloudId, number[]>;
  const savingsRatio = {} as Record<CloudId, number[]>;
  const adoption = {} as Record<CloudId, number[]>;
  const cut = {} as Record<CloudId, number[]>;
  for (const c of CLOUDS) {
    const arch = inp.archetypes[strategyOf(c)];
    const premium = arch.premiumFraction + residencyPremium;
    adoption[c] =
      c === 'other'
        ? zeros()
        : interpolateSeries(inp.silicon[c].adoption2025Fraction, inp.silicon[c].adoption2031Fraction);
    const costCutFraction = c === 'other' ? 0 : inp.silicon[c].costCutFraction;
    costRatio[c] = new Array<number>(YEAR_COUNT);
    savingsRatio[c] = new Array<number>(YEAR_COUNT);
    cut[c] = new Array<number>(YEAR_COUNT);
    for (let i = 0; i < YEAR_COUNT; i++) {
      // Step 2: inference may carry a different margin; the blend follows the inference fraction.
      const margin = arch.marginFraction + inp.inferenceMarginDeltaFraction * (inferenceFraction[i] as number);
      const cr = referenceCostRatio(margin, arch.utilisationFraction, premium);
      const sr = siliconSavingsRatio(cr, inp.computeShareFraction, adoption[c][i] as number, costCutFraction);
      costRatio[c][i] = cr;
      savingsRatio[c][i] = sr;
      cut[c][i] = priceCut(inp.passThroughFraction, sr);
    }
  }

  // Steps 5-7: captured spend per cloud and family. Hot loop: arrays in CLOUDS order, no allocation.
  const capturedByFamily = {} as Record<CloudId, Record<FamilyId, number[]>>;
  const captured = {} as Record<CloudId, number[]>;
  for (const c of CLOUDS) {
    captured[c] = zeros();
    capturedByFamily[c] = {} as Record<FamilyId, number[]>;
    for (const f of FAMILIES) capturedByFamily[c][f] = zeros();
  }
  const factorByYear: number[][] = [];
  for (let i = 0; i < YEAR_COUNT; i++) {
    factorByYear.push(CLOUDS.map((c) => priceWeightFactor(cut[c][i] as number, inp.priceElasticity)));
  }
  const access = new Array<number>(CLOUD_COUNT);
  const pref = new Array<number>(CLOUD_COUNT);
  const split = new Array<number>(CLOUD_COUNT);
  for (const f of FAMILIES) {
    for (let ci = 0; ci < CLOUD_COUNT; ci++) {
      const c = CLOUDS[ci] as CloudId;
      access[ci] = accessFactor(strategyOf(c), owned[c], f, inp.verticalAccessFraction);
    }
    const familySpend = familySpendUsdBn[f];
    const rows = CLOUDS.map((c) => hosting[f][c]);
    const outRows = CLOUDS.map((c) => capturedByFamily[c][f]);
    const totals = CLOUDS.map((c) => captured[c]);
    for (let i = 0; i < YEAR_COUNT; i++) {
      for (let ci = 0; ci < CLOUD_COUNT; ci++) pref[ci] = (rows[ci] as number[])[i] as number;
      allocateFamily(pref, access, factorByYear[i] as number[], split);
      const spend = familySpend[i] as number;
      for (let ci = 0; ci < CLOUD_COUNT; ci++) {
        const h = spend * (split[ci] as number);
        (outRows[ci] as number[])[i] = h;
        (totals[ci] as number[])[i] = ((totals[ci] as number[])[i] as number) + h;
      }
    }
  }

  // Steps 8-10 per cloud.
  const clouds = {} as Record<CloudId, CloudResult>;
  const cumulativeTotalSpendUsdBn = sumSeries(totalSpendUsdBn);
  for (const c of CLOUDS) {
    const revenue = zeros();
    const cost = zeros();
    const infraGp = zeros();
    const margin = zeros();
    const marginNoSilicon = zeros();
    const savings = zeros();
    const passed = zeros();
    const kept = zeros();
    const programme = zeros();
    const net = zeros();
    const modelGp = zeros();
    const gp = zeros();
    const share = zeros();
    const thirdParty = zeros();
    const programmeUsdBn = c === 'other' ? 0 : inp.silicon[c].programmeUsdBnPerYear;
    // Per-family rows for this cloud, looked up once.
    const stakes = FAMILIES.map((f) => capture[f][c] * inp.modelLayerMarginFraction);
    const familyRows = FAMILIES.map((f) => familySpendUsdBn[f]);
    const ownedFamilyId = owned[c];
    const ownedRow = ownedFamilyId ? capturedByFamily[c][ownedFamilyId] : null;
    const capturedRow = captured[c];
    const costRow = costRatio[c];
    const savingsRow = savingsRatio[c];
    const cutRow = cut[c];
    const adoptionRow = adoption[c];
    for (let i = 0; i < YEAR_COUNT; i++) {
      const h = capturedRow[i] as number;
      const cr = costRow[i] as number;
      const e = cloudYearEconomics(h, cr, savingsRow[i] as number, cutRow[i] as number);
      revenue[i] = e.revenueUsdBn;
      cost[i] = e.costUsdBn;
      infraGp[i] = e.infraGrossProfitUsdBn;
      margin[i] = e.revenueUsdBn > 0 ? e.infraGrossProfitUsdBn / e.revenueUsdBn : 0;
      marginNoSilicon[i] = 1 - cr;
      savings[i] = e.siliconSavingsUsdBn;
      passed[i] = e.siliconPassedOnUsdBn;
      kept[i] = e.siliconSavingsUsdBn - e.siliconPassedOnUsdBn;
      // A programme costs money only in years the cloud runs any of its own chips.
      const programmeThisYear = (adoptionRow[i] as number) > 0 ? programmeUsdBn : 0;
      programme[i] = programmeThisYear;
      net[i] = e.siliconSavingsUsdBn - programmeThisYear;
      // Step 9: model-layer profit from stakes in each family's spend.
      let layer = 0;
      for (let fi = 0; fi < FAMILY_COUNT; fi++) layer += (stakes[fi] as number) * ((familyRows[fi] as number[])[i] as number);
      modelGp[i] = layer;
      gp[i] = e.infraGrossProfitUsdBn + layer;
      // Third-party spend: all captured spend but the owned family's (never below 0 from rounding).
      thirdParty[i] = ownedRow ? Math.max(0, h - (ownedRow[i] as number)) : h;
      const total = totalSpendUsdBn[i] as number;
      share[i] = total > 0 ? h / total : 0;
    }
    const cumRevenue = sumSeries(revenue);
    const cumInfraGp = sumSeries(infraGp);
    const cumCaptured = sumSeries(captured[c]);
    const cumSavings = sumSeries(savings);
    const cumPassed = sumSeries(passed);
    const cumProgramme = sumSeries(programme);
    clouds[c] = {
      cloud: c,
      strategy: strategyOf(c),
      ownedFamily: owned[c],
      capturedSpendUsdBn: captured[c],
      captureShare: share,
      revenueUsdBn: revenue,
      costUsdBn: cost,
      infraGrossProfitUsdBn: infraGp,
      infraGrossMargin: margin,
      infraGrossMarginNoSilicon: marginNoSilicon,
      modelLayerGrossProfitUsdBn: modelGp,
      grossProfitUsdBn: gp,
      siliconAdoption: adoption[c],
      siliconSavingsUsdBn: savings,
      siliconPassedOnUsdBn: passed,
      siliconKeptUsdBn: kept,
      siliconProgrammeUsdBn: programme,
      siliconNetUsdBn: net,
      priceCut: cut[c],
      capturedByFamilyUsdBn: capturedByFamily[c],
      thirdPartySpendUsdBn: thirdParty,
      cumulative: {
        capturedSpendUsdBn: cumCaptured,
        captureShare: cumulativeTotalSpendUsdBn > 0 ? cumCaptured / cumulativeTotalSpendUsdBn : 0,
        revenueUsdBn: cumRevenue,
        costUsdBn: sumSeries(cost),
        infraGrossProfitUsdBn: cumInfraGp,
        modelLayerGrossProfitUsdBn: sumSeries(modelGp),
        grossProfitUsdBn: sumSeries(gp),
        infraGrossMargin: cumRevenue > 0 ? cumInfraGp / cumRevenue : 0,
        siliconSavingsUsdBn: cumSavings,
        siliconPassedOnUsdBn: cumPassed,
        siliconKeptUsdBn: cumSavings - cumPassed,
        siliconProgrammeUsdBn: cumProgramme,
        siliconNetUsdBn: cumSavings - cumProgramme,
      },
      npvGrossProfitUsdBn: netPresentValue(gp, inp.discountRateFraction),
      familyHhi: herfindahl(FAMILIES.map((f) => sumSeries(capturedByFamily[c][f]))),
      siliconBreakevenYear: c === 'other' ? null : breakevenYear(net),
    };
  }

  // Step 11: commitments against projected spend over their window.
  const commitments: CommitmentResult[] = [];
  for (const f of FAMILIES) {
    for (const c of CLOUDS) {
      const announced = inp.commitmentsUsdBn[f][c];
      if (!(announced > 0)) continue;
      const terms = commitmentTerms(f, c);
      const { sum, years } = sumOverWindow(capturedByFamily[c][f], terms.startYear, terms.endYear);
      const windowYears = terms.endYear - terms.startYear + 1;
      const inHorizon = (announced * years) / windowYears;
      commitments.push({
        family: f,
        cloud: c,
        commitmentUsdBn: inHorizon,
        announcedUsdBn: announced,
        startYear: terms.startYear,
        endYear: terms.endYear,
        projectedUsdBn: sum,
        coverage: inHorizon > 0 ? sum / inHorizon : 0,
        binds: sum < inHorizon,
      });
    }
  }

  return {
    years: YEARS,
    totalSpendUsdBn,
    inferenceFraction,
    inferenceSpendUsdBn,
    familyShare,
    familySpendUsdBn,
    clouds,
    cumulativeTotalSpendUsdBn,
    commitments,
  };
}

