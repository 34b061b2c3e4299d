/**
 * The engine's own description of itself: each step in plain words and as a formula, and the seed
 * articles (their claims, checked: seed-claims.ts). The /methodology page is generated from this and the
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
    title: 'The world’s AI compute',
    formula: 'S[2025] given; S[y] = S[y-1] × (1 + growthNear) for 2026-2027, × (1 + growthLong) for 2028-2031',
    plain:
      'The whole market: the yearly value of the world’s AI accelerators in use, training and inference, priced at what they would rent for. It includes what companies run for themselves (Google’s Gemini, Meta’s data centres).',
    parameters: ['market.spend2025', 'market.growthNear', 'market.growthLong'],
  },
  {
    step: 2,
    title: 'Training and inference',
    formula: 'i[y] runs linearly i[2025] → i[2026] → i[2031]; margin[y] = strategy margin + inferenceDelta × i[y]',
    plain:
      'More of the compute goes to serving models over time: about half in 2025 and two thirds in 2026 (Deloitte). If inference earns more margin than training, margins rise with it.',
    parameters: ['market.inference2025', 'market.inference2026', 'market.inference2031', 'market.inferenceMarginDelta'],
  },
  {
    step: 3,
    title: 'Model-family shares',
    formula: 'm[f][y] runs linearly between the normalised 2025, 2026 and 2031 weights',
    plain:
      'How the compute splits between OpenAI, Anthropic, Gemini, Llama, Mistral and the rest. 2025 and 2026 are what was reported; 2031 is your scenario. You set weights; the model makes them add up to 100%.',
    parameters: ['share2025.', 'share2026.', 'share2031.'],
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
    plain:
      'A vertical cloud may favour its own model and turn away part of its rivals’ work; that compute goes to the other clouds in proportion. A cloud’s own family is the one its owner is most tied to (Google: Gemini; Microsoft: OpenAI; Amazon: Anthropic). Public data turns nothing away (100%), since Google rents TPUs to rivals.',
    parameters: ['strategy.', 'vertical.access', 'capture.', 'stake.'],
  },
  {
    step: 6,
    title: 'Price response',
    formula:
      'delta[c][y] = passThrough × Σ/H (from step 8’s ratios); rented weight × (1 − delta)^(−elasticity), then renormalise; own use placed before prices act',
    plain:
      'A cloud that passes silicon savings on as lower prices wins share from the others. The cut is computed from ratios alone, so there is no circularity. Only what outside customers rent responds to prices: an owner’s own use (Gemini for Google’s products, Meta’s data centres) stays with its owner whatever rental prices do (model v3).',
    parameters: ['silicon.passThrough', 'price.elasticity'],
  },
  {
    step: 7,
    title: 'AI compute hosted',
    formula:
      'own[f][c] = S × m[f] × h[f][c] (access only) × ownUse[f][c]; H[c][y] = Σ_f own[f][c] + (S × m[f] − Σ_c own[f][c]) × h′[f][c]; Σ_c H[c][y] = S[y] exactly',
    plain:
      'What each cloud hosts: every family’s compute, split by where it runs after access and prices, own use included. The four add up to the whole market.',
    parameters: [],
  },
  {
    step: 8,
    title: 'Own use, billed compute, revenue and margin',
    formula:
      'O = Σ_f H[f][c] × own[f][c]; B = H − O; C0 = H × (1 − m) × (0.75 / u) / (1 + premium); Σ = C0 × computeShare × adoption × costCut; R = B × (1 − passThrough × Σ/H); cost of billed = B × (C0 − Σ)/H; GP = R − cost of billed; margin = GP / R; share of all clouds’ AI revenue = R[c] / Σ_c′ R[c′] over Azure, AWS, Google Cloud and other providers (Microsoft’s neocloud leases counted once, in Azure’s)',
    plain:
      'Part of what a cloud hosts is its owner’s own use (Gemini for Google’s products, OpenAI models in Microsoft’s Copilot, Meta’s own data centres), billed to no one. Only billed compute is cloud AI revenue; gross profit and margin are on it alone. Cost and custom-silicon savings apply to everything hosted; savings on own use stay with the owner. The margin you set holds at 75% utilisation before premiums and silicon; the margin bridge shows how it becomes the margin shown. A card’s “% of all clouds’” is its cloud AI revenue over that of all four providers together, neoclouds and other providers included, so the three hyperscalers’ shares leave the rest to them. It is a share of what end customers are billed: capacity Microsoft leases from neoclouds is counted once, in Azure’s revenue, though the neoclouds also report the lease as theirs (step 11).',
    parameters: [
      'ownUse2025.',
      'ownUse2031.',
      'archetype.',
      'residency.premium',
      'residency.share',
      'silicon2025.',
      'silicon2031.',
      'silicon.costCut.',
      'silicon.computeShare',
    ],
  },
  {
    step: 9,
    title: 'Model revenue and model-layer income',
    formula:
      'rev[f][y] = compute[f][y] × revenueRatio[f][y] (2025 → 2026 → 2031); GP[f][y] = rev × modelGrossMargin; income[c] = Σ_f booked[f][c] × max(0, rev[f] − B[f][c]) × modelGrossMargin + (Microsoft) min(revShare × rev[OpenAI], what is left of the cap) through its last year (gross); exposure[c] = Σ_f stake[f][c] × GP[f]',
    plain:
      'A model family earns its own revenue (subscriptions and APIs it sells) in proportion to its compute, at a ratio of its own: calibrated to OpenAI’s and Anthropic’s reported revenue, so Anthropic out-earns OpenAI from 2026 as reported. It keeps its gross margin of that revenue. Google books Gemini’s gross profit on the revenue its cloud does not already count: the Gemini API sold on Vertex is Google Cloud revenue, so it is not counted again as Gemini income (model v3). Microsoft receives about 20% of OpenAI’s revenue through 2030 under a total cap counted from 2026, gross (before what Microsoft paid OpenAI back until the April 2026 amendment; no sourced figure nets it). Revenue from products a cloud’s owner builds on a model (Copilot, Search) is counted for no company, so own use earns nothing anywhere. Stakes (Microsoft in OpenAI, Amazon and Google in Anthropic) are shown as exposure, not counted as yearly income. Company AI gross profit = cloud AI gross profit + model-layer income.',
    parameters: ['revenueRatio2025.', 'revenueRatio2026.', 'revenueRatio2031.', 'model.grossMargin', 'msft.', 'capture.', 'stake.'],
  },
  {
    step: 10,
    title: 'Silicon programme',
    formula: 'net[c][y] = Σ[c][y] − programmeCost[c] (in years with any adoption); breakeven = first year cumulative net > 0',
    plain:
      'Chips cost billions a year to design and tape out. The breakeven year is when savings, on billed compute and own use alike, have paid for the programme so far.',
    parameters: ['silicon.programme.'],
  },
  {
    step: 11,
    title: 'Signed contracts as floors',
    formula:
      'schedule[f][c][y] = commitment × each contract’s yearly share (its ramp, or 1/3, 2/3, then 1 a year); ownBill[f][c] = B[f][c] × (1 − platform[f][c]); floor = taken × schedule; a shortfall moves the lab’s own bill from its clouds above their floors, Σ_c unchanged; unmet = what no move covers',
    plain:
      'Each pair’s signed contracts (facts ledger) bill on a yearly schedule and are compared with the lab’s own bill on that cloud, not its end customers’ (Azure OpenAI, Bedrock, Vertex). Public data honours them: where the lab’s shares and hosting alone would leave a contract partly unused, its own compute moves there from its other clouds, so the contract reaches revenue; the world’s and the family’s compute are unchanged, and what the family’s whole compute cannot cover is shown as unmet. “Share of contracted capacity taken” relaxes the floors. Microsoft’s capacity leased from neoclouds is Azure’s compute, counted once, shown as its own line and added to what neoclouds report.',
    parameters: ['commit.', 'contracts.taken', 'platform.', 'lease.msft'],
  },
  {
    step: 12,
    title: 'Totals, NPV and concentration',
    formula: 'cumulative = Σ 2025-2031; NPV = Σ companyGP[y] / (1 + r)^(y − 2025); HHI = Σ_f (hosted_f / hosted)^2',
    plain: 'Seven-year totals, the present value of company AI gross profit, and how concentrated each cloud’s hosted compute is on one family.',
    parameters: ['finance.discountRate'],
  },
  {
    step: 13,
    title: 'Winner analysis and the thesis’ odds (model v3)',
    formula:
      'billed share b[f][y] = billed[f][y] / Σ_f billed[f][y]; world of winner w: target[w] = winnerShare, target[g] = b[g][2031] × (1 − winnerShare) / Σ_{h≠w} b[h][2031]; ' +
      'b′[f][y] = b[f][y] + t[y] × (target[f] − b[f][2031]), t = 0 through 2026, (y − 2026) / 5 after; own use[c][y] unchanged; ' +
      'billed′[f][c][y] = b′[f][y] × M[y] × split[f][c][y] (each family’s split before floors), then step 11a’s floors on the labs’ own bills; ' +
      'hosted′[c] = Σ_y own[c][y] + Σ_{f,y} billed′[f][c][y]; revenue′[c] = Σ billed′[c][y] × (1 − cut[c][y]); ' +
      'company GP′[c] = Σ billed′[c][y] × (1 − cut − net cost ratio) + Σ_f capture[f][c] × max(0, revenue′[f] − billed′[f][c]) × model margin (+ OpenAI’s capped revenue share for Azure); ' +
      'exposure[c] = (max − min) / mean |value| of the measure across the six worlds; concentration[c][y] = max_f billed[f][c][y] / billed[c][y]; ' +
      'odds = share of Monte Carlo draws in which a hyperscaler leads on the measure (or is least exposed), ± √(p(1 − p)/n); ' +
      'compareOdds = share of paired draws (same uniforms, same share draws) in which B’s figure beats A’s, ties counting ½, ± sd/√n',
    plain:
      'The thesis test, on the measure the reader picks (cloud AI revenue by default, company AI gross profit, or AI compute hosted): in six worlds, one per model family, that family wins winnerShare of the labs’ market (billed compute, model APIs included) by 2031, the others shrinking in proportion, while the owners’ own workloads (Search, ads, the Gemini app, Copilot, Meta’s data centres) stay where they are: a lab’s success does not move them. A cloud’s exposure is how far its 2025-2031 total on the measure swings across those worlds. Customer concentration, shown beside it, is the largest family’s share of a cloud’s AI revenue each year. Each Monte Carlo draw runs its own winner analysis, so the headline’s conclusions carry odds; its words follow them: “clearly” above 90%, “narrowly” from 60% to 90%, “a coin flip” below. Until the full run is in, the sentence speaks from the run’s first 500 draws and says only the word they have surely earned: the word at the low end of their 95% sampling interval (p − 1.96 standard errors), so 62% of 500 draws is still “a coin flip”; the full run then states the word of its own odds. At range width ×0 every draw is the scenario itself, so the sentence claims no odds and says why; the line under it names any simulation setting a link changes from its default (range width, share concentration). The answer-flips sentence is the nearest switching value of each conclusion within its assumption’s plausible range (one assumption alone, on its slider’s grid), else the nearest beyond it, said so; “near the edge of its plausible range” is said of a flip in the range’s outer tenth that moves towards that end, not of one that moves away from it. Each world is the model itself run on that world’s billing (evaluate with the families’ billing set): the signed contracts are honoured as floors in it (a lab that loses still owes its contracted clouds), and model income is counted once.',
    parameters: ['winner.share'],
  },
];

export const SEED_ARTICLES: readonly string[] = [
  'Economics of Model-Agnostic Infrastructure: Azure Captures All AI Spend (FourWeekMBA, Apr 2026)',
  'Microsoft’s Strategic Pivot: From Exclusivity to Essential Infrastructure',
  'The Great Unbundling: How Microsoft and OpenAI’s Evolving Relationship Reshapes the AI Infrastructure Landscape',
  'Microsoft’s $13 billion investment in OpenAI and Azure dependency',
];
