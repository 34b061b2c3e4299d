/**
 * The Compare view's view models (issue 11; up to four columns, issue 20): the headline figures side by side, what changes in
 * words, the assumptions that differ (grouped as the registry groups them), and the attribution waterfall.
 */
import {
  CLOUD_LABELS,
  holderLabel,
  GROUPS,
  HYPERSCALERS,
  differingIds,
  THESIS_MEASURE_LABELS,
  leaderOn,
  thesisValue,
  formatParameterValue,
  parametersById,
  type Attribution,
  type CloudId,
  type HyperscalerId,
  type ParameterGroup,
  type Scenario,
  type ScenarioResult,
  type ThesisMeasure,
  type UncertainMeasure,
  type WinnerAnalysis,
  possessive,
} from '@/lib/engine';
import { SAME_USD_BN, formatPct, formatPtsChange, formatUsdBn, formatUsdBnChange } from '@/lib/format';
import { CLOUD_COLORS } from '@/lib/palette';
import { formatParameterAt } from './uncertainty';
import { csvTable } from './csv';

/** A scenario's name lives with the link layer (JSON export names scenarios too); re-exported for views. */
export { scenarioName } from '@/lib/scenario/name';

/** One scenario's figure in the headline table, with its change against the first column (none for the first). */
export interface FigureCell {
  value: string;
  /** The change against the first column ("+$42B", "−3 pts"); null in the first column itself. */
  diff: string | null;
  /** Sign of the change, for its colour. */
  sign: -1 | 0 | 1;
}

export interface FigureRow {
  cloud: HyperscalerId;
  label: string;
  color: string;
  measure: string;
  /** One cell per scenario, in column order (A, B, then any added columns). */
  cells: FigureCell[];
}

/** Below this change (a fraction) a margin counts as unchanged: under what the table shows (USD bn: SAME_USD_BN). */
const SAME_MARGIN = 0.005;

/**
 * Each hyperscaler's four headline figures under every scenario compared (A first), with each one's change
 * against A: the Compare view's table, two to four columns wide.
 */
export function comparisonFigures(results: readonly ScenarioResult[]): FigureRow[] {
  const first = results[0];
  if (!first) return [];
  const rows: FigureRow[] = [];
  for (const c of HYPERSCALERS) {
    const row = (
      measure: string,
      pick: (r: ScenarioResult) => number,
      value: (v: number) => string,
      change: (d: number) => string,
      same: number,
      // Whose figure it is: the cloud's, but the company's on company AI gross profit (holderLabel).
      label = CLOUD_LABELS[c],
    ) => {
      const base = pick(first);
      rows.push({
        cloud: c,
        label,
        color: CLOUD_COLORS[c],
        measure,
        cells: results.map((r, i) => {
          const d = pick(r) - base;
          return { value: value(pick(r)), diff: i === 0 ? null : change(d), sign: i === 0 || Math.abs(d) < same ? 0 : d > 0 ? 1 : -1 };
        }),
      });
    };
    row('AI compute hosted', (r) => r.clouds[c].cumulative.hostedComputeUsdBn, formatUsdBn, formatUsdBnChange, SAME_USD_BN);
    row('cloud AI revenue', (r) => r.clouds[c].cumulative.revenueUsdBn, formatUsdBn, formatUsdBnChange, SAME_USD_BN);
    row('cloud AI gross margin', (r) => r.clouds[c].cumulative.cloudGrossMargin, formatPct, formatPtsChange, SAME_MARGIN);
    row(
      'company AI gross profit',
      (r) => r.clouds[c].cumulative.companyGrossProfitUsdBn,
      formatUsdBn,
      formatUsdBnChange,
      SAME_USD_BN,
      holderLabel(c, 'companyGrossProfit'),
    );
  }
  return rows;
}

/** Who ranks first each year (hosted compute among the hyperscalers). */
function yearlyOrder(r: ScenarioResult, x: HyperscalerId, y: HyperscalerId): boolean[] {
  return r.years.map((_, i) => (r.clouds[y].hostedComputeUsdBn[i] as number) > (r.clouds[x].hostedComputeUsdBn[i] as number));
}

/**
 * What changes from A to another column (B, or an added C or D), in words: who leads on the headline's
 * measure, who overtakes whom in hosted compute and from when, who is least exposed to which model family
 * wins (when both winner analyses are given: B has one, added columns do not, to spare six evaluations
 * each), and the largest move on the headline's measure.
 */
export function comparisonSentences(
  a: ScenarioResult,
  x: ScenarioResult,
  measure: ThesisMeasure,
  letter = 'B',
  exposure: { a: WinnerAnalysis; x: WinnerAnalysis } | null = null,
  /** Only A and B are compared (no column added): "the two scenarios". */
  pair = letter === 'B',
): string[] {
  const out: string[] = [];
  const under = `Under ${letter}`;
  const la = leaderOn(a, measure);
  const lx = leaderOn(x, measure);
  // "over 2025-2031" first: a measure's label can hold a comma ("AI compute hosted, own products included").
  if (la !== lx) out.push(`${under}, ${holderLabel(lx, measure)} leads over 2025-2031 on ${THESIS_MEASURE_LABELS[measure]}, not ${holderLabel(la, measure)}.`);
  for (const p of HYPERSCALERS) {
    for (const q of HYPERSCALERS) {
      if (p === q) continue;
      const before = yearlyOrder(a, p, q);
      const after = yearlyOrder(x, p, q);
      // q ahead of p from some year to 2031 under this column, but not from that year under A.
      const fromX = after.findIndex((_, i) => after.slice(i).every(Boolean));
      if (fromX <= 0) continue;
      const fromA = before.findIndex((_, i) => before.slice(i).every(Boolean));
      if (fromA === fromX) continue;
      const year = x.years[fromX] as number;
      if (fromA === -1) out.push(`${under}, ${CLOUD_LABELS[q]} overtakes ${CLOUD_LABELS[p]} in hosted compute from ${year}.`);
      else out.push(`${under}, ${CLOUD_LABELS[q]} overtakes ${CLOUD_LABELS[p]} in hosted compute from ${year}, not ${a.years[fromA]}.`);
    }
  }
  if (exposure && exposure.a.leastExposed !== exposure.x.leastExposed) {
    out.push(
      `${under}, ${holderLabel(exposure.x.leastExposed, measure)} is the least exposed to which model family wins, not ${holderLabel(exposure.a.leastExposed, measure)}.`,
    );
  }
  const moves = HYPERSCALERS.map((c) => ({ c, d: thesisValue(x, c, measure) - thesisValue(a, c, measure), base: thesisValue(a, c, measure) })).sort(
    (m, n) => Math.abs(n.d) - Math.abs(m.d),
  );
  const top = moves[0];
  if (top && Math.abs(top.d) >= 0.5) {
    const pct = top.base !== 0 ? ` (${formatPct(top.d / Math.abs(top.base))})` : '';
    out.push(
      `From A to ${letter}, the largest move in ${THESIS_MEASURE_LABELS[measure]}, 2025-2031: ${holderLabel(top.c, measure)}, ${top.d > 0 ? 'up' : 'down'} ${formatUsdBn(Math.abs(top.d))}${pct.replace('−', '')}.`,
    );
  }
  if (out.length === 0) out.push(pair ? 'The two scenarios give the same headline figures.' : `${letter} gives the same headline figures as A.`);
  return out;
}

/** A value as the controls show it: a weight as the share it gives in its scenario, with the weight. */
function valueText(scenario: Readonly<Scenario>, id: string): string {
  const spec = parametersById.get(id);
  if (!spec) return '';
  const value = scenario[id] ?? spec.default;
  return spec.kind === 'number' ? formatParameterAt(scenario, id, Number(value)) : formatParameterValue(spec, value);
}

export interface DifferenceRow {
  id: string;
  label: string;
  a: string;
  b: string;
}

/** The assumptions that differ, grouped as the registry groups them. */
export function differingAssumptions(a: Readonly<Scenario>, b: Readonly<Scenario>): { group: ParameterGroup; rows: DifferenceRow[] }[] {
  const ids = differingIds(a, b);
  return GROUPS.map((group) => ({
    group,
    rows: ids
      .map((id) => parametersById.get(id))
      .filter((spec) => spec !== undefined && spec.group === group)
      .map((spec) => ({
        id: spec!.id,
        label: spec!.label,
        a: valueText(a, spec!.id),
        b: valueText(b, spec!.id),
      })),
  })).filter((g) => g.rows.length > 0);
}

export interface WaterfallStep {
  key: string;
  label: string;
  ids: string[];
  value: number;
  /** Running total before and after this step (USD bn). */
  start: number;
  end: number;
  text: string;
  /** Share of the total difference, for the words ("three quarters"). */
  share: number;
  /** Its share of B − A in percent; null when the scenarios give the same figure (no share of nothing). */
  sharePct: number | null;
  /** The share as the table shows it (sharePct), a dash when there is none. */
  shareText: string;
}

/**
 * A's value, each contribution largest first, B's value: the bars of the waterfall. With `maxSteps`, the
 * smallest contributions beyond it are summed into one last step ("4 smaller changes"), so a slide with
 * room for a few bars still runs exactly from A to B.
 */
export function waterfallSteps(att: Attribution, maxSteps = Infinity): WaterfallStep[] {
  const sorted = [...att.contributions].sort((p, q) => Math.abs(q.value) - Math.abs(p.value));
  const keep = sorted.length > maxSteps ? sorted.slice(0, Math.max(1, maxSteps - 1)) : sorted;
  const rest = sorted.slice(keep.length);
  const bars =
    rest.length === 0
      ? keep
      : [
          ...keep,
          {
            key: 'smaller-changes',
            label: `${rest.length} smaller changes`,
            ids: rest.flatMap((c) => c.ids),
            value: rest.reduce((sum, c) => sum + c.value, 0),
          },
        ];
  let running = att.fromValue;
  const shared = Math.abs(att.total) >= SAME_USD_BN;
  return bars.map((c) => {
    const start = running;
    running += c.value;
    return {
      key: c.key,
      label: c.label,
      ids: c.ids,
      value: c.value,
      start,
      end: running,
      text: formatUsdBnChange(c.value),
      share: att.total !== 0 ? c.value / att.total : 0,
      sharePct: shared ? (c.value / att.total) * 100 : null,
      shareText: shared ? formatPct(c.value / att.total) : '—',
    };
  });
}

/**
 * The waterfall as CSV, the rows of its table: A, each step with its running total and share of B − A, then
 * B; A's and B's rows name their scenarios (the file's source lines name only the one on screen).
 */
export function waterfallCsv(steps: readonly WaterfallStep[], fromValue: number, toValue: number, names: { a: string; b: string }): string {
  return csvTable(
    ['Step', 'Contribution (USD bn)', 'Running total (USD bn)', 'Share of B − A (%)'],
    [[`A: ${names.a}`, null, fromValue, null], ...steps.map((s) => [s.label, s.value, s.end, s.sharePct]), [`B: ${names.b}`, null, toValue, null]],
  );
}

/** At most this many contributions are named on each side; the rest are summed as "N others". */
const NAMED_PER_SIDE = 3;

/** "X (−$80B), Y (−$9B) and 2 others (−$3B)": one side's contributions, largest first. */
function sideWords(steps: readonly WaterfallStep[]): string {
  const named = steps.slice(0, NAMED_PER_SIDE).map((s) => `${s.label} (${s.text})`);
  const rest = steps.slice(NAMED_PER_SIDE);
  if (rest.length === 1) named.push(`${rest[0]!.label} (${rest[0]!.text})`);
  else if (rest.length > 1) named.push(`${rest.length} others (${formatUsdBnChange(rest.reduce((sum, s) => sum + s.value, 0))})`);
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : (named[0] ?? '');
}

/**
 * The Compare answer in words, contributions grouped by sign (issue 20): "Azure’s … goes from $A to $B
 * (−$74B): pushed down by X (−$80B) and Y (−$9B); held back by Z (+$15B)." Contributions under what a figure
 * shows as $0.1B are left to the table. Shares of the net are never quoted: with changes pulling both ways
 * a share of it ("74% from X, the rest from Y") hides that Y pulled the other way.
 */
export function attributionSentence(att: Attribution, cloud: CloudId, measureLabel: string, measure: UncertainMeasure): string {
  // The company's name on company AI gross profit (holderLabel), the cloud's on the others.
  const holder = holderLabel(cloud, measure);
  if (att.contributions.length === 0) return `The two scenarios give the same ${measureLabel} for ${holder}.`;
  const head = `${possessive(holder)} ${measureLabel} goes from ${formatUsdBn(att.fromValue)} to ${formatUsdBn(att.toValue)} (${formatUsdBnChange(att.total)})`;
  const steps = waterfallSteps(att).filter((s) => Math.abs(s.value) >= SAME_USD_BN);
  const up = steps.filter((s) => s.value > 0);
  const down = steps.filter((s) => s.value < 0);
  if (Math.abs(att.total) < SAME_USD_BN) {
    if (up.length === 0 || down.length === 0) return `${head}: the changes cancel out.`;
    return `${head}: the changes cancel out, pushed up by ${sideWords(up)} and down by ${sideWords(down)}.`;
  }
  const [pushing, holding] = att.total > 0 ? [up, down] : [down, up];
  // Many changes each too small to name: say so rather than name none.
  if (pushing.length === 0) return `${head}, from many small changes.`;
  const pushed = `pushed ${att.total > 0 ? 'up' : 'down'} by ${sideWords(pushing)}`;
  return holding.length === 0 ? `${head}: ${pushed}.` : `${head}: ${pushed}; held back by ${sideWords(holding)}.`;
}
