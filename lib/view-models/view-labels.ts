import { DEFAULT_THESIS_MEASURE, THESIS_MEASURE_SHORT_LABELS, type ThesisMeasure } from '@/lib/engine/simulation-settings';
import type { ViewId } from '@/lib/scenario';

/** Each view's name, as its tab, a slide and the PDF deck say it. */
export const VIEW_LABELS: Record<ViewId, string> = {
  strategies: 'Strategies',
  shares: 'Model shares',
  silicon: 'Custom silicon',
  commitments: 'Commitments',
  risk: 'Risk',
  compare: 'Compare',
};

/**
 * What a slide shows, in a few words: its scenario's name and view, and its headline measure where that is
 * not the default ("OpenAI dominance · Strategies · Company AI gross profit"), so two slides that differ only
 * by measure read apart in the story. A new slide's default title, and the line under a titled one.
 */
export function slideShows(scenarioName: string, view: ViewId, measure: ThesisMeasure): string {
  return `${scenarioName} · ${VIEW_LABELS[view]}${measure === DEFAULT_THESIS_MEASURE ? '' : ` · ${THESIS_MEASURE_SHORT_LABELS[measure]}`}`;
}
