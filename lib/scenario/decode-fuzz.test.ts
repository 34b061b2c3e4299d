/**
 * decodeScenario must open any link at all: 10,000 random and adversarial query strings never throw and
 * always decode to a complete, in-bounds scenario with readable problems.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getPreset, parameters } from '@/lib/engine';
import { type DecodedLink } from './codec';
import { decodeScenario } from './decode';
import { RESERVED_KEYS, VIEW_IDS } from './schema';

const HUGE = '9'.repeat(100_000);
const PROBLEM_KINDS = ['unknown', 'malformed', 'clamped', 'invalid-option', 'version'];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const randomText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.string({ unit: fc.oneof(fc.constantFrom('%', '&', '=', '?', '#', '+', ' ', '0', 'e', '.', '-'), loneSurrogate), maxLength: 12 }),
);

const keyArbitrary = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...parameters.map((p) => p.key)) },
  { weight: 3, arbitrary: fc.constantFrom(...Object.values(RESERVED_KEYS)) },
  { weight: 2, arbitrary: fc.constantFrom('utm_source', 'fbclid', '__proto__', 'constructor', 'toString', '', '%73p', 's%70') },
  { weight: 1, arbitrary: randomText },
);

const valueArbitrary = fc.oneof(
  {
    weight: 200,
    arbitrary: fc.constantFrom(
      '1e309',
      '-1e309',
      'Infinity',
      '-Infinity',
      'NaN',
      '0x1A',
      '１２',
      '1e9',
      '-1e9',
      '-0',
      '',
      ' ',
      '%',
      '%E0%A4%A',
      '%ZZ',
      '"><img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      '__proto__',
      'constructor',
      'agnostic',
      'vertical',
      'seed',
      'openai-dominance',
      'shares',
      '1',
      '2',
      '99',
      '0',
      '7.25',
      '.5',
      '5.',
      '+5',
      '%2B5',
      '1e-400',
      '\u202Eevil',
      '1'.repeat(65),
    ),
  },
  // Rare: parsing 100,000 characters takes milliseconds, and one per run would dominate the test's time.
  { weight: 1, arbitrary: fc.constant(HUGE) },
  { weight: 60, arbitrary: fc.double().map(String) },
  { weight: 30, arbitrary: fc.integer({ min: -1000, max: 1000 }).map(String) },
  { weight: 100, arbitrary: randomText },
);

const pairArbitrary = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(keyArbitrary, valueArbitrary).map(([k, v]) => `${k}=${v}`) },
  { weight: 1, arbitrary: keyArbitrary },
  { weight: 1, arbitrary: fc.tuple(keyArbitrary, valueArbitrary, valueArbitrary).map(([k, a, b]) => `${k}=${a}=${b}`) },
  // Properly encoded, for values that then decode to control characters, '&' and friends.
  { weight: 2, arbitrary: fc.tuple(keyArbitrary, valueArbitrary).map(([k, v]) => new URLSearchParams([[k, v]]).toString()) },
);

const structuredQuery = fc
  .record({
    pairs: fc.array(pairArbitrary, { maxLength: 12 }),
    repeat: fc.boolean(),
    separator: fc.constantFrom('&', '&', '&', '&&', ';'),
    prefix: fc.constantFrom('', '', '?', '??', '&'),
    hash: fc.option(
      fc.tuple(fc.constant('#'), randomText).map(([h, t]) => h + t),
      { nil: '' },
    ),
  })
  .map(({ pairs, repeat, separator, prefix, hash }) => {
    const all = repeat && pairs.length > 0 ? [...pairs, ...pairs.slice(0, 3)] : pairs;
    return prefix + all.join(separator) + hash;
  });

const queryArbitrary = fc.oneof({ weight: 4, arbitrary: structuredQuery }, { weight: 1, arbitrary: randomText });

const PARAMETER_IDS = new Set<string>(parameters.map((p) => p.id));
const UNREADABLE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** What is wrong with a decoded link, if anything. Plain checks, one expect per run: 10,000 runs stay fast. */
function faults(d: DecodedLink): string[] {
  const out: string[] = [];
  const ids = Object.keys(d.scenario);
  if (ids.length !== PARAMETER_IDS.size || ids.some((id) => !PARAMETER_IDS.has(id))) out.push('ids differ from the registry');
  for (const spec of parameters) {
    const v = d.scenario[spec.id];
    const ok = spec.kind === 'enum' ? spec.options.some((o) => o.value === v) : typeof v === 'number' && Number.isFinite(v) && v >= spec.min && v <= spec.max;
    if (!ok) out.push(`${spec.id}=${String(v)}`);
  }
  if (d.presetId !== null && getPreset(d.presetId) === undefined) out.push(`preset ${d.presetId}`);
  if (d.view !== null && !VIEW_IDS.includes(d.view)) out.push(`view ${d.view}`);
  if (!Number.isSafeInteger(d.version) || d.version < 1) out.push(`version ${d.version}`);
  for (const p of d.problems) {
    if (!PROBLEM_KINDS.includes(p.kind)) out.push(`kind ${p.kind}`);
    // Quoted text is capped at 40 characters, so no message grows with its input.
    if (p.message.length >= 400) out.push(`long message ${p.message.slice(0, 60)}`);
    if (UNREADABLE.test(p.message)) out.push(`unreadable message ${JSON.stringify(p.message)}`);
  }
  return out;
}

function expectUsable(d: DecodedLink): void {
  expect(faults(d)).toEqual([]);
}

describe('decodeScenario on hostile input', () => {
  it('never throws and always yields a complete, in-bounds scenario (10,000 queries)', () => {
    fc.assert(
      fc.property(queryArbitrary, (query) => {
        expectUsable(decodeScenario(query));
      }),
      { numRuns: 10_000 },
    );
    // About 2 s alone; the margin is for a busy machine running every suite at once.
  }, 30_000);

  it('handles the named hard cases', () => {
    for (const query of [
      `sp=${HUGE}`,
      `${HUGE}=1`,
      `?${HUGE}`,
      '%',
      '%%%%',
      '=&=&=',
      '#',
      '?#?#',
      'sp=%E0%A4%A&staz=%ZZ',
      '__proto__=1&constructor=2&toString=3',
      'p=__proto__&view=constructor&v=__proto__',
      'v=1e309&v=-1',
      'staz=\u0000&sp=\uD800',
    ]) {
      expectUsable(decodeScenario(query));
    }
    expectUsable(decodeScenario(undefined as unknown as string));
  });
});
