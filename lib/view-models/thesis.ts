/**
 * The headline's answer to the thesis (issue 18), in one sentence builder shared by the dashboard, present
 * mode, the deck, the link preview and its image: who leads on the chosen measure and who is least exposed
 * to which model family wins, each with its Monte Carlo odds, in words that follow the odds
 * (ECONOMICS.md, "Model v3", rule 4): "clearly" above 90%, "narrowly" from 60% to 90%, "a coin flip" below.
 */
import {
  DEFAULT_SIMULATION_SETTINGS,
  SIMULATION_SETTINGS,
  holderLabel,
  HYPERSCALERS,
  THESIS_MEASURE_LABELS,
  THESIS_MEASURE_SHORT_LABELS,
  formatParameterValue,
  getParameter,
  leaderOn,
  thesisValue,
  type CloudId,
  type HyperscalerId,
  type PairedOdds,
  type Probability,
  type Scenario,
  type ScenarioResult,
  type SimulationSettings,
  type SimulationSettingSpec,
  type SwitchingValue,
  type ThesisMeasure,
  type ThesisOdds,
  type WinnerAnalysis,
  possessive,
} from '@/lib/engine';
import { SAME_USD_BN, formatMultiple, formatPct, formatPctsApart, formatUsdBn, formatUsdBnChange, formatCount } from '@/lib/format';
import { formatSetting } from '@/lib/scenario';
import { formatParameterAt } from './parameter-words';
import { flipPlace, rangePlace } from './range-place';

export type Adverb = 'clearly' | 'narrowly' | 'coin flip';

/** z of a two-sided 95% interval: a probability's sampling interval is p ± Z95 standard errors. */
export const Z95 = 1.96;

/**
 * "± 0.7 pts": an interval's half-width in percentage points. "± 0.0" would read as certainty: how small it
 * is instead. One formatter for the headline's odds table, the Risk view's and Compare's odds.
 */
export function formatPlusMinusPts(pts: number): string {
  return pts < 0.05 ? '± <0.1 pts' : `± ${pts.toFixed(1)} pts`;
}

/** The word a probability earns: "clearly" above 90%, "narrowly" from 60% to 90%, "a coin flip" below. */
export function adverbFor(p: number): Adverb {
  if (p > 0.9) return 'clearly';
  if (p >= 0.6) return 'narrowly';
  return 'coin flip';
}

/** The odds the sentence speaks from, and how many draws they come from. */
export interface OddsInput {
  odds: ThesisOdds;
  samples: number;
  /** The run's first draws only (its preview, before the full run replaces it): the sentence says only the word they have surely earned (earnedAdverb). */
  preview?: boolean;
  /** The run's range width (1 when absent): at 0 every draw is the scenario itself, and its 100% are no odds. */
  spread?: number;
  /** The run's share concentration (the default when absent). */
  concentration?: number;
}

/** A run's odds as the sentence reads them: a preview when it drew fewer draws than its settings ask for. */
export function oddsInput(run: { odds: ThesisOdds; samples: number }, settings: Pick<SimulationSettings, 'samples' | 'spread' | 'concentration'>): OddsInput {
  return { odds: run.odds, samples: run.samples, preview: run.samples < settings.samples, spread: settings.spread, concentration: settings.concentration };
}

/**
 * A simulation setting in words: its registry label and its value as the settings form shows it
 * (formatSetting): "range width ×0.5", "share concentration 100". The odds line and the Risk view's run
 * status say them alike.
 */
export function settingWords(id: SimulationSettingSpec['id'], value: number): string {
  const spec = SIMULATION_SETTINGS.find((s) => s.id === id);
  if (!spec) return `${id} ${value}`;
  return `${spec.label.charAt(0).toLowerCase()}${spec.label.slice(1)} ${formatSetting(spec, value)}`;
}

/**
 * What a run's settings change from the defaults, for the line that names the odds: "; range width ×0.5;
 * share concentration 100". A shared link's odds say what they assume (at ×0 the headline had read "clearly
 * leads … in 100% of draws" with nothing to say why: a new-user review). Empty at the defaults.
 */
export function oddsSettingsNote(settings: Partial<Pick<SimulationSettings, 'spread' | 'concentration'>>): string {
  return (['spread', 'concentration'] as const)
    .filter((id) => settings[id] !== undefined && settings[id] !== DEFAULT_SIMULATION_SETTINGS[id])
    .map((id) => `; ${settingWords(id, settings[id] as number)}`)
    .join('');
}

export interface ThesisClaim {
  conclusion: 'leader' | 'leastExposed';
  /** The scenario's own answer (its point estimate). */
  cloud: HyperscalerId;
  /** Its odds, when drawn. */
  probability: Probability | null;
  adverb: Adverb | null;
  /** The likeliest other answer: the coin flip's other side. */
  rival: HyperscalerId | null;
  /**
   * The word the rival's own odds earn, when they earn more than a coin flip: the draws then favour another
   * answer than the scenario's own (its point estimate says AWS, 63% of draws say Azure). Null otherwise.
   */
  rivalAdverb: Exclude<Adverb, 'coin flip'> | null;
}

export interface ThesisHeadline {
  measure: ThesisMeasure;
  sentence: string;
  leader: ThesisClaim;
  leastExposed: ThesisClaim;
  samples: number | null;
}

/**
 * The word a preview's odds have surely earned: the one at the low end of their 95% sampling interval. A
 * preview never says more than its draws bear out: 92% of 500 draws (± 2.4 pts) says "narrowly", 57% "a coin
 * flip"; its full run states the word of its own odds (ECONOMICS.md, model v3, rule 4), the same or a
 * stronger one but for a chance in forty. (A preview at 62% said "narrowly" and its full run 58% "a coin flip":
 * a reversal on a shared link or a projector, new-user reviews.)
 */
export function earnedAdverb({ p, se }: Probability): Adverb {
  return adverbFor(Math.max(0, p - Z95 * se));
}

function claim(
  conclusion: ThesisClaim['conclusion'],
  cloud: HyperscalerId,
  odds: Record<HyperscalerId, Probability> | undefined,
  preview = false,
): ThesisClaim {
  if (!odds) return { conclusion, cloud, probability: null, adverb: null, rival: null, rivalAdverb: null };
  let rival: HyperscalerId | null = null;
  for (const c of HYPERSCALERS) if (c !== cloud && (rival === null || odds[c].p > odds[rival].p)) rival = c;
  const probability = odds[cloud];
  const word = (q: Probability) => (preview ? earnedAdverb(q) : adverbFor(q.p));
  const rivalWord = rival === null ? 'coin flip' : word(odds[rival]);
  return { conclusion, cloud, probability, adverb: word(probability), rival, rivalAdverb: rivalWord === 'coin flip' ? null : rivalWord };
}

/**
 * In a coin flip, the rival's odds when they are the higher ones ("AWS ahead in 36% of draws, Azure in 55%"):
 * the scenario's own answer alone, first and lower, read as the likelier (code review).
 */
function rivalOdds(c: ThesisClaim, odds: Record<HyperscalerId, Probability> | undefined, name: (cloud: HyperscalerId) => string): string {
  if (!odds || !c.rival || !c.probability || odds[c.rival].p <= c.probability.p) return '';
  return `, ${name(c.rival)} in ${formatOdds(odds[c.rival].p)}`;
}

/** "62%": odds as the sentence shows them (whole percent, or "over 99%" / "under 1%" at the ends). */
export function formatOdds(p: number): string {
  if (p > 0.99 && p < 1) return 'over 99%';
  if (p < 0.01 && p > 0) return 'under 1%';
  return formatPct(p);
}

/** One hyperscaler's odds on the headline's two conclusions, as a table row shows them. */
export interface ThesisOddsRow {
  cloud: HyperscalerId;
  label: string;
  /** `p` is null while the scenario's odds are being drawn (thesisOddsPendingRows). */
  leads: { p: number | null; text: string };
  leastExposed: { p: number | null; text: string };
}

/** The odds table's "leads" column: "Leads on cloud AI revenue" (its first word lower-cased, an acronym kept: "AI compute hosted"). */
export function leadsColumnLabel(measure: ThesisMeasure): string {
  const short = THESIS_MEASURE_SHORT_LABELS[measure];
  return `Leads on ${/^[A-Z][a-z]/.test(short) ? short.charAt(0).toLowerCase() + short.slice(1) : short}`;
}

/**
 * The table's rows while a changed scenario's odds are drawn: each cloud, with no figure (never the earlier
 * scenario's odds beside the new figures), so a table the reader opened keeps its place and size.
 */
export function thesisOddsPendingRows(measure: ThesisMeasure): ThesisOddsRow[] {
  const pending = { p: null, text: 'drawing…' };
  return HYPERSCALERS.map((cloud) => ({ cloud, label: holderLabel(cloud, measure), leads: pending, leastExposed: pending }));
}

/**
 * The odds table's rows (the headline's odds one click away, and the Risk view's thesis card): "62% ± 1.1
 * pts", the ± being one standard error (`'se'`) or the 95% sampling interval, 1.96 standard errors (`'95%'`).
 */
export function thesisOddsRows(odds: ThesisOdds, measure: ThesisMeasure, interval: 'se' | '95%'): ThesisOddsRow[] {
  const points = interval === 'se' ? 100 : Z95 * 100;
  // No ± beside a 0% or 100% that every draw agreed on: it meant nothing there (a new-user review).
  const cell = ({ p, se }: Probability) => ({ p, text: p === 0 || p === 1 ? formatOdds(p) : `${formatOdds(p)} ${formatPlusMinusPts(se * points)}` });
  return HYPERSCALERS.map((cloud) => ({
    cloud,
    label: holderLabel(cloud, measure),
    leads: cell(odds.leader[measure][cloud]),
    leastExposed: cell(odds.leastExposedBy[measure][cloud]),
  }));
}

function drawsText(samples: number): string {
  return `${formatCount(samples)} draws`;
}

/**
 * The headline: who leads on the measure (with its figure and lead over the runner-up) and who is least
 * exposed, each with its odds when given. Without odds (nothing drawn yet) it states the scenario's answer
 * and says the odds are still to come, never an adverb it has not earned.
 */
export function thesisHeadline(result: ScenarioResult, winners: WinnerAnalysis, odds?: OddsInput | null): ThesisHeadline {
  const measure = winners.measure;
  const label = THESIS_MEASURE_LABELS[measure];
  const name = (cloud: HyperscalerId) => holderLabel(cloud, measure);
  const ranked = [...HYPERSCALERS].sort((a, b) => thesisValue(result, b, measure) - thesisValue(result, a, measure));
  const first = leaderOn(result, measure);
  const second = (ranked[0] === first ? ranked[1] : ranked[0]) as HyperscalerId;
  const a = thesisValue(result, first, measure);
  const b = thesisValue(result, second, measure);
  const ratio = b > 0 ? a / b : Infinity;
  const lead = Number.isFinite(ratio) && ratio >= 1.05 ? `${formatMultiple(ratio)} ${name(second)}` : `level with ${name(second)}`;
  const preview = odds?.preview === true;
  // At range width ×0 every draw is this scenario: its 100% is no probability, so none is claimed.
  const fixed = odds?.spread === 0;
  const drawn = fixed ? undefined : odds;
  const leader = claim('leader', first, drawn?.odds.leader[measure], preview);
  const least = claim('leastExposed', winners.leastExposed, drawn?.odds.leastExposedBy[measure], preview);
  // A preview says only the word its draws have surely earned. Its count is its own ("of 500 draws"; the odds
  // line beneath says the full run is drawing): "of the first 500 draws" made the sentence a line longer on a
  // phone than the full run's, and the cards jumped when it arrived.
  const n = odds ? drawsText(odds.samples) : '';

  let leaderClause: string;
  if (!leader.probability)
    leaderClause = `On ${label}, ${name(first)} leads in 2025-2031 (${formatUsdBn(a)}, ${lead}${fixed ? '; no odds at range width ×0, where every draw is this scenario' : ''})`;
  else if (leader.rivalAdverb && leader.rival)
    // The scenario's own answer is the draws' minority: say both, the draws' answer with the word its odds
    // earn (rule 4). "A coin flip between AWS and Azure (AWS in 36%)" named the less likely cloud first and
    // called 63% a coin flip (new-user review).
    leaderClause = `On ${label}, ${name(first)} leads in 2025-2031 at these values (${formatUsdBn(a)}, ${lead}), but ${name(leader.rival)} ${leader.rivalAdverb} leads across the draws (ahead in ${formatOdds(drawn!.odds.leader[measure][leader.rival].p)} of ${n}; ${name(first)} in ${formatOdds(leader.probability.p)})`;
  else if (leader.adverb === 'coin flip')
    leaderClause = `On ${label}, the lead in 2025-2031 is a coin flip between ${name(first)} and ${name(leader.rival as HyperscalerId)} (${name(first)} ahead in ${formatOdds(leader.probability.p)} of ${n}${rivalOdds(leader, drawn?.odds.leader[measure], name)}; ${formatUsdBn(a)} here)`;
  else
    leaderClause = `On ${label}, ${name(first)} ${leader.adverb} leads in 2025-2031 (${formatUsdBn(a)}, ${lead}; ahead in ${formatOdds(leader.probability.p)} of ${n})`;

  const e = name(least.cloud);
  // As the verdict under the Model shares view says it: swings that differ never read alike (formatPctsApart).
  const swing = formatPctsApart(HYPERSCALERS.map((c) => winners.clouds[c].exposure))[HYPERSCALERS.indexOf(least.cloud)] as string;
  let exposureClause: string;
  if (!least.probability) exposureClause = `${e} is the least exposed to which model family wins (it swings ${swing})${fixed ? '' : '; odds are being drawn'}`;
  else if (least.rivalAdverb && least.rival)
    exposureClause = `${e} is the least exposed to which model family wins at these values (swings ${swing}), but ${name(least.rival)} is ${least.rivalAdverb} the least exposed across the draws (least in ${formatOdds(drawn!.odds.leastExposedBy[measure][least.rival].p)} of draws; ${e} in ${formatOdds(least.probability.p)})`;
  else if (least.adverb === 'coin flip')
    exposureClause = `who is least exposed to which model family wins is a coin flip between ${e} and ${name(least.rival as HyperscalerId)} (${e} in ${formatOdds(least.probability.p)} of draws${rivalOdds(least, drawn?.odds.leastExposedBy[measure], name)})`;
  else
    exposureClause = `${e} is ${least.adverb} the least exposed to which model family wins (swings ${swing}; least in ${formatOdds(least.probability.p)} of draws)`;

  return { measure, sentence: `${leaderClause}; ${exposureClause}.`, leader, leastExposed: least, samples: odds?.samples ?? null };
}

/** The nearest flip of one conclusion, in words: "Azure's 2031 silicon share moves from 30% to 45% (to AWS)". */
function flipText(row: SwitchingValue | undefined, measure: ThesisMeasure, scenario?: Readonly<Scenario>): string | null {
  if (!row || row.value === null || row.to === null) return null;
  const spec = getParameter(row.id);
  const name = spec?.label ?? row.id;
  const weight = spec?.kind === 'number' && spec.unit === 'weight';
  // A weight is said as the share it gives, as its slider shows it ("from 0% to 1%"); without the scenario,
  // named as a weight at least (a bare "from 0 to 1" said nothing).
  const words = (value: number) =>
    weight && scenario
      ? formatParameterAt(scenario, row.id, value, true)
      : `${weight ? 'weight ' : ''}${spec ? formatParameterValue(spec, value) : String(value)}`;
  const from = words(row.current);
  const to = words(row.value);
  // As the Risk view says it. (A flip beyond the plausible range is said so before the lever: flipSentence.)
  const far = flipPlace(row.id, row.current, row.value) === 'edge' ? ', near the edge of its plausible range' : '';
  return `“${name}” moves from ${from} to ${to} (${holderLabel(row.to, measure)}${far})`;
}

/**
 * "The answer flips if …": of each conclusion, the nearest switching value within its assumption's plausible
 * range (one parameter alone, on the slider's grid), else the nearest beyond it, said so: a flip that needs an
 * implausible value is no measure of how fragile the answer is (sixth new-user review: "Gemini → Azure
 * commitment" at $107.7B was offered first). Null when neither flips within any slider's bounds.
 */
export function flipSentence(
  switching: { leader: readonly SwitchingValue[]; leastExposed: readonly SwitchingValue[] },
  /** The headline's measure, whose holder the lead passes to ("Google" on company AI gross profit). */
  measure: ThesisMeasure,
  scenario?: Readonly<Scenario>,
): string | null {
  /** The clause for one conclusion ("the lead changes hands if …"), or null where nothing flips it. */
  const clause = (what: string, rows: readonly SwitchingValue[]) => {
    const plausible = rows.find((r) => r.value !== null && rangePlace(r.id, r.value) !== 'beyond');
    const row = plausible ?? rows.find((r) => r.value !== null);
    const lever = flipText(row, measure, scenario);
    if (!lever) return null;
    // Only beyond every plausible range: said before the lever, so the reader weighs it as the long shot it is.
    return `${what} ${plausible ? '' : 'only beyond plausible ranges, '}if ${lever}`;
  };
  const lead = clause('the lead changes hands', switching.leader);
  const least = clause('the least exposed changes', switching.leastExposed);
  if (!lead && !least) return 'The answer does not flip when any one assumption moves alone within its bounds.';
  return `The answer flips: ${[lead, least].filter((c) => c !== null).join('; ')}.`;
}

/** How likely B beats A, in words, from paired draws (compareOdds); said under a heading that asks it, so it does not ask again. */
export function compareOddsSentence(
  odds: PairedOdds,
  cloud: CloudId,
  measure: ThesisMeasure,
  /** The two scenarios' own results: how large the difference is that the odds are sure of. */
  results?: { a: ScenarioResult; b: ScenarioResult },
): string {
  const what = `${possessive(holderLabel(cloud, measure))} ${THESIS_MEASURE_LABELS[measure]} over 2025-2031`;
  if (odds.tie) return `B and A give ${what} the same figure in every draw: nothing that differs between them reaches it.`;
  const sure = `${what.charAt(0).toUpperCase()}${what.slice(1)} is higher under B in ${formatOdds(odds.p)} of ${formatCount(odds.samples)} paired draws (${formatPlusMinusPts(odds.se * Z95 * 100)}, 95%; ${adverbFor(Math.max(odds.p, 1 - odds.p)) === 'coin flip' ? 'a coin flip' : odds.p >= 0.5 ? `B ${adverbFor(odds.p)} ahead` : `A ${adverbFor(1 - odds.p)} ahead`}).`;
  const figures = results && { a: thesisValue(results.a, cloud, measure), b: thesisValue(results.b, cloud, measure) };
  if (!figures || !(figures.a > 0)) return sure;
  // "Clearly ahead" is how sure, not how much: $0.5B on $860B in every draw read as a large lead (new-user review).
  // The scenarios' own values (the draws' differences vary around them), said as such.
  const delta = figures.b - figures.a;
  if (Math.abs(delta) < SAME_USD_BN) return `${sure} At the scenarios’ own values the two figures are the same.`;
  const usd = formatUsdBnChange(delta);
  const change = delta / figures.a;
  const size = Math.abs(change) < 0.01 ? `under 1% (${usd})` : `${formatPct(Math.abs(change))} (${usd})`;
  return `${sure} At the scenarios’ own values, B is ${size} ${delta > 0 ? 'above' : 'below'} A.`;
}
