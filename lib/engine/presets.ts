/**
 * Named scenarios. Each states in one sentence what it assumes; values are partial scenarios applied on
 * top of the defaults. "Seed thesis" carries a note per value saying how public data rates the claim.
 */
import { defaultScenario, type Scenario } from './scenario';
import { parametersById } from './parameters';

/** Public data's value of a parameter, for preset descriptions that compare with it. */
function publicValue(id: string): number | string {
  return parametersById.get(id)?.default ?? '?';
}

export type ClaimStatus = 'supported' | 'vendor claim' | 'unconfirmable' | 'contradicted';

export interface PresetNote {
  status: ClaimStatus;
  note: string;
}

export interface Preset {
  id: string;
  name: string;
  description: string;
  values: Partial<Scenario>;
  /** Per parameter id: where the value comes from and how public data rates it. */
  notes?: Readonly<Record<string, PresetNote>>;
}

/** 2031 family weights that sum to 100, so a slider shows the share itself. */
function shares2031(w: { openai: number; anthropic: number; google: number; meta: number; mistral: number; other: number }): Partial<Scenario> {
  return {
    'share2031.openai': w.openai,
    'share2031.anthropic': w.anthropic,
    'share2031.google': w.google,
    'share2031.meta': w.meta,
    'share2031.mistral': w.mistral,
    'share2031.other': w.other,
  };
}

const SEED_1 = 'Seed “Economics of Model-Agnostic Infrastructure”';

export const presets: readonly Preset[] = Object.freeze([
  {
    id: 'public',
    name: 'Public data',
    description:
      'Sourced defaults fitted to the facts ledger (what was reported in 2025 and 2026: results, lab revenue and compute plans, signed contracts), with signed contracts honoured; model shares held at 2026 levels, and the three strategies alike where no public figure tells them apart.',
    values: {},
  },
  {
    id: 'seed',
    name: 'Seed thesis',
    description:
      'The seed articles’ own figures on top of Public data (margins, premium and utilisation that favour Azure, OpenAI preferring Azure alone: its signed Oracle, AWS and CoreWeave contracts still hold as floors), including the ones public data contradicts, each labelled. Taken together they compound: Azure’s margin comes out near 50%, twice the 22-28% the seed claims (the margin bridge shows how).',
    values: {
      'market.growthNear': 62,
      'market.inference2025': 65,
      'market.inferenceMarginDelta': 7.5,
      'archetype.agnostic.margin': 25,
      'archetype.horizontal.margin': 15,
      'archetype.agnostic.premium': 12.5,
      'archetype.agnostic.utilisation': 85,
      'archetype.vertical.utilisation': 65,
      'vertical.access': 85,
      'residency.premium': 12.5,
      'silicon.costCut.azure': 35,
      'silicon.costCut.aws': 35,
      'silicon.costCut.gcp': 35,
      'hosting2025.openai.azure': 100,
      'hosting2025.openai.aws': 0,
      'hosting2025.openai.gcp': 0,
      'hosting2025.openai.other': 0,
      'hosting2031.openai.azure': 100,
      'hosting2031.openai.aws': 0,
      'hosting2031.openai.gcp': 0,
      'hosting2031.openai.other': 0,
      'commit.other.azure': 27,
    },
    notes: {
      'market.growthNear': { status: 'unconfirmable', note: `${SEED_1}: inference spend +50-75% a year through 2027 (62% is the midpoint).` },
      'market.inference2025': {
        status: 'contradicted',
        note: `${SEED_1}: inference is 60-70% of spend “by 2025”. Public data: about 50% (Deloitte TMT Predictions 2026; Epoch AI 40-50%).`,
      },
      'market.inferenceMarginDelta': {
        status: 'unconfirmable',
        note: `${SEED_1}: training markups 15-25%, inference margins 20-35%, so inference earns about 7.5 points more.`,
      },
      'archetype.agnostic.margin': { status: 'unconfirmable', note: `${SEED_1}: Azure AI infrastructure margins 22-28% (not public).` },
      'archetype.horizontal.margin': { status: 'unconfirmable', note: `${SEED_1}: AWS margins 12-18% (not public).` },
      'archetype.agnostic.premium': { status: 'unconfirmable', note: `${SEED_1}: multi-model access is worth a 10-15% premium.` },
      'archetype.agnostic.utilisation': {
        status: 'unconfirmable',
        note: `${SEED_1}: diversified workloads raise utilisation from 65% to 85%+.`,
      },
      'archetype.vertical.utilisation': { status: 'unconfirmable', note: `${SEED_1}: a single-model platform stays near 65% utilisation.` },
      'vertical.access': {
        status: 'unconfirmable',
        note: `${SEED_1}: Google builds vertically around Gemini; 85% is our reading of how much rival work a vertical cloud keeps. Public data: Google rents TPUs to Anthropic (up to 1M, Oct 2025; about $200B from 2027).`,
      },
      'residency.premium': {
        status: 'supported',
        note: `${SEED_1}: 10-15% for in-region hosting. Public data: about 10% (Claude on AWS 1.1×; Azure Data Zone 10-20%).`,
      },
      'silicon.costCut.azure': { status: 'vendor claim', note: `${SEED_1}: custom silicon 30-40% cheaper than NVIDIA. Vendor claims only.` },
      'silicon.costCut.aws': { status: 'vendor claim', note: `${SEED_1}: custom silicon 30-40% cheaper than NVIDIA. Vendor claims only.` },
      'silicon.costCut.gcp': { status: 'vendor claim', note: `${SEED_1}: custom silicon 30-40% cheaper than NVIDIA. Vendor claims only.` },
      'hosting2025.openai.azure': {
        status: 'contradicted',
        note: `${SEED_1}: OpenAI’s models “run exclusively on Azure”. Public data: exclusivity ended Oct 2025; OpenAI signed Oracle ($300B), CoreWeave and AWS ($38B).`,
      },
      'hosting2031.openai.azure': {
        status: 'contradicted',
        note: `${SEED_1}: the $250B commitment keeps OpenAI exclusively on Azure through 2031. Public data: no exclusivity since Oct 2025.`,
      },
      'commit.other.azure': {
        status: 'contradicted',
        note: `${SEED_1}: “Nebius $27B on Azure through 2031” (entered here as another family on Azure). Public data: the $27B deal is Nebius selling to Meta; Microsoft buys up to $19.4B from Nebius.`,
      },
    },
  },
  {
    id: 'openai-dominance',
    name: 'OpenAI dominance',
    description: `OpenAI uses 80% of the world’s AI compute by 2031 (about ${publicValue('share2026.openai')}% in 2026); every other family shrinks.`,
    values: shares2031({ openai: 80, anthropic: 4, google: 8, meta: 4, mistral: 1, other: 3 }),
  },
  {
    id: 'fragmentation',
    name: 'Fragmentation',
    description: 'No family dominates: by 2031 compute is spread evenly across five labs and the long tail.',
    values: shares2031({ openai: 20, anthropic: 18, google: 20, meta: 15, mistral: 7, other: 20 }),
  },
  {
    id: 'open-weight',
    name: 'Open-weight wins',
    description: 'Open-weight models (Llama, Mistral, DeepSeek, Qwen) use 70% of the world’s AI compute by 2031, mostly on neoclouds and own data centres.',
    values: shares2031({ openai: 15, anthropic: 7, google: 8, meta: 35, mistral: 10, other: 25 }),
  },
  {
    id: 'gemini-surge',
    name: 'Gemini surge',
    description: 'Gemini uses half of the world’s AI compute by 2031, all of it on Google’s own chips.',
    values: shares2031({ openai: 20, anthropic: 10, google: 50, meta: 8, mistral: 2, other: 10 }),
  },
  {
    id: 'anthropic-leads',
    name: 'Anthropic leads',
    description:
      'Anthropic keeps outgrowing OpenAI, as its revenue did in 2026, and uses 35% of the world’s AI compute by 2031, mostly on AWS Trainium and Google TPUs.',
    values: shares2031({ openai: 15, anthropic: 35, google: 18, meta: 10, mistral: 1, other: 21 }),
  },
  {
    id: 'unbundling',
    name: 'Full unbundling',
    description: `Since 27 April 2026 OpenAI may serve every product on any cloud; here it does: Azure’s share of OpenAI’s compute falls from ${publicValue('hosting2025.openai.azure')}% (2025) to 20% by 2031, against ${publicValue('hosting2031.openai.azure')}% in Public data (signed contracts still hold as floors).`,
    values: {
      'hosting2031.openai.azure': 20,
      'hosting2031.openai.aws': 15,
      'hosting2031.openai.gcp': 10,
      'hosting2031.openai.other': 55,
    },
  },
  {
    id: 'pre-amendment',
    name: 'Before the April 2026 amendment',
    description:
      'As if the 27 April 2026 amendment had not happened: OpenAI’s API stays exclusive to Azure, so Azure keeps 55% of OpenAI’s compute by 2031 (40% in Public data) beside the Oracle and AWS deals signed before it, and OpenAI pays Microsoft 20% of its revenue with no cap through 2031 (gross: Microsoft’s own revenue share to OpenAI, which the amendment ended, is not modelled).',
    values: {
      'hosting2031.openai.azure': 55,
      'hosting2031.openai.aws': 7,
      'hosting2031.openai.gcp': 3,
      'hosting2031.openai.other': 35,
      'msft.revShareCap': 500,
      'msft.revShareLastYear': 2031,
    },
  },
  {
    id: 'slowdown',
    name: 'AI spending slowdown',
    description: `The world’s AI compute grows 15% a year in 2026-2027 and 3% a year after, instead of ${publicValue('market.growthNear')}% and ${publicValue('market.growthLong')}%, and labs take 70% of their contracted capacity.`,
    values: { 'market.growthNear': 15, 'market.growthLong': 3, 'contracts.taken': 70 },
  },
  {
    id: 'renegotiated',
    name: 'Contracts renegotiated',
    description:
      'Labs take half of the capacity they signed for each year (delays, cancellations, renegotiation) and shares and hosting decide the rest: the contracts’ floors bind only at 50% of their schedules.',
    values: { 'contracts.taken': 50 },
  },
] satisfies Preset[]);

export function getPreset(presetId: string): Preset | undefined {
  return presets.find((p) => p.id === presetId);
}

/** The preset's values on top of `base` (defaults if omitted). An unknown id returns `base` unchanged. */
export function applyPreset(presetId: string, base: Readonly<Scenario> = defaultScenario()): Scenario {
  const preset = getPreset(presetId);
  const out: Scenario = { ...base };
  if (!preset) return out;
  for (const [id, value] of Object.entries(preset.values)) if (value !== undefined) out[id] = value;
  return out;
}
