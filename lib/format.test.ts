import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCorrelation,
  formatCount,
  formatDay,
  formatMultiple,
  formatPct,
  formatPctsApart,
  formatPtsChange,
  formatPtsChangeFine,
  formatUsdBn,
  formatUsdBnAxis,
  formatUsdBnChange,
  formatUsdBnFine,
} from './format';

describe('format', () => {
  it('writes money as DESIGN.md does', () => {
    expect(formatUsdBn(1234)).toBe('$1.23T');
    expect(formatUsdBn(2000)).toBe('$2.00T');
    // Three significant figures, as $818B has: a ratio read off two figures is the ratio stated beside them.
    expect(formatUsdBn(1009)).toBe('$1.01T');
    expect(formatUsdBn(1040) + ' / ' + formatUsdBn(818)).toBe('$1.04T / $818B');
    expect(formatUsdBn(12_345)).toBe('$12.3T');
    expect(formatUsdBn(340.4)).toBe('$340B');
    expect(formatUsdBn(45.4)).toBe('$45B');
    expect(formatUsdBn(4.54)).toBe('$4.5B');
    expect(formatUsdBn(-3.1)).toBe('\u2212$3.1B');
    expect(formatUsdBn(Number.NaN)).toBe('—');
  });
  it('signs changes with a true minus', () => {
    expect(formatUsdBnChange(42)).toBe('+$42B');
    expect(formatUsdBnChange(-3.14)).toBe('\u2212$3.1B');
    expect(formatUsdBnChange(0.01)).toBe('±$0B');
    expect(formatUsdBn(0.01)).toBe('$0');
    expect(formatPtsChange(-0.03)).toBe('\u22123 pts');
    expect(formatPtsChange(0.004)).toBe('±0 pts');
    expect(formatPtsChange(0.012)).toBe('+1 pt');
    expect(formatPtsChange(0)).toBe('±0 pts');
  });
  it('writes percentages and multiples', () => {
    expect(formatPct(0.273)).toBe('27%');
    expect(formatPct(-0.05)).toBe('\u22125%');
    expect(formatPct(-0.001)).toBe('0%');
    // A set of percentages keeps apart the ones that differ, with as few decimals as that takes.
    expect(formatPctsApart([0.243, 0.244, 0.5])).toEqual(['24.3%', '24.4%', '50.0%']);
    expect(formatPctsApart([0.24, 0.31, 0.5])).toEqual(['24%', '31%', '50%']);
    expect(formatPctsApart([0.2431, 0.2434])).toEqual(['24.31%', '24.34%']);
    expect(formatPctsApart([0.24, 0.24])).toEqual(['24%', '24%']);
    expect(formatMultiple(1.43)).toBe('1.4×');
    expect(formatMultiple(2)).toBe('2×');
  });

  it('labels axis ticks exactly: $1.25T is not $1.3T', () => {
    expect([0, 250, 1000, 1250, 1500].map(formatUsdBnAxis)).toEqual(['$0', '$250B', '$1T', '$1.25T', '$1.5T']);
  });
});

describe('fine formats for hand-checking', () => {
  it('writes USD bn to one decimal with separators, and no negative zero', () => {
    expect(formatUsdBnFine(3773.84)).toBe('$3,773.8B');
    expect(formatUsdBnFine(-3.14)).toBe('\u2212$3.1B');
    expect(formatUsdBnFine(-0.01)).toBe('$0.0B');
  });
  it('writes point changes to one decimal', () => {
    expect(formatPtsChangeFine(0.05)).toBe('+5.0');
    expect(formatPtsChangeFine(-0.015)).toBe('\u22121.5');
    expect(formatPtsChangeFine(0.0001)).toBe('±0');
  });
});

describe('formatCorrelation', () => {
  it('writes two decimals with a true minus, and no minus on zero', () => {
    expect(formatCorrelation(-0.4213)).toBe('\u22120.42');
    expect(formatCorrelation(0.5)).toBe('0.50');
    expect(formatCorrelation(-0.001)).toBe('0.00');
    expect(formatCorrelation(Number.NaN)).toBe('—');
  });
});

describe('formatDay', () => {
  it('writes an ISO day in words, in UTC, and leaves what is not a day as given', () => {
    expect(formatDay('2026-12-06')).toBe('6 December 2026');
    expect(formatDay('2026-11-25')).toBe('25 November 2026');
    expect(formatDay('not a day')).toBe('not a day');
  });
});

// The hand-written formatters (no Intl at load: lib/format.ts) write what Intl writes, for every input.
describe('formatters without Intl agree with Intl', () => {
  it('formatCount is toLocaleString("en-US")', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.double({ min: -1e9, max: 1e9, noNaN: true })), (v) => {
        // Intl writes "-0" for a negative that rounds to zero; a count never shows a signed zero.
        const intl = v.toLocaleString('en-US');
        expect(formatCount(v)).toBe(intl === '-0' ? '0' : intl);
      }),
      { numRuns: 2000 },
    );
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(Number.NaN)).toBe('—');
  });

  it('formatUsdBnFine is Intl one-decimal', () => {
    const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), (v) => {
        expect(formatUsdBnFine(v)).toBe(`${v <= -0.05 ? '\u2212' : ''}$${oneDecimal.format(Math.abs(v))}B`);
      }),
      { numRuns: 2000 },
    );
  });

  it('formatDay is Intl en-GB long date in UTC', () => {
    const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(formatDay(iso)).toBe(day.format(new Date(`${iso}T00:00:00Z`)));
      }),
      { numRuns: 1000 },
    );
  });
});
