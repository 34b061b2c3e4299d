/**
 * Number formatting for everything the product shows (DESIGN.md, "Numbers"): $1.2T, $340B, $4.5B, 27%,
 * signed changes (+$42B, −3 pts) with a true minus sign. Precision follows the inputs' low confidence:
 * two significant figures for money below $100B, whole billions above, one decimal in trillions.
 */

const MINUS = '\u2212';

/** $1.2T, $340B, $45B, $4.5B, $0.4B. Input in USD bn. */
export function formatUsdBn(valueUsdBn: number): string {
  if (!Number.isFinite(valueUsdBn)) return '—';
  const sign = valueUsdBn < 0 ? MINUS : '';
  const v = Math.abs(valueUsdBn);
  // Three significant figures, as $818B has: "$1.04T", not "$1.0T", so a ratio read off two figures is the
  // ratio the sentence beside them states ($1.04T / $818B = 1.3×; "$1.0T" beside it read as 1.2×).
  if (v >= 1000) return `${sign}$${(v / 1000).toFixed(v >= 10000 ? 1 : 2)}T`;
  if (v >= 100) return `${sign}$${Math.round(v)}B`;
  if (v >= 10) return `${sign}$${Math.round(v)}B`;
  if (v >= 0.05) return `${sign}$${trimZero(v.toFixed(1))}B`;
  return '$0';
}

/** Below this change (USD bn) a figure is shown, and counted, as unchanged: ±$0B, under the figures' last digit. */
export const SAME_USD_BN = 0.05;

/** Signed change in USD bn: +$42B, −$3.1B, ±$0B. */
export function formatUsdBnChange(deltaUsdBn: number): string {
  if (!Number.isFinite(deltaUsdBn)) return '—';
  if (Math.abs(deltaUsdBn) < SAME_USD_BN) return '±$0B';
  return `${deltaUsdBn > 0 ? '+' : ''}${formatUsdBn(deltaUsdBn)}`;
}

/** A fraction (0-1) as a whole percentage: 0.273 -> 27%. `digits` for the rare case decimals matter. */
export function formatPct(fraction: number, digits = 0): string {
  if (!Number.isFinite(fraction)) return '—';
  const v = fraction * 100;
  const text = v.toFixed(digits);
  return `${text.startsWith('-') && Number(text) !== 0 ? MINUS + text.slice(1) : text.replace(/^-/, '')}%`;
}

/**
 * Percentages that stay apart in words: the fewest decimals (0 to 2) at which values that differ read
 * differently. "swings 24% …, Azure's 24%" said a tie where AWS's 24.3% beat Azure's 24.4% (new-user review).
 */
export function formatPctsApart(fractions: readonly number[]): string[] {
  for (let digits = 0; digits < 2; digits++) {
    const texts = fractions.map((f) => formatPct(f, digits));
    const clash = fractions.some((f, i) => fractions.some((g, j) => j > i && f !== g && texts[i] === texts[j]));
    if (!clash) return texts;
  }
  return fractions.map((f) => formatPct(f, 2));
}

/** A correlation coefficient (−1 to 1) to two decimals, with a true minus: −0.42. */
export function formatCorrelation(r: number): string {
  if (!Number.isFinite(r)) return '—';
  const text = r.toFixed(2);
  return text.startsWith('-') && Number(text) !== 0 ? MINUS + text.slice(1) : text.replace(/^-/, '');
}

/** Change of a fraction in percentage points: +3 pts, −0.5 pts. */
export function formatPtsChange(deltaFraction: number): string {
  if (!Number.isFinite(deltaFraction)) return '—';
  // Whole points, as the figures beside them are whole percentages: a 0.2-point move is not news.
  const pts = Math.round(deltaFraction * 100);
  if (pts === 0) return '±0 pts';
  return `${pts > 0 ? '+' : MINUS}${Math.abs(pts)} ${Math.abs(pts) === 1 ? 'pt' : 'pts'}`;
}

/** A ratio such as 1.4×. */
export function formatMultiple(ratio: number): string {
  if (!Number.isFinite(ratio)) return '—';
  return `${trimZero(ratio.toFixed(1))}×`;
}

/** Axis ticks for USD bn: $0, $200B, $1T, $1.25T (ticks keep the digits their step needs). */
export function formatUsdBnAxis(valueUsdBn: number): string {
  if (valueUsdBn === 0) return '$0';
  if (Math.abs(valueUsdBn) >= 1000) {
    return `${valueUsdBn < 0 ? MINUS : ''}$${trimZero((Math.abs(valueUsdBn) / 1000).toFixed(2))}T`;
  }
  return formatUsdBn(valueUsdBn);
}

function trimZero(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/**
 * Digits grouped in threes with commas, as en-US writes them: 1234567 -> "1,234,567", 1234.5 -> "1,234.5".
 * By hand rather than through Intl or toLocaleString: the first Intl formatter a page creates loads ICU's
 * number data, measured at ~160 ms of a phone's load at 4x slowed CPU when it ran as a module was loaded.
 */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return '—';
  // toLocaleString's default precision: at most three decimals.
  const text = trimZero(Math.abs(value).toFixed(Number.isInteger(value) ? 0 : 3));
  const [whole = '0', fraction] = text.split('.');
  const sign = value < 0 && text !== '0' ? '-' : '';
  return `${sign}${groupThousands(whole)}${fraction ? `.${fraction}` : ''}`;
}

/** A run of digits with a comma every three from the right: "1234567" -> "1,234,567". */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * USD bn to one decimal with thousands separators, for figures a reader adds up by hand (the working,
 * the calibration table): $1,234.5B, −$3.1B. A value that rounds to zero has no sign ($0.0B, not −$0.0B).
 */
export function formatUsdBnFine(valueUsdBn: number): string {
  if (!Number.isFinite(valueUsdBn)) return '—';
  const [whole = '0', tenths = '0'] = Math.abs(valueUsdBn).toFixed(1).split('.');
  return `${valueUsdBn <= -0.05 ? MINUS : ''}$${groupThousands(whole)}.${tenths}B`;
}

/** A change of a fraction in points to one decimal, for steps of a point or two: +5.0, −1.5, ±0. */
export function formatPtsChangeFine(deltaFraction: number): string {
  if (!Number.isFinite(deltaFraction)) return '—';
  const pts = Math.round(deltaFraction * 1000) / 10;
  if (pts === 0) return '±0';
  return `${pts > 0 ? '+' : MINUS}${Math.abs(pts).toFixed(1)}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * An ISO day as words, the house's way: '2026-12-06' -> "6 December 2026" (UTC, so no time zone moves it).
 * Month names by hand, not Intl.DateTimeFormat: see formatCount on what the first Intl formatter costs.
 */
export function formatDay(isoDay: string): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  return Number.isFinite(d.getTime()) ? `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : isoDay;
}
