/**
 * Turns a scenario (ids -> 0-100 slider values) into typed model inputs in fractions, as INPUT_TABLE
 * (input-table.ts) declares them: the `ModelInputs` type, `resolveInputs`, and `inputSetters` (where a
 * parameter lands, for the Monte Carlo's draws) all derive from that table.
 * Every value is clamped to its registry bounds here, so the steps can trust their inputs.
 */
import {
  CLOUDS as CLOUDS_,
  FAMILIES as FAMILIES_,
  HYPERSCALERS as HYPERSCALERS_,
  type ArchetypeId,
  type CloudId,
  type FamilyId,
  type HyperscalerId,
} from './ids';
import {
  INPUT_TABLE,
  type ChoiceInput,
  type Divisor,
  type FamilyInput,
  type GroupInput,
  type InputRow,
  type MatrixInput,
  type ScalarInput,
} from './input-table';
import { parameters, parametersById, type EnumParameterSpec, type NumberParameterSpec, type ParameterId } from './parameters';
import type { Scenario } from './scenario';

// Local bindings: imported bindings can be getters under some ESM loaders, too slow in hot loops.
const CLOUDS = CLOUDS_;
const FAMILIES = FAMILIES_;
const HYPERSCALERS = HYPERSCALERS_;

export type FamilyRecord<T> = Record<FamilyId, T>;
export type CloudRecord<T> = Record<CloudId, T>;

/** What a table row resolves to. */
type InputValue<R> = R extends ScalarInput
  ? number
  : R extends FamilyInput
    ? FamilyRecord<number>
    : R extends MatrixInput
      ? FamilyRecord<CloudRecord<number>>
      : R extends ChoiceInput
        ? Record<HyperscalerId, ArchetypeId>
        : R extends GroupInput<infer K, infer F>
          ? Record<K, Record<F, number>>
          : never;

/** The model's inputs in fractions and units, one field per line of INPUT_TABLE (input-table.ts, with its docs). */
export type ModelInputs = { -readonly [K in keyof typeof INPUT_TABLE]: InputValue<(typeof INPUT_TABLE)[K]> };
export type ArchetypeInputs = ModelInputs['archetypes'][ArchetypeId];
export type SiliconInputs = ModelInputs['silicon'][HyperscalerId];

// Slots are looked up once at module load, so resolving a scenario builds no id strings (hot path: the
// dashboard and Monte Carlo call it on every change). A slot is a parameter's index in the registry.
const IDS: readonly string[] = parameters.map((p) => p.id);
const SLOT_COUNT = IDS.length;
/** A slot past the registry's that always holds 0: the pairs a sparse matrix lacks read it. */
const ZERO_SLOT = SLOT_COUNT;
function numberSlot(id: ParameterId): number {
  const spec = parametersById.get(id);
  if (!spec || spec.kind !== 'number') throw new Error(`engine bug: ${id} is not a numeric parameter`);
  return IDS.indexOf(id);
}
function enumSpec(id: ParameterId): EnumParameterSpec {
  const spec = parametersById.get(id);
  if (!spec || spec.kind !== 'enum') throw new Error(`engine bug: ${id} is not an enum parameter`);
  return spec;
}

/**
 * The scenario's numbers in registry order, clamped to the registry's bounds
 * (the default where missing or not finite). A scenario built from the registry (defaults, presets, the URL
 * parser, the Monte Carlo's draws) lists its ids in that order: one for-in pass reads them all through V8's
 * enum cache, about 7× faster than 231 lookups by a varying key (measured with `npm run bench`). Any other
 * scenario (missing, extra or reordered ids) is read id by id. Scratch arrays, reused: the engine is
 * synchronous and `resolveInputs` reads them before returning.
 */
const NUMBERS = new Float64Array(SLOT_COUNT + 1);
const MIN = Float64Array.from(parameters, (p) => (p.kind === 'number' ? p.min : NaN));
const MAX = Float64Array.from(parameters, (p) => (p.kind === 'number' ? p.max : NaN));
const DEFAULT = Float64Array.from(parameters, (p) => (p.kind === 'number' ? p.default : NaN));
function store(i: number, value: unknown): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) NUMBERS[i] = DEFAULT[i] as number;
  else {
    const min = MIN[i] as number;
    const max = MAX[i] as number;
    NUMBERS[i] = value < min ? min : value > max ? max : value;
  }
}
function readScenario(scenario: Readonly<Scenario>): void {
  let i = 0;
  let ordered = true;
  for (const id in scenario) {
    if (id !== IDS[i]) {
      ordered = false;
      break;
    }
    store(i, scenario[id]);
    i++;
  }
  if (!ordered || i !== SLOT_COUNT) for (let j = 0; j < SLOT_COUNT; j++) store(j, scenario[IDS[j] as string]);
}

if (FAMILIES.join() !== 'openai,anthropic,google,meta,mistral,other' || CLOUDS.join() !== 'azure,aws,gcp,other' || HYPERSCALERS.join() !== 'azure,aws,gcp') {
  throw new Error('engine bug: resolveInputs builds records in the FAMILIES, CLOUDS and HYPERSCALERS order');
}

/** One parameter's place in ModelInputs: the path to its number, and its divisor. */
interface Leaf {
  id: ParameterId;
  path: readonly string[];
  divisor: Divisor;
}

/** A compiled table row: its field, a reader that builds its value from the slots, and its leaves. */
interface CompiledRow {
  key: string;
  read: (scenario: Readonly<Scenario>) => unknown;
  /** A single number: its slot and divisor, read by resolveInputs' scalar loop. */
  scalar?: { at: number; divisor: Divisor };
  leaves: readonly Leaf[];
}

/**
 * An object with these keys (values 0), in fast mode: a record cloned from it (`{ ...shape }`) has its
 * fields from the start, so filling them is stores to existing fields, not one new hidden class per key,
 * and every record a row builds shares one hidden class (the steps read them on every evaluation).
 * JSON.parse builds objects in fast mode; adding many keys by computed stores can leave one in dictionary mode.
 */
function fastShape(keys: readonly string[], value: (key: string) => unknown = () => 0.5): Record<string, never> {
  const shape = JSON.parse(JSON.stringify(Object.fromEntries(keys.map((k) => [k, 0.5])))) as Record<string, unknown>;
  // Each field starts with a value of its kind (a double, or a record as the row builds it), so filling a
  // clone never changes a field's representation.
  for (const k of keys) shape[k] = value(k);
  return shape as Record<string, never>;
}

// Records are built as literals from slot arrays in a fixed order: one object shape each, no keyed loads or
// stores in loops (the registry's six family x cloud matrices are read on every evaluation).
function scalarRow(key: string, row: ScalarInput): CompiledRow {
  const at = numberSlot(row.id);
  const d = row.divisor;
  return { key, read: () => (NUMBERS[at] as number) / d, scalar: { at, divisor: d }, leaves: [{ id: row.id, path: [key], divisor: d }] };
}

function familyRow(key: string, row: FamilyInput): CompiledRow {
  const ids = FAMILIES.map((f) => row.id(f));
  const [a, b, c, e, g, h] = ids.map(numberSlot) as [number, number, number, number, number, number];
  const d = row.divisor;
  return {
    key,
    read: () => ({
      openai: (NUMBERS[a] as number) / d,
      anthropic: (NUMBERS[b] as number) / d,
      google: (NUMBERS[c] as number) / d,
      meta: (NUMBERS[e] as number) / d,
      mistral: (NUMBERS[g] as number) / d,
      other: (NUMBERS[h] as number) / d,
    }),
    leaves: FAMILIES.map((f, i) => ({ id: ids[i] as ParameterId, path: [key, f], divisor: d })),
  };
}

function matrixRow(key: string, row: MatrixInput): CompiledRow {
  const present = (id: ParameterId) => !row.sparse || parametersById.has(id);
  const ids = FAMILIES.flatMap((f) => CLOUDS.map((c) => row.id(f, c)));
  const slots = Int32Array.from(ids, (id) => (present(id) ? numberSlot(id) : ZERO_SLOT));
  const d = row.divisor;
  const cloudRow = (at: number) => ({
    azure: (NUMBERS[slots[at] as number] as number) / d,
    aws: (NUMBERS[slots[at + 1] as number] as number) / d,
    gcp: (NUMBERS[slots[at + 2] as number] as number) / d,
    other: (NUMBERS[slots[at + 3] as number] as number) / d,
  });
  return {
    key,
    read: () => ({
      openai: cloudRow(0),
      anthropic: cloudRow(4),
      google: cloudRow(8),
      meta: cloudRow(12),
      mistral: cloudRow(16),
      other: cloudRow(20),
    }),
    leaves: FAMILIES.flatMap((f) => CLOUDS.map((c) => ({ id: row.id(f, c), path: [key, f, c], divisor: d }))).filter((l) => present(l.id)),
  };
}

function choiceRow(key: string, row: ChoiceInput): CompiledRow {
  const [azure, aws, gcp] = HYPERSCALERS.map((c) => enumSpec(row.id(c)));
  // Enums are read from the scenario itself (three lookups), not through the number slots.
  const read = (scenario: Readonly<Scenario>, spec: EnumParameterSpec): ArchetypeId => {
    const value = scenario[spec.id];
    return (typeof value === 'string' && spec.options.some((o) => o.value === value) ? value : spec.default) as ArchetypeId;
  };
  return { key, read: (s) => ({ azure: read(s, azure!), aws: read(s, aws!), gcp: read(s, gcp!) }), leaves: [] };
}

function groupRow(key: string, row: GroupInput<string, string>): CompiledRow {
  const fields = Object.entries(row.fields);
  const names = fields.map(([name]) => name);
  const divisors = fields.map(([, f]) => f.divisor);
  const slots = row.keys.map((k) => fields.map(([, f]) => numberSlot(f.id(k))));
  const shape = fastShape(names);
  const outer = fastShape(row.keys, () => ({ ...shape }));
  return {
    key,
    read: () => {
      const out: Record<string, Record<string, number>> = { ...outer };
      for (let i = 0; i < slots.length; i++) {
        const values: Record<string, number> = { ...shape };
        const at = slots[i] as number[];
        for (let j = 0; j < names.length; j++) values[names[j] as string] = (NUMBERS[at[j] as number] as number) / (divisors[j] as number);
        out[row.keys[i] as string] = values;
      }
      return out;
    },
    leaves: row.keys.flatMap((k) => fields.map(([name, f]) => ({ id: f.id(k), path: [key, k, name], divisor: f.divisor }))),
  };
}

function compile(key: string, row: InputRow): CompiledRow {
  switch (row.shape) {
    case 'scalar':
      return scalarRow(key, row);
    case 'family':
      return familyRow(key, row);
    case 'matrix':
      return matrixRow(key, row);
    case 'choice':
      return choiceRow(key, row);
    case 'group':
      return groupRow(key, row);
  }
}

const ROWS: readonly CompiledRow[] = Object.entries(INPUT_TABLE as Record<string, InputRow>).map(([key, row]) => compile(key, row));
const INPUTS_SHAPE = fastShape(
  ROWS.map((r) => r.key),
  (key) => (ROWS.find((r) => r.key === key) as CompiledRow).read({}),
);

// Scalars are read in one loop over flat arrays; records through their rows' readers. `out` is a clone of
// INPUTS_SHAPE, so it holds every field in the table's order before any is written.
const SCALARS = ROWS.filter((r) => r.scalar !== undefined);
const SCALAR_KEYS = SCALARS.map((r) => r.key);
const SCALAR_SLOTS = Int32Array.from(SCALARS, (r) => r.scalar!.at);
const SCALAR_DIVISORS = Float64Array.from(SCALARS, (r) => r.scalar!.divisor);
const RECORDS = ROWS.filter((r) => r.scalar === undefined);

export function resolveInputs(scenario: Readonly<Scenario>): ModelInputs {
  readScenario(scenario);
  const out: Record<string, unknown> = { ...INPUTS_SHAPE };
  for (let i = 0; i < SCALAR_KEYS.length; i++) {
    out[SCALAR_KEYS[i] as string] = (NUMBERS[SCALAR_SLOTS[i] as number] as number) / (SCALAR_DIVISORS[i] as number);
  }
  for (let i = 0; i < RECORDS.length; i++) {
    const row = RECORDS[i] as CompiledRow;
    out[row.key] = row.read(scenario);
  }
  return out as ModelInputs;
}

// ---------------------------------------------------------------------------------------------------------
// Setters: where each number parameter lands in ModelInputs, so a Monte Carlo draw (or an attribution step)
// writes its value straight there instead of resolving a whole scenario (which reads all 228 parameters, about
// a fifth of a draw's time). Derived from the table's leaves; a property test holds them to resolveInputs.

export interface InputSetter {
  path: readonly string[];
  /** input = value × scale + offset (every mapping in the table is linear: a unit or a percentage). */
  scale: number;
  offset: number;
}

const LEAVES: ReadonlyMap<string, readonly Leaf[]> = (() => {
  const byId = new Map<string, Leaf[]>();
  for (const row of ROWS) for (const leaf of row.leaves) byId.set(leaf.id, [...(byId.get(leaf.id) ?? []), leaf]);
  return byId;
})();

const setterCache = new Map<string, readonly InputSetter[]>();
/** Where a number parameter lands in ModelInputs (none if the model reads it nowhere). */
export function inputSetters(spec: NumberParameterSpec): readonly InputSetter[] {
  let setters = setterCache.get(spec.id);
  if (!setters) {
    // The line through the inputs at the parameter's two bounds, as resolveInputs computes them there.
    setters = (LEAVES.get(spec.id) ?? []).flatMap(({ path, divisor }) => {
      const a = spec.min / divisor;
      const b = spec.max / divisor;
      if (a === b) return [];
      const scale = (b - a) / (spec.max - spec.min);
      return [{ path, scale, offset: a - scale * spec.min }];
    });
    setterCache.set(spec.id, setters);
  }
  return setters;
}

/** Writes a parameter's value into model inputs in place, as resolveInputs would have. */
export function setInput(inputs: ModelInputs, setters: readonly InputSetter[], value: number): void {
  for (const { path, scale, offset } of setters) {
    let target = inputs as unknown as Record<string, unknown>;
    for (let i = 0; i < path.length - 1; i++) target = target[path[i] as string] as Record<string, unknown>;
    target[path[path.length - 1] as string] = value * scale + offset;
  }
}
