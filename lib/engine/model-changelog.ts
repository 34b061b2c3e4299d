/**
 * The model's dated changelog, in words (the methodology page draws it). Kept apart from model-version.ts,
 * whose version and release dates every dashboard load needs: these paragraphs are for the methodology page
 * only, and a module is loaded whole.
 */
import { MODEL_RELEASES } from './model-version';

export interface ModelChange {
  version: number;
  /** ISO date of release. */
  date: string;
  title: string;
  /** What changed, for a reader who knows the previous version. */
  changes: readonly string[];
}

const releaseDate = (version: number): string => MODEL_RELEASES.find((r) => r.version === version)?.date ?? '';

/** Newest first. */
export const MODEL_CHANGELOG: readonly ModelChange[] = [
  {
    version: 3,
    date: releaseDate(3),
    title: 'Model v3: held to a dated facts ledger, with contracts that count',
    changes: [
      'A facts ledger (lib/engine/facts) holds every reported figure the model is held to, one dated and sourced row each: the three segments’ results and backlogs, the labs’ revenue, compute bills and spending plans, every announced compute contract with its term and ramp, Microsoft’s neocloud leases, neocloud results, capex. Each row says how the model is compared with it, like for like, and within what tolerance.',
      'Public data is fitted, not hand-tuned: `npm run calibrate` fits growth, family shares (2025 and 2026), OpenAI’s and Anthropic’s hosting, owners’ own use, revenue ratios and platform shares to the ledger by weighted least squares (Levenberg-Marquardt), each parameter held near its sourced value. The methodology page shows every row’s residual and what the fit moved. Biggest moves: growth 45% → 67% (2026-2027) and 25% → 45% (2028-2031), held to OpenAI’s own compute plans and revenue targets and the contracts the labs signed; world AI compute in 2025 $180B → $220B.',
      'Contracts are economics: each pair’s signed contracts have a yearly schedule (its reported ramp, or a third, two thirds, then all of it) and are compared with the lab’s own bill on that cloud (end customers’ Azure OpenAI, Bedrock and Vertex bills excluded). Public data honours them: a lab’s own bill on a cloud does not fall below its schedule; the compute moves from its other clouds (never created), and what its whole compute cannot cover is shown as unmet. A new setting, share of contracted capacity taken, and a “Contracts renegotiated” preset relax the floors.',
      'Counted once: Gemini API revenue sold on Vertex is Google Cloud revenue, not also Gemini model income; Microsoft’s capacity leased from neoclouds is Azure’s compute, shown as its own line and added to what neoclouds report; an owner’s own use stays with it when rental prices move; Microsoft’s revenue share from OpenAI is labelled gross.',
      'Links made with v2 keep every assumption they set (weights keep the shares they gave) and take v3’s defaults for the rest, with a notice.',
    ],
  },
  {
    version: 2,
    date: releaseDate(2),
    title: 'Model v2: figures that mean what an analyst’s sources mean',
    changes: [
      'What a cloud hosts is split into its owner’s own use (billed to no one) and billed compute. “Captured spend” is now “AI compute hosted”, own use included; cloud AI revenue, gross profit and margin are on billed compute only. Cost and custom-silicon savings still apply to everything hosted; savings on own use are reported and kept in full.',
      'Model-layer income comes from each family’s revenue (compute × a revenue-to-compute ratio, calibrated to OpenAI’s ~$13B in 2025) times a model gross margin (45%), no longer from its compute. Microsoft receives OpenAI’s 20% revenue share through 2030 under a $38B cap (27 April 2026 amendment; cap as reported by The Information). Stakes are shown as exposure, not booked as income. Company AI gross profit = cloud AI gross profit + model-layer income.',
      'Public data no longer carries figures whose only source is a seed article: the three strategies share one margin (20% at 75% utilisation), no multi-model premium and one utilisation (80%); a vertical cloud turns no rival away. The seeds’ margins, premium, utilisation and access moved to the Seed thesis preset, each labelled.',
      'Family shares gain a 2026 point (Anthropic’s 2026 build-out), and 2031 holds 2026 by default. Inference share passes Deloitte’s two thirds in 2026. Hosting, own use and commitments know the 2026 events: the Microsoft-OpenAI amendment, Anthropic’s AWS (>$100B) and Google Cloud (~$200B) commitments. Commitments are measured against billed compute.',
      'A calibration table shows the model’s 2025 figures beside the reported ones (lab cloud bills, the hyperscalers’ compute split, Google Cloud, Azure and neocloud revenue, Microsoft’s income from OpenAI, inference share). The margin a user sets is bridged to the margin shown, cloud by cloud.',
      'Links made with v1 keep every assumption they set, and take v2’s defaults for the rest. v1’s “model-layer gross profit per infra dollar” becomes a gross margin on revenue at the 2025 ratio; a v1 Anthropic → AWS commitment keeps its 2026-2031 yearly amount over the announced 2026-2035 window.',
    ],
  },
  {
    version: 1,
    date: releaseDate(1),
    title: 'Model v1: the brief as first written',
    changes: [
      'Captured spend, revenue and margins on everything a cloud hosts; model-layer profit per dollar of a family’s compute; archetype margins, premium and utilisation from the seed articles in Public data.',
    ],
  },
];
