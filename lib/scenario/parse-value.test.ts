import { describe, expect, it } from 'vitest';
import { getParameter, type EnumParameterSpec, type NumberParameterSpec, type ParameterSpec } from '@/lib/engine';
import { MAX_VALUE_LENGTH, parseParameterValue, serializeParameterValue, stepDecimals } from './parse-value';
import { quote } from './messages';

function spec(id: string): ParameterSpec {
  const s = getParameter(id);
  if (!s) throw new Error(`no parameter ${id}`);
  return s;
}
const spend = spec('market.spend2025') as NumberParameterSpec; // 50-600, step 5
/** Public data's value (the registry's default), what an unreadable value falls back to. */
const SPEND = spend.default;
const marginDelta = spec('market.inferenceMarginDelta') as NumberParameterSpec; // -15-15, step 0.5, default 0
const elasticity = spec('price.elasticity') as NumberParameterSpec; // 0-3, step 0.1, default 1
const azure = spec('strategy.azure') as EnumParameterSpec; // agnostic | horizontal | vertical

describe('stepDecimals', () => {
  it('counts the decimals of the step', () => {
    expect([5, 1, 0.5, 0.1].map(stepDecimals)).toEqual([0, 0, 1, 1]);
  });
});

describe('parseParameterValue: numbers', () => {
  it('reads plain decimals, signs, exponents and surrounding ASCII whitespace', () => {
    for (const [raw, value] of [
      ['200', 200],
      ['+200', 200],
      [' 200\t', 200],
      ['2e2', 200],
      ['2E+2', 200],
      ['200.', 200],
      ['0200', 200],
    ] as const) {
      expect(parseParameterValue(spend, raw), raw).toEqual({ value });
    }
    expect(parseParameterValue(marginDelta, '.5')).toEqual({ value: 0.5 });
    expect(parseParameterValue(marginDelta, '-7.5')).toEqual({ value: -7.5 });
  });

  it('rounds in-range values to the step’s decimals without a problem, and turns -0 into 0', () => {
    expect(parseParameterValue(spend, '183.7')).toEqual({ value: 184 });
    expect(parseParameterValue(elasticity, '1.04')).toEqual({ value: 1 });
    expect(parseParameterValue(elasticity, '0.30000000000000004')).toEqual({ value: 0.3 });
    const zero = parseParameterValue(marginDelta, '-0').value;
    expect(Object.is(zero, 0)).toBe(true);
    expect(Object.is(parseParameterValue(marginDelta, '-0.04').value, 0)).toBe(true);
  });

  it('clamps out-of-range numbers with a clamped problem naming the parameter by label', () => {
    const high = parseParameterValue(spend, '1e9');
    expect(high.value).toBe(600);
    expect(high.problem).toMatchObject({ kind: 'clamped', id: 'market.spend2025' });
    expect(high.problem?.message).toBe('World AI compute, 2025: “1e9” is outside $50B to $600B; using $600B.');
    expect(parseParameterValue(spend, '-1e9')).toMatchObject({ value: 50, problem: { kind: 'clamped' } });
    expect(parseParameterValue(marginDelta, '15.04')).toMatchObject({ value: 15, problem: { kind: 'clamped' } });
  });

  it('rejects anything but a plain finite decimal as malformed and uses the fallback', () => {
    for (const raw of [
      'abc',
      '0x1A',
      '0b101',
      '0o17',
      'Infinity',
      '-Infinity',
      'NaN',
      '１２',
      '1_000',
      '1,5',
      '12abc',
      '--1',
      '1e',
      'e5',
      '.',
      '+',
      '\u00a0200',
      '200\u2003',
    ]) {
      const parsed = parseParameterValue(spend, raw, 300);
      expect(parsed.value, raw).toBe(300);
      expect(parsed.problem, raw).toMatchObject({ kind: 'malformed', id: 'market.spend2025' });
      expect(parsed.problem?.message, raw).toContain('is not a number; using $300B.');
    }
  });

  it('reports empty and whitespace-only values as missing', () => {
    for (const raw of ['', ' ', '\t\n']) {
      expect(parseParameterValue(spend, raw), JSON.stringify(raw)).toEqual({
        value: SPEND,
        problem: { kind: 'malformed', id: 'market.spend2025', message: `World AI compute, 2025: no value given; using $${SPEND}B.` },
      });
    }
  });

  it('reports numbers too large for a double as malformed, not clamped', () => {
    for (const raw of ['1e309', '-1e309', '1.8e308', '1e999999']) {
      const parsed = parseParameterValue(spend, raw);
      expect(parsed.value).toBe(SPEND);
      expect(parsed.problem).toMatchObject({ kind: 'malformed', id: 'market.spend2025' });
      expect(parsed.problem?.message).toContain('is too large to read');
    }
  });

  it('rejects values longer than 64 characters unread, quoting 40 of them', () => {
    const raw = '1'.repeat(MAX_VALUE_LENGTH + 1);
    const parsed = parseParameterValue(spend, raw);
    expect(parsed.value).toBe(SPEND);
    expect(parsed.problem).toMatchObject({ kind: 'malformed', id: 'market.spend2025' });
    expect(parsed.problem?.message).toBe(`World AI compute, 2025: “${'1'.repeat(40)}…” is too long to read (65 characters); using $${SPEND}B.`);
  });
});

describe('parseParameterValue: enums', () => {
  it('accepts exactly an option value', () => {
    expect(parseParameterValue(azure, 'vertical')).toEqual({ value: 'vertical' });
  });

  it('rejects anything else, including object-prototype names and other cases, as invalid-option', () => {
    for (const raw of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'Vertical', ' vertical', 'Model-agnostic', '0']) {
      const parsed = parseParameterValue(azure, raw);
      expect(parsed.value, raw).toBe('agnostic');
      expect(parsed.problem, raw).toMatchObject({ kind: 'invalid-option', id: 'strategy.azure' });
    }
    expect(parseParameterValue(azure, '__proto__').problem?.message).toBe(
      'Azure strategy: “__proto__” is not one of Model-agnostic, Horizontal, Vertical; using Model-agnostic.',
    );
    expect(parseParameterValue(azure, 'x', 'horizontal')).toMatchObject({ value: 'horizontal' });
  });
});

describe('serializeParameterValue', () => {
  it('writes numbers compactly at the step’s precision, without exponents or -0', () => {
    expect(serializeParameterValue(spend, 180)).toBe('180');
    expect(serializeParameterValue(spend, 182.4)).toBe('182');
    expect(serializeParameterValue(marginDelta, 7.5)).toBe('7.5');
    expect(serializeParameterValue(marginDelta, 7)).toBe('7');
    expect(serializeParameterValue(marginDelta, -0)).toBe('0');
    expect(serializeParameterValue(marginDelta, -0.04)).toBe('0');
    expect(serializeParameterValue(marginDelta, -12.25)).toBe('-12.3');
    expect(serializeParameterValue(elasticity, 0.30000000000000004)).toBe('0.3');
    expect(serializeParameterValue(elasticity, 1e-7)).toBe('0');
    expect(serializeParameterValue(elasticity, 2.9999999)).toBe('3');
  });

  it('clamps, and writes the default for what cannot be read, so its output always parses cleanly', () => {
    expect(serializeParameterValue(spend, 1e30)).toBe('600');
    expect(serializeParameterValue(spend, Number.NaN)).toBe(String(SPEND));
    expect(serializeParameterValue(spend, Number.POSITIVE_INFINITY)).toBe(String(SPEND));
    expect(serializeParameterValue(spend, '205')).toBe('205');
    expect(serializeParameterValue(spend, 'abc')).toBe(String(SPEND));
    expect(serializeParameterValue(azure, 'vertical')).toBe('vertical');
    expect(serializeParameterValue(azure, '__proto__')).toBe('agnostic');
    expect(serializeParameterValue(azure, 3)).toBe('agnostic');
  });
});

describe('quote', () => {
  it('truncates to 40 characters with an ellipsis, counting code points', () => {
    expect(quote('abc')).toBe('“abc”');
    expect(quote('a'.repeat(40))).toBe(`“${'a'.repeat(40)}”`);
    expect(quote('😀'.repeat(41))).toBe(`“${'😀'.repeat(40)}…”`);
    expect(quote('x'.repeat(100_000))).toHaveLength(43);
  });

  it('shows control and bidi characters as U+FFFD so the message reads as it looks', () => {
    expect(quote('a\u0000b\nc\u202Ed')).toBe('“a\uFFFDb\uFFFDc\uFFFDd”');
    expect(quote('"><img src=x onerror=alert(1)>')).toBe('“"><img src=x onerror=alert(1)>”');
  });
});
