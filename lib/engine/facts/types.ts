/**
 * The facts ledger's types (model v3, ECONOMICS.md "v3 rules" 1): every reported figure the model is held
 * to, one row each, dated and sourced, with how the model's output is compared with it like for like.
 */

/** Filing or company release / credible press / estimate (ours or an analyst's). */
export type FactClass = 'filing' | 'press' | 'estimate';

export type FactUnit = 'usdBn' | 'fraction' | 'ratio' | 'gw' | 'millionH100e' | 'pct';

export interface FactSource {
  publisher: string;
  title: string;
  url: string;
  /** YYYY-MM-DD (or YYYY-MM when the day is not known). */
  date: string;
}

/**
 * A model figure the ledger can be compared with, by id (see figures.ts): `family.<f>.<measure>`,
 * `cloud.<c>.<measure>`, `world.<measure>`, `split.<hyperscaler>`, `contract.<f>.<c>`, `lease.azure`.
 */
export type FigureId = string;

export interface FactCompare {
  /** Which model figure, by id in figures.ts. */
  figure: FigureId;
  /** Which model years it is summed (or averaged, per `aggregate`) over. */
  years: readonly number[];
  aggregate?: 'sum' | 'mean';
  /**
   * `target`: model should equal the value; `atMost` / `atLeast`: a bound (the row is met on the right
   * side of it, and the fit only pulls when the model crosses it).
   */
  kind: 'target' | 'atMost' | 'atLeast';
  /** One tolerance, in the row's unit (absolute), or as a fraction of the value when `relative`. */
  tolerance: number;
  relative?: boolean;
  /** Why this tolerance and how like-for-like the comparison is. */
  why: string;
  /** Scale applied to the model figure before comparing (e.g. a run-rate's annualisation); default 1. */
  scale?: number;
}

export interface Fact {
  id: string;
  entity: string;
  measure: string;
  /** The period the figure refers to: '2025', 'FY2026 (to Jun 2026)', 'Q3 2026', '2026-2030'... */
  period: string;
  /** What exactly is counted (and what is not). */
  definition: string;
  value?: number;
  low?: number;
  high?: number;
  unit: FactUnit;
  /** When it was reported, YYYY-MM-DD (never after today). */
  reportedOn: string;
  source: FactSource;
  /** Independent confirmation, where one was found. */
  confirmedBy?: readonly FactSource[];
  class: FactClass;
  /** Only secondary reporting exists (say so on the page). */
  secondaryOnly?: boolean;
  /** How the model is held to it; null = context shown on the page, not fitted (say why in `note`). */
  compare: FactCompare | null;
  /** For a signed compute contract: its terms (the engine's commitments come from these rows). */
  contract?: ContractTerms;
  note?: string;
}

/** A signed compute contract's terms, for contract rows (the engine's commitments are read from these). */
export interface ContractTerms {
  /** Model family id: openai | anthropic | google | meta | mistral | other. */
  family: string;
  /** Cloud id: azure | aws | gcp | other (neoclouds, Oracle). */
  cloud: string;
  /** Who sells the capacity, in words ('Oracle', 'CoreWeave', 'Microsoft Azure'). */
  provider: string;
  totalUsdBn: number;
  /** First and last calendar year the contract is expected to bill (the term as reported, or stated). */
  startYear: number;
  endYear: number;
  /**
   * Relative yearly weights from startYear to endYear when a ramp was reported (e.g. GW online by year);
   * absent when none was: the engine then uses a stated shape (a linear ramp to a plateau).
   */
  ramp?: readonly number[];
  /** What the ramp (or its absence) rests on. */
  rampNote: string;
  /**
   * Set when a cloud's owner rents the capacity for itself rather than a lab ('Microsoft' leasing from
   * neoclouds): the engine counts it once, under that cloud, as a lease, not as a lab's commitment.
   */
  lessee?: 'Microsoft';
}
