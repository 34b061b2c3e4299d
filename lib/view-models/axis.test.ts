import { describe, expect, it } from 'vitest';
import { niceAxis } from './axis';

describe('nice axis', () => {
  it('uses round steps from zero', () => {
    expect(niceAxis(0.14, 0.42).ticks).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(niceAxis(0, 220).ticks).toEqual([0, 50, 100, 150, 200, 250]);
    expect(niceAxis(0, 1900).ticks).toEqual([0, 500, 1000, 1500, 2000]);
    expect(niceAxis(0, 1).ticks).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
  it('covers negative values and degenerate input', () => {
    const a = niceAxis(-0.3, 0.4);
    expect(a.ticks[0]).toBeLessThanOrEqual(-0.3);
    expect(a.ticks).toContain(0);
    expect(niceAxis(0, 0).ticks.length).toBeGreaterThan(0);
    expect(niceAxis(Number.NaN, Number.NaN).ticks.every(Number.isFinite)).toBe(true);
  });
});
