/**
 * The model's entities: years, clouds, model families and strategy archetypes.
 * Source: ../shared/brief/ECONOMICS.md, "Entities".
 */

import type { ThesisMeasure, UncertainMeasure } from './simulation-settings';

export const CLOUDS = ['azure', 'aws', 'gcp', 'other'] as const;
export type CloudId = (typeof CLOUDS)[number];

/** The three clouds with strategy and custom-silicon levers; `other` has neither. */
export const HYPERSCALERS = ['azure', 'aws', 'gcp'] as const;
export type HyperscalerId = (typeof HYPERSCALERS)[number];

export const FAMILIES = ['openai', 'anthropic', 'google', 'meta', 'mistral', 'other'] as const;
export type FamilyId = (typeof FAMILIES)[number];

export const ARCHETYPES = ['agnostic', 'horizontal', 'vertical'] as const;
export type ArchetypeId = (typeof ARCHETYPES)[number];

export const BASE_YEAR = 2025;
export const LAST_YEAR = 2031;
/** 2025 ... 2031, annual. */
export const YEARS: readonly number[] = Object.freeze(Array.from({ length: LAST_YEAR - BASE_YEAR + 1 }, (_, i) => BASE_YEAR + i));

export const CLOUD_LABELS: Readonly<Record<CloudId, string>> = {
  azure: 'Azure',
  aws: 'AWS',
  gcp: 'Google Cloud',
  other: 'Other providers',
};

/** Longer label for `other`, used where there is room to say what it holds. */
export const CLOUD_DESCRIPTIONS: Readonly<Record<CloudId, string>> = {
  azure: 'Microsoft Azure',
  aws: 'Amazon Web Services',
  gcp: 'Google Cloud',
  other:
    'Neoclouds that sell capacity (Oracle, CoreWeave, Nebius, Lambda) and builders that run their own (Meta, xAI): billed compute is the neoclouds’, own use the builders’',
};

/**
 * What a cloud's AI compute hosted holds (model v3, labels): its owner's own products run there too, so the
 * figure is the company's cloud and its own products, not the cloud business alone; "Other providers" are
 * neoclouds that sell and builders that run their own (Meta, xAI).
 */
export const HOSTED_LABELS: Readonly<Record<CloudId, string>> = {
  azure: 'Microsoft: Azure and its own products',
  aws: 'Amazon: AWS and its own products',
  gcp: 'Google: Cloud and its own products',
  other: 'Other: neoclouds and self-builders',
};

/** The margin the model computes: on billed compute, after the accelerators' depreciation; not a segment's reported margin. */
export const MARGIN_LABEL = 'AI infrastructure gross margin, after depreciation';

/** The company that owns each cloud, for figures that are the company's rather than the cloud's. */
export const COMPANY_LABELS: Readonly<Record<CloudId, string>> = {
  azure: 'Microsoft',
  aws: 'Amazon',
  gcp: 'Google',
  other: 'Other providers',
};

/**
 * Whose figure a measure is, by name. Company AI gross profit is the company's, its cloud plus the model
 * income it books (ECONOMICS.md, model v2: "labelled as the company's, never as the cloud's"): "Google leads
 * on company AI gross profit", not "Google Cloud". The other measures are the cloud's.
 */
export function holderLabel(cloud: CloudId, measure: ThesisMeasure | UncertainMeasure): string {
  return measure === 'companyGrossProfit' ? COMPANY_LABELS[cloud] : CLOUD_LABELS[cloud];
}

/** What a company's AI gross profit adds up (model v2): cloud AI gross profit + model-layer income. */
export const COMPANY_PROFIT_LABELS: Readonly<Record<CloudId, string>> = {
  azure: 'Microsoft: Azure + OpenAI revenue share',
  aws: 'Amazon: AWS + model income',
  gcp: 'Google: Cloud + Gemini',
  other: 'Other providers: cloud + model income',
};

export const FAMILY_LABELS: Readonly<Record<FamilyId, string>> = {
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  google: 'Gemini',
  meta: 'Llama',
  mistral: 'Mistral',
  other: 'Other models',
};

export const ARCHETYPE_LABELS: Readonly<Record<ArchetypeId, string>> = {
  agnostic: 'Model-agnostic',
  horizontal: 'Horizontal',
  vertical: 'Vertical',
};

/** One sentence per strategy, for cards and the methodology page (ECONOMICS.md, "Entities"). */
export const ARCHETYPE_DESCRIPTIONS: Readonly<Record<ArchetypeId, string>> = {
  agnostic: 'Hosts every frontier model on one platform and charges a multi-model premium for it (Azure’s default).',
  horizontal: 'Rents compute to every lab and enterprise without favouring a model: thinner margins, no model risk (AWS’s default).',
  vertical: 'Favours its own model and turns away part of its rivals’ workloads; earns the model layer’s profit instead (Google’s default).',
};

export function isFamilyId(value: string): value is FamilyId {
  return (FAMILIES as readonly string[]).includes(value);
}
