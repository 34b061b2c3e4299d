/**
 * Status and confidence badges. Each says its meaning in words and with a glyph, so colour is never the
 * only cue (DESIGN.md, "Colour"); tints use Tailwind's palette, not the cloud colours, which mean clouds.
 */
import type { Confidence, SeedClaimStatus } from '@/lib/engine';

const BADGE = 'inline-flex items-center gap-1.5 whitespace-nowrap rounded-full border px-2.5 py-0.5 text-sm font-medium';

const STATUS_STYLE: Readonly<Record<SeedClaimStatus, { glyph: string; label: string; className: string }>> = {
  supported: {
    glyph: '✓',
    label: 'Supported',
    className: 'border-green-700/40 bg-green-50 text-green-800 dark:border-green-400/40 dark:bg-green-950 dark:text-green-300',
  },
  'vendor claim': {
    glyph: '~',
    label: 'Vendor claim',
    className: 'border-amber-700/40 bg-amber-50 text-amber-900 dark:border-amber-400/40 dark:bg-amber-950 dark:text-amber-300',
  },
  contradicted: {
    glyph: '✕',
    label: 'Contradicted',
    className: 'border-red-700/40 bg-red-50 text-red-800 dark:border-red-400/40 dark:bg-red-950 dark:text-red-300',
  },
  unconfirmable: {
    glyph: '?',
    label: 'Unconfirmable',
    className: 'border-slate-500/40 bg-slate-100 text-slate-700 dark:border-slate-400/40 dark:bg-slate-800 dark:text-slate-200',
  },
};

export function ClaimStatusBadge({ status }: { status: SeedClaimStatus }) {
  const style = STATUS_STYLE[status];
  return (
    <span className={`${BADGE} ${style.className}`}>
      <span aria-hidden="true">{style.glyph}</span>
      {style.label}
    </span>
  );
}

/** Statuses in the order a reader weighs them, for summaries. */
export const CLAIM_STATUSES: readonly SeedClaimStatus[] = ['supported', 'vendor claim', 'contradicted', 'unconfirmable'];

export function claimStatusLabel(status: SeedClaimStatus): string {
  return STATUS_STYLE[status].label;
}

const CONFIDENCE_STYLE: Readonly<Record<Confidence, { dots: string; label: string; className: string }>> = {
  high: {
    dots: '●●●',
    label: 'High',
    className: 'border-green-700/40 text-green-800 dark:border-green-400/40 dark:text-green-300',
  },
  medium: {
    dots: '●●○',
    label: 'Medium',
    className: 'border-slate-500/50 text-slate-700 dark:border-slate-400/50 dark:text-slate-200',
  },
  low: {
    dots: '●○○',
    label: 'Low',
    className: 'border-amber-700/40 bg-amber-50 text-amber-900 dark:border-amber-400/40 dark:bg-amber-950 dark:text-amber-300',
  },
};

export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  const style = CONFIDENCE_STYLE[confidence];
  return (
    <span className={`${BADGE} ${style.className}`}>
      <span aria-hidden="true" className="text-xs tracking-tighter">
        {style.dots}
      </span>
      {style.label}
    </span>
  );
}
