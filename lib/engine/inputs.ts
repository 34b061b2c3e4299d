/**
 * Turns a scenario (ids -> 0-100 slider values) into typed model inputs in fractions.
 * Every value is clamped to its registry bounds here, so the steps can trust their inputs.
 */
import {
  ARCHETYPES as ARCHETYPES_,
  CLOUDS as CLOUDS_,
  FAMILIES as FAMILIES_,
  HYPERSCALERS as HYPERSCALERS_,
  type ArchetypeId,
  type CloudId,
  type FamilyId,
  type HyperscalerId,
} from './ids';
import { parameters, parametersById, type EnumParameterSpec, type NumberParameterSpec } from './parameters';
import type { Scenario } from './scenario';

// Local bindings: imported bindings can be getters under some ESM loaders, too slow in hot loops.
const CLOUDS = CLOUDS_;
const FAMILIES = FAMILIES_;
const HYPERSCALERS = HYPERSCALERS_;
const ARCHETYPES = ARCHETYPES_;

export type FamilyRecord<T> = Record<FamilyId, T>;
export type CloudRecord<T> = Record<CloudId, T>;

export interface ArchetypeInputs {
  /** Infrastructure gross margin at reference utilisation, 0-1. */
  marginFraction: number;
  /** Multi-model premium, 0-1. */
  premiumFraction: number;
  /** Utilisation, 0-1 (at least 0.5 by the registry's bounds). */
  utilisationFraction: number;
}

export interface SiliconInputs {
  adoption2025Fraction: number;
  adoption2031Fraction: number;
  costCutFraction: number;
  programmeUsdBnPerYear: number;
}

export interface ModelInputs {
  spend2025UsdBn: number;
  growthNearFraction: number;
  growthLongFraction: number;
  inference2025Fraction: number;
  inference2026Fraction: number;
  inference2031Fraction: number;
  inferenceMarginDeltaFraction: number;
  /** Raw weights (not normalised), >= 0. */
  shareWeights2025: FamilyRecord<number>;
  shareWeights2026: FamilyRecord<number>;
  shareWeights2031: FamilyRecord<number>;
  hostingWeights2025: FamilyRecord<CloudRecord<number>>;
  hostingWeights2031: FamilyRecord<CloudRecord<number>>;
  /** Share of a family's compute on a cloud that the cloud's owner uses itself, 0-1. */
  ownUse2025Fraction: FamilyRecord<CloudRecord<number>>;
  ownUse2031Fraction: FamilyRecord<CloudRecord<number>>;
  strategy: Record<HyperscalerId, ArchetypeId>;
  archetypes: Record<ArchetypeId, ArchetypeInputs>;
  verticalAccessFraction: number;
  residencyPremiumFraction: number;
  residencyShareFraction: number;
  silicon: Record<HyperscalerId, SiliconInputs>;
  passThroughFraction: number;
  computeShareFraction: number;
  priceElasticity: number;
  /** Share of a family's model gross profit each cloud's owner books as income, 0-1. */
  captureFraction: FamilyRecord<CloudRecord<number>>;
  /** Equity stakes, 0-1: exposure only, never booked. */
  stakeFraction: FamilyRecord<CloudRecord<number>>;
  /** A family's revenue per dollar of its compute, 2025, 2026 and 2031. */
  revenueRatio2025: FamilyRecord<number>;
  revenueRatio2026: FamilyRecord<number>;
  revenueRatio2031: FamilyRecord<number>;
  modelGrossMarginFraction: number;
  /** OpenAI's revenue share to Microsoft: fraction, total cap from 2026 (USD bn), last year paid. */
  revShareFraction: number;
  revShareCapUsdBn: number;
  revShareLastYear: number;
  discountRateFraction: number;
  winnerShareFraction: number;
  commitmentsUsdBn: FamilyRecord<CloudRecord<number>>;
  /** Share of each contract's schedule its buyer takes (model v3 floors), 0-1. */
  contractsTakenFraction: number;
  /** Microsoft's neocloud leases over their term, USD bn (counted under Azure). */
  leaseUsdBn: number;
  /** Share of a family's billed compute on a cloud that end customers pay through the cloud's platform, 0-1. */
  platformFraction: FamilyRecord<CloudRecord<number>>;
}

// Specs are looked up once at module load, so resolving a scenario builds no id strings (hot path:
// the dashboard and Monte Carlo call it on every change). Each carries its slot: its index in the registry.
interface NumberSlot {
  spec: NumberParameterSpec;
  at: number;
}
interface EnumSlot {
  spec: EnumParameterSpec;
  at: number;
}
const IDS: readonly string[] = parameters.map((p) => p.id);
const SLOT_COUNT = IDS.length;
function numberSpec(id: string): NumberSlot {
  const spec = parametersById.get(id);
  if (!spec || spec.kind !== 'number') throw new Error(`engine bug: ${id} is not a numeric parameter`);
  return { spec, at: IDS.indexOf(id) };
}
function enumSpec(id: string): EnumSlot {
  const spec = parametersById.get(id);
  if (!spec || spec.kind !== 'enum') throw new Error(`engine bug: ${id} is not an enum parameter`);
  return { spec, at: IDS.indexOf(id) };
}

/**
 * The scenario's values in registry order: raw (for enums) and, for numbers, clamped to the registry's bounds
 * (the default where missing or not finite). A scenario built from the registry (defaults, presets, the URL
 * parser, the Monte Carlo's draws) lists its ids in that order: one for-in pass reads them all through V8's
 * enum cache, about 7× faster than 231 lookups by a varying key (measured with `npm run bench`). Any other
 * scenario (missing, extra or reordered ids) is read id by id. Scratch arrays, reused: the engine is
 * synchronous and `resolveInputs` reads them before returning.
 */
const RAW: unknown[] = new Array<unknown>(SLOT_COUNT).fill(undefined);
const NUMBERS = new Float64Array(SLOT_COUNT);
const MIN = Float64Array.from(parameters, (p) => (p.kind === 'number' ? p.min : NaN));
const MAX = Float64Array.from(parameters, (p) => (p.kind === 'number' ? p.max : NaN));
const DEFAULT = Float64Array.from(parameters, (p) => (p.kind === 'number' ? p.default : NaN));
function store(i: number, value: unknown): void {
  RAW[i] = value;
  if (typeof value !== 'number' || !Number.isFinite(value)) NUMBERS[i] = DEFAULT[i] as number;
  else {
    const min = MIN[i] as number;
    const max = MAX[i] as number;
    NUMBERS[i] = value < min ? min : value > max ? max : value;
  }
}
function readScenario(scenario: Readonly<Scenario>): void {
  let i = 0;
  let ordered = true;
  for (const id in scenario) {
    if (id !== IDS[i]) {
      ordered = false;
      break;
    }
    store(i, scenario[id]);
    i++;
  }
  if (!ordered || i !== SLOT_COUNT) for (let j = 0; j < SLOT_COUNT; j++) store(j, scenario[IDS[j] as string]);
}

function readNumber(slot: NumberSlot): number {
  return NUMBERS[slot.at] as number;
}
function readEnum<T extends string>(slot: EnumSlot): T {
  const value = RAW[slot.at];
  const spec = slot.spec;
  return (typeof value === 'string' && spec.options.some((o) => o.value === value) ? value : spec.default) as T;
}

/** A family's specs in FAMILIES order. */
function familyList(id: (f: FamilyId) => string): readonly NumberSlot[] {
  return FAMILIES.map((f) => numberSpec(id(f)));
}
/** A family x cloud matrix's specs, row by row, in FAMILIES and CLOUDS order. */
function matrixList(id: (f: FamilyId, c: CloudId) => string): readonly NumberSlot[] {
  return FAMILIES.flatMap((f) => CLOUDS.map((c) => numberSpec(id(f, c))));
}
if (FAMILIES.join() !== 'openai,anthropic,google,meta,mistral,other' || CLOUDS.join() !== 'azure,aws,gcp,other') {
  throw new Error('engine bug: resolveInputs builds records in the FAMILIES and CLOUDS order');
}

const SPECS = {
  spend2025: numberSpec('market.spend2025'),
  growthNear: numberSpec('market.growthNear'),
  growthLong: numberSpec('market.growthLong'),
  inference2025: numberSpec('market.inference2025'),
  inference2026: numberSpec('market.inference2026'),
  inference2031: numberSpec('market.inference2031'),
  inferenceMarginDelta: numberSpec('market.inferenceMarginDelta'),
  share2025: familyList((f) => `share2025.${f}`),
  share2026: familyList((f) => `share2026.${f}`),
  share2031: familyList((f) => `share2031.${f}`),
  hosting2025: matrixList((f, c) => `hosting2025.${f}.${c}`),
  hosting2031: matrixList((f, c) => `hosting2031.${f}.${c}`),
  ownUse2025: matrixList((f, c) => `ownUse2025.${f}.${c}`),
  ownUse2031: matrixList((f, c) => `ownUse2031.${f}.${c}`),
  capture: matrixList((f, c) => `capture.${f}.${c}`),
  // Only the stakes in the registry; every other pair is 0.
  stakes: FAMILIES.flatMap((f) => CLOUDS.filter((c) => parametersById.has(`stake.${f}.${c}`)).map((c) => ({ f, c, spec: numberSpec(`stake.${f}.${c}`) }))),
  commit: matrixList((f, c) => `commit.${f}.${c}`),
  contractsTaken: numberSpec('contracts.taken'),
  lease: numberSpec('lease.msft'),
  platform: FAMILIES.flatMap((f) => CLOUDS.filter((c) => parametersById.has(`platform.${f}.${c}`)).map((c) => ({ f, c, spec: numberSpec(`platform.${f}.${c}`) }))),
  strategy: Object.fromEntries(HYPERSCALERS.map((c) => [c, enumSpec(`strategy.${c}`)])) as Record<HyperscalerId, EnumSlot>,
  silicon: Object.fromEntries(
    HYPERSCALERS.map((c) => [
      c,
      {
        adoption2025: numberSpec(`silicon2025.${c}`),
        adoption2031: numberSpec(`silicon2031.${c}`),
        costCut: numberSpec(`silicon.costCut.${c}`),
        programme: numberSpec(`silicon.programme.${c}`),
      },
    ]),
  ) as Record<HyperscalerId, Record<'adoption2025' | 'adoption2031' | 'costCut' | 'programme', NumberSlot>>,
  archetype: Object.fromEntries(
    ARCHETYPES.map((a) => [
      a,
      {
        margin: numberSpec(`archetype.${a}.margin`),
        premium: numberSpec(`archetype.${a}.premium`),
        utilisation: numberSpec(`archetype.${a}.utilisation`),
      },
    ]),
  ) as Record<ArchetypeId, Record<'margin' | 'premium' | 'utilisation', NumberSlot>>,
  verticalAccess: numberSpec('vertical.access'),
  residencyPremium: numberSpec('residency.premium'),
  residencyShare: numberSpec('residency.share'),
  passThrough: numberSpec('silicon.passThrough'),
  computeShare: numberSpec('silicon.computeShare'),
  elasticity: numberSpec('price.elasticity'),
  revenueRatio2025: familyList((f) => `revenueRatio2025.${f}`),
  revenueRatio2026: familyList((f) => `revenueRatio2026.${f}`),
  revenueRatio2031: familyList((f) => `revenueRatio2031.${f}`),
  modelGrossMargin: numberSpec('model.grossMargin'),
  revShare: numberSpec('msft.revShare'),
  revShareCap: numberSpec('msft.revShareCap'),
  revShareLastYear: numberSpec('msft.revShareLastYear'),
  discountRate: numberSpec('finance.discountRate'),
  winnerShare: numberSpec('winner.share'),
};

export function resolveInputs(scenario: Readonly<Scenario>): ModelInputs {
  readScenario(scenario);
  const pct = (slot: NumberSlot) => readNumber(slot) / 100;
  const num = (slot: NumberSlot) => readNumber(slot);
  const archetypes = {} as Record<ArchetypeId, ArchetypeInputs>;
  for (const a of ARCHETYPES) {
    const s = SPECS.archetype[a];
    archetypes[a] = {
      marginFraction: pct(s.margin),
      premiumFraction: pct(s.premium),
      utilisationFraction: pct(s.utilisation),
    };
  }
  const strategy = {} as Record<HyperscalerId, ArchetypeId>;
  const silicon = {} as Record<HyperscalerId, SiliconInputs>;
  for (const c of HYPERSCALERS) {
    const s = SPECS.silicon[c];
    strategy[c] = readEnum<ArchetypeId>(SPECS.strategy[c]);
    silicon[c] = {
      adoption2025Fraction: pct(s.adoption2025),
      adoption2031Fraction: pct(s.adoption2031),
      costCutFraction: pct(s.costCut),
      programmeUsdBnPerYear: num(s.programme),
    };
  }
  const zeroRow = (): CloudRecord<number> => ({ azure: 0, aws: 0, gcp: 0, other: 0 });
  const stakeMatrix = (): FamilyRecord<CloudRecord<number>> => {
    const out = { openai: zeroRow(), anthropic: zeroRow(), google: zeroRow(), meta: zeroRow(), mistral: zeroRow(), other: zeroRow() };
    for (const { f, c, spec } of SPECS.stakes) out[f][c] = pct(spec);
    return out;
  };
  const platformMatrix = (): FamilyRecord<CloudRecord<number>> => {
    const out = { openai: zeroRow(), anthropic: zeroRow(), google: zeroRow(), meta: zeroRow(), mistral: zeroRow(), other: zeroRow() };
    for (const { f, c, spec } of SPECS.platform) out[f][c] = pct(spec);
    return out;
  };
  // Records built as literals from spec arrays in a fixed order: one object shape each, no keyed loads or
  // stores in loops (the registry's six family x cloud matrices are read on every evaluation).
  const familyNumbers = (specs: readonly NumberSlot[]): FamilyRecord<number> => ({
    openai: readNumber(specs[0] as NumberSlot),
    anthropic: readNumber(specs[1] as NumberSlot),
    google: readNumber(specs[2] as NumberSlot),
    meta: readNumber(specs[3] as NumberSlot),
    mistral: readNumber(specs[4] as NumberSlot),
    other: readNumber(specs[5] as NumberSlot),
  });
  const cloudRow = (specs: readonly NumberSlot[], at: number, divisor: number): CloudRecord<number> => ({
    azure: readNumber(specs[at] as NumberSlot) / divisor,
    aws: readNumber(specs[at + 1] as NumberSlot) / divisor,
    gcp: readNumber(specs[at + 2] as NumberSlot) / divisor,
    other: readNumber(specs[at + 3] as NumberSlot) / divisor,
  });
  const matrix = (specs: readonly NumberSlot[], divisor: number): FamilyRecord<CloudRecord<number>> => ({
    openai: cloudRow(specs, 0, divisor),
    anthropic: cloudRow(specs, 4, divisor),
    google: cloudRow(specs, 8, divisor),
    meta: cloudRow(specs, 12, divisor),
    mistral: cloudRow(specs, 16, divisor),
    other: cloudRow(specs, 20, divisor),
  });
  return {
    spend2025UsdBn: num(SPECS.spend2025),
    growthNearFraction: pct(SPECS.growthNear),
    growthLongFraction: pct(SPECS.growthLong),
    inference2025Fraction: pct(SPECS.inference2025),
    inference2026Fraction: pct(SPECS.inference2026),
    inference2031Fraction: pct(SPECS.inference2031),
    inferenceMarginDeltaFraction: pct(SPECS.inferenceMarginDelta),
    shareWeights2025: familyNumbers(SPECS.share2025),
    shareWeights2026: familyNumbers(SPECS.share2026),
    shareWeights2031: familyNumbers(SPECS.share2031),
    hostingWeights2025: matrix(SPECS.hosting2025, 1),
    hostingWeights2031: matrix(SPECS.hosting2031, 1),
    ownUse2025Fraction: matrix(SPECS.ownUse2025, 100),
    ownUse2031Fraction: matrix(SPECS.ownUse2031, 100),
    strategy,
    archetypes,
    verticalAccessFraction: pct(SPECS.verticalAccess),
    residencyPremiumFraction: pct(SPECS.residencyPremium),
    residencyShareFraction: pct(SPECS.residencyShare),
    silicon,
    passThroughFraction: pct(SPECS.passThrough),
    computeShareFraction: pct(SPECS.computeShare),
    priceElasticity: num(SPECS.elasticity),
    captureFraction: matrix(SPECS.capture, 100),
    stakeFraction: stakeMatrix(),
    revenueRatio2025: familyNumbers(SPECS.revenueRatio2025),
    revenueRatio2026: familyNumbers(SPECS.revenueRatio2026),
    revenueRatio2031: familyNumbers(SPECS.revenueRatio2031),
    modelGrossMarginFraction: pct(SPECS.modelGrossMargin),
    revShareFraction: pct(SPECS.revShare),
    revShareCapUsdBn: num(SPECS.revShareCap),
    revShareLastYear: num(SPECS.revShareLastYear),
    discountRateFraction: pct(SPECS.discountRate),
    winnerShareFraction: pct(SPECS.winnerShare),
    commitmentsUsdBn: matrix(SPECS.commit, 1),
    contractsTakenFraction: pct(SPECS.contractsTaken),
    leaseUsdBn: num(SPECS.lease),
    platformFraction: platformMatrix(),
  };
}
