/**
 * The JSON document over the whole space a person can reach: export then import gives back the same
 * scenario and the same link; no text and no JSON value makes the reader throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOUDS, UNCERTAIN_MEASURES } from '@/lib/engine';
import { presetIdArbitrary, simulationArbitrary, steppedScenarioArbitrary } from '@/lib/testing/arbitraries';
import { encodeScenario } from './codec';
import { decodeScenario } from './decode';
import { SCENARIO_JSON_FORMAT, scenarioFromJson, scenarioJsonText, scenarioToJson } from './json';
import { SCHEMA_VERSION, VIEW_IDS } from './schema';

// Each property takes about a second alone; the margin is for a busy machine running every suite.
const TIMEOUT_MS = 30_000;

const inputArbitrary = fc.record({
  scenario: steppedScenarioArbitrary,
  presetId: fc.option(presetIdArbitrary, { nil: null }),
  view: fc.option(fc.constantFrom(...VIEW_IDS), { nil: null }),
  simulation: simulationArbitrary,
  baseline: fc.option(fc.record({ scenario: steppedScenarioArbitrary, presetId: fc.option(presetIdArbitrary, { nil: null }) }), { nil: null, freq: 3 }),
  focus: fc.record({ cloud: fc.constantFrom(...CLOUDS), measure: fc.constantFrom(...UNCERTAIN_MEASURES) }, { requiredKeys: [] }),
});

describe('scenario JSON properties', () => {
  it(
    'import(export(s)) is s: the same scenario, preset, view, baseline, settings and focus, and the same link',
    () => {
      fc.assert(
        fc.property(inputArbitrary, (input) => {
          const link = encodeScenario(input.scenario, input);
          const expected = decodeScenario(link);
          const doc = scenarioToJson(input);
          expect(doc.link).toBe(link);
          const result = scenarioFromJson(scenarioJsonText(doc));
          expect(result.problems).toEqual([]);
          if (!result.ok) return;
          expect(result.query).toBe(link);
          expect(result.decoded.scenario).toEqual(expected.scenario);
          expect(result.decoded.presetId).toBe(expected.presetId);
          expect(result.decoded.view).toBe(expected.view);
          expect(result.decoded.baseline).toEqual(expected.baseline);
          expect(result.decoded.simulation).toEqual(expected.simulation);
          expect(result.decoded.focus).toEqual(expected.focus);
        }),
        { numRuns: 150 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'any text is read without throwing, and a refusal always says why',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
          const result = scenarioFromJson(text);
          if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) expect(typeof p).toBe('string');
        }),
        { numRuns: 500 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'any JSON value in any field of a document is read without throwing, and what is read is within bounds',
    () => {
      const anything = fc.jsonValue();
      fc.assert(
        fc.property(
          fc.record(
            {
              format: fc.oneof(fc.constant(SCENARIO_JSON_FORMAT), anything),
              schemaVersion: fc.oneof(fc.constant(SCHEMA_VERSION), fc.integer({ min: -2, max: 9 }), anything),
              assumptions: fc.oneof(
                fc.dictionary(fc.string(), anything),
                fc.dictionary(fc.constantFrom('market.spend2025', 'market.growthNear', 'sp'), anything),
                anything,
              ),
              preset: anything,
              view: anything,
              baseline: fc.oneof(anything, fc.record({ preset: anything, assumptions: fc.dictionary(fc.string(), anything) })),
              simulation: anything,
              focus: anything,
            },
            { requiredKeys: [] },
          ),
          (doc) => {
            const result = scenarioFromJson(JSON.stringify(doc));
            if (!result.ok) {
              expect(result.problems.length).toBeGreaterThan(0);
              return;
            }
            // What it read is what its link reads.
            expect(decodeScenario(result.query).scenario).toEqual(result.decoded.scenario);
          },
        ),
        { numRuns: 300 },
      );
    },
    TIMEOUT_MS,
  );
});
