/**
 * A story: one `st` value per slide, "<view>~<scenario>~<title>~<note>~<key>:<value>~…". The scenario is
 * written as a baseline is (its preset and its differences, so it migrates with the link's version); the
 * title and note are the only free text, with '%' and '~' escaped so '~' always separates fields. From the
 * fifth field on, what else makes the slide's answer (issue 20), each field one `<key>:<value>` with the
 * link's own keys: `b` its pinned baseline, `fc`/`fm` the figure in focus, `ms` the measure, `n`, `seed`,
 * `spr`, `conc` the simulation settings, `cc` each of the Compare view's added columns (C, D), and `start` the
 * scenario it started from when it was changed live.
 * Only what differs from the defaults is written; a slide with nothing to add ends in an empty fifth field,
 * so a slide that carries its own context (all defaults) is told from one written before it could (3 or 4
 * fields), which takes the link's own context as it always did.
 */
import {
  DEFAULT_THESIS_MEASURE,
  isThesisMeasure,
  SIMULATION_SETTINGS,
  type Scenario,
  type ScenarioProblem,
  type SimulationSettings,
  type ThesisMeasure,
} from '@/lib/engine';
import { encodeBaseline, readScenarioText, type Baseline } from './baseline';
import { MAX_COMPARE_COLUMNS, readColumns } from './columns';
import { DEFAULT_FOCUS, focusText, isFocusCloud, isFocusMeasure, type Focus } from './focus';
import { problems } from './messages';
import type { LinkParams } from './migrate';
import { CURRENT_VALUES, POSITIVE_INTEGER, readReserved, type SchemaOptions } from './reading';
import { DEFAULT_VIEW, isViewId, RESERVED_KEYS, SCHEMA_VERSION, type ViewId } from './schema';
import { readSimulationSettings, SETTING_KEYS, settingsText } from './settings';

/** At most this many slides are read from a link: a story for a meeting, not a data store. */
export const MAX_SLIDES = 30;
export const MAX_SLIDE_TITLE = 120;
export const MAX_SLIDE_NOTE = 240;
export const FIELD = '~';
export const TAG = ':';
/** The tag of a slide's starting point (a scenario written as a baseline is). */
export const START_TAG = 'start';

/**
 * Everything besides its scenario and view that makes a slide's answer: what it is compared with, which
 * figure the Compare and Risk views break down, what the headline speaks of, and how the odds are drawn.
 */
export interface SlideContext {
  /** The pinned baseline; null: against Public data. */
  baseline: Baseline | null;
  focus: Focus;
  measure: ThesisMeasure;
  /** Only the settings that differ from their defaults. */
  simulation: Partial<SimulationSettings>;
  /** The Compare view's added columns (C, D), each a scenario as a baseline is written; [] for none. */
  columns: readonly Baseline[];
}

/** The context of a slide that says nothing else: Public data, the default figure, measure and settings. */
export const DEFAULT_SLIDE_CONTEXT: Readonly<SlideContext> = Object.freeze({
  baseline: null,
  focus: DEFAULT_FOCUS,
  measure: DEFAULT_THESIS_MEASURE,
  simulation: Object.freeze({}),
  columns: Object.freeze([]),
});

/** One slide of a story: what it shows and what it says. */
export interface Slide {
  view: ViewId;
  scenario: Scenario;
  presetId: string | null;
  title: string;
  /** The presenter's private note (never projected); '' for none. */
  note: string;
  /** Its baseline, figure in focus, measure and settings; absent: the defaults. Decoded slides always have it. */
  context?: SlideContext;
  /** The scenario it showed before a live change in present mode (what Reset restores); absent or null: unchanged. */
  start?: Baseline | null;
}

function escapeText(text: string): string {
  return text.replace(/%/g, '%25').replace(/~/g, '%7E');
}
function unescapeText(text: string): string {
  return text.replace(/%7E/gi, '~').replace(/%25/g, '%');
}

/** A slide's context and starting point as `<key>:<value>` fields, only what differs from the defaults. */
function contextFields(context: SlideContext | undefined, start: Baseline | null | undefined): string[] {
  const out: string[] = [];
  if (context?.baseline) out.push(`${RESERVED_KEYS.baseline}${TAG}${encodeBaseline(context.baseline)}`);
  for (const [key, text] of focusText(context?.focus)) out.push(`${key}${TAG}${text}`);
  const measure = context?.measure;
  if (measure && isThesisMeasure(measure) && measure !== DEFAULT_THESIS_MEASURE) out.push(`${RESERVED_KEYS.measure}${TAG}${measure}`);
  for (const [key, text] of settingsText(context?.simulation)) out.push(`${key}${TAG}${text}`);
  for (const column of (context?.columns ?? []).slice(0, MAX_COMPARE_COLUMNS - 2)) out.push(`${RESERVED_KEYS.columns}${TAG}${encodeBaseline(column)}`);
  if (start) out.push(`${START_TAG}${TAG}${encodeBaseline(start)}`);
  return out;
}

/** A slide as its `st` value (always in the form that carries its own context: five fields or more). */
export function encodeSlide(slide: Slide): string {
  const scenario = encodeBaseline({ scenario: slide.scenario, presetId: slide.presetId });
  const title = escapeText(cleanText(slide.title, MAX_SLIDE_TITLE));
  const note = escapeText(cleanText(slide.note, MAX_SLIDE_NOTE));
  const extra = contextFields(slide.context, slide.start);
  return [slide.view, scenario, title, note, ...(extra.length > 0 ? extra : [''])].join(FIELD);
}

/** Free text as a slide keeps it: one line, trimmed, at most `max` characters (code points). */
function cleanText(text: string, max: number): string {
  const line = (typeof text === 'string' ? text : '').replace(/[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]+/g, ' ').trim();
  const chars = Array.from(line);
  return chars.length > max ? chars.slice(0, max).join('').trimEnd() : line;
}

/** Fields past the note: at most one per key the slide can carry, so a link cannot grow a slide without bound. */
export const MAX_SLIDE_FIELDS = 4 + 5 + SIMULATION_SETTINGS.length + (MAX_COMPARE_COLUMNS - 2);

/**
 * A slide's `<key>:<value>` fields as its context and starting point, each value checked as the link's own
 * would be and each problem said with the slide's number. An unknown key is reported and ignored.
 */
function readContextFields(
  fields: readonly string[],
  n: number,
  readAs: number,
  schema: SchemaOptions,
  found: ScenarioProblem[],
): { context: SlideContext; start: Baseline | null } {
  const prefix = `Slide ${n}: `;
  const own: ScenarioProblem[] = [];
  const params: LinkParams = new Map();
  for (const field of fields) {
    if (field === '') continue;
    const at = field.indexOf(TAG);
    const key = at > 0 ? field.slice(0, at) : field;
    const values = params.get(key);
    if (values) values.push(field.slice(at + 1));
    else params.set(key, [field.slice(at + 1)]);
  }
  let baseline: Baseline | null = null;
  let start: Baseline | null = null;
  for (const [key, values] of params) {
    if (key === RESERVED_KEYS.baseline)
      baseline = readScenarioText(values[0] ?? '', readAs, schema, own, 'Baseline: ', () => problems.unreadableBaseline(values[0] ?? ''));
    else if (key === START_TAG)
      start = readScenarioText(values[0] ?? '', readAs, schema, own, 'Starting point: ', () => problems.unreadableSlide(n, values[0] ?? ''));
    else if (
      key !== RESERVED_KEYS.focusCloud &&
      key !== RESERVED_KEYS.focusMeasure &&
      key !== RESERVED_KEYS.measure &&
      key !== RESERVED_KEYS.columns &&
      !SETTING_KEYS.has(key)
    )
      own.push(problems.unknownKey(key));
  }
  // The Compare view's added columns, read as the link's own `cc` values are (the slide's notice names them).
  const columns = readColumns(params.get(RESERVED_KEYS.columns) ?? [], readAs, schema, own);
  const focus: Focus = { ...DEFAULT_FOCUS };
  const fc = readReserved(params.get(RESERVED_KEYS.focusCloud), 'cloud', isFocusCloud, (raw) => problems.unknownFocus('cloud', raw), own);
  if (fc) focus.cloud = fc;
  const fm = readReserved(params.get(RESERVED_KEYS.focusMeasure), 'figure', isFocusMeasure, (raw) => problems.unknownFocus('figure', raw), own);
  if (fm) focus.measure = fm;
  const measure = readReserved(params.get(RESERVED_KEYS.measure), 'measure', isThesisMeasure, problems.unknownMeasure, own) ?? DEFAULT_THESIS_MEASURE;
  const simulation = readSimulationSettings(params, own);
  for (const p of own) found.push({ ...p, message: `${prefix}${p.message}` });
  return { context: { baseline, focus, measure, simulation, columns }, start };
}

/**
 * Reads `st` values (slide n is values[n-1]); unreadable slides are dropped with a problem. A slide written
 * before slides carried their context (3 or 4 fields) takes `inherited`: the link's own, as it always did.
 */
export function readStory(
  values: readonly string[],
  readAs: number,
  schema: SchemaOptions,
  found: ScenarioProblem[],
  inherited: SlideContext = DEFAULT_SLIDE_CONTEXT,
): Slide[] {
  if (values.length > MAX_SLIDES) found.push(problems.tooManySlides(MAX_SLIDES, values.length));
  const slides: Slide[] = [];
  values.slice(0, MAX_SLIDES).forEach((raw, i) => {
    const n = i + 1;
    const fields = raw.split(FIELD);
    if (fields.length < 3 || fields.length > MAX_SLIDE_FIELDS) {
      found.push(problems.unreadableSlide(n, raw));
      return;
    }
    const [viewRaw = '', scenarioRaw = '', titleRaw = '', noteRaw = ''] = fields;
    const read = readScenarioText(scenarioRaw, readAs, schema, found, `Slide ${n}: `, () => problems.unreadableSlide(n, raw));
    if (!read) return;
    let view: ViewId = DEFAULT_VIEW;
    if (isViewId(viewRaw)) view = viewRaw;
    else found.push(problems.unknownSlideView(n, viewRaw));
    const titleText = unescapeText(titleRaw);
    const noteText = unescapeText(noteRaw);
    if (Array.from(titleText).length > MAX_SLIDE_TITLE) found.push(problems.slideTextTooLong(n, 'title', MAX_SLIDE_TITLE));
    if (Array.from(noteText).length > MAX_SLIDE_NOTE) found.push(problems.slideTextTooLong(n, 'note', MAX_SLIDE_NOTE));
    const title = cleanText(titleText, MAX_SLIDE_TITLE) || `Slide ${slides.length + 1}`;
    const { context, start } =
      fields.length >= 5 ? readContextFields(fields.slice(4), n, readAs, schema, found) : { context: copyContext(inherited), start: null };
    slides.push({ view, scenario: read.scenario, presetId: read.presetId, title, note: cleanText(noteText, MAX_SLIDE_NOTE), context, start });
  });
  return slides;
}

function copyContext(c: SlideContext): SlideContext {
  return { baseline: c.baseline, focus: { ...c.focus }, measure: c.measure, simulation: { ...c.simulation }, columns: [...c.columns] };
}

/**
 * `st` values in the current version as slides; unreadable ones are dropped (the UI's reading of the URL).
 * `inherited`: the context a slide written before slides carried their own takes (the link's).
 */
export function readStoryValues(values: readonly string[], inherited?: SlideContext): Slide[] {
  return readStory(values, SCHEMA_VERSION, CURRENT_VALUES, [], inherited);
}

/** `pr`: a slide number of the story (1-based), or null with a problem. */
export function readPresent(values: string[] | undefined, slideCount: number, found: ScenarioProblem[]): number | null {
  const raw = values?.[0];
  if (raw === undefined) return null;
  if (values && values.length > 1) found.push(problems.repeatedReserved('slide number', raw));
  const n = POSITIVE_INTEGER.test(raw) ? Number(raw) : 0;
  if (n >= 1 && n <= slideCount) return n;
  found.push(problems.unreadablePresent(raw));
  return null;
}
