/**
 * The engine's own description of itself: each step in plain words and as a formula, and the seed
 * articles' claims with what public data says. The /methodology page is generated from this and the
 * registry, so the words cannot drift from the code (steps.ts and evaluate.ts cite these step numbers).
 */

export interface MethodStep {
  step: number;
  title: string;
  /** The formula, in plain ASCII maths. */
  formula: string;
  /** What it means, for a CFO. */
  plain: string;
  /** Parameter ids the step reads (prefixes allowed, ending in '.'). */
  parameters: readonly string[];
}

export const methodSteps: readonly MethodStep[] = [
  {
    step: 1,
    title: 'Total AI infrastructure spend',
    formula: 'S[2025] given; S[y] = S[y-1] × (1 + growthNear) for 2026-2027, × (1 + growthLong) for 2028-2031',
    plain: 'The whole market: what the world spends on AI compute each year, growing fast to 2027 and more slowly after.',
    parameters: ['market.spend2025', 'market.growthNear', 'market.growthLong'],
  },
  {
    step: 2,
    title: 'Training and inference',
    formula: 'i[y] interpolates linearly from i[2025] to i[2031]; margin[y] = strategy margin + inferenceDelta × i[y]',
    plain: 'More of the money goes to serving models over time. If inference earns more margin than training, margins rise with it.',
    parameters: ['market.inference2025', 'market.inference2031', 'market.inferenceMarginDelta'],
  },
  {
    step: 3,
    title: 'Model-family shares',
    formula: 'm[f][y] = linear interpolation of normalised 2025 weights and normalised 2031 weights',
    plain: 'How the spend splits between OpenAI, Anthropic, Gemini, Llama, Mistral and the rest. You set weights; the model makes them add up to 100%.',
    parameters: ['share2025.', 'share2031.'],
  },
  {
    step: 4,
    title: 'Where each family runs',
    formula: 'h[f][c][y] = linear interpolation of each family’s normalised 2025 and 2031 hosting rows',
    plain: 'Each family’s preferred split across Azure, AWS, Google Cloud and the rest (neoclouds and own data centres). “OpenAI goes multi-cloud” lives here.',
    parameters: ['hosting2025.', 'hosting2031.'],
  },
  {
    step: 5,
    title: 'Strategy access',
    formula: 'access[f][c] = verticalAccess if c is vertical and does not own f, else 1',
    plain: 'A vertical cloud favours its own model and turns away part of its rivals’ work; that spend goes to the other clouds in proportion. A cloud owns the family it takes the largest share of model profit from (Google owns Gemini).',
    parameters: ['strategy.', 'vertical.access', 'capture.'],
  },
  {
    step: 6,
    title: 'Price response',
    formula: 'delta[c][y] = passThrough × Sigma/H (from step 8’s ratios); weight × (1 − delta)^(−elasticity), then renormalise',
    plain: 'A cloud that passes silicon savings on as lower prices wins share from the others. The cut is computed from ratios alone, so there is no circularity.',
    parameters: ['silicon.passThrough', 'price.elasticity'],
  },
  {
    step: 7,
    title: 'Captured spend',
    formula: 'H[c][y] = Σ_f S[y] × m[f][y] × h′[f][c][y]; Σ_c H[c][y] = S[y] exactly',
    plain: 'What each cloud captures: every family’s spend, split by where it runs after access and prices. The four clouds always add up to the whole market.',
    parameters: [],
  },
  {
    step: 8,
    title: 'Cost, revenue and margin',
    formula:
      'C0 = H × (1 − m) × (0.75 / u) / (1 + premium); Sigma = C0 × computeShare × adoption × costCut; R = H − passThrough × Sigma; C = C0 − Sigma; GP = R − C; margin = GP / R',
    plain: 'Each strategy earns its margin at 75% utilisation; busier chips and premiums (multi-model, data residency) lower cost per dollar. Custom chips cut the compute part of cost; part of the saving is passed to customers. “Other” is priced like a horizontal cloud and has no chips of its own.',
    parameters: ['archetype.', 'residency.premium', 'residency.share', 'silicon2025.', 'silicon2031.', 'silicon.costCut.', 'silicon.computeShare'],
  },
  {
    step: 9,
    title: 'Model-layer profit',
    formula: 'modelGP[c][y] = Σ_f capture[f][c] × modelLayerMargin × S[y] × m[f][y]',
    plain: 'Owning or holding a stake in a model family earns a share of that family’s own profit: Google keeps all of Gemini’s, Microsoft about a fifth of OpenAI’s. This is the vertical strategy’s upside and the partnership’s hedge.',
    parameters: ['model.layerMargin', 'capture.'],
  },
  {
    step: 10,
    title: 'Silicon programme',
    formula: 'net[c][y] = Sigma[c][y] − programmeCost[c] (in years with any adoption); breakeven = first year cumulative net > 0',
    plain: 'Chips cost billions a year to design and tape out. The breakeven year is when savings have paid for the programme so far.',
    parameters: ['silicon.programme.'],
  },
  {
    step: 11,
    title: 'Commitments',
    formula: 'projected = Σ over the contract window of H[f][c][y]; binds when projected < commitment (prorated to 2031)',
    plain: 'Announced multi-year contracts do not change the mix; the model checks whether the scenario’s projected spend covers them. A contract that would bind is flagged.',
    parameters: ['commit.'],
  },
  {
    step: 12,
    title: 'Totals, NPV and concentration',
    formula: 'cumulative = Σ 2025-2031; NPV = Σ GP[y] / (1 + r)^(y − 2025); HHI = Σ_f (spend_f / spend)^2',
    plain: 'Seven-year totals, the present value of gross profit (infrastructure plus model layer), and how concentrated each cloud’s spend is on one family.',
    parameters: ['finance.discountRate'],
  },
  {
    step: 13,
    title: 'Winner analysis',
    formula: 'for each family f: 2031 share of f = winnerShare, others scaled in proportion; exposure[c] = (max − min) / mean of cumulative captured spend across winners',
    plain: 'The thesis test: if a different model family wins, how much does each cloud’s take swing? A low exposure means a cloud captures spend whichever model wins.',
    parameters: ['winner.share'],
  },
];

export type SeedClaimStatus = 'supported' | 'vendor claim' | 'contradicted' | 'unconfirmable';

export interface SeedClaim {
  claim: string;
  status: SeedClaimStatus;
  publicData: string;
}

/** ECONOMICS.md, "What the seeds claim, checked". */
export const seedClaims: readonly SeedClaim[] = [
  { claim: 'OpenAI committed $250B to Azure', status: 'supported', publicData: 'Announced Oct 2025; the term (“through 2031”) is unconfirmed.' },
  { claim: 'Anthropic’s $30B Azure deal (dated 2024 by the seed)', status: 'supported', publicData: 'Announced Nov 2025, not 2024.' },
  { claim: 'Microsoft’s $13B investment in OpenAI', status: 'supported', publicData: '$11.6B funded by Sep 2025; about a 27% stake.' },
  { claim: 'Data-residency premium of 10-15%', status: 'supported', publicData: 'About 10%: Claude on AWS 1.1× for US-only inference; Azure OpenAI Data Zone 10-20% above Global.' },
  { claim: 'Custom silicon is 30-40% cheaper than NVIDIA', status: 'vendor claim', publicData: 'Maia 200: 30% better performance per dollar; Trainium2 30-40% (vendors). Epoch AI: “well under 2×”.' },
  { claim: 'Nebius signed $27B on Azure through 2031', status: 'contradicted', publicData: 'The $27B deal is Nebius selling to Meta; Microsoft buys up to $19.4B of capacity from Nebius.' },
  { claim: 'Inference is 60-70% of AI spend by 2025', status: 'contradicted', publicData: 'About 50% in 2025 (Deloitte TMT Predictions 2026); 40-50% of OpenAI and Anthropic compute (Epoch AI).' },
  { claim: 'Azure AI margins 22-28% vs AWS 12-18%', status: 'unconfirmable', publicData: 'Not disclosed. Oracle GPU rental 14% gross; CoreWeave 16% adjusted operating margin (2025).' },
  { claim: 'Training markups of 15-25%', status: 'unconfirmable', publicData: 'Not disclosed.' },
  { claim: 'Diversification lifts utilisation from 65% to 85%', status: 'unconfirmable', publicData: 'LBNL via Uptime Institute: GPU servers do useful work 75-85% of the time.' },
  { claim: 'Enterprises run 3.2 models on average', status: 'unconfirmable', publicData: 'a16z: 81% of enterprises use three or more model families.' },
];

export const SEED_ARTICLES: readonly string[] = [
  'Economics of Model-Agnostic Infrastructure: Azure Captures All AI Spend (FourWeekMBA, Apr 2026)',
  'Microsoft’s Strategic Pivot: From Exclusivity to Essential Infrastructure',
  'The Great Unbundling: How Microsoft and OpenAI’s Evolving Relationship Reshapes the AI Infrastructure Landscape',
  'Microsoft’s $13 billion investment in OpenAI and Azure dependency',
];
