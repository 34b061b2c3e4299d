import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rememberRecent } from './recent';

describe('rememberRecent', () => {
  it('keeps the newest entries up to the limit, in the order they were last remembered', () => {
    const map = new Map<string, number>();
    for (const [i, key] of ['a', 'b', 'c', 'a', 'd'].entries()) rememberRecent(map, key, i, 3);
    // 'a' was remembered again after 'b' and 'c', so 'b' is the oldest and goes first.
    expect([...map]).toEqual([
      ['c', 2],
      ['a', 3],
      ['d', 4],
    ]);
  });

  it('never forgets the pinned key or the newest, holds the rest to the limit, and keeps the most recent', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), fc.integer({ min: 1, max: 8 }), (keys, limit) => {
        const map = new Map<number, number>();
        rememberRecent(map, 0, -1, limit, 0);
        keys.forEach((key, i) => {
          expect(rememberRecent(map, key, i, limit, 0)).toBe(i);
          expect(map.get(key)).toBe(i);
          expect(map.has(0)).toBe(true);
          expect(map.size).toBeLessThanOrEqual(Math.max(limit, 2));
          // What is kept besides the pinned key: the most recently remembered distinct keys, newest last.
          const seen = keys.slice(0, i + 1).filter((k) => k !== 0);
          const newestFirst = [...new Set([...seen].reverse())];
          const kept = [...map.keys()].filter((k) => k !== 0);
          // As many as the limit leaves beside the pinned key (the newest stays even at a limit of 1).
          const room = key === 0 ? limit - 1 : Math.max(limit - 1, 1);
          expect(kept).toEqual(newestFirst.slice(0, Math.min(newestFirst.length, room)).reverse());
        });
      }),
    );
  });
});
