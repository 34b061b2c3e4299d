/**
 * Downloads a card's figures as CSV the way every card does (the Export menu's CSV and the CSV button): a
 * file named after the chart and the scenario, its first lines saying what it is, which scenario and its live
 * link (csvWithSource). Loaded at the click: the scenario's words need the link decoder.
 */
import { MODEL_VERSION } from '@/lib/engine';
import { describeChanges, describeScenario } from '@/lib/link/summary';
import { decodeScenario } from '@/lib/scenario';
import { exportFileName, type ChartModel } from '@/lib/view-models';
import { chartCsv, csvWithSource } from '@/lib/view-models/csv';
import { downloadCsv } from '@/components/ui/download';

/** The scenario of a link query in words, for file names and the CSV's source lines ("Seed thesis with 2 changes"). */
export function scenarioLabelOf(query: string): string {
  return describeScenario(decodeScenario(query)).label;
}

/**
 * `data` is the CSV's table (csvTable), or a chart's model to write as its table (chartCsv); `query` is the
 * scenario on screen as a link query, null outside the dashboard (no scenario to name).
 */
export function downloadTableCsv(title: string, data: string | ChartModel, query: string | null): void {
  const csv = typeof data === 'string' ? data : chartCsv(data);
  if (query === null) {
    downloadCsv(exportFileName(title, '', 'csv'), csv);
    return;
  }
  const decoded = decodeScenario(query);
  const scenarioLabel = describeScenario(decoded).label;
  const link = `${window.location.origin}/${query ? `?${query.replace(/^\?/, '')}` : ''}`;
  downloadCsv(
    exportFileName(title, scenarioLabel, 'csv'),
    csvWithSource(csv, { title, scenarioLabel, changes: describeChanges(decoded), link, modelVersion: MODEL_VERSION }),
  );
}
