/**
 * Cards' data as CSV: a chart's table (chartCsv), small multiples in one table (stackedChartCsv), any table
 * (csvTable), under lines saying what the file is (csvWithSource). Its own module, imported by the Risk and
 * Compare views' view models and by the export code loaded at a click, so none of it is in the dashboard's
 * first-load JavaScript (issue 19).
 */
import type { ChartModel, ValueFormat } from './chart-model';

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
  /** Each assumption the scenario changes from its preset, in words (describeChanges); none for a preset as it is. */
  changes?: readonly string[];
  link: string;
  modelVersion: number;
}

/**
 * The CSV a card exports: what it is, first, as "# " lines, then the data (chartCsv, csvTable,
 * stackedChartCsv). The lines are never quoted, so pandas (`comment='#'`) and R (`comment.char = "#"`)
 * skip them (a line starting with a quote is data to both), and hold no comma, so a spreadsheet shows each
 * whole in its first column: a comma in words becomes " –", one in the link %2C. The images carry the same
 * in their footer (lib/images/chart-image.ts).
 */
export function csvWithSource(csv: string, source: ExportSource): string {
  const words = (text: string) =>
    text
      .replace(/[\r\n]+/g, ' ')
      .replace(/"/g, '”')
      .replace(/\s*,\s*/g, ' – ');
  const lines = [
    `# ${words(source.title)}`,
    `# Scenario: ${words(source.scenarioLabel)}`,
    ...(source.changes ?? []).map((change) => `# Changed: ${words(change)}`),
    `# Live link: ${source.link
      .replace(/[\r\n\s]+/g, '')
      .replace(/,/g, '%2C')
      .replace(/"/g, '%22')}`,
    `# Source: AI Infrastructure Economics Explorer – model v${source.modelVersion}. Figures are the model’s estimates from public reports and this scenario’s assumptions.`,
  ];
  return `${lines.join('\r\n')}\r\n${csv}`;
}
