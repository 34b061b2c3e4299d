/**
 * The Risk view's view models: simulation results, sensitivity and switching values -> fan charts, odds,
 * the gap's distribution, tornado rows and sentences. Pure functions; components only draw them.
 */
import {
  CLOUDS,
  CLOUD_LABELS,
  holderLabel,
  THESIS_MEASURE_LABELS,
  HYPERSCALERS,
  MEASURE_LABELS,
  formatParameterValue,
  parametersById,
  type CloudId,
  type HyperscalerId,
  type ImportanceRow,
  type Scenario,
  type ScenarioResult,
  type SensitivityRow,
  type SimulationResult,
  type SwitchingValue,
  type ThesisMeasure,
  type UncertainMeasure,
  possessive,
} from '@/lib/engine';
import { formatPct, formatUsdBn } from '@/lib/format';
import { CLOUD_COLORS, CLOUD_INK_VARS } from '@/lib/palette';
import type { ChartModel, ChartRow, SeriesSpec } from './chart-model';
import { csvTable, stackedChartCsv } from './csv';
import { flipPlace, rangeFraction, rangePlace, type RangePlace } from './range-place';
import { Z95, formatPlusMinusPts } from './thesis';

export { rangePlace, type RangePlace };

export type FanMeasure = 'hostedComputeUsdBn' | 'companyGrossProfitUsdBn';

/** Whose figure a fan panel shows: the company's for company AI gross profit (holderLabel), else the cloud's. */
export function fanHolder(cloud: CloudId, measure: FanMeasure): string {
  return holderLabel(cloud, measure === 'companyGrossProfitUsdBn' ? 'companyGrossProfit' : 'hostedCompute');
}

export const FAN_MEASURES: Readonly<Record<FanMeasure, { title: string; yLabel: string; clouds: readonly CloudId[] }>> = {
  hostedComputeUsdBn: {
    title: 'AI compute hosted per year: the range of outcomes',
    yLabel: 'AI compute hosted per year, own use included (USD)',
    clouds: CLOUDS,
  },
  companyGrossProfitUsdBn: {
    title: 'Company AI gross profit per year: the range of outcomes',
    yLabel: 'Company AI gross profit per year (USD)',
    // "Other providers" is many companies: no one company's profit to show (as on the cards).
    clouds: HYPERSCALERS,
  },
};

const PERCENTILES = [
  { key: 'p5', label: '5th percentile' },
  { key: 'p25', label: '25th percentile' },
  { key: 'p50', label: 'Median' },
  { key: 'p75', label: '75th percentile' },
  { key: 'p95', label: '95th percentile' },
] as const;

/** The smallest and largest value any of the clouds' fans reach, so small multiples share one scale. */
export function fanExtent(
  sim: SimulationResult,
  measure: FanMeasure,
  clouds: readonly CloudId[],
  scenario: ScenarioResult | null = null,
): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const c of clouds) {
    const b = sim.clouds[c][measure];
    const here = scenario?.clouds[c][measure] ?? [];
    min = Math.min(min, ...b.p5, ...here);
    max = Math.max(max, ...b.p95, ...here);
  }
  return { min, max };
}

/** The scenario on screen, drawn over its own fan: where the point estimate sits among the draws around it. */
const HERE: SeriesSpec = { key: 'here', label: 'The scenario on screen', color: 'var(--foreground)', dashed: true };

/**
 * One cloud's fan: the median as a line, the middle half and nine in ten draws as bands, and (when given) the
 * scenario on screen as a dashed line: its figure can sit far from the median (a default near the top of
 * its plausible range), and without the line the fan and the other views' charts read as a contradiction.
 */
export function fanChart(
  sim: SimulationResult,
  cloud: CloudId,
  measure: FanMeasure,
  extent?: { min: number; max: number },
  scenario: ScenarioResult | null = null,
): ChartModel {
  const b = sim.clouds[cloud][measure];
  const here = scenario?.clouds[cloud][measure] ?? null;
  const rows: ChartRow[] = sim.years.map((year, i) => ({
    year,
    p5: b.p5[i] as number,
    p25: b.p25[i] as number,
    p50: b.p50[i] as number,
    p75: b.p75[i] as number,
    p95: b.p95[i] as number,
    ...(here ? { here: here[i] as number } : {}),
  }));
  const color = CLOUD_COLORS[cloud];
  return {
    rows,
    xKey: 'year',
    xLabel: 'Year',
    yLabel: FAN_MEASURES[measure].yLabel,
    format: 'usdBn',
    series: [{ key: 'p50', label: `${fanHolder(cloud, measure)}, median`, color }, ...(here ? [HERE] : [])],
    bands: [
      { key: 'outer', label: '9 draws in 10 (5th-95th percentile)', color, lowKey: 'p5', highKey: 'p95', opacity: 0.16 },
      { key: 'inner', label: 'Middle half of draws (25th-75th)', color, lowKey: 'p25', highKey: 'p75', opacity: 0.34 },
    ],
    columns: [...PERCENTILES.map((p) => ({ key: p.key, label: p.label, color, dashed: p.key !== 'p50' })), ...(here ? [HERE] : [])],
    extent,
    tooltipOrder: 'series',
  };
}

// ---------------------------------------------------------------------------------------------------------
// Odds

/** "98.1%" for a probability, with "<0.1%" and ">99.9%" rather than a rounded 0% or 100% that was not. */
export function formatProbability(p: number): string {
  if (!Number.isFinite(p)) return '—';
  if (p === 0) return '0%';
  if (p === 1) return '100%';
  if (p < 0.001) return '<0.1%';
  if (p > 0.999) return '>99.9%';
  return formatPct(p, 1);
}

/** "± 0.7 pts": the 95% sampling interval's half-width in percentage points. */
export function formatSamplingError(standardError: number): string {
  if (!Number.isFinite(standardError)) return '';
  return formatPlusMinusPts(Z95 * standardError * 100);
}

/** The 95% sampling interval of a probability, clipped to 0-1, for its whisker. */
export function samplingInterval(p: number, standardError: number): [number, number] {
  return [Math.max(0, p - Z95 * standardError), Math.min(1, p + Z95 * standardError)];
}

export interface OddsRow {
  cloud: CloudId;
  label: string;
  color: string;
  ink: string;
  cumulative: number;
  cumulativeError: number;
  year2031: number;
  year2031Error: number;
}

/** The odds each cloud hosts the most: the three hyperscalers (the headline), or all four. */
export function oddsRows(sim: SimulationResult, among: 'hyperscalers' | 'all'): OddsRow[] {
  const clouds: readonly CloudId[] = among === 'hyperscalers' ? HYPERSCALERS : CLOUDS;
  const p = among === 'hyperscalers' ? sim.hyperscalerLeadProbability : sim.leadProbability;
  const se = among === 'hyperscalers' ? sim.hyperscalerLeadStandardError : sim.leadStandardError;
  const get = (r: Readonly<Record<string, number>>, c: CloudId) => r[c] ?? 0;
  return clouds.map((c) => ({
    cloud: c,
    label: CLOUD_LABELS[c],
    color: CLOUD_COLORS[c],
    ink: CLOUD_INK_VARS[c],
    cumulative: get(p.cumulative, c),
    cumulativeError: get(se.cumulative, c),
    year2031: get(p.year2031, c),
    year2031Error: get(se.year2031, c),
  }));
}

/** The hyperscaler that leads in most draws (2025-2031 together), and the runner-up. */
export function likelyLeader(sim: SimulationResult): { leader: HyperscalerId; runnerUp: HyperscalerId } {
  const ranked = [...HYPERSCALERS].sort((a, b) => sim.hyperscalerLeadProbability.cumulative[b] - sim.hyperscalerLeadProbability.cumulative[a]);
  const leader = ranked[0] as HyperscalerId;
  // The runner-up by median hosted compute (the odds of the other two may both be near zero).
  const rest = HYPERSCALERS.filter((c) => c !== leader).sort((a, b) => sim.clouds[b].cumulative.hostedCompute.p50 - sim.clouds[a].cumulative.hostedCompute.p50);
  return { leader, runnerUp: rest[0] as HyperscalerId };
}

/** The simulation's per-draw figure for a thesis measure (the same 2025-2031 totals). */
export const UNCERTAIN_MEASURE_OF: Readonly<Record<ThesisMeasure, UncertainMeasure>> = {
  hosted: 'hostedCompute',
  revenue: 'revenue',
  companyGrossProfit: 'companyGrossProfit',
};

/** The hyperscaler that leads on the measure in most draws, and the runner-up (by the measure's median). */
export function likelyLeaderOn(sim: SimulationResult, measure: ThesisMeasure): { leader: HyperscalerId; runnerUp: HyperscalerId } {
  const odds = sim.odds.leader[measure];
  const ranked = [...HYPERSCALERS].sort((a, b) => odds[b].p - odds[a].p);
  const leader = ranked[0] as HyperscalerId;
  const m = UNCERTAIN_MEASURE_OF[measure];
  const rest = HYPERSCALERS.filter((c) => c !== leader).sort((a, b) => sim.clouds[b].cumulative[m].p50 - sim.clouds[a].cumulative[m].p50);
  return { leader, runnerUp: rest[0] as HyperscalerId };
}

// ---------------------------------------------------------------------------------------------------------
// Azure's gap

/** The distribution of Azure's lead (or shortfall) over its nearest hyperscaler rival, as bars. */
/** The histogram's bins, read once for the chart and its CSV: edges (USD bn), draws, share of draws (0-1), side. */
function gapBins(sim: SimulationResult): { lo: number; hi: number; count: number; share: number; ahead: boolean }[] {
  const { edges, counts } = sim.azureGap.histogram;
  const n = Math.max(1, sim.samples);
  return counts.map((count, i) => {
    const lo = edges[i] as number;
    return { lo, hi: edges[i + 1] as number, count, share: count / n, ahead: lo >= 0 };
  });
}

export function gapChart(sim: SimulationResult): ChartModel {
  const bins = gapBins(sim);
  // Label at most about four bin edges under the bars (a phone's width), round ones: the bins' width is round
  // and zero is an edge (the engine's histogram), so every `every`-th edge counted from zero is labelled,
  // zero among them, where "behind" turns to "ahead". The table names every bin. A word joiner keeps the
  // minus sign on its figure's line.
  const every = Math.max(1, Math.ceil(bins.length / 4));
  const width = bins[0] ? bins[0].hi - bins[0].lo : 1;
  const tick = (v: number) => formatUsdBn(v).replace('\u2212', '\u2212\u2060');
  const rows: ChartRow[] = bins.map(({ lo, hi, share, ahead }) => {
    const labelled = width > 0 && Math.round(lo / width) % every === 0;
    return {
      bin: `${formatUsdBn(lo)} to ${formatUsdBn(hi)}`,
      tick: labelled ? tick(Math.abs(lo) < width / 2 ? 0 : lo) : '',
      behind: ahead ? 0 : share,
      ahead: ahead ? share : 0,
    };
  });
  return {
    rows,
    xKey: 'bin',
    tickKey: 'tick',
    tickAt: 'start',
    xLabel: 'Azure minus its nearest rival, 2025-2031',
    yLabel: 'Share of draws (%)',
    format: 'pct',
    series: [
      { key: 'behind', label: 'Azure behind', color: 'var(--measure-soft)' },
      { key: 'ahead', label: 'Azure ahead', color: CLOUD_COLORS.azure },
    ],
  };
}

/**
 * The histogram as CSV: each bin's edges as numbers (USD bn, so a spreadsheet sorts and charts them; the
 * chart's table words them "−$2.60T to −$2.40T"), its share of the draws and its count.
 */
export function gapCsv(sim: SimulationResult): string {
  return csvTable(
    ['From (USD bn)', 'To (USD bn)', 'Share of draws (%)', 'Draws', 'Azure'],
    gapBins(sim).map((b) => [b.lo, b.hi, b.share * 100, b.count, b.ahead ? 'ahead' : 'behind']),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Parameters in words

export function parameterLabel(id: string): string {
  return parametersById.get(id)?.label ?? id;
}

export { formatParameterAt, impliedShare } from './parameter-words';
import { formatParameterAt } from './parameter-words';

// ---------------------------------------------------------------------------------------------------------
// Tornado and importance

export interface TornadoRow {
  id: string;
  label: string;
  lowText: string;
  highText: string;
  /** The parameter's ends as numbers in its registry unit (`unit`), for a spreadsheet. */
  low: number;
  high: number;
  unit: string;
  lowValue: number;
  highValue: number;
  baseValue: number;
  swing: number;
}

export function tornadoRows(scenario: Readonly<Scenario>, rows: readonly SensitivityRow[], top = 10): TornadoRow[] {
  return rows
    .filter((r) => Math.abs(r.swing) > 1e-9)
    .slice(0, top)
    .map((r) => ({
      id: r.id,
      label: parameterLabel(r.id),
      lowText: formatParameterAt(scenario, r.id, r.low),
      highText: formatParameterAt(scenario, r.id, r.high),
      low: r.low,
      high: r.high,
      unit: parametersById.get(r.id)?.unit ?? '',
      lowValue: r.lowValue,
      highValue: r.highValue,
      baseValue: r.baseValue,
      swing: r.swing,
    }));
}

/** How many parameters were scanned, and how many moved the measure at all. */
export function tornadoCounts(rows: readonly SensitivityRow[]): { scanned: number; moving: number } {
  return { scanned: rows.length, moving: rows.filter((r) => Math.abs(r.swing) > 1e-9).length };
}

export interface ImportanceView {
  id: string;
  label: string;
  /** 0-1 */
  varianceShare: number;
  rankCorrelation: number;
  direction: 'raises' | 'lowers';
}

/**
 * "What moves …" as one CSV, the same figures as its two tables: each assumption the tornado or the
 * importance lists (tornado order, then the rest), its one-at-a-time swing and its share of the spread across
 * the draws; a cell is empty where a list does not hold the assumption. The ends are given as the controls
 * word them and as numbers in the registry's unit (a spreadsheet sorts those). Figures in USD bn, shares 0-100.
 */
export function driversCsv(tornado: readonly TornadoRow[], importance: readonly ImportanceView[]): string {
  const byId = new Map(importance.map((r) => [r.id, r]));
  const tornadoIds = new Set(tornado.map((r) => r.id));
  const row = (id: string, label: string, t: TornadoRow | undefined) => {
    const i = byId.get(id);
    return [
      label,
      t?.lowText ?? '',
      t?.highText ?? '',
      t?.low ?? null,
      t?.high ?? null,
      t?.unit ?? '',
      t?.lowValue ?? null,
      t?.highValue ?? null,
      t?.swing ?? null,
      i ? i.varianceShare * 100 : null,
      i?.rankCorrelation ?? null,
    ];
  };
  return csvTable(
    [
      'Assumption',
      'One at a time: low end',
      'High end',
      'Low end (number)',
      'High end (number)',
      'Unit of the ends',
      'Figure at low end (USD bn)',
      'Figure at high end (USD bn)',
      'Swing (USD bn)',
      'All together: share of the spread (%)',
      'Rank correlation',
    ],
    [...tornado.map((t) => row(t.id, t.label, t)), ...importance.filter((i) => !tornadoIds.has(i.id)).map((i) => row(i.id, i.label, undefined))],
  );
}

/** A Risk fan's panels (one per cloud) as one CSV: cloud, year, the percentiles and the scenario on screen. */
export function fanCsv(panels: readonly { cloud: CloudId; model: ChartModel }[], measure: FanMeasure): string {
  // Named as the panels are: a company's figure by the company (holderLabel).
  return stackedChartCsv(
    panels.map((p) => ({ name: fanHolder(p.cloud, measure), model: p.model })),
    measure === 'companyGrossProfitUsdBn' ? 'Company' : 'Cloud',
  );
}

/** The importances' sum (squared rank correlations of every drawn input), 0 when nothing was drawn. */
export function importanceTotal(rows: readonly ImportanceRow[]): number {
  return rows.reduce((sum, r) => sum + r.varianceShare, 0);
}

export function importanceRows(rows: readonly ImportanceRow[], top = 10): ImportanceView[] {
  return rows.slice(0, top).map((r) => ({
    id: r.id,
    label: parameterLabel(r.id),
    varianceShare: r.varianceShare,
    rankCorrelation: r.rankCorrelation,
    direction: r.rankCorrelation >= 0 ? 'raises' : 'lowers',
  }));
}

/** "Azure’s company AI gross profit, 2025-2031" */
export function measureTitle(cloud: CloudId, measure: UncertainMeasure): string {
  return `${possessive(holderLabel(cloud, measure))} ${MEASURE_LABELS[measure]}, 2025-2031`;
}

// ---------------------------------------------------------------------------------------------------------
// Switching values

export interface SwitchingView {
  id: string;
  label: string;
  currentText: string;
  valueText: string;
  direction: 'rises' | 'falls';
  to: CloudId;
  toLabel: string;
  /** In plausible-range widths. */
  distance: number;
  /** Where the switching value lies against the parameter's plausible range (the registry's `range`). */
  place: RangePlace;
  value: number;
  /** "OpenAI share, 2031 falls to 22% (today 35%)" */
  change: string;
  sentence: string;
}

/** How far a flip is: "0.4 of its plausible range", or "beyond its plausible range (1.3× its width away)". */
export function formatDistance(distance: number, place: RangePlace = distance > 1 ? 'beyond' : 'within'): string {
  if (!Number.isFinite(distance)) return 'never within its bounds';
  const x = distance < 0.1 ? distance.toFixed(2) : distance.toFixed(1);
  return place === 'beyond' ? `beyond its plausible range (${x}× its width away)` : `${x} of its plausible range`;
}

export function switchingRows(
  scenario: Readonly<Scenario>,
  rows: readonly SwitchingValue[],
  conclusion: 'leader' | 'leastExposed',
  top: number,
  /** The headline's measure: what the leader leads on, and whose name a conclusion carries (holderLabel). */
  measure: ThesisMeasure,
): { flips: SwitchingView[]; never: number; from: CloudId | null } {
  const name = (c: CloudId) => holderLabel(c, measure);
  const from = rows[0]?.from ?? null;
  const flips = rows
    .filter((r): r is SwitchingValue & { value: number; to: CloudId } => r.value !== null && r.to !== null)
    .slice(0, top)
    .map((r) => {
      const direction = r.value > r.current ? 'rises' : 'falls';
      const label = parameterLabel(r.id);
      const valueText = formatParameterAt(scenario, r.id, r.value);
      const currentText = formatParameterAt(scenario, r.id, r.current);
      const fromLabel = name(r.from);
      const outcome =
        conclusion === 'leader'
          ? `${fromLabel} stops leading on ${THESIS_MEASURE_LABELS[measure]} (${name(r.to)} leads)`
          : `${fromLabel} stops being the least exposed (${name(r.to)} becomes it)`;
      const shortValue = formatParameterAt(scenario, r.id, r.value, true);
      const shortCurrent = formatParameterAt(scenario, r.id, r.current, true);
      const change = `${label} ${direction === 'rises' ? 'rises to' : 'falls to'} ${shortValue} (today ${shortCurrent})`;
      const sentence = `${outcome} if ${change}.`;
      return {
        id: r.id,
        label,
        currentText,
        valueText,
        direction,
        to: r.to,
        toLabel: name(r.to),
        distance: r.distance,
        place: flipPlace(r.id, r.current, r.value),
        value: r.value,
        change,
        sentence,
      } as SwitchingView;
    });
  return { flips, never: rows.filter((r) => r.value === null).length, from };
}

// ---------------------------------------------------------------------------------------------------------
// The answer in words

/**
 * Under the Risk view's answer (the headline's own sentence with this run's odds): what the lead hinges on
 * and its nearest flip, "Who leads hinges mostly on X and Y; the lead goes to Z if W falls to … (today …)."
 * Null until either is known.
 */
export function riskHinges(
  drivers: readonly ImportanceView[] | undefined,
  flip: SwitchingView | undefined,
  /** Whose lead the ranking is of, on the headline's measure (named by holderLabel); absent on a slide. */
  gap?: { leader: CloudId; runnerUp: CloudId; measure: ThesisMeasure },
): string | null {
  const parts: string[] = [];
  const named = (drivers ?? []).filter((d) => d.varianceShare >= 0.02).slice(0, 2);
  // Said with what it is measured on: the lead's gap over the draws, which no card below ranks (the drivers
  // card ranks the focus figure), so the names read as unsupported (a new-user review).
  const basis = gap
    ? ` (ranked by how ${named.length === 1 ? 'its' : 'their'} draws move ${possessive(holderLabel(gap.leader, gap.measure))} lead over ${holderLabel(gap.runnerUp, gap.measure)})`
    : '';
  if (named.length > 0) parts.push(`who leads hinges mostly on ${named.map((d) => d.label).join(' and ')}${basis}`);
  if (flip) {
    const far = flip.place === 'beyond' ? ', beyond its plausible range' : flip.place === 'edge' ? ', near the edge of its plausible range' : '';
    parts.push(`the lead goes to ${flip.toLabel} if ${flip.change}${far}`);
  }
  if (parts.length === 0) return null;
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/**
 * Where the scenario on screen falls among a fan's draws in its last year, in words ("above 3 draws in 4"),
 * from the percentiles the fan draws; null where there is no scenario. A scenario far from the median is
 * not a fault: its assumptions may sit high or low in their plausible ranges (`lopsidedAssumptions`).
 */
export function scenarioAmongDraws(row: ChartRow | undefined): string | null {
  const here = row?.here;
  if (row === undefined || typeof here !== 'number') return null;
  const at = (key: 'p5' | 'p25' | 'p50' | 'p75' | 'p95') => row[key] as number;
  if (here > at('p95')) return 'above 19 draws in 20';
  if (here > at('p75')) return 'above 3 draws in 4';
  if (here < at('p5')) return 'below 19 draws in 20';
  if (here < at('p25')) return 'below 3 draws in 4';
  return 'within the middle half of draws';
}

/** Which side of the middle half of draws the scenario sits on in most panels (their last years), or null. */
export function scenarioSide(rows: readonly (ChartRow | undefined)[]): 'above' | 'below' | null {
  const places = rows.map((row) => scenarioAmongDraws(row) ?? '');
  const most = (side: 'above' | 'below') => places.filter((p) => p.startsWith(side)).length > places.length / 2;
  return most('above') ? 'above' : most('below') ? 'below' : null;
}

/** The market assumptions every cloud's figures scale with: the world's AI compute and its growth (registry ids). */
export const MARKET_SCALE_IDS = ['market.spend2025', 'market.growthNear', 'market.growthLong'] as const;

/**
 * Why the scenario sits above (or below) most of its own draws, in words, when its market assumptions (the
 * ones every cloud's figures scale with) explain it: each draw takes a value across the plausible range
 * around the scenario's, so an assumption in the top fifth of its range makes most draws lower ("AI compute
 * growth, 2026-2027 is 67% a year, near the top of its plausible 10% a year to 75% a year"). Null when none
 * of them sits at the end that would explain `side`.
 */
export function lopsidedAssumptions(scenario: Scenario, side: 'above' | 'below'): string | null {
  const words: string[] = [];
  for (const id of MARKET_SCALE_IDS) {
    const spec = parametersById.get(id);
    if (!spec || spec.kind !== 'number') continue;
    const value = typeof scenario[id] === 'number' ? (scenario[id] as number) : spec.default;
    const where = rangeFraction(id, value);
    if (where === null || (side === 'above' ? where < 0.8 : where > 0.2)) continue;
    const [lo, hi] = spec.range;
    words.push(
      `${spec.label} is ${formatParameterValue(spec, value)}, near the ${side === 'above' ? 'top' : 'bottom'} of its plausible ${formatParameterValue(spec, lo)} to ${formatParameterValue(spec, hi)}`,
    );
  }
  if (words.length === 0) return null;
  return `Why the dashed line sits ${side} most draws: ${words.join(', and ')}: most draws take ${side === 'above' ? 'lower' : 'higher'} values.`;
}
