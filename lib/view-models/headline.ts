/**
 * Engine result -> the headline strip: three cloud cards with their change against the "Public data"
 * baseline, and one plain sentence stating the result (DESIGN.md, "Hierarchy").
 */
import {
  CLOUD_LABELS,
  COMPANY_LABELS,
  COMPANY_PROFIT_LABELS,
  HYPERSCALERS,
  THESIS_MEASURE_LABELS,
  type CloudId,
  type HyperscalerId,
  type ScenarioResult,
  type WinnerAnalysis,
} from '@/lib/engine';
import { formatPct } from '@/lib/format';
import { thesisHeadline, type OddsInput } from './thesis';

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
  return result.clouds[c].cumulative.modelLayerIncomeUsdBn > 0 ? COMPANY_PROFIT_LABELS[c] : `${COMPANY_LABELS[c]}: ${CLOUD_LABELS[c]} only, no model income`;
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

export interface ThesisVerdict {
  holds: boolean;
  leastExposed: CloudId;
  text: string;
}

/** The verdict is the scenario's point estimate; how likely it is across the plausible ranges is the headline's to say. */
const ODDS_POINTER = 'How likely that is across the plausible ranges: the odds under the headline.';

/** Is Azure the least exposed to which model family wins, on the chosen measure? Said plainly either way. */
export function thesisVerdict(winners: WinnerAnalysis): ThesisVerdict {
  const least = winners.leastExposed;
  const swing = (c: HyperscalerId) => formatPct(winners.clouds[c].exposure);
  const measure = THESIS_MEASURE_LABELS[winners.measure];
  const others = HYPERSCALERS.filter((c) => c !== 'azure')
    .map((c) => `${swing(c)} for ${CLOUD_LABELS[c]}`)
    .join(' and ');
  if (least === 'azure') {
    return {
      holds: true,
      leastExposed: least,
      text: `The thesis holds at these values, in part: Azure is the least exposed to which model family wins, though not immune — its ${measure} in 2025-2031 swings ${swing('azure')} of its average across winners (owners’ own workloads held), against ${others}. ${ODDS_POINTER}`,
    };
  }
  return {
    holds: false,
    leastExposed: least,
    text: `The thesis fails at these values: ${CLOUD_LABELS[least]} is less exposed than Azure to which model wins — its ${measure} swings ${swing(least)} of its average across winners, Azure’s ${swing('azure')}. ${ODDS_POINTER}`,
  };
}

/**
 * One sentence for a CFO (the one sentence builder: dashboard, present mode, deck, link preview): who leads
 * on the chosen measure and who is least exposed, in words that follow the odds when given (thesis.ts).
 */
export function headlineSentence(result: ScenarioResult, winners: WinnerAnalysis, odds?: OddsInput | null): string {
  return thesisHeadline(result, winners, odds).sentence;
}
