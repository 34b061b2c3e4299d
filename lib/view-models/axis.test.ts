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

describe('steady axis', () => {
  it('keeps its ticks while the data move a little, and follows when they outgrow or shrink well inside it', async () => {
    const { steadyAxis } = await import('./axis');
    const at400 = niceAxis(0, 310);
    expect(at400.domain[1]).toBe(400);
    // 290 would get a 300 axis on its own; the 400 axis still holds it and is not much longer.
    expect(steadyAxis(at400, niceAxis(0, 290), { min: 0, max: 290 })).toBe(at400);
    // Outgrown: follows.
    expect(steadyAxis(at400, niceAxis(0, 450), { min: 0, max: 450 }).domain[1]).toBe(500);
    // Shrunk well inside (a 200 axis is half of 400): follows.
    expect(steadyAxis(at400, niceAxis(0, 180), { min: 0, max: 180 }).domain[1]).toBe(200);
  });
});
