/**
 * The shape every chart and its table read: rows of plain numbers plus the series to draw. Charts and
 * tables render the same model, so a table always shows the numbers the chart draws.
 */
export type ValueFormat = 'usdBn' | 'pct';

export interface SeriesSpec {
  key: string;
  label: string;
  color: string;
  /** Drawn dashed (e.g. "without silicon"). */
  dashed?: boolean;
  /** A shorter name for the label at a line's end, where the legend carries the full one. */
  shortLabel?: string;
}

export type ChartRow = { [key: string]: string | number };

/** The height of a plot's axis row under its drawing, px (components/charts/plot.tsx draws it; slideRows counts it). */
export const AXIS_ROW_PX = 28;
/** The same when a vertical chart's category names wrap onto two lines, px. */
export const WRAPPED_AXIS_ROW_PX = 40;

export interface ChartModel {
  /** Rows in x order; `xKey` holds the category or year. */
  rows: ChartRow[];
  xKey: string;
  xLabel: string;
  yLabel: string;
  series: SeriesSpec[];
  format: ValueFormat;
  /** Tooltip order: largest first (default), or as the series are listed (pairs kept together). */
  tooltipOrder?: 'value' | 'series';
  /** A figure under the series in the tooltip, read from each row (e.g. a contract's coverage). */
  tooltipFooter?: { key: string; label: string; format: ValueFormat };
  /** Row key of the category axis's labels when not `xKey` (a histogram labels a few bins, its table all). */
  tickKey?: string;
  /** Where a category's tick label sits: under its bar (default) or at its band's start (a histogram labels its bins' edges). */
  tickAt?: 'center' | 'start';
  /** Shaded ranges drawn under the lines, each between two row keys (a fan chart's percentiles). */
  bands?: BandSpec[];
  /** Values the axis must also hold: small multiples share one scale by it. */
  extent?: { min: number; max: number };
  /** Columns of the table and the tooltip when they differ from the drawn lines (a fan's percentiles). */
  columns?: SeriesSpec[];
  /** The pinned baseline's series, drawn quietly under the scenario's (keys in the same rows). */
  ghosts?: SeriesSpec[];
}

/** The label a baseline's series carries in legends, tooltips and tables. */
export const GHOST_SUFFIX = ' (baseline)';

/**
 * Adds a baseline's values to a chart as ghost series: for each series, its value under the baseline in
 * the same row, under `<key>__base`. Tables and tooltips then list both, each scenario's beside the other.
 */
export function withGhosts(
  model: ChartModel,
  baseline: ChartModel | null | undefined,
  /** Which series get a ghost (all by default; a chart of pairs may ghost one of each). */
  only: (s: SeriesSpec) => boolean = () => true,
): ChartModel {
  if (!baseline) return model;
  const ghosted = model.series.filter(only);
  // Rows are matched by their x value (a year, a cloud, a contract), not by position.
  const byX = new Map(baseline.rows.map((r) => [String(r[baseline.xKey]), r]));
  const rows = model.rows.map((row) => {
    const out: ChartRow = { ...row };
    const b = byX.get(String(row[model.xKey]));
    for (const s of ghosted) out[`${s.key}__base`] = b ? Number(b[s.key]) : NaN;
    return out;
  });
  const ghostOf = new Map(ghosted.map((s) => [s.key, { key: `${s.key}__base`, label: `${s.label}${GHOST_SUFFIX}`, color: s.color, dashed: true }]));
  const ghosts = [...ghostOf.values()];
  const columns = model.series.flatMap((s) => (ghostOf.has(s.key) ? [s, ghostOf.get(s.key) as SeriesSpec] : [s]));
  return { ...model, rows, ghosts, columns, tooltipOrder: 'series' };
}

export interface BandSpec {
  key: string;
  label: string;
  color: string;
  lowKey: string;
  highKey: string;
  /** Fill opacity, 0-1: the inner band darker than the outer. */
  opacity: number;
}

/** A file name that says what the file is: "ai-compute-hosted-2025-2031-seed-thesis-with-2-changes.csv". */
export function exportFileName(title: string, scenarioLabel: string, extension: string): string {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  // Cut at a word's end, not inside one ("…-revenue-202-…" named no year).
  const cut = (text: string, max: number) => {
    if (text.length <= max) return text;
    const head = text.slice(0, max + 1);
    const end = head.lastIndexOf('-');
    return end > 0 ? head.slice(0, end) : text.slice(0, max);
  };
  const base = [cut(slug(title), 60), cut(slug(scenarioLabel), 40)].filter(Boolean).join('-');
  return `${base || 'chart'}.${extension}`;
}
