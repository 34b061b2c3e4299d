/**
 * A scenario as a JSON document, and back: for analysts who keep scenarios in files, diff them, or edit a
 * value by hand. The document lists every assumption, labelled and in the registry's units, written as the
 * link writes it; it also carries the scenario's link, so the file leads back to the live dashboard.
 *
 * Reading a document is reading a link: its fields become link parameters (`v`, `p`, `view`, `b`, each
 * parameter's key, `cc` per Compare column) and go through `decodeScenario`, so migrations from an older `schemaVersion`, clamping,
 * fallbacks and every message are the link's. Only a document that cannot be read at all (not JSON, not
 * this format, no assumptions) is refused, with its problems in words; nothing here throws.
 */
import { z } from 'zod';
import {
  MODEL_VERSION,
  DEFAULT_THESIS_MEASURE,
  SIMULATION_SETTINGS,
  parameters,
  parametersById,
  type Scenario,
  type SimulationSettings,
  type ThesisMeasure,
} from '@/lib/engine';
import { scenarioName } from './name';
import { DEFAULT_FOCUS, baseScenarioFor, encodeScenario, type Baseline, type DecodedLink, type Focus } from './codec';
import { decodeScenario } from './decode';
import { quote } from './messages';
import { serializeParameterValue } from './parse-value';
import { RESERVED_KEYS, SCHEMA_VERSION, type ViewId } from './schema';
import { formatCount } from '@/lib/format';

/** What the `format` field must say: names the product and the kind of document. */
export const SCENARIO_JSON_FORMAT = 'ai-infra-explorer/scenario';

/** Larger files are refused unread: a full document is about 20 KB. */
export const MAX_SCENARIO_JSON_BYTES = 1_000_000;

export interface ScenarioJsonInput {
  scenario: Readonly<Scenario>;
  presetId: string | null;
  view: ViewId | null;
  baseline?: Baseline | null;
  /** The Compare view's added columns (C, D). */
  columns?: readonly Baseline[];
  simulation?: Partial<SimulationSettings>;
  focus?: Partial<Focus>;
  /** What the headline, winner analysis and odds speak of (default: cloud AI revenue). */
  measure?: ThesisMeasure | null;
  /** When the file is written; a parameter so tests are deterministic. */
  now?: Date;
}

/** One assumption as the document lists it. `changed`: differs from the preset (or the defaults). */
export interface AssumptionEntry {
  value: number | string;
  unit: string;
  label: string;
  changed: boolean;
  /** The URL key, which migrations know parameters by (ids are for readers). */
  key: string;
}

export interface ScenarioDocument {
  format: typeof SCENARIO_JSON_FORMAT;
  schemaVersion: number;
  modelVersion: number;
  exportedAt: string;
  name: string;
  /** The canonical link query (no '?'); empty for Public data as it is. */
  link: string;
  preset: string | null;
  view: ViewId | null;
  /** Every assumption, by parameter id, in registry order. */
  assumptions: Record<string, AssumptionEntry>;
  /** The pinned baseline: its preset and only what differs from it (a second scenario in brief). */
  baseline: ScenarioBrief | null;
  /** The Compare view's added columns (C, D), each written as the baseline is; empty when none. */
  columns: ScenarioBrief[];
  /** The Risk view's simulation settings, defaults filled in. */
  simulation: SimulationSettings;
  focus: Focus;
  /** What the headline, the winner analysis and the odds speak of: revenue, companyGrossProfit or hosted. */
  measure: ThesisMeasure;
}

/** A second scenario in brief (the baseline, a Compare column): its preset and only what differs from it. */
export interface ScenarioBrief {
  name: string;
  preset: string | null;
  assumptions: Record<string, AssumptionEntry>;
}

function brief(b: Baseline): ScenarioBrief {
  const bBase = baseScenarioFor(b.presetId);
  const changed: Record<string, AssumptionEntry> = {};
  for (const spec of parameters) {
    const e = entry(spec.id, b.scenario[spec.id] ?? spec.default, bBase);
    if (e.changed) changed[spec.id] = e;
  }
  return { name: scenarioName(b.scenario, b.presetId, bBase), preset: b.presetId, assumptions: changed };
}

function entry(id: string, value: number | string, base: Readonly<Scenario>): AssumptionEntry {
  const spec = parametersById.get(id)!;
  const text = serializeParameterValue(spec, value);
  return {
    // The link's text, as a JSON number for a number: the same rounding, so the file and the link agree.
    value: spec.kind === 'number' ? Number(text) : text,
    unit: spec.unit,
    label: spec.label,
    changed: text !== serializeParameterValue(spec, base[id] ?? spec.default),
    key: spec.key,
  };
}

/** The document for a scenario on screen. Pure apart from `now` (defaults to the clock). */
export function scenarioToJson(input: ScenarioJsonInput): ScenarioDocument {
  const presetId = input.presetId;
  const base = baseScenarioFor(presetId);
  // The link decides what the document means; reading it back normalises preset, view and settings alike.
  const link = encodeScenario(input.scenario, {
    presetId,
    view: input.view,
    baseline: input.baseline ?? null,
    columns: input.columns ?? [],
    simulation: input.simulation,
    focus: input.focus,
    measure: input.measure ?? null,
  });
  const canonical = decodeScenario(link);
  const assumptions: Record<string, AssumptionEntry> = {};
  for (const spec of parameters) assumptions[spec.id] = entry(spec.id, canonical.scenario[spec.id] ?? spec.default, base);
  const baseline = canonical.baseline ? brief(canonical.baseline) : null;
  const simulation = Object.fromEntries(SIMULATION_SETTINGS.map((s) => [s.id, canonical.simulation[s.id] ?? s.default])) as unknown as SimulationSettings;
  return {
    format: SCENARIO_JSON_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    modelVersion: MODEL_VERSION,
    exportedAt: (input.now ?? new Date()).toISOString(),
    name: scenarioName(canonical.scenario, canonical.presetId, base),
    link,
    preset: canonical.presetId,
    view: canonical.view,
    assumptions,
    baseline,
    columns: canonical.columns.map(brief),
    simulation,
    focus: { ...DEFAULT_FOCUS, ...canonical.focus },
    measure: canonical.measure ?? DEFAULT_THESIS_MEASURE,
  };
}

/** The document for a link's query: what the dashboard exports, from the state on screen at the click. */
export function scenarioJsonFromQuery(query: string, now?: Date): ScenarioDocument {
  const d = decodeScenario(query);
  return scenarioToJson({
    scenario: d.scenario,
    presetId: d.presetId,
    view: d.view,
    baseline: d.baseline,
    columns: d.columns,
    simulation: d.simulation,
    focus: d.focus,
    measure: d.measure,
    now,
  });
}

/** The document as the text of a file: two-space indents, one field a line, so it reads and diffs well. */
export function scenarioJsonText(doc: ScenarioDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** A file name for the document: the scenario's name in lowercase words, and the date. */
export function scenarioJsonFileName(doc: Pick<ScenarioDocument, 'name' | 'exportedAt'>): string {
  const slug =
    doc.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'scenario';
  return `${slug}-${doc.exportedAt.slice(0, 10)}.json`;
}

export type ScenarioJsonResult =
  | {
      ok: true;
      /** What the document holds, read like a link (every value within bounds). */
      decoded: DecodedLink;
      /** The canonical link query for it: what the address bar will show. */
      query: string;
      /** In words; empty for a clean document. */
      problems: string[];
    }
  | { ok: false; problems: string[] };

// Without eval: zod otherwise probes `new Function` for a faster parser, and the page's Content-Security-Policy
// (no 'unsafe-eval') reports the probe as a violation even though zod catches the error.
z.config({ jitless: true });

// The document's shape. Only what is needed to read it at all is strict; every value, and the preset,
// view, baseline and settings, is passed to the link codec as text, which judges it as it judges a link.
const documentSchema = z.object({
  format: z.string(),
  schemaVersion: z.number().int().min(1),
  assumptions: z.record(z.string(), z.unknown()),
  preset: z.unknown().optional(),
  view: z.unknown().optional(),
  baseline: z.unknown().optional(),
  columns: z.unknown().optional(),
  simulation: z.unknown().optional(),
  focus: z.unknown().optional(),
  measure: z.unknown().optional(),
});

const FIELD_HELP: Record<string, string> = {
  format: `“format” should be “${SCENARIO_JSON_FORMAT}”`,
  schemaVersion: '“schemaVersion” should be a whole number, 1 or more (the link version the file was written in)',
  assumptions: '“assumptions” should be an object of parameter ids and their values',
};

/** Why a file of `bytes` bytes is refused before it is read (a scenario is a few KB), or null. */
export function scenarioFileTooLarge(bytes: number): string | null {
  return bytes > MAX_SCENARIO_JSON_BYTES
    ? `The file is too large to be a scenario (${formatCount(bytes)} bytes; at most ${formatCount(MAX_SCENARIO_JSON_BYTES)}). It was not read.`
    : null;
}

/** Reads a document's text. Never throws: whatever it cannot use is a problem in words. */
export function scenarioFromJson(text: unknown): ScenarioJsonResult {
  if (typeof text !== 'string') return refuse('The file could not be read as text.');
  if (text.length > MAX_SCENARIO_JSON_BYTES)
    return refuse(`The file is too large to be a scenario (${formatCount(text.length)} characters; at most ${formatCount(MAX_SCENARIO_JSON_BYTES)}).`);
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return refuse('The file is empty.');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return refuse(notJson(body, error));
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return refuse(`The file is JSON but not a scenario: it holds ${describe(json)}, not an object with “format” and “assumptions”.`);
  }
  const record = json as Record<string, unknown>;
  // None of a scenario's fields: some other JSON file. One sentence, not a list of field rules (a new-user
  // review met three lines of "“schemaVersion” should be a whole number…" for {"hello": "world"}).
  if (record.format === undefined && record.schemaVersion === undefined && record.assumptions === undefined) {
    return refuse('This is not a scenario file from this dashboard: it has none of a scenario’s fields. Use a file from Export → Download scenario (JSON).');
  }
  if (record.format !== undefined && record.format !== SCENARIO_JSON_FORMAT) {
    return refuse(
      `This is not a scenario from this dashboard: its “format” is ${typeof record.format === 'string' ? quote(record.format) : describe(record.format)}, not “${SCENARIO_JSON_FORMAT}”.`,
    );
  }
  const parsed = documentSchema.safeParse(json);
  if (!parsed.success) {
    const fields = Array.from(new Set(parsed.error.issues.map((i) => String(i.path[0] ?? ''))));
    return refuse(
      ...fields.map((f) =>
        f in FIELD_HELP
          ? `${FIELD_HELP[f]}; ${record[f] === undefined ? 'the file has none' : `the file has ${describe(record[f])}`}.`
          : `The file’s ${quote(f)} could not be read.`,
      ),
    );
  }
  const doc = parsed.data;
  const params = new URLSearchParams([[RESERVED_KEYS.version, String(doc.schemaVersion)]]);
  // Every assumption is given (not only the changes), so a file edited by hand means what it says.
  for (const [key, value] of assumptionPairs(doc.assumptions, doc.schemaVersion)) params.append(key, value);
  if (doc.preset !== undefined && doc.preset !== null) params.append(RESERVED_KEYS.preset, asText(doc.preset));
  if (doc.view !== undefined && doc.view !== null) params.append(RESERVED_KEYS.view, asText(doc.view));
  if (doc.measure !== undefined && doc.measure !== null) params.append(RESERVED_KEYS.measure, asText(doc.measure));
  const extra: string[] = [];
  if (doc.baseline !== undefined && doc.baseline !== null) {
    const b = baselineText(doc.baseline, doc.schemaVersion);
    if (b === null) extra.push('Ignored the baseline: it should be an object with “preset” and “assumptions”; comparing with Public data.');
    else params.append(RESERVED_KEYS.baseline, b);
  }
  if (doc.columns !== undefined && doc.columns !== null) {
    if (!Array.isArray(doc.columns)) extra.push('Ignored “columns”: it should be a list of scenarios, each with “preset” and “assumptions”.');
    else
      doc.columns.forEach((raw, i) => {
        const c = baselineText(raw, doc.schemaVersion);
        if (c === null) extra.push(`Ignored item ${i + 1} of “columns”: it should be an object with “preset” and “assumptions”.`);
        else params.append(RESERVED_KEYS.columns, c);
      });
  }
  if (doc.focus !== undefined && doc.focus !== null) {
    const f = objectOrNull(doc.focus);
    if (f === null) extra.push('Ignored “focus”: it should be an object with “cloud” and “measure”.');
    else {
      if (f.cloud !== undefined) params.append(RESERVED_KEYS.focusCloud, asText(f.cloud));
      if (f.measure !== undefined) params.append(RESERVED_KEYS.focusMeasure, asText(f.measure));
    }
  }
  if (doc.simulation !== undefined && doc.simulation !== null) {
    const s = objectOrNull(doc.simulation);
    if (s === null) extra.push('Ignored “simulation”: it should be an object of settings; using the defaults.');
    else for (const spec of SIMULATION_SETTINGS) if (s[spec.id] !== undefined) params.append(spec.key, asText(s[spec.id]));
  }
  const decoded = decodeScenario(params.toString());
  const query = encodeScenario(decoded.scenario, {
    presetId: decoded.presetId,
    view: decoded.view,
    baseline: decoded.baseline,
    columns: decoded.columns,
    simulation: decoded.simulation,
    focus: decoded.focus,
    measure: decoded.measure,
  });
  // The codec speaks of "this link"; here the reader holds a file.
  const said = decoded.problems.map((p) => p.message.replace(/^This link/, 'This file'));
  return { ok: true, decoded, query, problems: [...said, ...extra] };
}

function refuse(...problems: string[]): ScenarioJsonResult {
  return { ok: false, problems };
}

/**
 * [URL key, text] for each assumption. A current id names its parameter; an id the registry does not know
 * (renamed in a later version, or mistyped) is read by the entry's `key`, which older links' migrations
 * understand, and failing that by the id itself, so the codec reports it as a setting it does not know.
 */
function assumptionPairs(assumptions: Record<string, unknown>, schemaVersion: number): [string, string][] {
  const out: [string, string][] = [];
  for (const [id, raw] of Object.entries(assumptions)) {
    const e = objectOrNull(raw);
    // An entry without a value reads as "no value given", as an empty link value does.
    const value = e !== null ? e.value : raw;
    const givenKey = e !== null && typeof e.key === 'string' ? e.key : null;
    const known = schemaVersion >= SCHEMA_VERSION ? parametersById.get(id)?.key : undefined;
    out.push([known ?? givenKey ?? parametersById.get(id)?.key ?? id, asText(value)]);
  }
  return out;
}

/** The baseline object as a link's `b` value, or null when it is not an object. */
function baselineText(raw: unknown, schemaVersion: number): string | null {
  const b = objectOrNull(raw);
  if (b === null) return null;
  const preset = b.preset === undefined || b.preset === null ? 'public' : asText(b.preset);
  const assumptions = objectOrNull(b.assumptions) ?? {};
  // Pairs are "key.value" joined by "_": the codec splits each at its first dot and reports what it cannot read.
  return [`${RESERVED_KEYS.preset}.${preset}`, ...assumptionPairs(assumptions, schemaVersion).map(([k, v]) => `${k}.${v}`)].join('_');
}

function objectOrNull(raw: unknown): Record<string, unknown> | null {
  return raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
}

/** A JSON value as link text: numbers and strings as written; anything else as JSON, for the codec to refuse in words. */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value === null || value === undefined) return '';
  return JSON.stringify(value);
}

/** "a list", "the number 3", "text": what a reader would call a JSON value. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${quote(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return 'an object';
}

/**
 * "Line 3, column 14: …": where JSON.parse stopped, from the position engines put in their message
 * (V8: "at position 42"; Firefox: "at line 3 column 14"), and what was found there.
 */
function notJson(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  let line: number | null = null;
  let column: number | null = null;
  const lc = /line (\d+) column (\d+)/.exec(message);
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const at = Math.min(Number(pos[1]), text.length);
    const before = text.slice(0, at).split('\n');
    line = before.length;
    column = (before[before.length - 1]?.length ?? 0) + 1;
  } else if (lc) {
    line = Number(lc[1]);
    column = Number(lc[2]);
  }
  if (line === null || column === null) {
    return /end of (JSON )?(input|data)/i.test(message)
      ? 'The file ends too early: it is not complete JSON.'
      : 'The file is not JSON, so it cannot be a scenario.';
  }
  const found = text.split('\n')[line - 1]?.slice(column - 1, column + 19) ?? '';
  return found.trim() === ''
    ? `Line ${line}, column ${column}: the file is not JSON from here (it ends too early?).`
    : `Line ${line}, column ${column}: the file is not JSON from here (${quote(found)}).`;
}
