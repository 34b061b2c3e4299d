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
