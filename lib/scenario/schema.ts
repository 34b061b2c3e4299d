/**
 * The link schema's fixed vocabulary: its version, the views a link can open, the reserved query keys and
 * the tracking keys that marketing tools append to shared links.
 */

/** Current link schema. Raising it requires a migration in ./migrations.ts and a new fixtures file. */
export const SCHEMA_VERSION = 3;

/**
 * The dashboard's views, in tab order. A link's view is `null` when it names none (the dashboard then opens
 * its default); any non-null view is written, so the UI passes `null` for its default to keep links short.
 */
export const VIEW_IDS = ['strategies', 'shares', 'silicon', 'commitments', 'risk', 'compare'] as const;
/** The view a link without `view` opens on (so it is never written). */
export const DEFAULT_VIEW = 'strategies' satisfies ViewId;

export type ViewId = (typeof VIEW_IDS)[number];

/**
 * Query keys that are not parameters. Registry keys never take these names (tested). `from` is written only
 * by the server when it upgrades an older link (app/page.tsx): it carries the version the link was made
 * with, so the dashboard can say the model changed; the dashboard removes it once read.
 */
export const RESERVED_KEYS = {
  version: 'v',
  preset: 'p',
  view: 'view',
  from: 'from',
  // The pinned baseline, a second scenario in one value: "p.<preset>_<key>.<value>_..." (codec.ts).
  baseline: 'b',
  // More scenarios for the Compare view's columns after A (the baseline) and B (the scenario on screen): one
  // `cc` per column, C then D, each written as the baseline is (issue 20).
  columns: 'cc',
  // The figure in focus in the Risk view's tornado and the Compare view's waterfall: a cloud and a measure.
  focusCloud: 'fc',
  focusMeasure: 'fm',
  // What the headline, the winner analysis and the odds speak of (issue 18): revenue (default, not written),
  // companyGrossProfit or hosted.
  measure: 'ms',
  // How the Risk view's simulation runs (lib/engine/uncertainty/, SIMULATION_SETTINGS; a test holds them equal).
  samples: 'n',
  seed: 'seed',
  spread: 'spr',
  concentration: 'conc',
  // A story: one `st` per slide, in order ("<view>~<scenario>~<title>~<note>", story.ts), and the slide being
  // presented (1-based) while in present mode.
  story: 'st',
  present: 'pr',
} as const;

export function isViewId(value: unknown): value is ViewId {
  return VIEW_IDS.some((v) => v === value);
}

// Added by mail, ad and analytics tools when a link is shared; they say nothing about the scenario, so a
// reader is not told about them.
const TRACKING_KEYS: readonly string[] = ['fbclid', 'gclid', 'msclkid', 'mc_cid', 'mc_eid', 'ref', '_ga'];

export function isTrackingKey(key: string): boolean {
  const k = key.toLowerCase();
  return k.startsWith('utm_') || TRACKING_KEYS.includes(k);
}
