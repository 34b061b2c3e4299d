/**
 * The seed articles' claims, each checked against public data, with the figures the Seed thesis preset sets
 * from it. Apart from methodology.ts (the steps' long words) because the dashboard's Seed thesis note reads
 * it at first load.
 */
import { parametersById } from './parameters';
import type { Preset } from './presets';

/** Public data's 2026-2027 growth, read from the registry (the fit sets it), so the claim's check follows a refit. */
const FITTED_GROWTH_NEAR = Number(parametersById.get('market.growthNear')?.default);
const inClaimedRange = FITTED_GROWTH_NEAR >= 50 && FITTED_GROWTH_NEAR <= 75;

export type SeedClaimStatus = 'supported' | 'vendor claim' | 'contradicted' | 'unconfirmable';

export interface SeedClaim {
  claim: string;
  status: SeedClaimStatus;
  publicData: string;
  /**
   * The registry figures the Seed thesis preset sets from this claim (its `notes` hold each figure's own
   * words); empty for a claim the model takes from the facts ledger instead, or does not model.
   */
  parameters: readonly string[];
}

/**
 * ECONOMICS.md, "What the seeds claim, checked", and the further claims the Seed thesis preset enters as
 * figures (OpenAI's exclusivity, inference growth, the multi-model premium, Google's vertical build). One
 * list: the dashboard's Seed thesis note and the methodology page both count claims from it, each with the
 * figures it sets under it.
 */
export const seedClaims: readonly SeedClaim[] = [
  {
    claim: 'OpenAI committed $250B to Azure',
    status: 'supported',
    publicData: 'Announced Oct 2025; the term (“through 2031”) is unconfirmed.',
    parameters: [],
  },
  { claim: 'Anthropic’s $30B Azure deal (dated 2024 by the seed)', status: 'supported', publicData: 'Announced Nov 2025, not 2024.', parameters: [] },
  { claim: 'Microsoft’s $13B investment in OpenAI', status: 'supported', publicData: '$11.6B funded by Sep 2025; about a 27% stake.', parameters: [] },
  {
    claim: 'Data-residency premium of 10-15%',
    status: 'supported',
    publicData: 'About 10%: Claude on AWS 1.1× for US-only inference; Azure OpenAI Data Zone 10-20% above Global.',
    parameters: ['residency.premium'],
  },
  {
    claim: 'Custom silicon is 30-40% cheaper than NVIDIA',
    status: 'vendor claim',
    publicData: 'Maia 200: 30% better performance per dollar; Trainium2 30-40% (vendors). Epoch AI: “well under 2×”.',
    parameters: ['silicon.costCut.azure', 'silicon.costCut.aws', 'silicon.costCut.gcp'],
  },
  {
    claim: 'OpenAI’s models run exclusively on Azure, through 2031',
    status: 'contradicted',
    publicData: 'Exclusivity ended in Oct 2025; OpenAI has since signed with Oracle ($300B), CoreWeave and AWS ($38B).',
    parameters: ['hosting2025.openai.azure', 'hosting2031.openai.azure'],
  },
  {
    claim: 'Nebius signed $27B on Azure through 2031',
    status: 'contradicted',
    publicData: 'The $27B deal is Nebius selling to Meta; Microsoft buys up to $19.4B of capacity from Nebius.',
    parameters: ['commit.other.azure'],
  },
  {
    claim: 'Inference is 60-70% of AI spend by 2025',
    status: 'contradicted',
    publicData: 'About 50% in 2025 (Deloitte TMT Predictions 2026); 40-50% of OpenAI and Anthropic compute (Epoch AI).',
    parameters: ['market.inference2025'],
  },
  {
    claim: 'Inference spend grows 50-75% a year through 2027',
    status: 'unconfirmable',
    publicData: `Not reported as a series. Public data’s AI compute growth for 2026-2027, fitted to the facts ledger, is ${FITTED_GROWTH_NEAR}% a year, ${inClaimedRange ? 'inside' : 'outside'} that range.`,
    parameters: ['market.growthNear'],
  },
  {
    claim: 'Azure AI margins 22-28% vs AWS 12-18%',
    status: 'unconfirmable',
    publicData: 'Not disclosed. Oracle GPU rental 14% gross; CoreWeave 16% adjusted operating margin (2025).',
    parameters: ['archetype.agnostic.margin', 'archetype.horizontal.margin'],
  },
  {
    claim: 'Training markups of 15-25%, inference margins of 20-35%',
    status: 'unconfirmable',
    publicData: 'Not disclosed.',
    parameters: ['market.inferenceMarginDelta'],
  },
  {
    claim: 'Diversification lifts utilisation from 65% to 85%',
    status: 'unconfirmable',
    publicData: 'LBNL via Uptime Institute: GPU servers do useful work 75-85% of the time.',
    parameters: ['archetype.agnostic.utilisation', 'archetype.vertical.utilisation'],
  },
  { claim: 'Multi-model access is worth a 10-15% premium', status: 'unconfirmable', publicData: 'Not disclosed.', parameters: ['archetype.agnostic.premium'] },
  {
    claim: 'Enterprises run 3.2 models on average',
    status: 'unconfirmable',
    publicData: 'a16z: 81% of enterprises use three or more model families.',
    parameters: [],
  },
  {
    claim: 'Google builds vertically around Gemini',
    status: 'unconfirmable',
    publicData: 'Google also rents TPUs to Anthropic (up to 1M, Oct 2025; about $200B from 2027), so its cloud is not Gemini’s alone.',
    parameters: ['vertical.access'],
  },
];

/** A claim with the figures a preset sets from it, each with the preset's value and its own note. */
export interface ClaimWithFigures {
  claim: SeedClaim;
  figures: readonly { id: string; value: number | string | undefined; note: string }[];
}

/** The seed claims a preset sets figures for (Seed thesis: most of them), in the list's order. */
export function claimsSetBy(preset: Pick<Preset, 'values' | 'notes'>): ClaimWithFigures[] {
  const notes = preset.notes ?? {};
  return seedClaims
    .map((claim) => ({
      claim,
      figures: claim.parameters.filter((id) => notes[id] !== undefined).map((id) => ({ id, value: preset.values[id], note: notes[id]?.note ?? '' })),
    }))
    .filter((c) => c.figures.length > 0);
}
