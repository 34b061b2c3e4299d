/**
 * Engine result -> the headline strip: three cloud cards with their change against the "Public data"
 * baseline, and one plain sentence stating the result (DESIGN.md, "Hierarchy").
 */
import {
  CLOUD_LABELS,
  COMPANY_LABELS,
  COMPANY_PROFIT_LABELS,
  HYPERSCALERS,
  type CloudId,
  type HyperscalerId,
  type ScenarioResult,
  type WinnerAnalysis,
} from '@/lib/engine';
import { formatMultiple, formatPct, formatUsdBn } from '@/lib/format';

/** What a card's large figure is, as every surface that shows it says it (cards, slides, deck, preview image). */
export const HOSTED_TOTAL_LABEL = 'AI compute hosted 2025-2031: the cloud and its owner’s own products';

export interface CloudCard {
  cloud: HyperscalerId;
  label: string;
  /** AI compute hosted 2025-2031, own use included. */
  hostedUsdBn: number;
  /** Share of the world's 2025-2031 AI compute, 0-1. */
  share: number;
  /** Cloud AI revenue 2025-2031 (billed compute less savings passed on). */
  revenueUsdBn: number;
  /** Cumulative cloud gross margin on billed compute, 0-1. */
  cloudMargin: number;
  /** Company AI gross profit 2025-2031: cloud AI gross profit + model-layer income. */
  companyProfitUsdBn: number;
  /** What the company figure adds up, e.g. "Google: Cloud + Gemini". */
  companyProfitLabel: string;
  /** False when the cloud bills nothing (all own use): its margin is then undefined and shown as a dash. */
  hasRevenue: boolean;
  exposure: number;
  delta: {
    hostedUsdBn: number;
    share: number;
    revenueUsdBn: number;
    cloudMargin: number;
    companyProfitUsdBn: number;
  };
}

/** What a company's AI gross profit adds up, as the cards and tables say it ("Amazon: AWS only, …" when it books no model income). */
export function companyProfitLabel(result: ScenarioResult, c: HyperscalerId): string {
  return result.clouds[c].cumulative.modelLayerIncomeUsdBn > 0
    ? COMPANY_PROFIT_LABELS[c]
    : `${COMPANY_LABELS[c]}: ${CLOUD_LABELS[c]} only, no model income`;
}

export function cloudCards(result: ScenarioResult, baseline: ScenarioResult, winners: WinnerAnalysis): CloudCard[] {
  return HYPERSCALERS.map((c) => {
    const now = result.clouds[c].cumulative;
    const base = baseline.clouds[c].cumulative;
    return {
      cloud: c,
      label: CLOUD_LABELS[c],
      hostedUsdBn: now.hostedComputeUsdBn,
      share: now.hostedShare,
      revenueUsdBn: now.revenueUsdBn,
      cloudMargin: now.cloudGrossMargin,
      companyProfitUsdBn: now.companyGrossProfitUsdBn,
      companyProfitLabel: companyProfitLabel(result, c),
      hasRevenue: now.revenueUsdBn > 0,
      exposure: winners.clouds[c].exposure,
      delta: {
        hostedUsdBn: now.hostedComputeUsdBn - base.hostedComputeUsdBn,
        share: now.hostedShare - base.hostedShare,
        revenueUsdBn: now.revenueUsdBn - base.revenueUsdBn,
        cloudMargin: now.cloudGrossMargin - base.cloudGrossMargin,
        companyProfitUsdBn: now.companyGrossProfitUsdBn - base.companyGrossProfitUsdBn,
      },
    };
  });
}

/** Clouds ranked by a cumulative measure, largest first (the three hyperscalers). */
function rankedBy(result: ScenarioResult, measure: 'hostedComputeUsdBn' | 'revenueUsdBn'): HyperscalerId[] {
  return [...HYPERSCALERS].sort((a, b) => result.clouds[b].cumulative[measure] - result.clouds[a].cumulative[measure]);
}

export interface ThesisVerdict {
  holds: boolean;
  leastExposed: CloudId;
  text: string;
}

/** Does Azure host the world's AI compute whichever model wins? Said plainly either way (ECONOMICS.md, "Outputs"). */
export function thesisVerdict(winners: WinnerAnalysis): ThesisVerdict {
  const least = winners.leastExposed;
  const swing = (c: HyperscalerId) => formatPct(winners.clouds[c].exposure);
  // Exposure is measured on AI compute hosted, own use included (winners.ts).
  const others = HYPERSCALERS.filter((c) => c !== 'azure')
    .map((c) => `${swing(c)} for ${CLOUD_LABELS[c]}`)
    .join(' and ');
  if (least === 'azure') {
    return {
      holds: true,
      leastExposed: least,
      text: `The thesis holds here, in part: Azure is the least exposed to which model family wins, though not immune — the AI compute it hosts in 2025-2031 swings ${swing('azure')} of its average across winners, against ${others}.`,
    };
  }
  return {
    holds: false,
    leastExposed: least,
    text: `The thesis fails here: ${CLOUD_LABELS[least]} is less exposed than Azure to which model wins — its hosted compute swings ${swing(least as HyperscalerId)} of its average across winners, Azure’s ${swing('azure')}.`,
  };
}

/**
 * One sentence for a CFO, saying what it measures: who hosts the most of the world's AI compute (own use
 * included), by how much; who earns the most cloud AI revenue when that is another cloud; and who is least
 * exposed to which model family wins.
 */
export function headlineSentence(result: ScenarioResult, winners: WinnerAnalysis): string {
  const [first, second] = rankedBy(result, 'hostedComputeUsdBn') as [HyperscalerId, HyperscalerId, HyperscalerId];
  const a = result.clouds[first].cumulative;
  const b = result.clouds[second].cumulative;
  const ratio = b.hostedComputeUsdBn > 0 ? a.hostedComputeUsdBn / b.hostedComputeUsdBn : Infinity;
  const lead =
    Number.isFinite(ratio) && ratio >= 1.05 ? `${formatMultiple(ratio)} ${CLOUD_LABELS[second]}` : `level with ${CLOUD_LABELS[second]}`;
  const hostedClause = `${CLOUD_LABELS[first]} hosts ${formatPct(a.hostedShare)} of the world’s AI compute in 2025-2031, own use included (${formatUsdBn(a.hostedComputeUsdBn)}, ${lead})`;
  const revenueLeader = rankedBy(result, 'revenueUsdBn')[0] as HyperscalerId;
  const least = winners.leastExposed;
  const leastText = 'the least exposed to which model family wins';
  if (revenueLeader === first) {
    const exposure = least === first ? `; it is also ${leastText}` : `; ${CLOUD_LABELS[least]} is ${leastText}`;
    return `${hostedClause} and earns the most cloud AI revenue${exposure}.`;
  }
  const revenueClause = `; ${CLOUD_LABELS[revenueLeader]} earns the most cloud AI revenue (${formatUsdBn(result.clouds[revenueLeader].cumulative.revenueUsdBn)})`;
  const exposure = least === revenueLeader ? ` and is ${leastText}` : `; ${CLOUD_LABELS[least]} is ${leastText}`;
  return `${hostedClause}${revenueClause}${exposure}.`;
}
