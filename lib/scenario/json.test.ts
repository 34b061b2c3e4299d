import { describe, expect, it } from 'vitest';
import { parameters, parametersById } from '@/lib/engine';
import { baseScenarioFor, encodeScenario } from './codec';
import { decodeScenario } from './decode';
import { SCENARIO_JSON_FORMAT, scenarioFromJson, scenarioJsonFileName, scenarioJsonFromQuery, scenarioJsonText, scenarioToJson } from './json';
import { SCHEMA_VERSION } from './schema';

const NOW = new Date('2026-11-30T12:00:00Z');
const seedQuery = encodeScenario({ ...baseScenarioFor('seed'), 'market.spend2025': 300 }, { presetId: 'seed', view: 'shares' });

function docText(query = seedQuery): string {
  return scenarioJsonText(scenarioJsonFromQuery(query, NOW));
}

/** The document as an object to edit, as an analyst edits the file. */
function editable(query = seedQuery): Record<string, unknown> & { assumptions: Record<string, Record<string, unknown>> } {
  return JSON.parse(docText(query));
}

describe('scenarioToJson', () => {
  it('writes a versioned document: every assumption labelled in its units, the link, the preset and the view', () => {
    const doc = scenarioJsonFromQuery(seedQuery, NOW);
    expect(doc).toMatchObject({
      format: SCENARIO_JSON_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      exportedAt: '2026-11-30T12:00:00.000Z',
      name: 'Seed thesis, 1 change',
      link: seedQuery,
      preset: 'seed',
      view: 'shares',
      baseline: null,
    });
    expect(Object.keys(doc.assumptions)).toEqual(parameters.map((p) => p.id));
    expect(doc.assumptions['market.spend2025']).toEqual({ value: 300, unit: 'USD bn', label: 'World AI compute, 2025', changed: true, key: 'sp' });
    expect(Object.values(doc.assumptions).filter((a) => a.changed)).toHaveLength(1);
  });

  it('names Public data as it is, with an empty link', () => {
    const doc = scenarioToJson({ scenario: baseScenarioFor(null), presetId: null, view: null, now: NOW });
    expect(doc.name).toBe('Public data');
    expect(doc.link).toBe('');
    expect(scenarioJsonFileName(doc)).toBe('public-data-2026-11-30.json');
  });

  it('carries the headline’s measure and reads it back (the default when a file has none)', () => {
    const query = encodeScenario(baseScenarioFor('seed'), { presetId: 'seed', measure: 'companyGrossProfit' });
    const doc = scenarioJsonFromQuery(query, NOW);
    expect(doc.measure).toBe('companyGrossProfit');
    const back = scenarioFromJson(scenarioJsonText(doc));
    expect(back).toMatchObject({ ok: true, query, problems: [] });
    if (back.ok) expect(back.decoded.measure).toBe('companyGrossProfit');
    expect(scenarioJsonFromQuery(seedQuery, NOW).measure).toBe('revenue');
    const withoutMeasure = editable();
    delete withoutMeasure.measure;
    const read = scenarioFromJson(JSON.stringify(withoutMeasure));
    if (read.ok) expect(read.decoded.measure).toBe('revenue');
    else expect.unreachable('a file without a measure is read');
  });

  it('lists a pinned baseline by its changes from its preset', () => {
    const query = encodeScenario(baseScenarioFor(null), {
      baseline: { scenario: { ...baseScenarioFor('seed'), 'market.spend2025': 250 }, presetId: 'seed' },
    });
    const doc = scenarioJsonFromQuery(query, NOW);
    expect(doc.baseline).toEqual({
      name: 'Seed thesis, 1 change',
      preset: 'seed',
      assumptions: { 'market.spend2025': { value: 250, unit: 'USD bn', label: 'World AI compute, 2025', changed: true, key: 'sp' } },
    });
  });

  it('carries the Compare view’s added columns and reads them back (a file without any has none)', () => {
    const query = encodeScenario(baseScenarioFor('seed'), {
      presetId: 'seed',
      view: 'compare',
      baseline: { scenario: baseScenarioFor(null), presetId: null },
      columns: [
        { scenario: baseScenarioFor('openai-dominance'), presetId: 'openai-dominance' },
        { scenario: { ...baseScenarioFor('seed'), 'market.spend2025': 150 }, presetId: 'seed' },
      ],
    });
    const doc = scenarioJsonFromQuery(query, NOW);
    expect(doc.columns.map((c) => c.name)).toEqual(['OpenAI dominance', 'Seed thesis, 1 change']);
    expect(Object.keys(doc.columns[1]!.assumptions)).toEqual(['market.spend2025']);
    const back = scenarioFromJson(scenarioJsonText(doc));
    expect(back).toMatchObject({ ok: true, query, problems: [] });
    if (back.ok) expect(back.decoded.columns.map((c) => c.presetId)).toEqual(['openai-dominance', 'seed']);
    expect(scenarioJsonFromQuery(seedQuery, NOW).columns).toEqual([]);
    const odd = { ...editable(), columns: [{ preset: 'seed', assumptions: {} }, 'not a scenario'] };
    const read = scenarioFromJson(JSON.stringify(odd));
    expect(read.ok && read.decoded.columns.map((c) => c.presetId)).toEqual(['seed']);
    expect(read.problems).toContain('Ignored item 2 of “columns”: it should be an object with “preset” and “assumptions”.');
    const notList = scenarioFromJson(JSON.stringify({ ...editable(), columns: { preset: 'seed' } }));
    expect(notList.problems.some((p) => p.startsWith('Ignored “columns”'))).toBe(true);
  });
});

describe('scenarioFromJson', () => {
  it('reads back what it wrote: the same scenario and the same link, with no problems', () => {
    const result = scenarioFromJson(docText());
    expect(result).toMatchObject({ ok: true, query: seedQuery, problems: [] });
    if (result.ok) expect(result.decoded.scenario).toEqual(decodeScenario(seedQuery).scenario);
  });

  it('reads a value edited by hand, and accepts a bare value for an entry', () => {
    const doc = editable();
    doc.assumptions['market.spend2025']!.value = 420;
    (doc.assumptions as Record<string, unknown>)['market.growthNear'] = 50;
    const result = scenarioFromJson(JSON.stringify(doc));
    expect(result.ok && result.decoded.scenario['market.spend2025']).toBe(420);
    expect(result.ok && result.decoded.scenario['market.growthNear']).toBe(50);
    expect(result.problems).toEqual([]);
  });

  it('clamps an out-of-range value and says so as a link does', () => {
    const doc = editable();
    const id = parameters.find((p) => p.label === 'Gemini share, 2031')?.id ?? 'market.spend2025';
    const spec = parametersById.get(id)!;
    doc.assumptions[id]!.value = spec.kind === 'number' ? spec.max + 40 : 'x';
    const result = scenarioFromJson(JSON.stringify(doc, null, 2));
    expect(result.ok).toBe(true);
    expect(result.ok && result.decoded.scenario[id]).toBe(spec.kind === 'number' ? spec.max : undefined);
    expect(result.problems).toEqual([expect.stringMatching(new RegExp(`^${spec.label}: “\\d+” is outside .*; using `))]);
  });

  it('reports a wrong type, an unknown parameter and an unknown preset in words, and reads the rest', () => {
    const doc = editable();
    doc.assumptions['market.spend2025']!.value = true;
    (doc.assumptions as Record<string, unknown>)['market.nonsense'] = { value: 3 };
    doc.preset = 'nope';
    const result = scenarioFromJson(JSON.stringify(doc));
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([
      'Ignored preset “nope”: not one this dashboard knows; starting from the defaults.',
      `World AI compute, 2025: “true” is not a number; using $${parametersById.get('market.spend2025')!.default}B.`,
      'Ignored “market.nonsense”: not a setting this dashboard knows.',
    ]);
  });

  it('reads a document from a future schema version as the current one, and says so', () => {
    const doc = editable();
    doc.schemaVersion = SCHEMA_VERSION + 1;
    const result = scenarioFromJson(JSON.stringify(doc));
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([
      `This file was made with a newer version (v${SCHEMA_VERSION + 1}); read as v${SCHEMA_VERSION} — some settings may differ.`,
    ]);
  });

  it.each([
    ['', 'The file is empty.'],
    ['{\n  "format": "ai-infra-explorer/scenario",\n  "schemaVersion" 2\n}', /^Line 3, column 19: the file is not JSON from here \(“2”\)\.$/],
    ['{"format": "ai-infra-explorer/scenario", ', /ends too early|^Line 1/],
    ['[1, 2]', 'The file is JSON but not a scenario: it holds a list, not an object with “format” and “assumptions”.'],
    [
      '{"format": "something-else", "assumptions": {}}',
      'This is not a scenario from this dashboard: its “format” is “something-else”, not “ai-infra-explorer/scenario”.',
    ],
    ['{"schemaVersion": 2, "assumptions": {}}', '“format” should be “ai-infra-explorer/scenario”; the file has none.'],
    [
      '{"hello": "world"}',
      'This is not a scenario file from this dashboard: it has none of a scenario’s fields. Use a file from Export → Download scenario (JSON).',
    ],
    [`{"format": "${SCENARIO_JSON_FORMAT}", "schemaVersion": "two", "assumptions": []}`, /^“schemaVersion” should be .*the number|the text “two”/],
  ])('refuses an unreadable document in words: %j', (text, expected) => {
    const result = scenarioFromJson(text);
    expect(result.ok).toBe(false);
    expect(result.problems.length).toBeGreaterThan(0);
    if (typeof expected === 'string') expect(result.problems).toEqual([expected]);
    else expect(result.problems[0]).toMatch(expected);
  });

  it('names both fields when schemaVersion and assumptions are wrong', () => {
    const result = scenarioFromJson(`{"format": "${SCENARIO_JSON_FORMAT}", "schemaVersion": "two", "assumptions": []}`);
    expect(result.problems).toEqual([
      '“schemaVersion” should be a whole number, 1 or more (the link version the file was written in); the file has the text “two”.',
      '“assumptions” should be an object of parameter ids and their values; the file has a list.',
    ]);
  });
});
