/**
 * Downloads a card's figures as CSV the way every card does (the Export menu's CSV and the CSV button): a
 * file named after the chart and the scenario, its first lines saying what it is, which scenario and its live
 * link (csvWithSource). Loaded at the click: the scenario's words need the link decoder.
 */
import { MODEL_VERSION } from '@/lib/engine';
import { describeScenario } from '@/lib/link/summary';
import { decodeScenario } from '@/lib/scenario';
import { csvWithSource, exportFileName } from '@/lib/view-models';
import { downloadCsv } from '@/components/ui/download';

/** `query` is the scenario on screen as a link query; null outside the dashboard (no scenario to name). */
export function downloadTableCsv(title: string, csv: string, query: string | null): void {
  if (query === null) {
    downloadCsv(exportFileName(title, '', 'csv'), csv);
    return;
  }
  const scenarioLabel = describeScenario(decodeScenario(query)).label;
  const link = `${window.location.origin}/${query ? `?${query.replace(/^\?/, '')}` : ''}`;
  downloadCsv(exportFileName(title, scenarioLabel, 'csv'), csvWithSource(csv, { title, scenarioLabel, link, modelVersion: MODEL_VERSION }));
}
