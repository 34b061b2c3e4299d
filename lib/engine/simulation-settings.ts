/**
 * How a simulation is run, and which figures the Risk and Compare views can focus on: small declarations
 * the link codec and the dashboard's first load need, kept apart from the Monte Carlo itself
 * (uncertainty/, which loads with the Risk view and its worker).
 */

// ---------------------------------------------------------------------------------------------------------
// Settings: how a simulation is run. They live in the link next to the scenario (lib/scenario reads them
// from these specs), but are not assumptions about the world, so they are not registry parameters.

export interface SimulationSettingSpec {
  id: 'samples' | 'seed' | 'spread' | 'concentration';
  /** URL key, stable forever. */
  key: string;
  label: string;
  description: string;
  default: number;
  min: number;
  max: number;
  step: number;
}

export const SIMULATION_SETTINGS: readonly SimulationSettingSpec[] = Object.freeze([
  {
    id: 'samples',
    key: 'n',
    label: 'Draws',
    description: 'How many scenarios are drawn. 10,000 puts the sampling error of a 50% probability at ±1 point (95% interval); fewer draw faster but wider.',
    default: 10_000,
    min: 500,
    max: 20_000,
    step: 500,
  },
  {
    id: 'seed',
    key: 'seed',
    label: 'Seed',
    description: 'Starts the random generator. The same seed gives the same draws on every machine; another seed shows how much the figures owe to chance.',
    default: 1,
    min: 1,
    max: 999_999,
    step: 1,
  },
  {
    id: 'spread',
    key: 'spr',
    label: 'Range width',
    description:
      'Scales every plausible range around the scenario’s value: 1 uses the ranges in the methodology, 0 draws the scenario itself every time, 2 doubles every range.',
    default: 1,
    min: 0,
    max: 2,
    step: 0.1,
  },
  {
    id: 'concentration',
    key: 'conc',
    label: 'Share concentration',
    description:
      'How tightly drawn model shares and hosting rows cluster around the scenario’s (a Dirichlet’s concentration): a share p varies by about sqrt(p(1−p)/(c+1)), so 40 gives a 15% share about ±5.6 points and 400 about ±1.8. The default 40 is a judgement, not a published figure (low confidence): a few points either way on a share, the kind of gap between one year’s public share estimates and the next.',
    default: 40,
    min: 5,
    max: 1000,
    step: 5,
  },
]);

export interface SimulationSettings {
  samples: number;
  seed: number;
  spread: number;
  concentration: number;
}

export const DEFAULT_SIMULATION_SETTINGS: Readonly<SimulationSettings> = Object.freeze(
  Object.fromEntries(SIMULATION_SETTINGS.map((s) => [s.id, s.default])) as unknown as SimulationSettings,
);

/** A preview's draws: the first this many of the full run (same seed, same order). */
export const PREVIEW_SAMPLES = 500;

// ---------------------------------------------------------------------------------------------------------
// Measures

export type UncertainMeasure = 'hostedCompute' | 'revenue' | 'companyGrossProfit';
export const UNCERTAIN_MEASURES: readonly UncertainMeasure[] = ['hostedCompute', 'revenue', 'companyGrossProfit'];
export const MEASURE_LABELS: Readonly<Record<UncertainMeasure, string>> = {
  hostedCompute: 'AI compute hosted',
  revenue: 'cloud AI revenue',
  companyGrossProfit: 'company AI gross profit',
};

// ---------------------------------------------------------------------------------------------------------
// The thesis' measure (issue 18): what "leads" and "least exposed" speak of. A link key (`ms`), read by the
// codec; the default, cloud AI revenue, keeps the bare link bare.

export type ThesisMeasure = 'revenue' | 'companyGrossProfit' | 'hosted';
export const THESIS_MEASURES: readonly ThesisMeasure[] = ['revenue', 'companyGrossProfit', 'hosted'];
export const DEFAULT_THESIS_MEASURE: ThesisMeasure = 'revenue';
/** As the headline says it, mid-sentence. */
export const THESIS_MEASURE_LABELS: Readonly<Record<ThesisMeasure, string>> = {
  revenue: 'cloud AI revenue',
  companyGrossProfit: 'company AI gross profit',
  hosted: 'AI compute hosted, own products included',
};
/** Short, for a control's options. */
export const THESIS_MEASURE_SHORT_LABELS: Readonly<Record<ThesisMeasure, string>> = {
  revenue: 'Cloud AI revenue',
  companyGrossProfit: 'Company AI gross profit',
  hosted: 'AI compute hosted',
};
export function isThesisMeasure(value: unknown): value is ThesisMeasure {
  return (THESIS_MEASURES as readonly unknown[]).includes(value);
}
