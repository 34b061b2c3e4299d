import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SIMULATION_SETTINGS, applyPreset, defaultScenario, parameters, presets, type Scenario } from '@/lib/engine';
import { DEFAULT_FOCUS, MAX_COMPARE_COLUMNS, baseScenarioFor, canonicalQuery, encodeScenario, encodeSlide, upgradeLinkQuery } from './codec';
import { DEFAULT_SLIDE_CONTEXT } from './story';
import { decodeScenario } from './decode';
import { RESERVED_KEYS, SCHEMA_VERSION, VIEW_IDS, isTrackingKey } from './schema';

const defaults = defaultScenario();
/** The current link version, as every link written now starts. */
const V = SCHEMA_VERSION;
/** Public data's world AI compute in 2025 (a link's fallback for an unreadable `sp`). */
const SPEND = defaults['market.spend2025'] as number;
const withValues = (values: Scenario, base: Scenario = defaults): Scenario => ({ ...base, ...values });

describe('schema', () => {
  it('keeps registry keys clear of reserved and tracking keys', () => {
    for (const p of parameters) {
      expect(Object.values(RESERVED_KEYS) as string[], p.key).not.toContain(p.key);
      expect(isTrackingKey(p.key), p.key).toBe(false);
    }
  });
});

describe('encodeScenario', () => {
  it('writes nothing for the default dashboard', () => {
    expect(encodeScenario(defaultScenario())).toBe('');
    expect(encodeScenario(defaultScenario(), { presetId: null, view: null })).toBe('');
    expect(encodeScenario({})).toBe('');
  });

  it('writes only the version and preset for an unchanged preset', () => {
    expect(encodeScenario(applyPreset('openai-dominance'), { presetId: 'openai-dominance' })).toBe(`v=${V}&p=openai-dominance`);
    expect(encodeScenario(defaultScenario(), { presetId: 'public' })).toBe(`v=${V}&p=public`);
  });

  it('writes v, then changed parameters in registry order, then p, then view', () => {
    const s = withValues({ 'strategy.azure': 'vertical', 'market.spend2025': 200, 'share2031.openai': 60 }, applyPreset('seed'));
    expect(encodeScenario(s, { presetId: 'seed', view: 'silicon' })).toBe(`v=${V}&sp=200&s1oa=60&staz=vertical&p=seed&view=silicon`);
    expect(encodeScenario(defaultScenario(), { view: 'shares' })).toBe(`v=${SCHEMA_VERSION}&view=shares`);
  });

  it('writes any non-null view, including the first', () => {
    for (const view of VIEW_IDS) expect(encodeScenario(defaults, { view })).toBe(`v=${V}&view=${view}`);
  });

  it('omits values equal to the base after rounding', () => {
    expect(encodeScenario(withValues({ 'market.spend2025': SPEND + 0.4, 'price.elasticity': 1.04, 'market.inferenceMarginDelta': -0 }))).toBe('');
    expect(encodeScenario(withValues({ 'market.spend2025': SPEND + 2.6 }))).toBe(`v=${V}&sp=${SPEND + 3}`);
  });

  it('writes values relative to the chosen preset', () => {
    // The seed preset sets growthNear to 62: Public data's value now differs from the base and is written.
    const growthNear = defaults['market.growthNear'] as number;
    expect(applyPreset('seed')['market.growthNear']).toBe(62);
    expect(growthNear).not.toBe(62);
    expect(encodeScenario(withValues({ 'market.growthNear': growthNear }, applyPreset('seed')), { presetId: 'seed' })).toBe(`v=${V}&gn=${growthNear}&p=seed`);
    expect(encodeScenario(withValues({ 'market.growthNear': 62 }, applyPreset('seed')), { presetId: 'seed' })).toBe(`v=${V}&p=seed`);
  });

  it('treats an unknown preset or view as none', () => {
    expect(encodeScenario(defaults, { presetId: 'nope' })).toBe('');
    expect(encodeScenario(defaults, { view: 'nope' as never })).toBe('');
  });

  it('writes compact numbers and percent-encodes through URLSearchParams', () => {
    const s = withValues({ 'market.inferenceMarginDelta': -7.5, 'price.elasticity': 0.30000000000000004, 'market.growthLong': -20 });
    expect(encodeScenario(s)).toBe(`v=${V}&gl=-20&imd=-7.5&el=0.3`);
  });
});

describe('decodeScenario', () => {
  it('reads the bare link as the default dashboard, cleanly', () => {
    for (const q of ['', '?', '#', '?#x', '&&']) {
      expect(decodeScenario(q), JSON.stringify(q)).toEqual({
        scenario: defaults,
        presetId: null,
        view: null,
        version: SCHEMA_VERSION,
        olderVersion: null,
        upgrade: null,
        simulation: {},
        baseline: null,
        columns: [],
        focus: {},
        measure: 'revenue',
        story: [],
        present: null,
        problems: [],
      });
    }
  });

  it('reads the simulation settings, keeps them apart from the scenario, and says what it cannot use', () => {
    // The settings' URL keys are the codec's reserved keys (one list in the engine, one in the schema).
    for (const spec of SIMULATION_SETTINGS) expect(Object.values(RESERVED_KEYS)).toContain(spec.key);
    const d = decodeScenario(`v=${V}&view=risk&n=2000&seed=7&spr=0.5&conc=100`);
    expect(d.simulation).toEqual({ samples: 2000, seed: 7, spread: 0.5, concentration: 100 });
    expect(d.scenario).toEqual(defaults);
    expect(d.problems).toEqual([]);
    expect(d.olderVersion).toBeNull();
    const bad = decodeScenario(`v=${V}&n=lots&spr=5&seed=1&seed=2`);
    expect(bad.simulation).toEqual({ spread: 2 });
    expect(bad.problems.map((p) => p.message)).toEqual([
      'Draws: “lots” is not a number; using 10,000.',
      'Seed: given more than once; using the first, “1”.',
      'Range width: “5” is outside ×0 to ×2; using ×2.',
    ]);
    // Between two steps: the nearest step is used, and said (a seed of 1.5 once ran as seed 2 without a word).
    const between = decodeScenario(`v=${V}&seed=1.5&n=1234&spr=0.55&conc=40.0`);
    expect(between.simulation).toEqual({ seed: 2, samples: 1000, spread: 0.6 });
    expect(between.problems.map((p) => p.message)).toEqual([
      'Draws: “1234” is not a multiple of 500; using 1,000.',
      'Seed: “1.5” is not a whole number; using 2.',
      'Range width: “0.55” is not a multiple of 0.1; using ×0.6.',
    ]);
    // Defaults are not written; the rest is, after the view.
    expect(encodeScenario(defaults, { view: 'risk', simulation: { samples: 10_000, seed: 3 } })).toBe(`v=${V}&view=risk&seed=3`);
    // An old link with only settings is not an older model's scenario: nothing to upgrade or announce.
    expect(decodeScenario('n=2000').olderVersion).toBeNull();
  });

  it('reads a pinned baseline as a second scenario, relative to its preset, and says what it ignored', () => {
    const d = decodeScenario(`v=${V}&sp=200&b=p.seed_sp.150_gn.30`);
    expect(d.baseline?.presetId).toBe('seed');
    expect(d.baseline?.scenario).toEqual({ ...applyPreset('seed'), 'market.spend2025': 150, 'market.growthNear': 30 });
    expect(d.scenario['market.spend2025']).toBe(200);
    expect(d.problems).toEqual([]);
    expect(decodeScenario(`v=${V}&b=p.public`).baseline).toEqual({ scenario: defaults, presetId: null });
    const bad = decodeScenario(`v=${V}&b=p.nope_zz.1_sp.abc`);
    expect(bad.baseline?.scenario).toEqual(defaults);
    expect(bad.problems.map((p) => p.message)).toEqual([
      'Baseline: Ignored preset “nope”: not one this dashboard knows; starting from the defaults.',
      'Baseline: Ignored “zz”: not a setting this dashboard knows.',
      `Baseline: World AI compute, 2025: “abc” is not a number; using $${SPEND}B.`,
    ]);
    expect(decodeScenario(`v=${V}&b=garbage`).baseline).toBeNull();
    expect(decodeScenario(`v=${V}&b=garbage`).problems[0]?.message).toMatch(/^Ignored the baseline “garbage”/);
    // Written after everything else, only its differences.
    const baseline = { scenario: { ...defaults, 'market.spend2025': 150 }, presetId: null };
    expect(encodeScenario(defaults, { baseline })).toBe(`v=${V}&b=p.public_sp.150`);
  });

  it('ignores a leading ? and a #hash', () => {
    const d = decodeScenario('?v=1&sp=200#sp=300&view=shares');
    expect(d.scenario['market.spend2025']).toBe(200);
    expect(d.view).toBeNull();
    expect(d.problems).toEqual([]);
  });

  it('reads sp=abc as malformed, keeping the base value', () => {
    const d = decodeScenario('sp=abc');
    expect(d.scenario['market.spend2025']).toBe(SPEND);
    expect(d.problems).toEqual([expect.objectContaining({ kind: 'malformed', id: 'market.spend2025' })]);
    expect(d.problems[0]?.message).toMatch(/^World AI compute, 2025: “abc”/);
  });

  it('clamps sp=1e9 to 600', () => {
    const d = decodeScenario('sp=1e9');
    expect(d.scenario['market.spend2025']).toBe(600);
    expect(d.problems).toEqual([expect.objectContaining({ kind: 'clamped', id: 'market.spend2025' })]);
  });

  it('rejects 0x1A, Infinity, NaN, full-width digits and 1e309', () => {
    for (const raw of ['0x1A', 'Infinity', 'NaN', '%EF%BC%91%EF%BC%92', '1e309']) {
      const d = decodeScenario(`sp=${raw}`);
      expect(d.scenario['market.spend2025'], raw).toBe(SPEND);
      expect(d.problems, raw).toEqual([expect.objectContaining({ kind: 'malformed', id: 'market.spend2025' })]);
    }
    expect(decodeScenario('sp=1e309').problems[0]?.message).toContain('too large to read');
  });

  it('reads + as a space (URL form encoding) and %2B as a sign', () => {
    expect(decodeScenario('sp=+200').scenario['market.spend2025']).toBe(200);
    expect(decodeScenario('imd=%2B7.5').scenario['market.inferenceMarginDelta']).toBe(7.5);
  });

  it('reports staz=__proto__ and other non-options as invalid-option', () => {
    for (const raw of ['__proto__', 'constructor', 'toString', 'VERTICAL']) {
      const d = decodeScenario(`staz=${raw}`);
      expect(d.scenario['strategy.azure'], raw).toBe('agnostic');
      expect(d.problems, raw).toEqual([expect.objectContaining({ kind: 'invalid-option', id: 'strategy.azure' })]);
    }
    expect(Object.getPrototypeOf(decodeScenario('__proto__=1&constructor=2').scenario)).toBe(Object.prototype);
  });

  it('ignores tracking keys silently', () => {
    const d = decodeScenario('utm_source=x&utm_campaign=y&UTM_MEDIUM=z&fbclid=1&gclid=2&msclkid=3&mc_cid=4&mc_eid=5&ref=6&_ga=7&sp=200');
    expect(d.problems).toEqual([]);
    expect(d.scenario['market.spend2025']).toBe(200);
  });

  it('reports other unknown keys once each, in words', () => {
    const d = decodeScenario('xyz=1&xyz=2&__proto__=3');
    expect(d.problems).toEqual([
      { kind: 'unknown', message: 'Ignored “xyz”: not a setting this dashboard knows.' },
      { kind: 'unknown', message: 'Ignored “__proto__”: not a setting this dashboard knows.' },
    ]);
    expect(decodeScenario('=5').problems).toEqual([{ kind: 'unknown', message: 'Ignored “=5”: not a setting this dashboard knows.' }]);
  });

  it('uses the first of a repeated key and says so', () => {
    const d = decodeScenario('sp=200&sp=300');
    expect(d.scenario['market.spend2025']).toBe(200);
    expect(d.problems).toEqual([
      { kind: 'malformed', id: 'market.spend2025', message: 'World AI compute, 2025: given more than once; using the first, “200”.' },
    ]);
    const reserved = decodeScenario('p=seed&p=slowdown&view=shares&view=silicon&v=1&v=2');
    expect(reserved.presetId).toBe('seed');
    expect(reserved.view).toBe('shares');
    expect(reserved.version).toBe(1);
    expect(reserved.problems.map((p) => p.message).every((m) => m.includes('more than once; using the first'))).toBe(true);
    expect(reserved.problems).toHaveLength(3);
  });

  it('reads values against the preset wherever p appears, and falls back to the preset value', () => {
    const d = decodeScenario('gn=abc&imd=0&p=seed');
    expect(d.presetId).toBe('seed');
    expect(d.scenario).toEqual(withValues({ 'market.inferenceMarginDelta': 0 }, applyPreset('seed')));
    expect(d.problems).toEqual([expect.objectContaining({ kind: 'malformed', id: 'market.growthNear' })]);
    expect(d.problems[0]?.message).toContain('using 62% a year');
  });

  it('reports an unknown preset and starts from the defaults', () => {
    const d = decodeScenario('p=nope&sp=200');
    expect(d.presetId).toBeNull();
    expect(d.scenario).toEqual(withValues({ 'market.spend2025': 200 }));
    expect(d.problems).toEqual([expect.objectContaining({ kind: 'invalid-option', message: expect.stringContaining('“nope”') })]);
    expect(decodeScenario('p=__proto__').presetId).toBeNull();
  });

  it('reads a known view and reports an unknown one', () => {
    expect(decodeScenario('view=commitments')).toMatchObject({ view: 'commitments', problems: [] });
    const d = decodeScenario('view=toString');
    expect(d.view).toBeNull();
    expect(d.problems).toEqual([expect.objectContaining({ kind: 'invalid-option', message: expect.stringContaining('“toString”') })]);
  });

  it('reads a newer version as the current one, with a version problem', () => {
    const d = decodeScenario('v=99&sp=200');
    expect(d.version).toBe(99);
    expect(d.scenario['market.spend2025']).toBe(200);
    expect(d.problems).toEqual([{ kind: 'version', message: `This link was made with a newer version (v99); read as v${V} — some settings may differ.` }]);
    expect(decodeScenario('v=7').problems[0]?.message).toBe(`This link was made with a newer version (v7); read as v${V} — some settings may differ.`);
  });

  it('reads an unreadable version as the current one, with a version problem', () => {
    for (const raw of ['abc', '0', '-1', '1.5', '1e0', '', '9999999999999999', '0x1']) {
      const d = decodeScenario(`v=${raw}&sp=200`);
      expect(d.version, raw).toBe(SCHEMA_VERSION);
      expect(d.scenario['market.spend2025'], raw).toBe(200);
      expect(d.problems, raw).toEqual([
        expect.objectContaining({
          kind: 'version',
          message: expect.stringMatching(new RegExp(`^Unreadable version “.*”; read as v${V} — some settings may differ\\.$`)),
        }),
      ]);
    }
  });

  it('treats a link without v as version 1, made with an older model, and says it named no version', () => {
    expect(decodeScenario('sp=200')).toMatchObject({ version: 1, olderVersion: 1, upgrade: { versionNamed: false, writtenIn: [] }, problems: [] });
    expect(decodeScenario('v=2&sp=200')).toMatchObject({ olderVersion: 2, upgrade: { versionNamed: true, writtenIn: [] } });
    // A link with nothing in it is the default dashboard, not an old link.
    expect(decodeScenario('utm_source=x')).toMatchObject({ version: SCHEMA_VERSION, olderVersion: null, problems: [] });
  });

  it('lists the weights a migration wrote in beside the one an older link set', () => {
    // v2 link sets OpenAI's 2031 share weight: the other 2031 family weights are written in from v2's bases.
    const d = decodeScenario('v=2&s1oa=70');
    const writtenIn = d.upgrade?.writtenIn ?? [];
    expect(writtenIn.length).toBeGreaterThan(0);
    expect(writtenIn).not.toContain('share2031.openai');
    for (const id of writtenIn) expect(id).toMatch(/^share2031\./);
    expect(decodeScenario('v=2&gn=50').upgrade?.writtenIn).toEqual([]);
  });

  it('carries what the notice says through the server’s upgrade of an old link (`from`)', () => {
    for (const q of ['v=2&s1oa=70', 'sp=200', 'v=1&s1oa=60&lm=30', 'v=2&gn=50']) {
      const direct = decodeScenario(q);
      const upgraded = upgradeLinkQuery(q);
      expect(upgraded, q).not.toBeNull();
      const after = decodeScenario(upgraded!);
      expect(after.olderVersion, q).toBe(direct.olderVersion);
      expect(after.upgrade, q).toEqual(direct.upgrade);
      expect(after.scenario, q).toEqual(direct.scenario);
    }
    expect(upgradeLinkQuery('sp=200')).toMatch(/&from=1n$/);
    // A hand-made `from` with unknown keys names only weights it knows.
    expect(decodeScenario(`v=${V}&sp=200&from=2.s1an.zz.gn`).upgrade).toEqual({ versionNamed: true, writtenIn: ['share2031.anthropic'] });
  });

  it('knows a link the server upgraded by its `from`, and ignores a `from` that is not older', () => {
    for (let from = 1; from < V; from++) {
      expect(decodeScenario(`v=${V}&sp=200&from=${from}`)).toMatchObject({ version: V, olderVersion: from, problems: [] });
    }
    for (const raw of [String(V), String(V + 1), 'x', '0', ''])
      expect(decodeScenario(`v=${V}&sp=200&from=${raw}`), raw).toMatchObject({ olderVersion: null, problems: [] });
    expect(decodeScenario(`v=${V}&sp=200`).olderVersion).toBeNull();
  });

  it('quotes raw text truncated to 40 characters, and names parameters by label', () => {
    const long = 'z'.repeat(60);
    const d = decodeScenario(`${long}=1&staz=${long}`);
    for (const p of d.problems) {
      expect(p.message).toContain(`“${'z'.repeat(40)}…”`);
      expect(p.message).not.toContain('strategy.azure');
    }
    expect(d.problems[1]?.message).toMatch(/^Azure strategy: /);
  });

  it('survives broken percent-encoding without throwing', () => {
    const d = decodeScenario('sp=%E0%A4%A&%ZZ=1&view=%');
    expect(d.scenario['market.spend2025']).toBe(SPEND);
    expect(d.problems.map((p) => p.kind)).toEqual(['invalid-option', 'malformed', 'unknown']);
  });
});

describe('baseScenarioFor', () => {
  it('is the preset on the defaults, or the defaults', () => {
    expect(baseScenarioFor(null)).toEqual(defaults);
    expect(baseScenarioFor('nope')).toEqual(defaults);
    for (const p of presets) expect(baseScenarioFor(p.id)).toEqual(applyPreset(p.id));
  });

  it('returns a fresh copy each time', () => {
    const a = baseScenarioFor('seed');
    a['market.spend2025'] = 1;
    expect(baseScenarioFor('seed')['market.spend2025']).toBe(applyPreset('seed')['market.spend2025']);
  });
});

describe('stories', () => {
  const seed = applyPreset('seed');

  it('writes one `st` per slide, in order, and reads them back with their text intact', () => {
    const story = [
      { view: 'strategies' as const, scenario: { ...defaults }, presetId: null, title: 'Where we are ~ today', note: '100% of it, in %' },
      { view: 'risk' as const, scenario: { ...seed, 'market.growthNear': 30 }, presetId: 'seed', title: 'The seed thesis', note: '' },
    ];
    const query = encodeScenario(defaults, { story, present: 2 });
    const params = new URLSearchParams(query);
    expect(params.getAll(RESERVED_KEYS.story)).toHaveLength(2);
    expect(params.get(RESERVED_KEYS.present)).toBe('2');
    const decoded = decodeScenario(query);
    expect(decoded.problems).toEqual([]);
    expect(decoded.story.map((s) => [s.view, s.presetId, s.title, s.note])).toEqual([
      ['strategies', null, 'Where we are ~ today', '100% of it, in %'],
      ['risk', 'seed', 'The seed thesis', ''],
    ]);
    expect(decoded.story[1]!.scenario['market.growthNear']).toBe(30);
    expect(decoded.present).toBe(2);
  });

  it('reports what it cannot use in words and keeps the rest', () => {
    const good = 'shares~p.public~Good';
    const decoded = decodeScenario(
      `v=${V}&st=${encodeURIComponent(good)}&st=nonsense&st=${encodeURIComponent('teleport~p.seed_sp.abc')}&st=${encodeURIComponent('teleport~p.seed_sp.abc~Odd')}&pr=7`,
    );
    expect(decoded.story.map((s) => s.title)).toEqual(['Good', 'Odd']);
    expect(decoded.story[1]!.view).toBe('strategies');
    const messages = decoded.problems.map((p) => p.message).join('\n');
    expect(messages).toContain('Ignored slide 2 of the story');
    expect(messages).toContain('Ignored slide 3 of the story');
    expect(messages).toContain('Slide 4: “teleport” is not a view');
    expect(messages).toMatch(/Slide 4: .*“abc” is not a number/);
    expect(messages).toContain('Ignored slide number “7”');
    expect(decoded.present).toBeNull();
  });

  it('cuts over-long titles and stories, saying so', () => {
    const long = 'x'.repeat(500);
    const many = Array.from({ length: 40 }, (_, i) => `st=${encodeURIComponent(`strategies~p.public~S${i + 1}`)}`).join('&');
    const decoded = decodeScenario(`v=${V}&st=${encodeURIComponent(`strategies~p.public~${long}`)}&${many}`);
    expect(decoded.story).toHaveLength(30);
    expect(decoded.story[0]!.title).toHaveLength(120);
    expect(decoded.problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('only the first 30 are kept'), expect.stringContaining('Slide 1: its title is longer than 120')]),
    );
  });
});

describe('story-only links', () => {
  it('reads a link holding only a story (no v) as the current version, with no talk of an older model', () => {
    const decoded = decodeScenario(`st=${encodeURIComponent('strategies~p.public~A')}&st=${encodeURIComponent('risk~p.public~B')}&pr=abc`);
    expect(decoded.olderVersion).toBeNull();
    expect(decoded.story.map((s) => s.title)).toEqual(['A', 'B']);
    expect(decoded.problems.map((p) => p.message)).toEqual(['Ignored slide number “abc”: not a slide of this story; showing the dashboard.']);
  });
  it('keeps a repaired story in the canonical link', () => {
    const decoded = decodeScenario(`v=${V}&st=${encodeURIComponent('strategies~p.public_sp.99999~Title')}&st=${encodeURIComponent('risk~p.public~R')}&pr=1`);
    const again = decodeScenario(canonicalQuery(decoded));
    expect(again.problems).toEqual([]);
    expect(again.story.map((s) => s.title)).toEqual(['Title', 'R']);
    expect(again.story[0]!.scenario['market.spend2025']).toBe(600);
    expect(again.present).toBe(1);
  });
});

describe('the thesis measure (ms)', () => {
  it('keeps the default dashboard bare and writes any other measure under ms', () => {
    expect(encodeScenario(defaultScenario(), { measure: 'revenue' })).toBe('');
    expect(encodeScenario(defaultScenario(), { measure: 'hosted' })).toBe(`v=${SCHEMA_VERSION}&ms=hosted`);
    expect(decodeScenario('').measure).toBe('revenue');
    expect(decodeScenario('v=3&ms=companyGrossProfit').measure).toBe('companyGrossProfit');
    expect(canonicalQuery(decodeScenario('v=3&ms=hosted'))).toBe('v=3&ms=hosted');
  });

  it('says in words what it ignored, and falls back to cloud AI revenue', () => {
    const d = decodeScenario('v=3&ms=profit');
    expect(d.measure).toBe('revenue');
    expect(d.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^Ignored the measure “?profit”?.*using cloud AI revenue\.$/)]);
  });
});

describe('slides that carry their answer (issue 20)', () => {
  const seed = applyPreset('seed');
  const slideText = 'compare~p.public_sp.250~Against the seed thesis~~b:p.seed~fc:aws~fm:revenue~ms:hosted~n:2000~seed:7~start:p.public';

  it('writes a slide’s baseline, figure in focus, measure, settings and starting point, in a pinned form', () => {
    const scenario = { ...baseScenarioFor(null), 'market.spend2025': 250 };
    const text = encodeSlide({
      view: 'compare',
      scenario,
      presetId: null,
      title: 'Against the seed thesis',
      note: '',
      context: {
        baseline: { scenario: seed, presetId: 'seed' },
        focus: { cloud: 'aws', measure: 'revenue' },
        measure: 'hosted',
        simulation: { samples: 2000, seed: 7 },
        columns: [],
      },
      start: { scenario: baseScenarioFor(null), presetId: null },
    });
    // Links are forever: this exact text must keep reading as it does.
    expect(text).toBe(slideText);
    const [slide] = decodeScenario(`v=${V}&st=${encodeURIComponent(text)}`).story;
    expect(slide!.context).toEqual({
      baseline: { scenario: seed, presetId: 'seed' },
      focus: { cloud: 'aws', measure: 'revenue' },
      measure: 'hosted',
      simulation: { samples: 2000, seed: 7 },
      columns: [],
    });
    expect(slide!.start).toEqual({ scenario: baseScenarioFor(null), presetId: null });
    expect(slide!.scenario['market.spend2025']).toBe(250);
  });

  it('keeps a Compare slide’s added columns (a slide of three scenarios showed two: a new-user review)', () => {
    const gemini = applyPreset('gemini-surge');
    const text = encodeSlide({
      view: 'compare',
      scenario: baseScenarioFor(null),
      presetId: null,
      title: 'Three scenarios',
      note: '',
      context: { ...DEFAULT_SLIDE_CONTEXT, baseline: { scenario: seed, presetId: 'seed' }, columns: [{ scenario: gemini, presetId: 'gemini-surge' }] },
    });
    expect(text).toBe('compare~p.public~Three scenarios~~b:p.seed~cc:p.gemini-surge');
    const decoded = decodeScenario(`v=${V}&st=${encodeURIComponent(text)}&st=${encodeURIComponent(text.replace('cc:p.gemini-surge', 'cc:%%%'))}`);
    expect(decoded.story[0]!.context!.columns).toEqual([{ scenario: gemini, presetId: 'gemini-surge' }]);
    // An unreadable column is dropped and said, with the slide's number and the column's letter.
    expect(decoded.story[1]!.context!.columns).toEqual([]);
    expect(decoded.problems.map((p) => p.message).join(' ')).toMatch(/^Slide 2: Ignored a Compare column, “%%%”/);
  });

  it('reads a slide written before slides carried their context exactly as before, with the link’s own context', () => {
    const old = 'shares~p.seed_sp.250~If one model family wins~As written';
    const plain = decodeScenario(`v=2&st=${encodeURIComponent(old)}`).story[0]!;
    expect([plain.view, plain.presetId, plain.title, plain.note, plain.scenario['market.spend2025']]).toEqual([
      'shares',
      'seed',
      'If one model family wins',
      'As written',
      250,
    ]);
    expect(plain.context).toEqual({ baseline: null, focus: DEFAULT_FOCUS, measure: 'revenue', simulation: {}, columns: [] });
    expect(plain.start).toBeNull();
    // With a baseline, focus, measure and settings in the link: the old slide was shown with them, and still is.
    const withLink = decodeScenario(`v=3&b=p.seed&fc=gcp&ms=hosted&n=2000&st=${encodeURIComponent(old)}`);
    expect(withLink.story[0]!.context).toEqual({
      baseline: { scenario: seed, presetId: 'seed' },
      focus: { cloud: 'gcp', measure: 'hostedCompute' },
      measure: 'hosted',
      simulation: { samples: 2000 },
      columns: [],
    });
    expect(withLink.problems).toEqual([]);
  });

  it('does not give the link’s context to a slide that carries its own, even when it is all defaults', () => {
    const own = encodeSlide({ view: 'compare', scenario: baseScenarioFor(null), presetId: null, title: 'Own', note: '' });
    expect(own).toBe('compare~p.public~Own~~');
    const decoded = decodeScenario(`v=${V}&b=p.seed&ms=hosted&st=${encodeURIComponent(own)}`);
    expect(decoded.baseline).not.toBeNull();
    expect(decoded.story[0]!.context).toEqual({ baseline: null, focus: DEFAULT_FOCUS, measure: 'revenue', simulation: {}, columns: [] });
  });

  it('says in words what it cannot use in a slide’s context, with the slide’s number, and keeps the rest', () => {
    const text = 'compare~p.public~Odd~~b:nonsense~fc:mars~ms:sales~n:abc~zz:1~start:p.seed_sp.abc';
    const decoded = decodeScenario(`v=${V}&st=${encodeURIComponent(text)}`);
    expect(decoded.story).toHaveLength(1);
    const slide = decoded.story[0]!;
    expect(slide.context).toEqual({ baseline: null, focus: DEFAULT_FOCUS, measure: 'revenue', simulation: {}, columns: [] });
    expect(slide.start?.presetId).toBe('seed');
    const messages = decoded.problems.map((p) => p.message);
    expect(messages.every((m) => m.startsWith('Slide 1: '))).toBe(true);
    expect(messages.join('\n')).toMatch(/Baseline: .*|Ignored the baseline “nonsense”/);
    expect(messages.join('\n')).toContain('“mars”');
    expect(messages.join('\n')).toContain('“sales”');
    expect(messages.join('\n')).toContain('“abc” is not a number');
    expect(messages.join('\n')).toContain('Ignored “zz”');
    expect(messages.join('\n')).toMatch(/Starting point: .*“abc” is not a number/);
  });

  it('keeps a slide’s context through the canonical link', () => {
    const decoded = decodeScenario(`v=${V}&st=${encodeURIComponent(slideText)}`);
    expect(new URLSearchParams(canonicalQuery(decoded)).getAll('st')).toEqual([slideText]);
  });
});

describe('Compare columns (cc)', () => {
  it('reads each added column as a scenario relative to its preset, after A and B, and writes it back the same', () => {
    const q = `v=${V}&p=seed&view=compare&b=p.public&cc=p.openai-dominance&cc=p.seed_sp.150`;
    const d = decodeScenario(q);
    expect(d.problems).toEqual([]);
    expect(d.columns).toEqual([
      { scenario: applyPreset('openai-dominance'), presetId: 'openai-dominance' },
      { scenario: { ...applyPreset('seed'), 'market.spend2025': 150 }, presetId: 'seed' },
    ]);
    expect(canonicalQuery(d)).toBe(q);
    // Written after the baseline, in column order; a link with only columns still says its version.
    expect(encodeScenario(defaults, { columns: [{ scenario: defaults, presetId: null }] })).toBe(`v=${V}&cc=p.public`);
  });

  it('opens a Compare link made before columns exactly as before: no columns, the same canonical link', () => {
    for (const q of [`v=${V}&p=seed&view=compare`, `v=${V}&sp=200&view=compare&b=p.seed_sp.150_gn.30`, `v=2&view=compare&b=p.public`]) {
      const d = decodeScenario(q);
      expect(d.columns, q).toEqual([]);
      expect(canonicalQuery(d), q).not.toMatch(/(^|&)cc=/);
      expect(d.problems, q).toEqual(decodeScenario(q.replace(/&cc=[^&]*/g, '')).problems);
    }
  });

  it('says what it could not use: a bad value (named by column), an unreadable column, more than four scenarios', () => {
    const d = decodeScenario(`v=${V}&view=compare&cc=p.seed_sp.abc&cc=garbage`);
    expect(d.columns).toEqual([{ scenario: applyPreset('seed'), presetId: 'seed' }]);
    expect(d.problems.map((p) => p.message)).toEqual([
      `Column C: World AI compute, 2025: “abc” is not a number; using $${applyPreset('seed')['market.spend2025']}B.`,
      'Ignored a Compare column, “garbage”: it could not be read.',
    ]);
    // After a dropped column the letters close up: the problem names the column as it is shown (C, not D).
    const after = decodeScenario(`v=${V}&view=compare&cc=garbage&cc=p.seed_sp.abc`);
    expect(after.columns).toEqual([{ scenario: applyPreset('seed'), presetId: 'seed' }]);
    expect(after.problems.map((p) => p.message)).toEqual([
      'Ignored a Compare column, “garbage”: it could not be read.',
      `Column C: World AI compute, 2025: “abc” is not a number; using $${applyPreset('seed')['market.spend2025']}B.`,
    ]);
    const many = decodeScenario(`v=${V}&cc=p.seed&cc=p.public&cc=p.slowdown&cc=p.seed`);
    expect(many.columns.map((c) => c.presetId)).toEqual(['seed', null]);
    expect(many.problems.map((p) => p.message)).toEqual([
      'The link compares 6 scenarios; the Compare view shows 4, so only the first 2 added columns are kept.',
    ]);
    expect(MAX_COMPARE_COLUMNS).toBe(4);
  });

  it('migrates an added column with the link, as the baseline is', () => {
    const q = 'v=2&s1oa=70&b=p.public_s1oa.70&cc=p.public_s1oa.70';
    const upgraded = upgradeLinkQuery(q)!;
    const after = decodeScenario(upgraded);
    expect(after.columns[0]?.scenario).toEqual(after.baseline?.scenario);
    expect(after.columns[0]?.scenario).toEqual(decodeScenario(q).columns[0]?.scenario);
  });

  it('decodes any value of cc without throwing: at most two columns, every one complete, problems in words', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.string({ maxLength: 40, unit: 'grapheme' }),
      fc.constantFrom('p.seed', 'p.public_sp.200', 'p._', '_', '.', 'p.seed_sp.1e999'),
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (values) => {
        const q = new URLSearchParams([['v', String(V)], ...values.map((v) => ['cc', v])]).toString();
        const d = decodeScenario(q);
        expect(d.columns.length).toBeLessThanOrEqual(MAX_COMPARE_COLUMNS - 2);
        for (const c of d.columns) expect(Object.keys(c.scenario).length).toBe(parameters.length);
        for (const p of d.problems) expect(p.message.length).toBeGreaterThan(0);
        // What is kept reads back cleanly.
        expect(decodeScenario(canonicalQuery(d)).problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
