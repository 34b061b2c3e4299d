import type { Confidence } from '@/lib/engine';

const STYLES: Record<Confidence, string> = {
  high: 'text-positive ring-positive',
  medium: 'text-aws-ink ring-aws',
  low: 'text-negative ring-negative',
};

/** How sure we are of a figure, in words (never colour alone). */
export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  return (
    <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ring-1 ${STYLES[confidence]}`}>
      {confidence} confidence
    </span>
  );
}
