/**
 * Every problem message the codec shows a reader, in one place so the wording stays consistent.
 * Messages are plain text: raw link text is quoted, truncated and stripped of characters that could hide
 * or reorder what a reader sees.
 */
import { formatParameterValue, type ParameterSpec, type ScenarioProblem, type SimulationSettingSpec } from '@/lib/engine';
import { formatCount } from '@/lib/format';

/** A simulation setting as a reader sees it: draws with thousands separators, a range width as "×1.5". */
export function formatSetting(spec: SimulationSettingSpec, value: number): string {
  if (spec.id === 'spread') return `×${value}`;
  return formatCount(value);
}

/** Quoted raw text is cut to this many characters (code points), then an ellipsis. */
export const QUOTE_MAX_CHARS = 40;

// C0/C1 controls, line separators and bidi controls: invisible, or able to reorder the message around
// them ("Trojan Source"). Shown as U+FFFD so the reader still sees that something was there.
const UNSAFE_CHARS = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** `raw` in typographic quotes, at most QUOTE_MAX_CHARS characters plus an ellipsis, made safe to show. */
export function quote(raw: string): string {
  // Look at a bounded prefix only: a link may carry a 100,000-character value. 5x covers surrogate pairs.
  const chars = Array.from(raw.slice(0, QUOTE_MAX_CHARS * 5));
  const shown = chars.length > QUOTE_MAX_CHARS ? `${chars.slice(0, QUOTE_MAX_CHARS).join('')}…` : chars.join('');
  return `“${shown.replace(UNSAFE_CHARS, '\uFFFD')}”`;
}

function using(spec: ParameterSpec, fallback: number | string): string {
  // A weight means a share only beside the others in its group: say so, rather than show a bare number.
  if (spec.unit === 'weight')
    return `using weight ${formatParameterValue(spec, fallback)} (weights become shares of their ${spec.group === 'Hosting' ? 'family’s row' : 'year'})`;
  return `using ${formatParameterValue(spec, fallback)}`;
}

export const problems = {
  tooLong(spec: ParameterSpec, raw: string, fallback: number | string): ScenarioProblem {
    return {
      kind: 'malformed',
      id: spec.id,
      message: `${spec.label}: ${quote(raw)} is too long to read (${raw.length} characters); ${using(spec, fallback)}.`,
    };
  },
  empty(spec: ParameterSpec, fallback: number | string): ScenarioProblem {
    return {
      kind: spec.kind === 'enum' ? 'invalid-option' : 'malformed',
      id: spec.id,
      message: `${spec.label}: no value given; ${using(spec, fallback)}.`,
    };
  },
  notANumber(spec: ParameterSpec, raw: string, fallback: number | string): ScenarioProblem {
    return { kind: 'malformed', id: spec.id, message: `${spec.label}: ${quote(raw)} is not a number; ${using(spec, fallback)}.` };
  },
  tooLarge(spec: ParameterSpec, raw: string, fallback: number | string): ScenarioProblem {
    return { kind: 'malformed', id: spec.id, message: `${spec.label}: ${quote(raw)} is too large to read; ${using(spec, fallback)}.` };
  },
  clamped(spec: ParameterSpec & { kind: 'number' }, raw: string, clamped: number): ScenarioProblem {
    return {
      kind: 'clamped',
      id: spec.id,
      message: `${spec.label}: ${quote(raw)} is outside ${formatParameterValue(spec, spec.min)} to ${formatParameterValue(spec, spec.max)}; ${using(spec, clamped)}.`,
    };
  },
  notAnOption(spec: ParameterSpec & { kind: 'enum' }, raw: string, fallback: number | string): ScenarioProblem {
    return {
      kind: 'invalid-option',
      id: spec.id,
      message: `${spec.label}: ${quote(raw)} is not one of ${spec.options.map((o) => o.label).join(', ')}; ${using(spec, fallback)}.`,
    };
  },
  repeatedParameter(spec: ParameterSpec, first: string): ScenarioProblem {
    return { kind: 'malformed', id: spec.id, message: `${spec.label}: given more than once; using the first, ${quote(first)}.` };
  },
  repeatedReserved(what: string, first: string): ScenarioProblem {
    return { kind: 'malformed', message: `The ${what} is given more than once; using the first, ${quote(first)}.` };
  },
  unknownKey(key: string): ScenarioProblem {
    return { kind: 'unknown', message: `Ignored ${quote(key)}: not a setting this dashboard knows.` };
  },
  unknownPreset(raw: string): ScenarioProblem {
    return { kind: 'invalid-option', message: `Ignored preset ${quote(raw)}: not one this dashboard knows; starting from the defaults.` };
  },
  unknownView(raw: string): ScenarioProblem {
    return { kind: 'invalid-option', message: `Ignored view ${quote(raw)}: not one this dashboard has; showing the default view.` };
  },
  unknownFocus(what: 'cloud' | 'figure', raw: string): ScenarioProblem {
    return {
      kind: 'invalid-option',
      message: `Ignored ${what} ${quote(raw)}: not one this dashboard shows; using ${what === 'cloud' ? 'Azure' : 'AI compute hosted'}.`,
    };
  },
  unknownMeasure(raw: string): ScenarioProblem {
    return {
      kind: 'invalid-option',
      message: `Ignored the measure ${quote(raw)}: the headline can speak of cloud AI revenue (revenue), company AI gross profit (companyGrossProfit) or AI compute hosted (hosted); using cloud AI revenue.`,
    };
  },
  unreadableBaseline(raw: string): ScenarioProblem {
    return { kind: 'malformed', message: `Ignored the baseline ${quote(raw)}: it could not be read; comparing with Public data.` };
  },
  unreadableColumn(raw: string): ScenarioProblem {
    return { kind: 'malformed', message: `Ignored a Compare column, ${quote(raw)}: it could not be read.` };
  },
  tooManyColumns(max: number, given: number): ScenarioProblem {
    return {
      kind: 'malformed',
      message: `The link compares ${given + 2} scenarios; the Compare view shows ${max}, so only the first ${max - 2} added columns are kept.`,
    };
  },
  unreadableSlide(n: number, raw: string): ScenarioProblem {
    return { kind: 'malformed', message: `Ignored slide ${n} of the story, ${quote(raw)}: it could not be read.` };
  },
  unknownSlideView(n: number, raw: string): ScenarioProblem {
    return { kind: 'invalid-option', message: `Slide ${n}: ${quote(raw)} is not a view this dashboard has; showing Strategies.` };
  },
  slideTextTooLong(n: number, what: 'title' | 'note', max: number): ScenarioProblem {
    return { kind: 'malformed', message: `Slide ${n}: its ${what} is longer than ${max} characters; cut to ${max}.` };
  },
  tooManySlides(max: number, given: number): ScenarioProblem {
    return { kind: 'malformed', message: `The story has ${given} slides; only the first ${max} are kept.` };
  },
  unreadablePresent(raw: string): ScenarioProblem {
    return { kind: 'malformed', message: `Ignored slide number ${quote(raw)}: not a slide of this story; showing the dashboard.` };
  },
  badSetting(spec: SimulationSettingSpec, raw: string): ScenarioProblem {
    return { kind: 'malformed', message: `${spec.label}: ${quote(raw)} is not a number; using ${formatSetting(spec, spec.default)}.` };
  },
  clampedSetting(spec: SimulationSettingSpec, raw: string, used: number): ScenarioProblem {
    return {
      kind: 'clamped',
      message: `${spec.label}: ${quote(raw)} is outside ${formatSetting(spec, spec.min)} to ${formatSetting(spec, spec.max)}; using ${formatSetting(spec, used)}.`,
    };
  },
  steppedSetting(spec: SimulationSettingSpec, raw: string, used: number): ScenarioProblem {
    const between =
      spec.step === 1 ? 'is not a whole number' : `is not a multiple of ${Number.isInteger(spec.step) ? formatCount(spec.step) : String(spec.step)}`;
    return { kind: 'clamped', message: `${spec.label}: ${quote(raw)} ${between}; using ${formatSetting(spec, used)}.` };
  },
  repeatedSetting(spec: SimulationSettingSpec, first: string): ScenarioProblem {
    return { kind: 'malformed', message: `${spec.label}: given more than once; using the first, ${quote(first)}.` };
  },
  newerVersion(version: number, current: number): ScenarioProblem {
    return { kind: 'version', message: `This link was made with a newer version (v${version}); read as v${current} — some settings may differ.` };
  },
  unreadableVersion(raw: string, current: number): ScenarioProblem {
    return { kind: 'version', message: `Unreadable version ${quote(raw)}; read as v${current} — some settings may differ.` };
  },
  notUpgraded(from: number, reached: number): ScenarioProblem {
    return {
      kind: 'version',
      message: `This link (v${from}) could not be fully updated to the current version; read as v${reached} — some settings may differ.`,
    };
  },
} as const;
