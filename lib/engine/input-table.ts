/**
 * The model's inputs, declared once: each line names a field of `ModelInputs`, the registry parameters it
 * reads (typed ids: a typo fails `tsc`), its shape and its scale. `inputs.ts` derives from this table the
 * `ModelInputs` type, `resolveInputs` and the setters the Monte Carlo writes its draws through.
 *
 * Scale: `units` passes the registry's value as it is; `pct` turns a 0-100 slider value into a 0-1 fraction.
 * Shapes: one value; one per model family; a family x cloud matrix (`sparse`: pairs the registry lacks are 0);
 * one per hyperscaler or archetype with named fields. Records are built in FAMILIES / CLOUDS / HYPERSCALERS /
 * ARCHETYPES order, and the fields in this table's order (results' JSON keys follow it).
 */
import { ARCHETYPES, HYPERSCALERS, type ArchetypeId, type CloudId, type FamilyId, type HyperscalerId } from './ids';
import type { ParameterId } from './parameters';

/** 1: the value as it is; 100: a 0-100 percentage read as a 0-1 fraction. */
export type Divisor = 1 | 100;

export interface ScalarInput {
  shape: 'scalar';
  id: ParameterId;
  divisor: Divisor;
}
export interface FamilyInput {
  shape: 'family';
  id: (family: FamilyId) => ParameterId;
  divisor: Divisor;
}
export interface MatrixInput {
  shape: 'matrix';
  id: (family: FamilyId, cloud: CloudId) => ParameterId;
  divisor: Divisor;
  /** Only the pairs in the registry are read; every other pair is 0. */
  sparse: boolean;
}
export interface ChoiceInput {
  shape: 'choice';
  id: (cloud: HyperscalerId) => ParameterId;
}
export interface FieldInput<K extends string> {
  id: (key: K) => ParameterId;
  divisor: Divisor;
}
export interface GroupInput<K extends string, F extends string> {
  shape: 'group';
  keys: readonly K[];
  fields: Readonly<Record<F, FieldInput<K>>>;
}
export type InputRow = ScalarInput | FamilyInput | MatrixInput | ChoiceInput | GroupInput<string, string>;

const units = (id: ParameterId): ScalarInput => ({ shape: 'scalar', id, divisor: 1 });
const pct = (id: ParameterId): ScalarInput => ({ shape: 'scalar', id, divisor: 100 });
const perFamily = (id: FamilyInput['id']): FamilyInput => ({ shape: 'family', id, divisor: 1 });
const matrix = (divisor: Divisor, id: MatrixInput['id'], sparse = false): MatrixInput => ({ shape: 'matrix', id, divisor, sparse });
const field = <K extends string>(divisor: Divisor, id: (key: K) => ParameterId): FieldInput<K> => ({ id, divisor });
const group = <K extends string, F extends string>(keys: readonly K[], fields: Record<F, FieldInput<K>>): GroupInput<K, F> => ({
  shape: 'group',
  keys,
  fields,
});

/** Every model input: the field, its parameters, its shape and scale. Comments become `ModelInputs`' docs. */
export const INPUT_TABLE = {
  spend2025UsdBn: units('market.spend2025'),
  growthNearFraction: pct('market.growthNear'),
  growthLongFraction: pct('market.growthLong'),
  inference2025Fraction: pct('market.inference2025'),
  inference2026Fraction: pct('market.inference2026'),
  inference2031Fraction: pct('market.inference2031'),
  inferenceMarginDeltaFraction: pct('market.inferenceMarginDelta'),
  /** Raw weights (not normalised), >= 0. */
  shareWeights2025: perFamily((f) => `share2025.${f}`),
  shareWeights2026: perFamily((f) => `share2026.${f}`),
  shareWeights2031: perFamily((f) => `share2031.${f}`),
  hostingWeights2025: matrix(1, (f, c) => `hosting2025.${f}.${c}`),
  hostingWeights2031: matrix(1, (f, c) => `hosting2031.${f}.${c}`),
  /** Share of a family's compute on a cloud that the cloud's owner uses itself, 0-1. */
  ownUse2025Fraction: matrix(100, (f, c) => `ownUse2025.${f}.${c}`),
  ownUse2031Fraction: matrix(100, (f, c) => `ownUse2031.${f}.${c}`),
  strategy: { shape: 'choice', id: (c) => `strategy.${c}` } satisfies ChoiceInput,
  archetypes: group(ARCHETYPES, {
    /** Infrastructure gross margin at reference utilisation, 0-1. */
    marginFraction: field(100, (a: ArchetypeId) => `archetype.${a}.margin`),
    /** Multi-model premium, 0-1. */
    premiumFraction: field(100, (a: ArchetypeId) => `archetype.${a}.premium`),
    /** Utilisation, 0-1 (at least 0.5 by the registry's bounds). */
    utilisationFraction: field(100, (a: ArchetypeId) => `archetype.${a}.utilisation`),
  }),
  verticalAccessFraction: pct('vertical.access'),
  residencyPremiumFraction: pct('residency.premium'),
  residencyShareFraction: pct('residency.share'),
  silicon: group(HYPERSCALERS, {
    adoption2025Fraction: field(100, (c: HyperscalerId) => `silicon2025.${c}`),
    adoption2031Fraction: field(100, (c: HyperscalerId) => `silicon2031.${c}`),
    costCutFraction: field(100, (c: HyperscalerId) => `silicon.costCut.${c}`),
    programmeUsdBnPerYear: field(1, (c: HyperscalerId) => `silicon.programme.${c}`),
  }),
  passThroughFraction: pct('silicon.passThrough'),
  computeShareFraction: pct('silicon.computeShare'),
  priceElasticity: units('price.elasticity'),
  /** Share of a family's model gross profit each cloud's owner books as income, 0-1. */
  captureFraction: matrix(100, (f, c) => `capture.${f}.${c}`),
  /** Equity stakes, 0-1: exposure only, never booked. Only the stakes in the registry; every other pair is 0. */
  stakeFraction: matrix(100, (f, c) => `stake.${f}.${c}`, true),
  /** A family's revenue per dollar of its compute, 2025, 2026 and 2031. */
  revenueRatio2025: perFamily((f) => `revenueRatio2025.${f}`),
  revenueRatio2026: perFamily((f) => `revenueRatio2026.${f}`),
  revenueRatio2031: perFamily((f) => `revenueRatio2031.${f}`),
  modelGrossMarginFraction: pct('model.grossMargin'),
  /** OpenAI's revenue share to Microsoft: fraction, total cap from 2026 (USD bn), last year paid. */
  revShareFraction: pct('msft.revShare'),
  revShareCapUsdBn: units('msft.revShareCap'),
  revShareLastYear: units('msft.revShareLastYear'),
  discountRateFraction: pct('finance.discountRate'),
  winnerShareFraction: pct('winner.share'),
  commitmentsUsdBn: matrix(1, (f, c) => `commit.${f}.${c}`),
  /** Share of each contract's schedule its buyer takes (model v3 floors), 0-1. */
  contractsTakenFraction: pct('contracts.taken'),
  /** Microsoft's neocloud leases over their term, USD bn (counted under Azure). */
  leaseUsdBn: units('lease.msft'),
  /** Share of a family's billed compute on a cloud that end customers pay through the cloud's platform, 0-1. Only the registry's pairs. */
  platformFraction: matrix(100, (f, c) => `platform.${f}.${c}`, true),
} as const;
