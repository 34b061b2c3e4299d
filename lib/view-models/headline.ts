/**
 * Engine result -> the headline strip: three cloud cards with their change against the "Public data"
 * baseline, and one plain sentence stating the result (DESIGN.md, "Hierarchy").
 */
import {
  CLOUD_LABELS,
  HYPERSCALERS,
  type CloudId,
  type HyperscalerId,
  type ScenarioResult,
  type WinnerAnalysis,
} from '@/lib/engine';
import { formatMultiple, formatPct, formatUsdBn } from '@/lib/format';

export interface CloudCard {
  cloud: HyperscalerId;
  label: string;
  capturedUsdBn: number;
  /** Share of all 2025-2031 AI infrastructure spend, 0-1. */
  share: number;
  /** Infrastructure plus model-layer gross profit, 2025-2031. */
  grossProfitUsdBn: number;
  /** Cumulative infrastructure gross margin, 0-1. */
  infraMargin: number;
  exposure: number;
  delta: {
    capturedUsdBn: number;
    share: number;
    grossProfitUsdBn: number;
    infraMargin: number;
  };
}

export function cloudCards(result: ScenarioResult, baseline: ScenarioResult, winners: WinnerAnalysis): CloudCard[] {
  return HYPERSCALERS.map((c) => {
    const now = result.clouds[c].cumulative;
    const base = baseline.clouds[c].cumulative;
    return {
      cloud: c,
      label: CLOUD_LABELS[c],
      capturedUsdBn: now.capturedSpendUsdBn,
      share: now.captureShare,
      grossProfitUsdBn: now.grossProfitUsdBn,
      infraMargin: now.infraGrossMargin,
      exposure: winners.clouds[c].exposure,
      delta: {
        capturedUsdBn: now.capturedSpendUsdBn - base.capturedSpendUsdBn,
        share: now.captureShare - base.captureShare,
        grossProfitUsdBn: now.grossProfitUsdBn - base.grossProfitUsdBn,
        infraMargin: now.infraGrossMargin - base.infraGrossMargin,
      },
    };
  });
}

/** Clouds ranked by cumulative captured spend, largest first (the three hyperscalers). */
function ranked(result: ScenarioResult): HyperscalerId[] {
  return [...HYPERSCALERS].sort(
    (a, b) => result.clouds[b].cumulative.capturedSpendUsdBn - result.clouds[a].cumulative.capturedSpendUsdBn,
  );
}

export interface ThesisVerdict {
  holds: boolean;
  leastExposed: CloudId;
  text: string;
}

/** Does Azure capture spend whichever model wins? Said plainly either way (ECONOMICS.md, "Outputs"). */
export function thesisVerdict(winners: WinnerAnalysis): ThesisVerdict {
  const least = winners.leastExposed;
  const swing = (c: HyperscalerId) => formatPct(winners.clouds[c].exposure);
  const others = HYPERSCALERS.filter((c) => c !== 'azure')
    .map((c) => `${swing(c)} for ${CLOUD_LABELS[c]}`)
    .join(' and ');
  if (least === 'azure') {
    return {
      holds: true,
      leastExposed: least,
      text: `The thesis holds here: Azure is the least exposed to which model wins — its 2025-2031 take swings ${swing('azure')} of its average across winners, against ${others}.`,
    };
  }
  return {
    holds: false,
    leastExposed: least,
    text: `The thesis fails here: ${CLOUD_LABELS[least]} is less exposed than Azure to which model wins — its take swings ${swing(least as HyperscalerId)} of its average across winners, Azure’s ${swing('azure')}.`,
  };
}

/** One sentence for a CFO: who captures most, by how much, and who is least exposed to the model race. */
export function headlineSentence(result: ScenarioResult, winners: WinnerAnalysis): string {
  const [first, second] = ranked(result) as [HyperscalerId, HyperscalerId, HyperscalerId];
  const a = result.clouds[first].cumulative;
  const b = result.clouds[second].cumulative;
  const ratio = b.capturedSpendUsdBn > 0 ? a.capturedSpendUsdBn / b.capturedSpendUsdBn : Infinity;
  const lead =
    Number.isFinite(ratio) && ratio >= 1.05 ? `${formatMultiple(ratio)} ${CLOUD_LABELS[second]}` : `level with ${CLOUD_LABELS[second]}`;
  const least = winners.leastExposed;
  const exposure =
    least === first
      ? 'and is also the least exposed to which model family wins'
      : `; ${CLOUD_LABELS[least]} is the least exposed to which model family wins`;
  return `${CLOUD_LABELS[first]} captures ${formatPct(a.captureShare)} of AI infrastructure spend in 2025-2031 (${formatUsdBn(a.capturedSpendUsdBn)}, ${lead})${least === first ? ' ' : ''}${exposure}.`;
}
