/**
 * The parameter registry: every scenario input, declared once.
 *
 * Controls, URL keys, validation, the methodology page and the plausible ranges used for uncertainty are
 * all derived from this list. A parameter the model reads also needs its line in input-table.ts and its
 * formula (checklist: README.md in this folder). URL `key`s are stable forever: never
 * rename or reuse one (a change needs a migration in lib/scenario).
 *
 * Figures and sources: ../shared/brief/ECONOMICS.md, "Model v2" (calibration targets, 2026 events) and
 * "Default values and their sources", which summarise public reporting up to mid 2026. "Estimate" means
 * derived by us, not published; "calibrated" means chosen so the defaults meet a calibration target
 * (lib/engine/calibration.ts). No Public-data default rests on a seed article alone (model v2, principle 2):
 * those figures live in the "Seed thesis" preset. Every entry carries `asOf`, the date of its evidence.
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
import { contractScheduleShares } from './steps';
import { LAB_CONTRACTS, NEOCLOUD_LEASES } from './facts/contracts';
import fittedJson from './facts/fitted.json';

export type Confidence = 'high' | 'medium' | 'low';

export const GROUPS = ['Market', 'Model shares', 'Hosting', 'Own use', 'Strategies', 'Custom silicon', 'Finance', 'Commitments'] as const;
export type ParameterGroup = (typeof GROUPS)[number];

/** Units as shown to users. `weight` is a relative weight the engine normalises; `pct` is 0-100. */
export type ParameterUnit = 'USD bn' | 'USD bn/yr' | '%' | '%/yr' | 'pts' | 'weight' | '×' | 'year' | 'strategy';

type ShareYear = '2025' | '2026' | '2031';
type HeldYear = '2025' | '2031';

/**
 * Every parameter id, as a type: an id the engine names that is not here fails `tsc`, and every registry
 * entry below must have one (its `id` is checked against this union). Families of ids are written as
 * template literals over the entities in ids.ts; where only some pairs exist (stakes, platforms), the union
 * is wider than the registry and `inputs.ts` checks the ids it reads at load.
 */
export type ParameterId =
  | `market.${'spend2025' | 'growthNear' | 'growthLong' | 'inference2025' | 'inference2026' | 'inference2031' | 'inferenceMarginDelta'}`
  | `share${ShareYear}.${FamilyId}`
  | `hosting${HeldYear}.${FamilyId}.${CloudId}`
  | `ownUse${HeldYear}.${FamilyId}.${CloudId}`
  | `strategy.${HyperscalerId}`
  | `archetype.${ArchetypeId}.${'margin' | 'premium' | 'utilisation'}`
  | 'vertical.access'
  | `residency.${'premium' | 'share'}`
  | `silicon${HeldYear}.${HyperscalerId}`
  | `silicon.${'costCut' | 'programme'}.${HyperscalerId}`
  | `silicon.${'passThrough' | 'computeShare'}`
  | 'price.elasticity'
  | `capture.${FamilyId}.${CloudId}`
  | `stake.${FamilyId}.${CloudId}`
  | `revenueRatio${ShareYear}.${FamilyId}`
  | 'model.grossMargin'
  | `msft.${'revShare' | 'revShareCap' | 'revShareLastYear'}`
  | 'finance.discountRate'
  | 'winner.share'
  | `commit.${FamilyId}.${CloudId}`
  | 'contracts.taken'
  | 'lease.msft'
  | `platform.${FamilyId}.${CloudId}`;

interface SpecBase {
  id: ParameterId;
  /** Short URL key, 1-6 characters, stable forever. */
  key: string;
  label: string;
  group: ParameterGroup;
  description: string;
  source: string;
  /** When the evidence behind the default dates from (YYYY-MM), or 'model' for analysis settings. */
  asOf: string;
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
  /**
   * The sourced value before the facts-ledger fit (model v3), where `default` is fitted; the fit is held
   * near it (lib/engine/facts/fit.ts).
   */
  prior?: number;
  /** The plausible range before the fit widened it to hold a fitted default outside it. */
  priorRange?: readonly [number, number];
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

/** “Azure’s”, but “Other providers’” and “Other models’”. */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}’` : `${name}’s`;
}

function num(spec: Omit<NumberParameterSpec, 'kind'>): NumberParameterSpec {
  return { kind: 'number', ...spec };
}

// ---------------------------------------------------------------------------------------------------------
// Sources, quoted once and reused. Dates are when the evidence was published.
const SRC_COMPUTE =
  'Calibrated estimate of the yearly rental value of AI accelerators in use, own use included. Epoch AI counts Google 5.1M, Microsoft 3.5M, Amazon 2.5M and Meta 2.3M H100-equivalents at the end of 2025 (about $235B a year at ~$2 an H100-hour at year end; the 2025 average is lower); lab cloud bills 2025: OpenAI $16.3B, Anthropic $6.8B (The Information via Epoch AI, May 2026); big-4 capex about $410B in 2025';
const SRC_SHARES_2025 =
  'Calibrated: lab cloud bills (OpenAI $16.3B, Anthropic $6.8B, The Information via Epoch AI, May 2026) plus their owners’ own use, and Epoch AI’s owned compute at the end of 2025 (Google 46%, Microsoft 32%, Amazon 22% of the three; Meta 2.3M H100e in its own data centres). Enterprise API spend shares (Menlo Ventures, Dec 2025: Anthropic 40%, OpenAI 27%, Google 21%) measure a different thing';
const SRC_SHARES_2026 =
  'Estimate from 2026 capacity and demand: Anthropic about 1 GW of Trainium by the end of 2026 and over 1 GW of TPUs in 2026 (Anthropic and Amazon, Apr 2026), run-rate revenue $9B → $30B+ (Dec 2025 → Apr 2026, Anthropic); OpenAI about $24-25B run-rate (early 2026, OpenAI’s fundraising materials); big-4 capex guidance $650-690B for 2026';
const SRC_SHARES_2031 = 'Scenario: held at the 2026 shares, a neutral baseline (presets explore change)';
const SRC_HOSTING: Readonly<Record<FamilyId, { source: string; confidence: Confidence; asOf: string }>> = {
  openai: {
    source:
      'Azure the main host in 2025, Oracle and CoreWeave the rest (CoreWeave contracts $22.4B). Since 27 Apr 2026 OpenAI may serve all its products on any cloud, shipping first on Azure (Microsoft). Contracts: Azure $250B (Oct 2025), Oracle ~$300B from 2027, AWS $38B over 7 years (Nov 2025)',
    confidence: 'medium',
    asOf: '2026-04',
  },
  anthropic: {
    source:
      'AWS its main training partner in 2025 (Project Rainier, Trainium), Google up to 1M TPUs (Oct 2025). 2031 follows the 2026 contracts, which put more a year on Google Cloud (about $200B over five years from 2027; The Information, confirmed by Reuters, May 2026) than on AWS (more than $100B over ten years, up to 5 GW; Apr 2026); Azure $30B (Nov 2025)',
    confidence: 'medium',
    asOf: '2026-05',
  },
  google: { source: 'Gemini is trained and served on Google’s own TPUs and GPUs', confidence: 'high', asOf: '2025-12' },
  meta: {
    source:
      'Mostly Meta’s own data centres (Epoch AI: 2.3M H100e, end 2025), plus rented capacity: Google Cloud (over $10B over six years, Aug 2025), CoreWeave ($14B, Sep 2025), Nebius (up to $27B, Mar 2026)',
    confidence: 'low',
    asOf: '2026-03',
  },
  mistral: {
    source: 'Estimate: Mistral’s models on Azure AI Foundry and other clouds; Mistral Compute with NVIDIA, 40 MW in France (Jun 2025)',
    confidence: 'low',
    asOf: '2025-06',
  },
  other: {
    source:
      'Calibrated: the rest of each cloud’s AI compute (its own in-house models and recommendation systems, customers’ own models, xAI’s and the neoclouds’), set so the three hyperscalers’ hosted split meets Epoch AI’s owned-compute split (Google 46%, Microsoft 32%, Amazon 22%, end 2025)',
    confidence: 'low',
    asOf: '2026-05',
  },
};

// ---------------------------------------------------------------------------------------------------------
// Market
const market: ParameterSpec[] = [
  num({
    id: 'market.spend2025',
    key: 'sp',
    label: 'World AI compute, 2025',
    group: 'Market',
    unit: 'USD bn',
    default: 180,
    min: 50,
    max: 600,
    step: 5,
    range: [100, 400],
    description: 'Value of the world’s AI compute in use in the base year, training and inference, priced at what it would rent for (own use included).',
    source: SRC_COMPUTE,
    asOf: '2026-05',
    confidence: 'low',
  }),
  num({
    id: 'market.growthNear',
    key: 'gn',
    label: 'AI compute growth, 2026-2027',
    group: 'Market',
    unit: '%/yr',
    default: 45,
    min: -20,
    max: 100,
    step: 1,
    range: [10, 75],
    description: 'Yearly growth of the world’s AI compute in 2026 and 2027.',
    source:
      'Estimate below capex growth: big-4 capex guidance for 2026 about $650-690B against about $410B in 2025 (+60-65%, company guidance, early 2026); Azure grew 39-40% (quarter to Mar 2026, Microsoft); capacity comes online after the capex',
    asOf: '2026-04',
    confidence: 'medium',
  }),
  num({
    id: 'market.growthLong',
    key: 'gl',
    label: 'AI compute growth, 2028-2031',
    group: 'Market',
    unit: '%/yr',
    default: 25,
    min: -20,
    max: 60,
    step: 1,
    range: [0, 50],
    description: 'Yearly growth of the world’s AI compute from 2028 to 2031.',
    source: 'Estimate',
    asOf: '2026-11',
    confidence: 'low',
  }),
  num({
    id: 'market.inference2025',
    key: 'i5',
    label: 'Inference share of compute, 2025',
    group: 'Market',
    unit: '%',
    default: 50,
    min: 10,
    max: 95,
    step: 1,
    range: [40, 67],
    description: 'Fraction of AI compute spent serving models rather than training them, 2025.',
    source:
      'Deloitte TMT Predictions 2026: about 1/2 of AI compute in 2025; Epoch AI: 40-50% of OpenAI and Anthropic compute. The seed’s 60-70% “by 2025” is contradicted',
    asOf: '2025-11',
    confidence: 'medium',
  }),
  num({
    id: 'market.inference2026',
    key: 'i6',
    label: 'Inference share of compute, 2026',
    group: 'Market',
    unit: '%',
    default: 67,
    min: 10,
    max: 95,
    step: 1,
    range: [55, 75],
    description: 'Fraction of AI compute spent on inference in 2026; the share runs linearly 2025 → 2026 → 2031.',
    source: 'Deloitte TMT Predictions 2026: about 2/3 of AI compute in 2026',
    asOf: '2025-11',
    confidence: 'medium',
  }),
  num({
    id: 'market.inference2031',
    key: 'i1',
    label: 'Inference share of compute, 2031',
    group: 'Market',
    unit: '%',
    default: 80,
    min: 10,
    max: 95,
    step: 1,
    range: [60, 90],
    description: 'Fraction of AI compute spent on inference in 2031; interpolated linearly from 2026.',
    source: 'Estimate, continuing Deloitte TMT Predictions 2026’s trend',
    asOf: '2025-11',
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
    description: 'How many points more cloud margin inference earns than training; 0 means both earn the strategy’s margin.',
    source: 'Estimate: 0 (no public split). The seed’s training markups 15-25% against inference margins 20-35% are in the Seed thesis preset',
    asOf: '2026-11',
    confidence: 'low',
  }),
];

// ---------------------------------------------------------------------------------------------------------
// Model shares: weights the engine normalises. 2025 and 2026 are what was reported (calibrated, estimated);
// 2031 is the scenario, held at 2026 by default.
export const FAMILY_SHARE_DEFAULTS: Readonly<Record<ShareYear, Readonly<Record<FamilyId, number>>>> = {
  '2025': { openai: 12, anthropic: 4, google: 22, meta: 16, mistral: 1, other: 45 },
  '2026': { openai: 15, anthropic: 10, google: 21, meta: 15, mistral: 1, other: 38 },
  '2031': { openai: 15, anthropic: 10, google: 21, meta: 15, mistral: 1, other: 38 },
};
const SHARE_SOURCES: Readonly<Record<ShareYear, { source: string; confidence: Confidence; asOf: string }>> = {
  '2025': { source: SRC_SHARES_2025, confidence: 'medium', asOf: '2026-05' },
  '2026': { source: SRC_SHARES_2026, confidence: 'low', asOf: '2026-05' },
  '2031': { source: SRC_SHARES_2031, confidence: 'low', asOf: '2026-05' },
};
// 2031 first: the model-share outcome is the most consequential control (DESIGN.md, "The how").
const shares: ParameterSpec[] = (['2031', '2026', '2025'] as const).flatMap((year) =>
  FAMILIES.map((family) => {
    const dflt = FAMILY_SHARE_DEFAULTS[year][family];
    return num({
      id: `share${year}.${family}`,
      key: `s${year.slice(-1)}${FAMILY_CODES[family]}`,
      label: `${FAMILY_LABELS[family]} share, ${year}`,
      group: 'Model shares',
      unit: 'weight',
      default: dflt,
      min: 0,
      max: 100,
      step: 1,
      range: [Math.max(0, dflt * 0.5), Math.min(100, dflt * 1.5)],
      description:
        year === '2031'
          ? `Weight of ${FAMILY_LABELS[family]} in the world’s AI compute in 2031 (defaults hold 2026; presets explore change). Normalised to 100%.`
          : `Weight of ${FAMILY_LABELS[family]} in the world’s AI compute, ${year}. Weights are normalised to 100%.`,
      source: SHARE_SOURCES[year].source,
      asOf: SHARE_SOURCES[year].asOf,
      confidence: SHARE_SOURCES[year].confidence,
      // 2025 and 2026 are history: fold them away, keep the 2031 outcome in the main controls.
      advanced: year !== '2031',
    });
  }),
);

// ---------------------------------------------------------------------------------------------------------
// Hosting: each family's split of its compute across clouds (rows normalised), 2025 and 2031.
type CloudRow = Readonly<Record<CloudId, number>>;
const row = (azure: number, aws: number, gcp: number, other: number): CloudRow => ({ azure, aws, gcp, other });
export const HOSTING_DEFAULTS: Readonly<Record<'2025' | '2031', Readonly<Record<FamilyId, CloudRow>>>> = {
  '2025': {
    openai: row(75, 0, 3, 22),
    anthropic: row(0, 60, 35, 5),
    google: row(0, 0, 100, 0),
    meta: row(3, 5, 7, 85),
    mistral: row(40, 10, 10, 40),
    other: row(26, 24, 12, 38),
  },
  '2031': {
    openai: row(40, 10, 5, 45),
    anthropic: row(8, 32, 55, 5),
    google: row(0, 0, 100, 0),
    meta: row(3, 5, 7, 85),
    mistral: row(30, 10, 10, 50),
    other: row(26, 24, 12, 38),
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
        description: `Weight of ${CLOUD_LABELS[cloud]} in where ${possessive(FAMILY_LABELS[family])} compute runs, ${year}; each family’s row is normalised to 100%.`,
        source: SRC_HOSTING[family].source,
        asOf: SRC_HOSTING[family].asOf,
        confidence: SRC_HOSTING[family].confidence,
        // OpenAI's Azure share is the thesis's most consequential hosting input: keep it in the main controls.
        advanced: !(family === 'openai' && cloud === 'azure'),
      });
    }),
  ),
);

// ---------------------------------------------------------------------------------------------------------
// Own use (model v2): the share of a family's compute on a cloud that the cloud's owner uses itself, which
// no outside customer pays for. For `other`, the owner is a self-builder (Meta, xAI) rather than a neocloud.
const OWN_USE_DEFAULTS: Partial<Record<`${FamilyId}.${CloudId}`, { value: number; source: string; confidence: Confidence; asOf: string }>> = {
  'openai.azure': {
    value: 35,
    source:
      'Calibrated: Microsoft runs OpenAI models for Copilot, Microsoft 365 and Bing; OpenAI’s own Azure bill is the rest (lab bills: The Information via Epoch AI, May 2026). Microsoft’s AI business, Copilot included, ran at $13B (Jan 2025)',
    confidence: 'low',
    asOf: '2026-05',
  },
  'google.gcp': {
    value: 85,
    source:
      'Calibrated: Gemini serves Google’s own products (Search, the Gemini app, Workspace); the billed part is Vertex AI. Keeps Google Cloud’s billed AI revenue well under its whole segment ($58.7B in 2025, Alphabet)',
    confidence: 'low',
    asOf: '2026-02',
  },
  'anthropic.aws': {
    value: 5,
    source: 'Estimate: Amazon’s own use of Claude (Alexa+, internal tools) is small next to Anthropic’s bill',
    confidence: 'low',
    asOf: '2026-11',
  },
  'meta.other': {
    value: 85,
    source: 'Calibrated: Meta’s own data centres (Epoch AI: 2.3M H100e, end 2025); the billed part is what Meta rents from neoclouds (CoreWeave, Nebius)',
    confidence: 'low',
    asOf: '2026-03',
  },
  'other.azure': {
    value: 60,
    source:
      'Calibrated estimate: Microsoft’s in-house models and features (MAI, GitHub, Bing, Xbox) against customers renting GPUs; keeps Azure’s 2025 AI revenue under Microsoft’s whole AI business (about $22B on average in 2025, Copilot included)',
    confidence: 'low',
    asOf: '2026-04',
  },
  'other.aws': {
    value: 60,
    source:
      'Calibrated estimate: Amazon’s own models and systems (retail recommendations, ads, Alexa+, Rufus, Nova) against customers renting GPUs and Trainium; keeps AWS’s 2025 AI revenue under the $15B+ run-rate it reported for Q1 2026 (Jassy, Apr 2026)',
    confidence: 'low',
    asOf: '2026-04',
  },
  'other.gcp': {
    value: 40,
    source: 'Calibrated estimate: Google’s recommendation and ads models (YouTube, Search ads) against customers renting TPUs and GPUs',
    confidence: 'low',
    asOf: '2026-05',
  },
  'other.other': {
    value: 70,
    source:
      'Calibrated estimate: self-built data centres (xAI’s Colossus and others) against neocloud rentals; keeps neocloud revenue between $8B and $25B (CoreWeave $5.1B, Nebius $0.5B, Oracle’s GPU rental, 2025)',
    confidence: 'low',
    asOf: '2026-03',
  },
};
const ownUse: ParameterSpec[] = (['2031', '2025'] as const).flatMap((year) =>
  FAMILIES.flatMap((family) =>
    CLOUDS.map((cloud) => {
      const known = OWN_USE_DEFAULTS[`${family}.${cloud}`];
      const dflt = known?.value ?? 0;
      return num({
        id: `ownUse${year}.${family}.${cloud}`,
        key: `o${year.slice(-1)}${FAMILY_CODES[family]}${CLOUD_CODES[cloud]}`,
        label: `${FAMILY_LABELS[family]} on ${CLOUD_LABELS[cloud]}: owner’s own use, ${year}`,
        group: 'Own use',
        unit: '%',
        default: dflt,
        min: 0,
        max: 100,
        step: 1,
        range: known ? [Math.max(0, dflt - 15), Math.min(100, dflt + 15)] : [0, 0],
        description: `Share of ${possessive(FAMILY_LABELS[family])} compute on ${CLOUD_LABELS[cloud]} that ${cloud === 'other' ? 'a self-builder (Meta, xAI)' : `${possessive(CLOUD_LABELS[cloud])} owner`} uses itself, ${year}: hosted, but billed to no one, so it earns no cloud revenue.${year === '2031' ? ' Interpolated linearly from 2025.' : ''}`,
        source: known ? `${known.source}${year === '2031' ? '. 2031 held at 2025' : ''}` : 'No known own use: all of it is billed',
        asOf: known?.asOf ?? '2026-11',
        confidence: known?.confidence ?? 'medium',
        advanced: !(year === '2031' && (`${family}.${cloud}` === 'openai.azure' || `${family}.${cloud}` === 'google.gcp')),
      });
    }),
  ),
);

// ---------------------------------------------------------------------------------------------------------
// Strategies. Public figures do not tell the archetypes apart, so in Public data they share one margin,
// no multi-model premium and one utilisation (model v2, principle 2); the seeds' figures are in the
// "Seed thesis" preset, each labelled.
const STRATEGY_DEFAULTS: Readonly<Record<HyperscalerId, ArchetypeId>> = {
  azure: 'agnostic',
  aws: 'horizontal',
  gcp: 'vertical',
};
const strategies: ParameterSpec[] = HYPERSCALERS.map((cloud): EnumParameterSpec => ({
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
    'Archetype names from the seed articles (Azure model-agnostic, AWS horizontal, Google vertical). In Public data the three archetypes carry the same figures, so the name alone changes nothing; the Seed thesis preset sets the seeds’ figures',
  asOf: '2026-04',
  confidence: 'medium',
}));

const ARCHETYPE_MARGIN: Readonly<Record<ArchetypeId, number>> = { agnostic: 20, horizontal: 20, vertical: 20 };
const ARCHETYPE_PREMIUM: Readonly<Record<ArchetypeId, number>> = { agnostic: 0, horizontal: 0, vertical: 0 };
const ARCHETYPE_UTILISATION: Readonly<Record<ArchetypeId, number>> = { agnostic: 80, horizontal: 80, vertical: 80 };
const SRC_MARGIN =
  'No public figure tells the archetypes apart, so all three start at 20%. Oracle: 14% gross margin on GPU rental (quarter to Aug 2025, The Information, Oct 2025) and 30-40% over a contract’s life (Oracle financial analyst meeting, 16 Oct 2025); CoreWeave 16% adjusted operating margin (2025). The seed’s Azure 22-28% and AWS 12-18% are in the Seed thesis preset';
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
    description: `Cloud gross margin on billed compute a ${ARCHETYPE_LABELS[a].toLowerCase()} cloud earns at 75% utilisation, before premiums and custom silicon. The margin bridge shows how it becomes the realised margin.`,
    source: SRC_MARGIN,
    asOf: '2025-10',
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
        ? 'No public figure: 0 in Public data. The seed’s 10-15% multi-model premium is in the Seed thesis preset (unconfirmed)'
        : 'No public figure: 0',
    asOf: '2026-04',
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
      'LBNL via Uptime Institute: GPU servers do useful work 75-85% of the time; 80% for every archetype, since no public figure tells them apart. The seed’s 65% → 85% from diversified workloads is in the Seed thesis preset (unconfirmable)',
    asOf: '2024-12',
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
    default: 100,
    min: 0,
    max: 100,
    step: 1,
    range: [70, 100],
    description: 'A vertical cloud hosts model families it does not own at this fraction of their preference; the compute it turns away goes to other clouds.',
    source:
      'Public data: Google rents TPUs to rivals (Anthropic up to 1M TPUs, Oct 2025; about $200B from 2027, May 2026) and sells Claude on Vertex AI, so the hosting rows already show what it hosts and 100% turns nothing away. The seeds’ picture of a vertical cloud favouring its own model is the Seed thesis preset’s 85% (estimate)',
    asOf: '2026-05',
    confidence: 'medium',
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
    source: 'Claude on AWS charges 1.1× for US-only inference; Azure OpenAI Data Zone 10-20% above Global',
    asOf: '2025-11',
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
    description: 'Fraction of billed workload that must run in-region and pays the residency premium.',
    source: 'Estimate',
    asOf: '2026-11',
    confidence: 'low',
  }),
];

// ---------------------------------------------------------------------------------------------------------
// Custom silicon
const SILICON_2025: Readonly<Record<HyperscalerId, number>> = { azure: 5, aws: 20, gcp: 70 };
const SILICON_2031: Readonly<Record<HyperscalerId, number>> = { azure: 30, aws: 50, gcp: 80 };
const COST_CUT: Readonly<Record<HyperscalerId, number>> = { azure: 30, aws: 35, gcp: 35 };
const PROGRAMME: Readonly<Record<HyperscalerId, number>> = { azure: 3, aws: 3, gcp: 4 };
const SRC_SILICON =
  'Google: 3.8M of its 5.1M H100e are TPUs at the end of 2025, 75% (Epoch AI; the 2025 average is lower); AWS: 1.4M Trainium2 landed, custom chips >$10B run-rate (Feb 2026), Anthropic’s 1 GW of Trainium2/3 by the end of 2026 (Apr 2026); Maia 200 serving GPT-5.2 (Jan 2026)';
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
      description: `Fraction of ${possessive(CLOUD_LABELS[cloud])} AI compute on its own chips in 2025.`,
      source: SRC_SILICON,
      asOf: '2026-04',
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
      description: `Fraction of ${possessive(CLOUD_LABELS[cloud])} AI compute on its own chips in 2031; interpolated linearly from 2025.`,
      source: `Estimate, extending: ${SRC_SILICON}`,
      asOf: '2026-04',
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
      description: `How much less a unit of work costs on ${possessive(CLOUD_LABELS[cloud])} own chips than on NVIDIA GPUs.`,
      source:
        'Vendor claims: Maia 200 30% better performance per dollar (Jan 2026); Trainium2 30-40%. Epoch AI: “well under 2×”. Cobalt is a CPU, not an AI accelerator',
      asOf: '2026-01',
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
      description: `Yearly R&D and tape-out cost of ${possessive(CLOUD_LABELS[cloud])} chip programme, set against its savings.`,
      source: 'Estimate',
      asOf: '2026-11',
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
    description:
      'Fraction of silicon savings on billed compute a cloud passes on as lower prices, winning share in return. Savings on own use are kept in full.',
    source: 'Estimate',
    asOf: '2026-11',
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
    asOf: '2026-11',
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
    asOf: '2026-11',
    confidence: 'low',
  }),
];

// ---------------------------------------------------------------------------------------------------------
// Finance: model revenue and the model layer, stakes, discounting and the winner analysis.
const CAPTURE_DEFAULTS: Partial<Record<`${FamilyId}.${CloudId}`, { value: number; source: string; confidence: Confidence; asOf: string }>> = {
  'google.gcp': { value: 100, source: 'Google owns Gemini', confidence: 'high', asOf: '2025-12' },
};
const NOT_BOOKED: Partial<Record<`${FamilyId}.${CloudId}`, string>> = {
  'openai.azure': '0: Microsoft’s income from OpenAI is its revenue share (the revenue-share settings); its ~27% stake is shown as exposure, not income',
  'anthropic.aws': '0: Amazon’s stake in Anthropic is shown as exposure, not yearly income (no reported mechanism pays it)',
  'anthropic.gcp': '0: Google’s stake in Anthropic is shown as exposure, not yearly income (no reported mechanism pays it)',
};
const STAKE_DEFAULTS: readonly { family: FamilyId; cloud: HyperscalerId; value: number; source: string; confidence: Confidence; asOf: string }[] = [
  {
    family: 'openai',
    cloud: 'azure',
    value: 27,
    source: 'Microsoft holds about 27% of OpenAI Group PBC after the Oct 2025 recapitalisation ($13B invested since 2019); unchanged by the Apr 2026 amendment',
    confidence: 'medium',
    asOf: '2026-04',
  },
  {
    family: 'anthropic',
    cloud: 'aws',
    value: 15,
    source: 'Estimate: Amazon invested $8B (2023-24) and $5B more (Apr 2026, up to $20B more); its stake is not disclosed',
    confidence: 'low',
    asOf: '2026-04',
  },
  {
    family: 'anthropic',
    cloud: 'gcp',
    value: 14,
    source: 'About 14% (court filings, 2025); Google commits up to $40B more (Apr 2026)',
    confidence: 'low',
    asOf: '2026-04',
  },
];
/** Which family and cloud each stake parameter concerns (the stake is the cloud owner's). */
export const STAKES = STAKE_DEFAULTS.map(({ family, cloud }) => ({ family, cloud, id: `stake.${family}.${cloud}` }));
const COMPANY_NAMES: Readonly<Record<HyperscalerId, string>> = { azure: 'Microsoft', aws: 'Amazon', gcp: 'Google' };

/**
 * Model revenue per dollar of a family's compute (own use included): the model maker's own revenue
 * (subscriptions and APIs it sells), per family, 2025 -> 2026 -> 2031 like the family shares. Revenue from
 * products a cloud's owner builds on a model (Copilot, Search) is counted for no company.
 */
const REVENUE_RATIO_DEFAULTS: Readonly<Record<FamilyId, { y2025: number; y2026: number; source: string; confidence: Confidence; asOf: string }>> = {
  openai: {
    y2025: 0.6,
    y2026: 0.75,
    source:
      'Calibrated: OpenAI’s 2025 revenue about $13B (OpenAI; The Information) on about $22B of compute in the model; 2026 about $29B on about $39B, from its run-rate of about $24-25B in early 2026 ($2B a month, OpenAI’s fundraising materials)',
    confidence: 'medium',
    asOf: '2026-03',
  },
  anthropic: {
    y2025: 0.65,
    y2026: 1.5,
    source:
      'Calibrated: Anthropic’s 2025 revenue about $4.5-5B (run-rate $1B → $9B through 2025) on about $7B of compute; its run-rate passed $30B in early April 2026, ahead of OpenAI’s (Anthropic), so 2026 revenue of about $39B on about $26B of compute',
    confidence: 'low',
    asOf: '2026-04',
  },
  google: {
    y2025: 0.25,
    y2026: 0.25,
    source:
      'Estimate, no reported figure: Gemini subscriptions and the Gemini API. Most Gemini compute serves Google’s free products (Search, AI Overviews), whose ad revenue is not model revenue, as Copilot’s revenue is not counted for Microsoft',
    confidence: 'low',
    asOf: '2026-02',
  },
  meta: {
    y2025: 0,
    y2026: 0,
    source: 'Llama’s weights are given away; Meta earns on its AI through ads, which this model does not count',
    confidence: 'medium',
    asOf: '2025-12',
  },
  mistral: {
    y2025: 0.3,
    y2026: 0.3,
    source: 'Estimate: Mistral’s revenue of a few hundred million dollars a year (2025) against its compute',
    confidence: 'low',
    asOf: '2025-12',
  },
  other: {
    y2025: 0.1,
    y2026: 0.1,
    source: 'Estimate: most of this compute is in-house models and recommendation systems that sell no model; xAI and others sell little so far',
    confidence: 'low',
    asOf: '2026-01',
  },
};
const revenueRatios: ParameterSpec[] = (['2031', '2026', '2025'] as const).flatMap((year) =>
  FAMILIES.map((family) => {
    const d = REVENUE_RATIO_DEFAULTS[family];
    const dflt = year === '2025' ? d.y2025 : d.y2026;
    return num({
      id: `revenueRatio${year}.${family}`,
      key: `r${year.slice(-1)}${FAMILY_CODES[family]}`,
      label: `${FAMILY_LABELS[family]} revenue per dollar of compute, ${year}`,
      group: 'Finance',
      unit: '×',
      default: dflt,
      min: 0,
      max: 3,
      step: 0.05,
      range: [Math.round(dflt * 0.7 * 20) / 20, Math.round(dflt * 1.3 * 20) / 20],
      description: `${possessive(FAMILY_LABELS[family])} own revenue for each dollar of its compute (training and inference, own use included), ${year}${year === '2031' ? '; held at 2026 by default' : ''}. Runs linearly 2025 → 2026 → 2031.`,
      source: year === '2031' ? `Scenario: held at 2026. ${d.source}` : d.source,
      asOf: d.asOf,
      confidence: year === '2031' ? 'low' : d.confidence,
      advanced: !(family === 'openai' || family === 'anthropic') || year === '2025',
    });
  }),
);

const finance: ParameterSpec[] = [
  ...revenueRatios,
  num({
    id: 'model.grossMargin',
    key: 'mgm',
    label: 'Model gross margin',
    group: 'Finance',
    unit: '%',
    default: 45,
    min: 0,
    max: 90,
    step: 1,
    range: [30, 60],
    description: 'Gross profit a model family keeps per dollar of its revenue; owners book it as model-layer income.',
    source: 'Labs report gross margins of roughly 40-50% (OpenAI, Anthropic, 2025, as reported)',
    asOf: '2026-01',
    confidence: 'low',
  }),
  num({
    id: 'msft.revShare',
    key: 'rsh',
    label: 'OpenAI’s revenue share to Microsoft (gross)',
    group: 'Finance',
    unit: '%',
    default: 20,
    min: 0,
    max: 50,
    step: 1,
    range: [15, 20],
    description:
      'Share of OpenAI’s revenue paid to Microsoft each year until the last year below, up to the total cap. Gross: before what Microsoft paid OpenAI back on Azure OpenAI and Bing until the April 2026 amendment (no sourced figure nets it).',
    source:
      'About 20% (reporting on the partnership); continues through 2030 at the same percentage under the 27 Apr 2026 amendment, which ended Microsoft’s own revenue share to OpenAI (Microsoft)',
    asOf: '2026-04',
    confidence: 'medium',
  }),
  num({
    id: 'msft.revShareCap',
    key: 'rsc',
    label: 'Cap on the revenue share, total from 2026',
    group: 'Finance',
    unit: 'USD bn',
    default: 38,
    min: 0,
    max: 500,
    step: 1,
    range: [25, 60],
    description: 'Total OpenAI pays Microsoft under the revenue share from 2026 on; payments stop once it is reached.',
    source: 'The amendment (27 Apr 2026) caps the total without disclosing it; The Information reported $38B (May 2026). The model counts it from 2026',
    asOf: '2026-05',
    confidence: 'low',
  }),
  num({
    id: 'msft.revShareLastYear',
    key: 'rsy',
    label: 'Last year of the revenue share',
    group: 'Finance',
    unit: 'year',
    default: 2030,
    min: 2025,
    max: 2031,
    step: 1,
    range: [2030, 2030],
    description: 'OpenAI pays Microsoft its revenue share through this year and nothing after.',
    source: 'Through 2030 (Microsoft-OpenAI amendment, 27 Apr 2026)',
    asOf: '2026-04',
    confidence: 'high',
  }),
  ...STAKE_DEFAULTS.map((s) =>
    num({
      id: `stake.${s.family}.${s.cloud}`,
      key: `z${FAMILY_CODES[s.family]}${CLOUD_CODES[s.cloud]}`,
      label: `${COMPANY_NAMES[s.cloud]}’s stake in ${FAMILY_LABELS[s.family]}`,
      group: 'Finance',
      unit: '%',
      default: s.value,
      min: 0,
      max: 100,
      step: 1,
      range: [Math.max(0, s.value - 5), Math.min(100, s.value + 5)],
      description: `Equity ${COMPANY_NAMES[s.cloud]} holds in ${FAMILY_LABELS[s.family]}: shown as exposure (its share of ${possessive(FAMILY_LABELS[s.family])} gross profit), never booked as yearly income.`,
      source: s.source,
      asOf: s.asOf,
      confidence: s.confidence,
      advanced: true,
    }),
  ),
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
    description: 'Rate at which 2026-2031 company AI gross profit is discounted to 2025 for the NPV.',
    source: 'Conventional cost of capital for large technology companies',
    asOf: '2026-11',
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
      'In the winner analysis, the 2031 share of the labs’ market (billed compute, model APIs included) the winning family reaches; the others shrink in proportion and the owners’ own workloads stay as they are. A what-if setting, not an estimate.',
    source: 'Analysis setting. Seed “Economics of Model-Agnostic Infrastructure”: “if OpenAI achieves 80%+ market share”',
    asOf: 'model',
    confidence: 'medium',
  }),
  ...FAMILIES.flatMap((family) =>
    CLOUDS.map((cloud) => {
      const known = CAPTURE_DEFAULTS[`${family}.${cloud}`];
      return num({
        id: `capture.${family}.${cloud}`,
        key: `k${FAMILY_CODES[family]}${CLOUD_CODES[cloud]}`,
        label: `${possessive(CLOUD_LABELS[cloud])} owner books ${possessive(FAMILY_LABELS[family])} model profit`,
        group: 'Finance',
        unit: '%',
        default: known?.value ?? 0,
        min: 0,
        max: 100,
        step: 1,
        range: known ? [Math.max(0, known.value - 10), Math.min(100, known.value + 10)] : [0, 0],
        description: `Share of ${possessive(FAMILY_LABELS[family])} model gross profit (revenue × model gross margin) that ${possessive(CLOUD_LABELS[cloud])} owner books as income, through ownership or a profit-sharing contract.`,
        source: known?.source ?? NOT_BOOKED[`${family}.${cloud}`] ?? 'No known ownership or profit share',
        asOf: known?.asOf ?? '2026-04',
        confidence: known?.confidence ?? 'medium',
        advanced: !(family === 'google' && cloud === 'gcp'),
      });
    }),
  ),
];

// ---------------------------------------------------------------------------------------------------------
// Commitments: announced multi-year contracts. They do not override the mix; the engine compares them
// with projected billed compute over their window. Windows are fixed per pair (announcements).
export interface CommitmentTerms {
  startYear: number;
  /** Last year of the contract; may run past 2031, in which case the commitment is prorated. */
  endYear: number;
  announcement: string;
  /** Who the contract is with, when "Other" would hide it (the model groups Oracle, Nebius… as Other). */
  counterparty?: string;
  /** Relative yearly weights from startYear when a ramp was reported; else the stated shape (steps.ts). */
  ramp?: readonly number[];
}
const DEFAULT_WINDOW: CommitmentTerms = {
  startYear: 2026,
  endYear: 2031,
  announcement: 'No announced contract; a value set here is assumed to run 2026-2031',
};
/**
 * Each family-cloud pair's signed contracts, read from the facts ledger (lib/engine/facts): several contracts
 * on one pair add up (OpenAI's Oracle, CoreWeave and Cerebras contracts are all "Other providers").
 */
export const COMMITMENT_TERMS: Partial<Record<`${FamilyId}.${CloudId}`, CommitmentTerms & { usdBn: number; confidence: Confidence; asOf: string }>> =
  Object.fromEntries(
    LAB_CONTRACTS.map((p) => [
      `${p.family}.${p.cloud}`,
      {
        usdBn: p.totalUsdBn,
        startYear: p.startYear,
        endYear: p.endYear,
        announcement: `Signed contracts (facts ledger): ${p.announcement}`,
        counterparty: p.cloud === 'other' ? [...new Set(p.rows.map((r) => r.terms.provider))].join(', ') : undefined,
        confidence: p.confidence,
        asOf: p.asOf,
      },
    ]),
  );
export function commitmentTerms(family: FamilyId, cloud: CloudId): CommitmentTerms {
  return COMMITMENT_TERMS[`${family}.${cloud}`] ?? DEFAULT_WINDOW;
}
/** Each pair's share of its commitment falling in each year 2025-2031 (its contracts' ramps or the stated shape). */
export const COMMITMENT_SCHEDULE_SHARES: Readonly<Record<FamilyId, Readonly<Record<CloudId, readonly number[]>>>> = Object.fromEntries(
  FAMILIES.map((f) => [
    f,
    Object.fromEntries(
      CLOUDS.map((c) => {
        const pair = LAB_CONTRACTS.find((p) => p.family === f && p.cloud === c);
        const t = commitmentTerms(f, c);
        return [c, Object.freeze(pair ? pair.scheduleShares.slice() : contractScheduleShares(t.startYear, t.endYear))];
      }),
    ),
  ]),
) as Record<FamilyId, Record<CloudId, readonly number[]>>;

/**
 * Microsoft's capacity leases from neoclouds (model v3, no double counts): the compute runs for Azure's
 * customers and Microsoft (counted under Azure), and the neoclouds report the payments as their revenue.
 * The engine shows the lease as its own line and adds it to neocloud revenue when comparing with reports.
 */
export const NEOCLOUD_LEASE_TERMS: CommitmentTerms & { usdBn: number } = {
  usdBn: NEOCLOUD_LEASES.totalUsdBn,
  startYear: NEOCLOUD_LEASES.startYear,
  endYear: NEOCLOUD_LEASES.endYear,
  announcement: `Microsoft’s capacity leases from neoclouds (facts ledger): ${NEOCLOUD_LEASES.announcement}`,
};
export const LEASE_SCHEDULE_SHARES: readonly number[] = Object.freeze(NEOCLOUD_LEASES.scheduleShares.slice());
/** The pairs whose billed compute includes end customers' model-API bills sold on the cloud's platform. */
export const PLATFORM_PAIRS: readonly { family: FamilyId; cloud: HyperscalerId; value: number; platform: string }[] = [
  { family: 'openai', cloud: 'azure', value: 25, platform: 'Azure OpenAI in Foundry' },
  { family: 'anthropic', cloud: 'aws', value: 25, platform: 'Claude on Amazon Bedrock' },
  { family: 'anthropic', cloud: 'gcp', value: 15, platform: 'Claude on Vertex AI' },
];
const contractExtras: ParameterSpec[] = [
  num({
    id: 'contracts.taken',
    key: 'ctk',
    label: 'Share of contracted capacity taken',
    group: 'Commitments',
    unit: '%',
    default: 100,
    min: 0,
    max: 100,
    step: 1,
    range: [70, 100],
    description:
      'How much of each signed contract’s yearly schedule its buyer takes and pays for. 100% honours every contract as signed: a lab’s own bill on that cloud never falls below its schedule (compute moves there from its other clouds). Lower values model renegotiated contracts; 0 turns the floors off.',
    source:
      'Public data honours signed contracts: take-or-pay terms are what the announcements describe (OpenAI-Oracle, Anthropic-AWS, Anthropic-Google). Renegotiation is a scenario, not a report',
    asOf: '2026-12',
    confidence: 'medium',
  }),
  num({
    id: 'lease.msft',
    key: 'lms',
    label: 'Microsoft’s capacity leased from neoclouds, total',
    group: 'Commitments',
    unit: 'USD bn',
    default: NEOCLOUD_LEASE_TERMS.usdBn,
    min: 0,
    max: 300,
    step: 0.1,
    range: [NEOCLOUD_LEASE_TERMS.usdBn * 0.7, NEOCLOUD_LEASE_TERMS.usdBn * 1.3],
    description: `Capacity Microsoft rents from neoclouds, ${NEOCLOUD_LEASE_TERMS.startYear}-${NEOCLOUD_LEASE_TERMS.endYear}: counted once, under Azure (who serves the customers); shown as its own line, and part of the neoclouds’ reported revenue.`,
    source: NEOCLOUD_LEASE_TERMS.announcement,
    asOf: '2026-11',
    confidence: 'low',
    advanced: true,
  }),
  ...PLATFORM_PAIRS.map((p) =>
    num({
      id: `platform.${p.family}.${p.cloud}`,
      key: `pf${FAMILY_CODES[p.family]}${CLOUD_CODES[p.cloud]}`,
      label: `${p.platform}: end customers’ share of ${possessive(FAMILY_LABELS[p.family])} billed compute on ${CLOUD_LABELS[p.cloud]}`,
      group: 'Commitments',
      unit: '%',
      default: p.value,
      min: 0,
      max: 100,
      step: 1,
      range: [Math.max(0, p.value - 15), Math.min(100, p.value + 15)],
      description: `Part of ${possessive(FAMILY_LABELS[p.family])} billed compute on ${CLOUD_LABELS[p.cloud]} that end customers pay for through ${p.platform}, rather than ${FAMILY_LABELS[p.family]} itself. A contract is measured against ${possessive(FAMILY_LABELS[p.family])} own bill only.`,
      source: 'Estimate: no platform reports its model-API revenue by model family; held near the lab bills reported for 2025 by the fit',
      asOf: '2026-12',
      confidence: 'low',
      advanced: true,
    }),
  ),
];
const commitments: ParameterSpec[] = FAMILIES.flatMap((family) =>
  CLOUDS.map((cloud) => {
    const known = COMMITMENT_TERMS[`${family}.${cloud}`];
    const terms = commitmentTerms(family, cloud);
    return num({
      id: `commit.${family}.${cloud}`,
      key: `c${FAMILY_CODES[family]}${CLOUD_CODES[cloud]}`,
      label: `${FAMILY_LABELS[family]} → ${CLOUD_LABELS[cloud]} commitment`,
      group: 'Commitments',
      unit: 'USD bn',
      default: known?.usdBn ?? 0,
      min: 0,
      max: 600,
      // Tenths: a pair's contracts add up to figures like $332.4B (Oracle + CoreWeave + Cerebras).
      step: 0.1,
      // Announced figures are treated as known; "up to" deals could fall short by half.
      range: known ? [known.usdBn * 0.5, known.usdBn] : [0, 0],
      description: `Contracted ${FAMILY_LABELS[family]} spend on ${CLOUD_LABELS[cloud]}, ${terms.startYear}-${terms.endYear}, set against the compute it is billed for there.`,
      source: terms.announcement,
      asOf: known?.asOf ?? '2026-11',
      confidence: known?.confidence ?? 'medium',
      advanced: !known,
    });
  }),
);

// ---------------------------------------------------------------------------------------------------------
/**
 * Model v3: Public data's free parameters take the values the facts-ledger fit gives (fitted.json, written
 * by `npm run calibrate`); each keeps its sourced value as `prior`, which the fit is held near.
 */
const FITTED = fittedJson.parameters as Readonly<Record<string, number>>;
export const FITTED_ON: string = fittedJson.fittedOn ?? 'not yet fitted';
function withFit(p: ParameterSpec): ParameterSpec {
  const v = FITTED[p.id];
  if (p.kind !== 'number' || v === undefined) return p;
  const widened = v < p.range[0] || v > p.range[1];
  return {
    ...p,
    prior: p.default,
    default: v,
    ...(widened ? { priorRange: p.range, range: [Math.min(p.range[0], v), Math.max(p.range[1], v)] as const } : {}),
    source: `${p.source}. Public data fits it to the facts ledger: ${v} (sourced prior ${p.default}; fitted ${FITTED_ON})`,
    confidence: p.confidence,
  };
}

/** The registry, in display order: the most consequential controls first within each group. */
export const parameters: readonly ParameterSpec[] = Object.freeze(
  [...market, ...shares, ...hosting, ...ownUse, ...strategies, ...archetypes, ...strategyExtras, ...silicon, ...finance, ...commitments, ...contractExtras].map(
    withFit,
  ),
);

/**
 * Parameter ids the engine normalises together, derived from the registry: each year's family shares and
 * each family's hosting row per year. A weight means a share only within its group.
 */
export const WEIGHT_GROUPS: readonly (readonly string[])[] = Object.freeze([
  ...(['2025', '2026', '2031'] as const).map((y) => FAMILIES.map((f) => `share${y}.${f}`)),
  ...(['2025', '2031'] as const).flatMap((y) => FAMILIES.map((f) => CLOUDS.map((c) => `hosting${y}.${f}.${c}`))),
]);

export const parametersById: ReadonlyMap<string, ParameterSpec> = new Map(parameters.map((p) => [p.id, p]));
export const parametersByKey: ReadonlyMap<string, ParameterSpec> = new Map(parameters.map((p) => [p.key, p]));

export function getParameter(id: string): ParameterSpec | undefined {
  return parametersById.get(id);
}
