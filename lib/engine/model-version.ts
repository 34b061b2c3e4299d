/**
 * The model's version and dated changelog. The methodology page draws the changelog; a link made with an
 * earlier model says so and points to it (lib/scenario: links record the schema version they were made with).
 */

/** The economics model's version. Link schema version 2 is the first written with it. */
export const MODEL_VERSION = 2;

export interface ModelChange {
  version: number;
  /** ISO date of release. */
  date: string;
  title: string;
  /** What changed, for a reader who knows the previous version. */
  changes: readonly string[];
}

/** Newest first. */
export const MODEL_CHANGELOG: readonly ModelChange[] = [
  {
    version: 2,
    date: '2026-11-29',
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
    date: '2026-11-25',
    title: 'Model v1: the brief as first written',
    changes: [
      'Captured spend, revenue and margins on everything a cloud hosts; model-layer profit per dollar of a family’s compute; archetype margins, premium and utilisation from the seed articles in Public data.',
    ],
  },
];
