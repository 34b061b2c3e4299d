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

/** A column's unit as a spreadsheet header shows it. */
const CSV_UNITS: Readonly<Record<ValueFormat, string>> = { usdBn: 'USD bn', pct: '%' };

/** A CSV cell: quoted when it holds a comma, a quote or a line end (RFC 4180). */
export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A number as a CSV cell: unformatted, to 4 decimals; empty when there is none. */
export function csvNumber(value: number | null | undefined): string {
  return value !== null && value !== undefined && Number.isFinite(value) ? String(Number(value.toFixed(4))) : '';
}

/** A table as CSV: a header, then its rows (text cells quoted as needed, numbers by csvNumber), CRLF line ends. */
export function csvTable(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const line = (cells: readonly (string | number | null)[]) => cells.map((c) => (typeof c === 'string' ? csvCell(c) : csvNumber(c))).join(',');
  return [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}

/** A chart's header cells (with units) and rows, as chartCsv and stackedChartCsv write them. */
function chartTable(model: ChartModel): { header: string[]; rows: (string | number | null)[][] } {
  const columns = model.columns ?? model.series;
  const unit = CSV_UNITS[model.format];
  return {
    header: [model.xLabel, ...columns.map((c) => `${c.label} (${unit})`)],
    rows: model.rows.map((row) => [
      String(row[model.xKey]),
      ...columns.map((c) => {
        const v = Number(row[c.key]);
        return Number.isFinite(v) ? (model.format === 'pct' ? v * 100 : v) : null;
      }),
    ]),
  };
}

/**
 * A chart's data as CSV, the same columns as its table: a header with units, then one row per x value,
 * numbers unformatted (USD bn to 4 decimals; percentages as 0-100), CRLF line ends (RFC 4180).
 */
export function chartCsv(model: ChartModel): string {
  const { header, rows } = chartTable(model);
  return csvTable(header, rows);
}

/**
 * Small multiples as one CSV (a Risk fan's panel per cloud): each panel's rows under a first column that
 * names the panel, so a spreadsheet filters by it. The panels share their columns (the first one's header).
 */
export function stackedChartCsv(panels: readonly { name: string; model: ChartModel }[], panelHeader: string): string {
  const [first] = panels;
  if (!first) return csvTable([panelHeader], []);
  const { header } = chartTable(first.model);
  return csvTable(
    [panelHeader, ...header],
    panels.flatMap((p) => chartTable(p.model).rows.map((row) => [p.name, ...row])),
  );
}

/** What an exported file says it is: the chart, the scenario in words, its live link and the model version. */
export interface ExportSource {
  title: string;
  scenarioLabel: string;
  link: string;
  modelVersion: number;
}

/**
 * The CSV a card exports: what it is, first, as lines a spreadsheet shows in its first column ("# " lines,
 * which pandas and R skip as comments), then the data (chartCsv, csvTable, stackedChartCsv). The images
 * carry the same in their footer (lib/images/chart-image.ts).
 */
export function csvWithSource(csv: string, source: ExportSource): string {
  const lines = [
    `# ${source.title}`,
    `# Scenario: ${source.scenarioLabel}`,
    `# Live link: ${source.link}`,
    `# Source: AI Infrastructure Economics Explorer, model v${source.modelVersion}. Figures are the model’s estimates from public reports and this scenario’s assumptions.`,
  ].map(csvCell);
  return `${lines.join('\r\n')}\r\n${csv}`;
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
  const base = [slug(title).slice(0, 60).replace(/-+$/, ''), slug(scenarioLabel).slice(0, 40).replace(/-+$/, '')].filter(Boolean).join('-');
  return `${base || 'chart'}.${extension}`;
}
