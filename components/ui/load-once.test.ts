import { describe, expect, it } from 'vitest';
import { loadOnce } from './load-once';

describe('loadOnce', () => {
  it('fetches once for every caller and remembers what it gave', async () => {
    let calls = 0;
    const code = loadOnce(async () => {
      calls += 1;
      return 'view';
    });
    expect(code.loaded()).toBeNull();
    const [a, b] = await Promise.all([code.get(), code.get()]);
    expect([a, b, calls]).toEqual(['view', 'view', 1]);
    expect(code.loaded()).toBe('view');
    await code.get();
    expect(calls).toBe(1);
  });

  it('forgets a failed fetch, so the next asks again', async () => {
    let calls = 0;
    const code = loadOnce(async () => {
      calls += 1;
      if (calls === 1) throw new Error('offline');
      return 'view';
    });
    await expect(code.get()).rejects.toThrow('offline');
    expect(code.loaded()).toBeNull();
    await expect(code.get()).resolves.toBe('view');
    expect(calls).toBe(2);
  });
});
