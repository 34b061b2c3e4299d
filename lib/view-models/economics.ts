/**
 * Engine result -> the Strategies view's working: from AI compute hosted to company AI gross profit, and
 * the bridge from the margin a user sets to the margin shown (model v2), per hyperscaler, 2025-2031.
 */
import { companyProfitLabel } from './headline';
import {
  CLOUD_LABELS,
  HYPERSCALERS,
  formatParameterValue,
  parameters,
  parametersById,
  plausibleRange,
  type HyperscalerId,
  type NumberParameterSpec,
  type Scenario,
  type ScenarioResult,
} from '@/lib/engine';

export interface HostedToProfitRow {
  cloud: HyperscalerId;
  label: string;
  hostedUsdBn: number;
  ownUseUsdBn: number;
  billedUsdBn: number;
  /** Billed compute less silicon savings passed on as lower prices. */
  revenueUsdBn: number;
  cloudGrossProfitUsdBn: number;
  modelLayerIncomeUsdBn: number;
  companyGrossProfitUsdBn: number;
  companyProfitLabel: string;
  /** Stakes' share of model families' gross profit: exposure, not booked. */
  stakeExposureUsdBn: number;
}

export function hostedToProfitRows(result: ScenarioResult): HostedToProfitRow[] {
  return HYPERSCALERS.map((c) => {
    const x = result.clouds[c].cumulative;
    return {
      cloud: c,
      label: CLOUD_LABELS[c],
      hostedUsdBn: x.hostedComputeUsdBn,
      ownUseUsdBn: x.ownUseComputeUsdBn,
      billedUsdBn: x.billedComputeUsdBn,
      revenueUsdBn: x.revenueUsdBn,
      cloudGrossProfitUsdBn: x.cloudGrossProfitUsdBn,
      modelLayerIncomeUsdBn: x.modelLayerIncomeUsdBn,
      companyGrossProfitUsdBn: x.companyGrossProfitUsdBn,
      companyProfitLabel: companyProfitLabel(result, c),
      stakeExposureUsdBn: x.stakeExposureUsdBn,
    };
  });
}

export interface MarginBridgeRow {
  cloud: HyperscalerId;
  label: string;
  /** The archetype margin the user sets (at 75% utilisation, before premiums and silicon), 0-1. */
  setMargin: number;
  /** Each step's change in margin, in fractions (0.05 = 5 points). */
  inferenceMix: number;
  utilisation: number;
  premiums: number;
  /** Custom silicon's savings net of the part passed on to customers. */
  silicon: number;
  /** The cloud AI gross margin shown on the card, 0-1. */
  realisedMargin: number;
}

/** How each cloud's set margin becomes its realised margin; the steps add up exactly. */
export function marginBridgeRows(result: ScenarioResult): MarginBridgeRow[] {
  return HYPERSCALERS.map((c) => {
    const b = result.clouds[c].marginBridge;
    return {
      cloud: c,
      label: CLOUD_LABELS[c],
      setMargin: b.set,
      inferenceMix: b.afterInferenceMix - b.set,
      utilisation: b.afterUtilisation - b.afterInferenceMix,
      premiums: b.afterPremiums - b.afterUtilisation,
      silicon: b.realised - b.afterPremiums,
      realisedMargin: b.realised,
    };
  });
}

/** The bridge's steps, in order from the set margin to the realised one. */
export const BRIDGE_STEP_KEYS = ['inferenceMix', 'utilisation', 'premiums', 'silicon'] as const;
export type BridgeStepKey = (typeof BRIDGE_STEP_KEYS)[number];

/**
 * The bridge as shown, in points to one decimal, so that what a reader adds up is what the table ends on:
 * each running level (set, after each step, realised) is rounded, and each step shown is the difference of
 * two rounded levels. Rounding each step alone gave 20 + 5.0 + 1.5 + 2.6 = 29.1 beside a margin of 29.0%.
 */
export function marginBridgeShown(row: MarginBridgeRow): { setPts: number; stepPts: Record<BridgeStepKey, number>; realisedPts: number } {
  const tenths = (fraction: number) => Math.round(fraction * 1000);
  let level = row.setMargin;
  let previous = tenths(level);
  const setTenths = previous;
  const stepPts = {} as Record<BridgeStepKey, number>;
  BRIDGE_STEP_KEYS.forEach((key, i) => {
    level = i === BRIDGE_STEP_KEYS.length - 1 ? row.realisedMargin : level + row[key];
    const now = tenths(level);
    stepPts[key] = (now - previous) / 10;
    previous = now;
  });
  return { setPts: setTenths / 10, stepPts, realisedPts: previous / 10 };
}

/**
 * Whether switching a hyperscaler's archetype moves any figure in this scenario. An archetype is its margin,
 * multi-model premium and utilisation (step 8), and a vertical cloud's access for rival models (step 5): in
 * Public data the three carry the same figures and access is 100% (no public figure tells them apart), so a
 * switch changes nothing; the Seed thesis and a user's own archetype figures set them apart. The Strategies
 * view's words follow this, not the preset's name (they told a Seed thesis reader to "pick the Seed thesis",
 * new-user review). Read from the scenario's values, not by evaluating six switched scenarios: it runs in the
 * default view's first render and on every slider step.
 */
export function strategySwitchMatters(scenario: Readonly<Scenario>): boolean {
  for (const ids of ARCHETYPE_FIELD_IDS) if (ids.some((id) => scenario[id as keyof Scenario] !== scenario[ids[0] as keyof Scenario])) return true;
  // At its maximum (100%) a vertical cloud turns no rival model away.
  return Number(scenario[VERTICAL_ACCESS.id]) < VERTICAL_ACCESS.max;
}
/** Each archetype field's parameter ids across the archetypes, from the registry (`archetype.<archetype>.<field>`). */
const ARCHETYPE_FIELD_IDS: readonly (readonly string[])[] = (() => {
  const byField = new Map<string, string[]>();
  for (const p of parameters) {
    const field = /^archetype\.[a-z]+\.([a-z]+)$/.exec(p.id)?.[1];
    if (field) byField.set(field, [...(byField.get(field) ?? []), p.id]);
  }
  return [...byField.values()];
})();
const VERTICAL_ACCESS = parametersById.get('vertical.access') as NumberParameterSpec;

/**
 * The range the Monte Carlo draws a vertical cloud's access from in this scenario, at the default range width
 * ("70% to 100%"): why Vertical can move the odds where a switch moves no figure.
 */
export function verticalAccessDrawRange(scenario: Readonly<Scenario>): string {
  const value = Number(scenario[VERTICAL_ACCESS.id] ?? VERTICAL_ACCESS.default);
  const [low, high] = plausibleRange(VERTICAL_ACCESS, Number.isFinite(value) ? value : VERTICAL_ACCESS.default);
  return `${formatParameterValue(VERTICAL_ACCESS, low)} to ${formatParameterValue(VERTICAL_ACCESS, high)}`;
}
