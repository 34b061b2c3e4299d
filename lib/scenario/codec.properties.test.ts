/**
 * Property tests of the link codec over the whole parameter space, with generators derived from the
 * registry (lib/testing/arbitraries.ts), plus the length budgets links must fit in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLOUDS,
  THESIS_MEASURES,
  UNCERTAIN_MEASURES,
  parameters,
  presets,
  SIMULATION_SETTINGS,
  type ParameterSpec,
  type Scenario,
  type SimulationSettings,
} from '@/lib/engine';
import { presetIdArbitrary, simulationArbitrary, scenarioArbitrary, steppedScenarioArbitrary } from '@/lib/testing/arbitraries';
import { DEFAULT_FOCUS, baseScenarioFor, encodeScenario, type EncodeOptions } from './codec';
import { decodeScenario } from './decode';
import { serializeParameterValue, stepDecimals } from './parse-value';
import { RESERVED_KEYS, SCHEMA_VERSION, VIEW_IDS } from './schema';

// Each property takes well under a second alone; the margin is for a busy machine running every suite.
const TIMEOUT_MS = 30_000;

const optionsArbitrary: fc.Arbitrary<Required<EncodeOptions>> = fc.record({
  presetId: fc.option(presetIdArbitrary, { nil: null }),
  view: fc.option(fc.constantFrom(...VIEW_IDS), { nil: null }),
  simulation: simulationArbitrary,
  // A pinned baseline on the slider grid, or none (mostly none: the other properties matter too).
  baseline: fc.option(fc.record({ scenario: steppedScenarioArbitrary, presetId: fc.option(presetIdArbitrary, { nil: null }) }), { nil: null, freq: 3 }),
  // The Compare view's added columns (mostly none).
  columns: fc.oneof(
    { weight: 3, arbitrary: fc.constant([]) },
    {
      weight: 1,
      arbitrary: fc.array(fc.record({ scenario: steppedScenarioArbitrary, presetId: fc.option(presetIdArbitrary, { nil: null }) }), {
        minLength: 1,
        maxLength: 2,
      }),
    },
  ),
  focus: fc.record({ cloud: fc.constantFrom(...CLOUDS), measure: fc.constantFrom(...UNCERTAIN_MEASURES) }, { requiredKeys: [] }),
  measure: fc.option(fc.constantFrom(...THESIS_MEASURES), { nil: null }),
  // A story of slides (mostly none), with titles and notes in any text a user can type.
  story: fc.oneof(
    { weight: 3, arbitrary: fc.constant([]) },
    {
      weight: 1,
      arbitrary: fc.array(
        fc.record({
          view: fc.constantFrom(...VIEW_IDS),
          scenario: steppedScenarioArbitrary,
          presetId: fc.option(fc.constantFrom(...presets.map((p) => p.id)), { nil: null }),
          title: fc
            .string({ minLength: 1, maxLength: 40, unit: 'grapheme' })
            .map(slideText)
            .filter((t) => t.length > 0),
          note: fc.string({ maxLength: 60, unit: 'grapheme' }).map(slideText),
          // What else makes its answer (issue 20): mostly the defaults, sometimes all of it.
          context: fc.option(
            fc.record({
              baseline: fc.option(fc.record({ scenario: steppedScenarioArbitrary, presetId: fc.option(presetIdArbitrary, { nil: null }) }), {
                nil: null,
                freq: 2,
              }),
              focus: fc.record({ cloud: fc.constantFrom(...CLOUDS), measure: fc.constantFrom(...UNCERTAIN_MEASURES) }),
              measure: fc.constantFrom(...THESIS_MEASURES),
              simulation: simulationArbitrary,
              columns: fc.array(fc.record({ scenario: steppedScenarioArbitrary, presetId: fc.option(presetIdArbitrary, { nil: null }) }), { maxLength: 2 }),
            }),
            { nil: undefined },
          ),
          start: fc.option(fc.record({ scenario: steppedScenarioArbitrary, presetId: fc.option(presetIdArbitrary, { nil: null }) }), { nil: null, freq: 3 }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    },
  ),
  present: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
});

/** Text as a slide keeps it (one line, trimmed): what a round trip can promise to give back. */
function slideText(t: string): string {
  return t.replace(/[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]+/g, ' ').trim();
}

/** The slide number as decoding gives it back: only one of the story's. */
function givenPresent(o: Required<EncodeOptions>): number | null {
  return o.present !== null && o.present <= o.story.length ? o.present : null;
}

/** The focus as decoding gives it back: only what differs from the default. */
function givenFocus(f: Required<EncodeOptions>['focus']) {
  return Object.fromEntries(Object.entries(f).filter(([k, v]) => v !== DEFAULT_FOCUS[k as keyof typeof DEFAULT_FOCUS]));
}

/** The baseline as decoding gives it back: Public data's preset id reads as none. */
function decodedBaseline(b: Required<EncodeOptions>['baseline']) {
  return b === null ? null : { scenario: b.scenario, presetId: b.presetId === 'public' ? null : b.presetId };
}

/** A slide as decoding gives it back: its context in full (the defaults where it gave none), presets read as the codec reads them. */
function decodedSlide(sl: Required<EncodeOptions>['story'][number]) {
  const c = sl.context;
  return {
    ...sl,
    presetId: sl.presetId === 'public' ? null : sl.presetId,
    context: {
      baseline: decodedBaseline(c?.baseline ?? null),
      focus: c?.focus ?? DEFAULT_FOCUS,
      measure: c?.measure ?? 'revenue',
      simulation: givenSettings(c?.simulation ?? {}),
      columns: (c?.columns ?? []).map(decodedBaseline),
    },
    start: decodedBaseline(sl.start ?? null),
  };
}

/** The settings as a decoded link holds them: only those that differ from the default. */
function givenSettings(settings: Partial<SimulationSettings>): Partial<SimulationSettings> {
  return Object.fromEntries(SIMULATION_SETTINGS.filter((s) => settings[s.id] !== undefined && settings[s.id] !== s.default).map((s) => [s.id, settings[s.id]]));
}

/** Every value a slider can reach, snapped as lib/testing/arbitraries.ts snaps them. */
function gridValues(spec: ParameterSpec): (number | string)[] {
  if (spec.kind === 'enum') return spec.options.map((o) => o.value);
  const n = Math.round((spec.max - spec.min) / spec.step);
  return Array.from({ length: n + 1 }, (_, k) => Number((spec.min + k * spec.step).toFixed(stepDecimals(spec.step))));
}

/** Parameter entries in a query, not counting v, p and view. */
function parameterCount(query: string): number {
  const reserved: string[] = Object.values(RESERVED_KEYS);
  return [...new URLSearchParams(query).keys()].filter((k) => !reserved.includes(k)).length;
}

describe('round trips', () => {
  it(
    'decode(encode(s)) gives back every slider-grid scenario, preset and view, with no problems',
    () => {
      fc.assert(
        fc.property(steppedScenarioArbitrary, optionsArbitrary, (s, options) => {
          const decoded = decodeScenario(encodeScenario(s, options));
          expect(decoded.scenario).toEqual(s);
          expect(decoded.presetId).toBe(options.presetId);
          expect(decoded.view).toBe(options.view);
          expect(decoded.simulation).toEqual(givenSettings(options.simulation));
          expect(decoded.baseline).toEqual(decodedBaseline(options.baseline));
          expect(decoded.columns).toEqual(options.columns.map(decodedBaseline));
          expect(decoded.focus).toEqual(givenFocus(options.focus));
          expect(decoded.measure).toBe(options.measure ?? 'revenue');
          expect(decoded.story).toEqual(options.story.map(decodedSlide));
          expect(decoded.present).toBe(givenPresent(options));
          expect(decoded.version).toBe(SCHEMA_VERSION);
          expect(decoded.problems).toEqual([]);
        }),
        { numRuns: 500 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'encoding is idempotent for any in-bounds values: encode(decode(encode(s))) === encode(s)',
    () => {
      fc.assert(
        fc.property(scenarioArbitrary, optionsArbitrary, (s, options) => {
          const once = encodeScenario(s, options);
          const decoded = decodeScenario(once);
          expect(decoded.problems).toEqual([]);
          expect(
            encodeScenario(decoded.scenario, {
              presetId: decoded.presetId,
              view: decoded.view,
              simulation: decoded.simulation,
              baseline: decoded.baseline,
              columns: decoded.columns,
              focus: decoded.focus,
              measure: decoded.measure,
              story: decoded.story,
              present: decoded.present,
            }),
          ).toBe(once);
        }),
        { numRuns: 500 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'encoding is stable: a copy, even with its keys in another order, gives the same string',
    () => {
      fc.assert(
        fc.property(scenarioArbitrary, optionsArbitrary, (s, options) => {
          const reversed: Scenario = Object.fromEntries(Object.entries(s).reverse());
          const expected = encodeScenario(s, options);
          expect(encodeScenario({ ...s }, { ...options })).toBe(expected);
          expect(encodeScenario(reversed, options)).toBe(expected);
        }),
        { numRuns: 200 },
      );
    },
    TIMEOUT_MS,
  );
});

describe('link length', () => {
  it(
    'keeps a link with ten changed parameters, a preset and a view within 200 characters',
    () => {
      const tenChanged = fc
        .tuple(
          fc.uniqueArray(fc.integer({ min: 0, max: parameters.length - 1 }), { minLength: 10, maxLength: 10 }),
          // The scenario's own budget: no baseline or simulation settings (they add their own few keys).
          optionsArbitrary.map((o) => ({ ...o, simulation: {}, baseline: null, columns: [], focus: {}, story: [], present: null })),
        )
        .chain(([indices, options]) => {
          const base = baseScenarioFor(options.presetId);
          const changes = indices.map((i) => {
            const spec = parameters[i]!;
            const baseText = serializeParameterValue(spec, base[spec.id]!);
            const others = gridValues(spec).filter((v) => serializeParameterValue(spec, v) !== baseText);
            return fc.constantFrom(...others).map((v) => [spec.id, v] as const);
          });
          return fc.tuple(fc.constant(base), fc.constant(options), fc.tuple(...changes));
        });
      fc.assert(
        fc.property(tenChanged, ([base, options, changes]) => {
          const query = encodeScenario({ ...base, ...Object.fromEntries(changes) }, options);
          expect(parameterCount(query)).toBe(10);
          expect(query.length).toBeLessThanOrEqual(200);
        }),
        { numRuns: 200 },
      );
    },
    TIMEOUT_MS,
  );

  // Model v2 has 210 parameters (v1: 147), so a link that changes every one of them is about 2,150
  // characters; 2,500 still leaves a wide margin under what browsers, chat apps and link shorteners accept
  // (8,000 and more) and under the server's 256 KB header limit. Real links change a few values (above).
  it('keeps a link with every parameter changed within 2,500 characters', () => {
    const base = baseScenarioFor(null);
    for (const pick of ['max', 'min'] as const) {
      const s: Scenario = {};
      for (const spec of parameters) {
        const others = gridValues(spec).filter((v) => v !== base[spec.id]);
        s[spec.id] = (pick === 'max' ? others.at(-1) : others[0])!;
      }
      const query = encodeScenario(s, { presetId: 'openai-dominance', view: 'commitments' });
      expect(parameterCount(query)).toBe(parameters.length);
      expect(query.length).toBeLessThanOrEqual(2500);
    }
  });

  it('keeps the longest possible link within 2,500 characters', () => {
    // Each parameter at its longest grid value, with the longest preset id and view: a bound for all links.
    const longest = (xs: string[]) => Math.max(...xs.map((x) => x.length));
    const params = parameters.reduce((sum, spec) => sum + `&${spec.key}=`.length + longest(gridValues(spec).map((v) => serializeParameterValue(spec, v))), 0);
    const tail = `&p=`.length + longest(presets.map((p) => p.id)) + `&view=`.length + longest([...VIEW_IDS]);
    expect(`v=${SCHEMA_VERSION}`.length + params + tail).toBeLessThanOrEqual(2500);
  });
});
