/**
 * The parameter registry: every scenario input, declared once.
 *
 * Controls, URL keys, validation, the methodology page and the plausible ranges used for uncertainty are
 * all derived from this list. Adding a parameter is one entry here. URL `key`s are stable forever: never
 * rename or reuse one (a change needs a migration in lib/scenario).
 *
 * Figures and sources: ../shared/brief/ECONOMICS.md, "Default values and their sources", which summarises
 * public reporting from late 2025 to mid 2026. "Estimate" means derived by us, not published.
 * Percentages are stored 0-100, as a slider shows them; the engine converts to fractions.
 */
import {
  ARCHETYPES,
  ARCHETYPE_LABELS,
  ARCHETYPE_DESCRIPTIONS,
  CLOUD_LABELS,
  FAMILIES,
  FAMILY_LABELS,
  HYPERSCALERS,
  type ArchetypeId,
  type CloudId,
  type FamilyId,
  type HyperscalerId,
  CLOUDS,
} from './ids';

export type Confidence = 'high' | 'medium' | 'low';

export const GROUPS = [
  'Market',
  'Model shares',
  'Hosting',
  'Strategies',
  'Custom silicon',
  'Finance',
  'Commitments',
] as const;
export type ParameterGroup = (typeof GROUPS)[number];

/** Units as shown to users. `weight` is a relative weight the engine normalises; `pct` is 0-100. */
export type ParameterUnit = 'USD bn' | 'USD bn/yr' | '%' | '%/yr' | 'pts' | 'weight' | '×' | 'strategy';

interface SpecBase {
  id: string;
  /** Short URL key, 1-6 characters, stable forever. */
  key: string;
  label: string;
  group: ParameterGroup;
  description: string;
  source: string;
  confidence: Confidence;
  /** Shown in an "advanced" section rather than with the main controls. */
  advanced?: boolean;
}

export interface NumberParameterSpec extends SpecBase {
  kind: 'number';
  unit: Exclude<ParameterUnit, 'strategy'>;
  default: number;
  /** Slider bounds: the engine clamps any value to [min, max]. */
  min: number;
  max: number;
  step: number;
  /** Plausible [low, high], for sensitivity and Monte Carlo. */
  range: readonly [number, number];
}

export interface EnumOption {
  value: string;
  label: string;
  description: string;
}

export interface EnumParameterSpec extends SpecBase {
  kind: 'enum';
  unit: 'strategy';
  default: string;
  options: readonly EnumOption[];
}

export type ParameterSpec = NumberParameterSpec | EnumParameterSpec;

// Short codes that make up URL keys. Stable forever, like the keys.
export const CLOUD_CODES: Readonly<Record<CloudId, string>> = { azure: 'az', aws: 'aw', gcp: 'gc', other: 'ot' };
export const FAMILY_CODES: Readonly<Record<FamilyId, string>> = {
  openai: 'oa',
  anthropic: 'an',
  google: 'gm',
  meta: 'll',
  mistral: 'mi',
  other: 'ot',
};
const ARCHETYPE_CODES: Readonly<Record<ArchetypeId, string>> = { agnostic: 'ag', horizontal: 'hz', vertical: 'vt' };

function num(spec: Omit<NumberParameterSpec, 'kind'>): NumberParameterSpec {
  return { kind: 'number', ...spec };
}

// ---------------------------------------------------------------------------------------------------------
// Sources, quoted once and reused.
const SRC_CAPEX =
  'Estimate. Big-4 capex about $400B in 2025 (Amazon 131.8, Alphabet 91.4, Meta 72.2, Microsoft about 35-38 a quarter); lab cloud spend OpenAI $16.3B, Anthropic $6.8B in 2025 (The Information via Epoch AI)';
const SRC_FAMILY_SHARES =
  'Estimate from lab cloud spend (The Information via Epoch AI, 2025) and owned compute (Epoch AI: Google 5.1M H100e, Microsoft 3.5M, Amazon 2.5M, Meta 2.3M, end 2025); enterprise API shares: Menlo Ventures Dec 2025 (Anthropic 40, OpenAI 27, Google 21), a16z Jan 2026 (OpenAI ~56)';
const SRC_HOSTING: Readonly<Record<FamilyId, { source: string; confidence: Confidence }>> = {
  openai: {
    source:
      'Azure exclusivity and right of first refusal ended Oct 2025 (API stays on Azure); Oracle Stargate ~$300B; CoreWeave $22.4B; AWS $38B over 7 years (Nov 2025)',
    confidence: 'medium',
  },
  anthropic: {
    source:
      'AWS main training partner (Project Rainier, Trainium); Google up to 1M TPUs (Oct 2025); Azure $30B (Nov 2025)',
    confidence: 'medium',
  },
  google: { source: 'Gemini is trained and served on Google TPUs', confidence: 'high' },
  meta: {
    source:
      'Mostly Meta’s own data centres, plus Nebius (up to $27B, Mar 2026) and CoreWeave ($14B); open weights are served on every cloud',
    confidence: 'low',
  },
  mistral: {
    source:
      'Azure partnership 2024 (seed: “Microsoft’s Strategic Pivot”); Mistral Compute with NVIDIA, 40 MW in France (Jun 2025)',
    confidence: 'low',
  },
  other: { source: 'Estimate', confidence: 'low' },
};

// ---------------------------------------------------------------------------------------------------------
// Market
const market: ParameterSpec[] = [
  num({
    id: 'market.spend2025',
    key: 'sp',
    label: 'AI infrastructure spend, 2025',
    group: 'Market',
    unit: 'USD bn',
    default: 180,
    min: 50,
    max: 600,
    step: 5,
    range: [100, 400],
    description: 'Worldwide spend on AI compute capacity (training and inference) in the base year.',
    source: SRC_CAPEX,
    confidence: 'low',
  }),
  num({
    id: 'market.growthNear',
    key: 'gn',
    label: 'Spend growth, 2026-2027',
    group: 'Market',
    unit: '%/yr',
    default: 45,
    min: -20,
    max: 100,
    step: 1,
    range: [10, 75],
    description: 'Yearly growth of AI infrastructure spend in 2026 and 2027.',
    source:
      'Big-4 capex +60% guided for 2026 (~$650B); a16z respondents expect LLM budgets +75%; seed “Economics of Model-Agnostic Infrastructure”: inference +50-75%/yr',
    confidence: 'medium',
  }),
  num({
    id: 'market.growthLong',
    key: 'gl',
    label: 'Spend growth, 2028-2031',
    group: 'Market',
    unit: '%/yr',
    default: 25,
    min: -20,
    max: 60,
    step: 1,
    range: [0, 50],
    description: 'Yearly growth of AI infrastructure spend from 2028 to 2031.',
    source: 'Estimate',
    confidence: 'low',
  }),
  num({
    id: 'market.inference2025',
    key: 'i5',
    label: 'Inference share of spend, 2025',
    group: 'Market',
    unit: '%',
    default: 50,
    min: 10,
    max: 95,
    step: 1,
    range: [40, 67],
    description: 'Fraction of AI compute spent serving models rather than training them, 2025.',
    source:
      'Deloitte TMT Predictions 2026: about 1/2 of AI compute in 2025, 2/3 in 2026; Epoch AI: 40-50% of OpenAI and Anthropic compute. The seed’s 60-70% “by 2025” is contradicted',
    confidence: 'medium',
  }),
  num({
    id: 'market.inference2031',
    key: 'i1',
    label: 'Inference share of spend, 2031',
    group: 'Market',
    unit: '%',
    default: 80,
    min: 10,
    max: 95,
    step: 1,
    range: [60, 90],
    description: 'Fraction of AI compute spent on inference in 2031; interpolated linearly from 2025.',
    source: 'Estimate, continuing Deloitte TMT Predictions 2026’s trend',
    confidence: 'low',
  }),
  num({
    id: 'market.inferenceMarginDelta',
    key: 'imd',
    label: 'Inference margin over training',
    group: 'Market',
    unit: 'pts',
    default: 0,
    min: -15,
    max: 15,
    step: 0.5,
    range: [-5, 10],
    description:
      'How many points more infrastructure margin inference earns than training; 0 means both earn the strategy’s margin.',
    source:
      'Estimate: 0 (no public split). Seed “Economics of Model-Agnostic Infrastructure” claims training markups 15-25% and inference margins 20-35% (unconfirmable)',
    confidence: 'low',
  }),
];

// ---------------------------------------------------------------------------------------------------------
// Model shares: weights the engine normalises; 2031 defaults equal 2025 (a neutral baseline).
const FAMILY_SHARE_DEFAULTS: Readonly<Record<FamilyId, number>> = {
  openai: 35,
  anthropic: 14,
  google: 25,
  meta: 12,
  mistral: 2,
  other: 12,
};
// 2031 first: the model-share outcome is the most consequential control (DESIGN.md, "The how").
const shares: ParameterSpec[] = (['2031', '2025'] as const).flatMap((year) =>
  FAMILIES.map((family) =>
    num({
      id: `share${year}.${family}`,
      key: `s${year.slice(-1)}${FAMILY_CODES[family]}`,
      label: `${FAMILY_LABELS[family]} share, ${year}`,
      group: 'Model shares',
      unit: 'weight',
      default: FAMILY_SHARE_DEFAULTS[family],
      min: 0,
      max: 100,
      step: 1,
      range: [Math.max(0, FAMILY_SHARE_DEFAULTS[family] * 0.5), Math.min(100, FAMILY_SHARE_DEFAULTS[family] * 1.5)],
      description:
        year === '2025'
          ? `Weight of ${FAMILY_LABELS[family]} in AI infrastructure spend, 2025. Weights are normalised to 100%.`
          : `Weight of ${FAMILY_LABELS[family]} in 2031 (defaults equal 2025; presets explore change). Normalised to 100%.`,
      source: year === '2025' ? SRC_FAMILY_SHARES : `Neutral baseline: equal to 2025. ${SRC_FAMILY_SHARES}`,
      confidence: 'low',
    }),
  ),
);

// ---------------------------------------------------------------------------------------------------------
// Hosting: each family's split of its spend across clouds (rows normalised), 2025 and 2031.
type CloudRow = Readonly<Record<CloudId, number>>;
const row = (azure: number, aws: number, gcp: number, other: number): CloudRow => ({ azure, aws, gcp, other });
export const HOSTING_DEFAULTS: Readonly<Record<'2025' | '2031', Readonly<Record<FamilyId, CloudRow>>>> = {
  '2025': {
    openai: row(75, 0, 5, 20),
    anthropic: row(0, 60, 35, 5),
    google: row(0, 0, 100, 0),
    meta: row(10, 15, 5, 70),
    mistral: row(40, 10, 10, 40),
    other: row(20, 25, 10, 45),
  },
  '2031': {
    openai: row(40, 10, 5, 45),
    anthropic: row(15, 45, 35, 5),
    google: row(0, 0, 100, 0),
    meta: row(10, 15, 5, 70),
    mistral: row(30, 10, 10, 50),
    other: row(20, 25, 10, 45),
  },
};
const hosting: ParameterSpec[] = (['2031', '2025'] as const).flatMap((year) =>
  FAMILIES.flatMap((family) =>
    CLOUDS.map((cloud) => {
      const dflt = HOSTING_DEFAULTS[year][family][cloud];
      return num({
        id: `hosting${year}.${family}.${cloud}`,
        key: `h${year.slice(-1)}${FAMILY_CODES[family]}${CLOUD_CODES[cloud]}`,
        label: `${FAMILY_LABELS[family]} on ${CLOUD_LABELS[cloud]}, ${year}`,
        group: 'Hosting',
        unit: 'weight',
        default: dflt,
        min: 0,
        max: 100,
        step: 1,
        range: [Math.max(0, dflt - 15), Math.min(100, dflt + 15)],
        description: `Weight of ${CLOUD_LABELS[cloud]} in where ${FAMILY_LABELS[family]} runs, ${year}; each family’s row is normalised to 100%.`,
        source: SRC_HOSTING[family].source,
        confidence: SRC_HOSTING[family].confidence,
        // OpenAI's Azure share is the thesis's most consequential hosting input: keep it in the main controls.
        advanced: !(family === 'openai' && cloud === 'azure'),
      });
    }),
  ),
);

// ---------------------------------------------------------------------------------------------------------
// Strategies
const STRATEGY_DEFAULTS: Readonly<Record<HyperscalerId, ArchetypeId>> = {
  azure: 'agnostic',
  aws: 'horizontal',
  gcp: 'vertical',
};
const strategies: ParameterSpec[] = HYPERSCALERS.map(
  (cloud): EnumParameterSpec => ({
    kind: 'enum',
    id: `strategy.${cloud}`,
    key: `st${CLOUD_CODES[cloud]}`,
    label: `${CLOUD_LABELS[cloud]} strategy`,
    group: 'Strategies',
    unit: 'strategy',
    default: STRATEGY_DEFAULTS[cloud],
    options: ARCHETYPES.map((a) => ({ value: a, label: ARCHETYPE_LABELS[a], description: ARCHETYPE_DESCRIPTIONS[a] })),
    description: `Which archetype ${CLOUD_LABELS[cloud]} follows: its margin, premium, utilisation and access to rival models.`,
    source:
      'Seed “Economics of Model-Agnostic Infrastructure”: Azure model-agnostic, AWS horizontal scale, Google vertical around Gemini',
    confidence: 'medium',
  }),
);

const ARCHETYPE_MARGIN: Readonly<Record<ArchetypeId, number>> = { agnostic: 25, horizontal: 15, vertical: 20 };
const ARCHETYPE_PREMIUM: Readonly<Record<ArchetypeId, number>> = { agnostic: 10, horizontal: 0, vertical: 0 };
const ARCHETYPE_UTILISATION: Readonly<Record<ArchetypeId, number>> = { agnostic: 80, horizontal: 75, vertical: 70 };
const SRC_MARGIN =
  'Seed claims Azure 22-28%, AWS 12-18% (not public); Oracle GPU rental 14% gross (The Information, Oct 2025); CoreWeave 16% adjusted operating margin 2025. For scale, 2025 segment operating margins: Intelligent Cloud 42%, AWS 35%, Google Cloud ~24%';
const archetypes: ParameterSpec[] = ARCHETYPES.flatMap((a) => [
  num({
    id: `archetype.${a}.margin`,
    key: `am${ARCHETYPE_CODES[a]}`,
    label: `${ARCHETYPE_LABELS[a]} margin at 75% utilisation`,
    group: 'Strategies',
    unit: '%',
    default: ARCHETYPE_MARGIN[a],
    min: 0,
    max: 50,
    step: 1,
    range: [10, 35],
    description: `Infrastructure gross margin a ${ARCHETYPE_LABELS[a].toLowerCase()} cloud earns at the reference utilisation of 75%, before premiums and silicon.`,
    source: SRC_MARGIN,
    confidence: 'low',
  }),
  num({
    id: `archetype.${a}.premium`,
    key: `ap${ARCHETYPE_CODES[a]}`,
    label: `${ARCHETYPE_LABELS[a]} multi-model premium`,
    group: 'Strategies',
    unit: '%',
    default: ARCHETYPE_PREMIUM[a],
    min: 0,
    max: 30,
    step: 0.5,
    range: a === 'agnostic' ? [0, 15] : [0, 5],
    description: `Price premium a ${ARCHETYPE_LABELS[a].toLowerCase()} cloud charges for access to many model families in one place.`,
    source:
      a === 'agnostic'
        ? 'Seed “Economics of Model-Agnostic Infrastructure”: 10-15% multi-model premium (unconfirmed)'
        : 'Estimate: no multi-model premium outside the agnostic strategy',
    confidence: 'low',
  }),
  num({
    id: `archetype.${a}.utilisation`,
    key: `au${ARCHETYPE_CODES[a]}`,
    label: `${ARCHETYPE_LABELS[a]} utilisation`,
    group: 'Strategies',
    unit: '%',
    default: ARCHETYPE_UTILISATION[a],
    min: 50,
    max: 100,
    step: 1,
    range: [60, 90],
    description: `Share of the time a ${ARCHETYPE_LABELS[a].toLowerCase()} cloud’s accelerators do paid work; above 75% lowers cost per dollar of revenue.`,
    source:
      'Seed: 65% -> 85% with diversified workloads (unconfirmable); LBNL via Uptime Institute: GPU servers do useful work 75-85% of the time',
    confidence: 'low',
  }),
]);

const strategyExtras: ParameterSpec[] = [
  num({
    id: 'vertical.access',
    key: 'va',
    label: 'Vertical cloud’s access for rival models',
    group: 'Strategies',
    unit: '%',
    default: 85,
    min: 0,
    max: 100,
    step: 1,
    range: [50, 100],
    description:
      'A vertical cloud hosts model families it does not own at this fraction of their preference; the spend it turns away goes to other clouds.',
    source: 'Estimate',
    confidence: 'low',
  }),
  num({
    id: 'residency.premium',
    key: 'rp',
    label: 'Data-residency premium',
    group: 'Strategies',
    unit: '%',
    default: 10,
    min: 0,
    max: 30,
    step: 0.5,
    range: [0, 20],
    description: 'Premium every cloud charges for in-region (regulated) capacity.',
    source:
      'Claude on AWS charges 1.1× for US-only inference; Azure OpenAI Data Zone 10-20% above Global; seed: 10-15%',
    confidence: 'medium',
  }),
  num({
    id: 'residency.share',
    key: 'rs',
    label: 'Regulated share of workload',
    group: 'Strategies',
    unit: '%',
    default: 20,
    min: 0,
    max: 100,
    step: 1,
    range: [0, 50],
    description: 'Fraction of workload that must run in-region and pays the residency premium.',
    source: 'Estimate',
    confidence: 'low',
  }),
];

// ---------------------------------------------------------------------------------------------------------
// Custom silicon
const SILICON_2025: Readonly<Record<HyperscalerId, number>> = { azure: 5, aws: 20, gcp: 60 };
const SILICON_2031: Readonly<Record<HyperscalerId, number>> = { azure: 30, aws: 50, gcp: 75 };
const COST_CUT: Readonly<Record<HyperscalerId, number>> = { azure: 30, aws: 35, gcp: 35 };
const PROGRAMME: Readonly<Record<HyperscalerId, number>> = { azure: 3, aws: 3, gcp: 4 };
const SRC_SILICON =
  'Google: 3.8M of its 5.1M H100e are TPUs (Epoch AI); AWS: 1.4M Trainium2 landed, custom chips >$10B run-rate (Feb 2026); Maia 200 serving GPT-5.2 (Jan 2026)';
const siliconPerCloud: ParameterSpec[] = [
  ...HYPERSCALERS.flatMap((cloud) => [
    num({
      id: `silicon2025.${cloud}`,
      key: `a5${CLOUD_CODES[cloud]}`,
      label: `${CLOUD_LABELS[cloud]} custom-silicon adoption, 2025`,
      group: 'Custom silicon',
      unit: '%',
      default: SILICON_2025[cloud],
      min: 0,
      max: 100,
      step: 1,
      range: [Math.max(0, SILICON_2025[cloud] - 10), Math.min(100, SILICON_2025[cloud] + 10)],
      description: `Fraction of ${CLOUD_LABELS[cloud]}’s AI compute on its own chips in 2025.`,
      source: SRC_SILICON,
      confidence: 'medium',
    }),
    num({
      id: `silicon2031.${cloud}`,
      key: `a1${CLOUD_CODES[cloud]}`,
      label: `${CLOUD_LABELS[cloud]} custom-silicon adoption, 2031`,
      group: 'Custom silicon',
      unit: '%',
      default: SILICON_2031[cloud],
      min: 0,
      max: 100,
      step: 1,
      range: [Math.max(0, SILICON_2031[cloud] - 20), Math.min(100, SILICON_2031[cloud] + 20)],
      description: `Fraction of ${CLOUD_LABELS[cloud]}’s AI compute on its own chips in 2031; interpolated linearly from 2025.`,
      source: `Estimate, extending: ${SRC_SILICON}`,
      confidence: 'medium',
    }),
    num({
      id: `silicon.costCut.${cloud}`,
      key: `cc${CLOUD_CODES[cloud]}`,
      label: `${CLOUD_LABELS[cloud]} silicon cost cut vs NVIDIA`,
      group: 'Custom silicon',
      unit: '%',
      default: COST_CUT[cloud],
      min: 0,
      max: 60,
      step: 1,
      range: [15, 45],
      description: `How much less a unit of work costs on ${CLOUD_LABELS[cloud]}’s own chips than on NVIDIA GPUs.`,
      source:
        'Vendor claims: Maia 200 30% better performance per dollar; Trainium2 30-40%; seed 30-40%. Epoch AI: “well under 2×”. Cobalt is a CPU, not an AI accelerator',
      confidence: 'low',
    }),
    num({
      id: `silicon.programme.${cloud}`,
      key: `pg${CLOUD_CODES[cloud]}`,
      label: `${CLOUD_LABELS[cloud]} silicon programme cost`,
      group: 'Custom silicon',
      unit: 'USD bn/yr',
      default: PROGRAMME[cloud],
      min: 0,
      max: 20,
      step: 0.5,
      range: [0.5, 10],
      description: `Yearly R&D and tape-out cost of ${CLOUD_LABELS[cloud]}’s chip programme, set against its savings.`,
      source: 'Estimate',
      confidence: 'low',
    }),
  ]),
];
// Display order: 2031 adoption (the headline lever) for every cloud first, then cost cuts, then the rest.
const SILICON_ORDER = ['silicon2031.', 'silicon.costCut.', 'silicon2025.', 'silicon.programme.'];
const silicon: ParameterSpec[] = [
  ...SILICON_ORDER.flatMap((prefix) => siliconPerCloud.filter((p) => p.id.startsWith(prefix))),
  num({
    id: 'silicon.passThrough',
    key: 'pt',
    label: 'Savings passed on to customers',
    group: 'Custom silicon',
    unit: '%',
    default: 30,
    min: 0,
    max: 100,
    step: 1,
    range: [0, 100],
    description: 'Fraction of silicon savings a cloud passes on as lower prices, winning share in return.',
    source: 'Estimate',
    confidence: 'low',
  }),
  num({
    id: 'silicon.computeShare',
    key: 'cs',
    label: 'Compute share of cost',
    group: 'Custom silicon',
    unit: '%',
    default: 65,
    min: 10,
    max: 100,
    step: 1,
    range: [40, 80],
    description: 'Fraction of a cloud’s AI cost that is accelerators (the part custom silicon cheapens).',
    source: 'Estimate',
    confidence: 'low',
  }),
  num({
    id: 'price.elasticity',
    key: 'el',
    label: 'Price elasticity of hosting share',
    group: 'Custom silicon',
    unit: '×',
    default: 1,
    min: 0,
    max: 3,
    step: 0.1,
    range: [0, 3],
    description: 'How strongly workloads move to a cloud that cuts its price: weights scale by (1 − price cut)^−elasticity.',
    source: 'Estimate',
    confidence: 'low',
  }),
];

// ---------------------------------------------------------------------------------------------------------
// Finance: model-layer capture, margins, discounting and the winner analysis.
const CAPTURE_DEFAULTS: Partial<Record<`${FamilyId}.${CloudId}`, { value: number; source: string; confidence: Confidence }>> = {
  'google.gcp': { value: 100, source: 'Google owns Gemini', confidence: 'high' },
  'openai.azure': {
    value: 20,
    source:
      'Microsoft’s revenue share and ~27% stake in OpenAI ($13B committed, $11.6B funded by Sep 2025); seed “Microsoft’s $13 billion investment in OpenAI”',
    confidence: 'medium',
  },
  'anthropic.aws': { value: 15, source: 'Estimate from Amazon’s stake in Anthropic ($8B invested)', confidence: 'low' },
  'anthropic.gcp': { value: 14, source: 'Estimate from Google’s stake in Anthropic (about 14%)', confidence: 'low' },
};
const finance: ParameterSpec[] = [
  num({
    id: 'model.layerMargin',
    key: 'lm',
    label: 'Model-layer gross profit per infra dollar',
    group: 'Finance',
    unit: '%',
    default: 50,
    min: 0,
    max: 150,
    step: 5,
    range: [0, 150],
    description:
      'Gross profit a model family earns above its infrastructure spend, per dollar of that spend; owners and stakeholders share it.',
    source: 'Estimate from lab gross margins of roughly 40-50%',
    confidence: 'low',
  }),
  num({
    id: 'finance.discountRate',
    key: 'dr',
    label: 'Discount rate',
    group: 'Finance',
    unit: '%',
    default: 9,
    min: 0,
    max: 25,
    step: 0.5,
    range: [5, 15],
    description: 'Rate at which 2026-2031 gross profit is discounted to 2025 for the NPV.',
    source: 'Conventional cost of capital for large technology companies',
    confidence: 'medium',
  }),
  num({
    id: 'winner.share',
    key: 'ws',
    label: 'Winner’s 2031 share (winner analysis)',
    group: 'Finance',
    unit: '%',
    default: 60,
    min: 20,
    max: 95,
    step: 1,
    range: [40, 90],
    description:
      'In the winner analysis, the 2031 share the winning family reaches; the others shrink in proportion. A what-if setting, not an estimate.',
    source: 'Analysis setting. Seed “Economics of Model-Agnostic Infrastructure”: “if OpenAI achieves 80%+ market share”',
    confidence: 'medium',
  }),
  ...FAMILIES.flatMap((family) =>
    CLOUDS.map((cloud) => {
      const known = CAPTURE_DEFAULTS[`${family}.${cloud}`];
      return num({
        id: `capture.${family}.${cloud}`,
        key: `k${FAMILY_CODES[family]}${CLOUD_CODES[cloud]}`,
        label: `${CLOUD_LABELS[cloud]}’s take of ${FAMILY_LABELS[family]}’s model profit`,
        group: 'Finance',
        unit: '%',
        default: known?.value ?? 0,
        min: 0,
        max: 100,
        step: 1,
        range: known ? [Math.max(0, known.value - 10), Math.min(100, known.value + 10)] : [0, 0],
        description: `Share of ${FAMILY_LABELS[family]}’s model-layer gross profit that ${CLOUD_LABELS[cloud]} earns through ownership, a stake or a revenue share.`,
        source: known?.source ?? 'No known stake or revenue share',
        confidence: known?.confidence ?? 'medium',
        advanced: !(family === 'openai' && cloud === 'azure'),
      });
    }),
  ),
];

// ---------------------------------------------------------------------------------------------------------
// Commitments: announced multi-year contracts. They do not override the mix; the engine compares them
// with projected spend over their window. Windows are fixed per pair (announcements, ECONOMICS.md).
export interface CommitmentTerms {
  startYear: number;
  /** Last year of the contract; may run past 2031, in which case the commitment is prorated. */
  endYear: number;
  announcement: string;
  /** Who the contract is with, when "Other" would hide it (the model groups Oracle, Nebius… as Other). */
  counterparty?: string;
}
const DEFAULT_WINDOW: CommitmentTerms = {
  startYear: 2026,
  endYear: 2031,
  announcement: 'No announced contract; a value set here is assumed to run 2026-2031',
};
export const COMMITMENT_TERMS: Partial<Record<`${FamilyId}.${CloudId}`, CommitmentTerms & { usdBn: number; confidence: Confidence }>> = {
  'openai.azure': {
    usdBn: 250,
    startYear: 2026,
    endYear: 2031,
    announcement:
      'OpenAI -> Azure $250B (Oct 2025), no term disclosed; the seed’s “through 2031” is unconfirmed, treated as 2026-2031',
    confidence: 'medium',
  },
  'anthropic.azure': {
    usdBn: 30,
    startYear: 2026,
    endYear: 2031,
    announcement: 'Anthropic -> Azure $30B (Nov 2025, not 2024 as the seed says); term not disclosed, treated as 2026-2031',
    confidence: 'medium',
  },
  'openai.aws': {
    usdBn: 38,
    startYear: 2026,
    endYear: 2032,
    announcement: 'OpenAI -> AWS $38B over 7 years (Nov 2025), treated as 2026-2032',
    confidence: 'high',
  },
  'openai.other': {
    usdBn: 300,
    startYear: 2027,
    endYear: 2031,
    announcement: 'OpenAI -> Oracle $300B, about 5 years from 2027 (Sep 2025)',
    counterparty: 'Oracle',
    confidence: 'medium',
  },
  'meta.other': {
    usdBn: 27,
    startYear: 2026,
    endYear: 2030,
    announcement:
      'Meta -> Nebius up to $27B over 5 years (Mar 2026). The seed’s “Nebius $27B on Azure” is contradicted: Microsoft buys up to $19.4B of capacity from Nebius',
    counterparty: 'Nebius',
    confidence: 'medium',
  },
};
export function commitmentTerms(family: FamilyId, cloud: CloudId): CommitmentTerms {
  return COMMITMENT_TERMS[`${family}.${cloud}`] ?? DEFAULT_WINDOW;
}
const commitments: ParameterSpec[] = FAMILIES.flatMap((family) =>
  CLOUDS.map((cloud) => {
    const known = COMMITMENT_TERMS[`${family}.${cloud}`];
    const terms = commitmentTerms(family, cloud);
    return num({
      id: `commit.${family}.${cloud}`,
      key: `c${FAMILY_CODES[family]}${CLOUD_CODES[cloud]}`,
      label: `${FAMILY_LABELS[family]} -> ${CLOUD_LABELS[cloud]} commitment`,
      group: 'Commitments',
      unit: 'USD bn',
      default: known?.usdBn ?? 0,
      min: 0,
      max: 600,
      step: 1,
      // Announced figures are treated as known; "up to" deals could fall short by half.
      range: known ? [known.usdBn * 0.5, known.usdBn] : [0, 0],
      description: `Contracted ${FAMILY_LABELS[family]} spend on ${CLOUD_LABELS[cloud]}, ${terms.startYear}-${terms.endYear}.`,
      source: terms.announcement,
      confidence: known?.confidence ?? 'medium',
      advanced: !known,
    });
  }),
);

// ---------------------------------------------------------------------------------------------------------
/** The registry, in display order: the most consequential controls first within each group. */
export const parameters: readonly ParameterSpec[] = Object.freeze([
  ...market,
  ...shares,
  ...hosting,
  ...strategies,
  ...archetypes,
  ...strategyExtras,
  ...silicon,
  ...finance,
  ...commitments,
]);

export const parametersById: ReadonlyMap<string, ParameterSpec> = new Map(parameters.map((p) => [p.id, p]));
export const parametersByKey: ReadonlyMap<string, ParameterSpec> = new Map(parameters.map((p) => [p.key, p]));

export function getParameter(id: string): ParameterSpec | undefined {
  return parametersById.get(id);
}
