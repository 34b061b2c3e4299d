/**
 * The model's version and its releases' dates. A link made with an earlier model says so, with the date, and
 * points to the changelog (model-changelog.ts, drawn on the methodology page); lib/scenario: links record the
 * schema version they were made with.
 */

/** The economics model's version. Link schema version 3 is the first written with it. */
export const MODEL_VERSION = 3;

/** Each model version's release date (ISO), newest first; the changelog's entries carry the same. */
export const MODEL_RELEASES: readonly { version: number; date: string }[] = [
  { version: 3, date: '2026-12-06' },
  { version: 2, date: '2026-11-29' },
  { version: 1, date: '2026-11-25' },
];
