/**
 * Engine result -> the headline strip: three cloud cards with their change against the "Public data"
 * baseline, and one plain sentence stating the result (DESIGN.md, "Hierarchy").
 */
import {
  CLOUDS,
  CLOUD_LABELS,
  holderLabel,
  possessive,
  COMPANY_LABELS,
  COMPANY_PROFIT_LABELS,
  HYPERSCALERS,
  THESIS_MEASURES,
  THESIS_MEASURE_LABELS,
  THESIS_MEASURE_SHORT_LABELS,
  type CloudId,
  type HyperscalerId,
  type ScenarioResult,
  type ThesisMeasure,
  type WinnerAnalysis,
} from '@/lib/engine';
import { formatPct, formatPctsApart, formatPtsChange, formatUsdBn, formatUsdBnChange } from '@/lib/format';
import { thesisHeadline, type OddsInput } from './thesis';

/** What each measure counts, said after its name above a card's large figure. */
const LEAD_COUNTS: Readonly<Record<ThesisMeasure, string>> = {
  revenue: 'billed compute only; own use earns none',
  companyGrossProfit: 'cloud + model-layer income',
  hosted: 'the cloud and its owner’s own products',
};
/** The measure's name as the Measure control says it, over the cards' years. */
const leadShort = (m: ThesisMeasure) => `${THESIS_MEASURE_SHORT_LABELS[m]} 2025-2031`;
const byMeasure = (f: (m: ThesisMeasure) => string) => Object.fromEntries(THESIS_MEASURES.map((m) => [m, f(m)])) as Record<ThesisMeasure, string>;

/**
 * What a card's large figure is, as every surface that shows it says it (cards, slides, deck, preview image).
 * The large figure is the headline's measure, so the sentence above the cards and the figures they lead
 * with are the same number ("Google Cloud leads ($1.03T …)" over a card reading $1.03T).
 */
export const LEAD_LABELS: Readonly<Record<ThesisMeasure, string>> = byMeasure((m) => `${leadShort(m)}: ${LEAD_COUNTS[m]}`);
/** As the compact answer says it, in a few words. */
export const LEAD_SHORT_LABELS: Readonly<Record<ThesisMeasure, string>> = byMeasure(leadShort);

/** The figures a card shows: the measure's own leads, the other three sit beneath it, in this order. */
export type CardFigureId = 'hosted' | 'revenue' | 'margin' | 'profit';
const CARD_FIGURES: readonly CardFigureId[] = ['hosted', 'revenue', 'margin', 'profit'];
const MEASURE_FIGURE: Readonly<Record<ThesisMeasure, CardFigureId>> = { hosted: 'hosted', revenue: 'revenue', companyGrossProfit: 'profit' };

/** One figure of a card, in words: what it is, its text and value, and its change against the baseline. */
export interface CardFigure {
  id: CardFigureId;
  /** As a heading: "Cloud AI revenue". */
  label: string;
  /** Mid-sentence: "cloud AI revenue" (the change's words for a screen reader, a figure's name in a line). */
  name: string;
  text: string;
  value: number;
  /** A few words under it: what it adds up, or its share of the whole; '' for none. */
  hint: string;
  delta: { text: string; value: number };
}

/** A card's large figure: the headline's measure, 2025-2031, with its share of the whole or what it adds up. */
export interface LeadFigure extends CardFigure {
  measure: ThesisMeasure;
  /** The measure's whole-market share, 0-1, or null where it has none (company gross profit may be negative). */
  share: number | null;
}

/** A share in words: short under a small figure whose label names the measure ("18% of the world’s"), or in full beside a large one. */
function shareWords(measure: 'hosted' | 'revenue', share: number, full: boolean): string {
  const [whole, what] = measure === 'hosted' ? ['the world’s', 'AI compute'] : ['all clouds’', 'AI revenue'];
  return `${formatPct(share)} of ${whole}${full ? ` ${what}` : ''}`;
}

export interface CloudCard {
  cloud: HyperscalerId;
  label: string;
  exposure: number;
  /** The large figure: the headline's measure, 2025-2031, with its change against the baseline. */
  lead: LeadFigure;
  /** The other three of AI compute hosted, cloud AI revenue, gross margin and company AI gross profit, beneath it. */
  figures: readonly CardFigure[];
}

/** What a company's AI gross profit adds up, as the cards and tables say it ("Amazon: AWS only, …" when it books no model income). */
export function companyProfitLabel(result: ScenarioResult, c: HyperscalerId): string {
  return result.clouds[c].cumulative.modelLayerIncomeUsdBn > 0 ? COMPANY_PROFIT_LABELS[c] : `${COMPANY_LABELS[c]}: ${CLOUD_LABELS[c]} only, no model income`;
}

/**
 * A cloud's share of all clouds' AI revenue (the four providers': Azure, AWS, Google Cloud and other
 * providers, neoclouds included), 0-1: per year, and over 2025-2031 (the cards' figure). 0 where no cloud
 * bills any. The working page shows the same rows.
 */
export function cloudRevenueShares(result: ScenarioResult, cloud: CloudId): { perYear: number[]; total: number } {
  const share = (own: number, all: number) => (all > 0 ? Math.max(0, own) / all : 0);
  const own = result.clouds[cloud];
  const perYear = own.revenueUsdBn.map((v, i) =>
    share(
      v,
      CLOUDS.reduce((t, c) => t + Math.max(0, result.clouds[c].revenueUsdBn[i] ?? 0), 0),
    ),
  );
  const total = share(
    own.cumulative.revenueUsdBn,
    CLOUDS.reduce((t, c) => t + Math.max(0, result.clouds[c].cumulative.revenueUsdBn), 0),
  );
  return { perYear, total };
}
const cloudRevenueShare = (result: ScenarioResult, cloud: CloudId) => cloudRevenueShares(result, cloud).total;

/** Each of a cloud's figures in words, with its change against the baseline. */
function cardFigure(result: ScenarioResult, baseline: ScenarioResult, c: HyperscalerId, id: CardFigureId): CardFigure {
  const now = result.clouds[c].cumulative;
  const base = baseline.clouds[c].cumulative;
  /** A money figure (USD bn) with its change. */
  const money = (label: string, name: string, value: number, baseValue: number, hint: string): CardFigure => ({
    id,
    label,
    name,
    text: formatUsdBn(value),
    value,
    hint,
    delta: { text: formatUsdBnChange(value - baseValue), value: value - baseValue },
  });
  switch (id) {
    // Named as the Measure control names them (mid-sentence as the headline does; hosted compute's short name,
    // since the headline's adds "own products included", which the card's hint says).
    case 'hosted':
      return money(
        THESIS_MEASURE_SHORT_LABELS.hosted,
        THESIS_MEASURE_SHORT_LABELS.hosted,
        now.hostedComputeUsdBn,
        base.hostedComputeUsdBn,
        `${shareWords('hosted', now.hostedShare, false)}, own use included`,
      );
    case 'revenue':
      return money(
        THESIS_MEASURE_SHORT_LABELS.revenue,
        THESIS_MEASURE_LABELS.revenue,
        now.revenueUsdBn,
        base.revenueUsdBn,
        // In full: "22% of all clouds’" read as cut off under its label (new-user review).
        shareWords('revenue', cloudRevenueShare(result, c), true),
      );
    case 'profit':
      return money(
        THESIS_MEASURE_SHORT_LABELS.companyGrossProfit,
        THESIS_MEASURE_LABELS.companyGrossProfit,
        now.companyGrossProfitUsdBn,
        base.companyGrossProfitUsdBn,
        companyProfitLabel(result, c),
      );
    case 'margin': {
      const d = now.cloudGrossMargin - base.cloudGrossMargin;
      return {
        id,
        label: 'Gross margin',
        name: 'AI infrastructure gross margin, after depreciation',
        // A cloud that bills nothing (all own use) has no margin: a dash, not 0%.
        text: now.revenueUsdBn > 0 ? formatPct(now.cloudGrossMargin) : '—',
        value: now.cloudGrossMargin,
        hint: 'AI infrastructure, after depreciation',
        delta: { text: formatPtsChange(d), value: d },
      };
    }
  }
}

/** The card's large figure on the headline's measure: its share of the whole where the measure has one. */
function leadFigure(result: ScenarioResult, baseline: ScenarioResult, c: HyperscalerId, measure: ThesisMeasure): LeadFigure {
  const figure = cardFigure(result, baseline, c, MEASURE_FIGURE[measure]);
  if (measure === 'companyGrossProfit') return { ...figure, measure, share: null };
  const share = measure === 'hosted' ? result.clouds[c].cumulative.hostedShare : cloudRevenueShare(result, c);
  // In full beside the large figure ("22% of all clouds’ AI revenue"): a share of what must not be left to guess.
  return { ...figure, measure, share, hint: shareWords(measure, share, true) };
}

export function cloudCards(result: ScenarioResult, baseline: ScenarioResult, winners: WinnerAnalysis): CloudCard[] {
  const leadId = MEASURE_FIGURE[winners.measure];
  return HYPERSCALERS.map((c) => ({
    cloud: c,
    label: CLOUD_LABELS[c],
    exposure: winners.clouds[c].exposure,
    lead: leadFigure(result, baseline, c, winners.measure),
    figures: CARD_FIGURES.filter((id) => id !== leadId).map((id) => cardFigure(result, baseline, c, id)),
  }));
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
  // The three swings as one set: two that differ never read as the same figure.
  const swingTexts = formatPctsApart(HYPERSCALERS.map((c) => winners.clouds[c].exposure));
  const swing = (c: HyperscalerId) => swingTexts[HYPERSCALERS.indexOf(c)] as string;
  const measure = THESIS_MEASURE_LABELS[winners.measure];
  const name = (c: HyperscalerId) => holderLabel(c, winners.measure);
  const others = HYPERSCALERS.filter((c) => c !== 'azure')
    .map((c) => `${swing(c)} for ${name(c)}`)
    .join(' and ');
  if (least === 'azure') {
    return {
      holds: true,
      leastExposed: least,
      text: `The thesis holds at these values, in part: ${name('azure')} is the least exposed to which model family wins, though not immune — its ${measure} in 2025-2031 swings ${swing('azure')} of its average across winners (owners’ own workloads held), against ${others}. ${ODDS_POINTER}`,
    };
  }
  return {
    holds: false,
    leastExposed: least,
    text: `The thesis fails at these values: ${name(least)} is less exposed than ${name('azure')} to which model wins — its ${measure} swings ${swing(least)} of its average across winners, ${possessive(name('azure'))} ${swing('azure')}. ${ODDS_POINTER}`,
  };
}

/**
 * One sentence for a CFO (the one sentence builder: dashboard, present mode, deck, link preview): who leads
 * on the chosen measure and who is least exposed, in words that follow the odds when given (thesis.ts).
 */
export function headlineSentence(result: ScenarioResult, winners: WinnerAnalysis, odds?: OddsInput | null): string {
  return thesisHeadline(result, winners, odds).sentence;
}
