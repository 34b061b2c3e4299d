import { describe, expect, it } from 'vitest';
import { BusyError, Limiter, LruCache, createImageCache, etagFor, matchesEtag } from './image-cache';

const bytes = (n: number) => new Uint8Array(n);

describe('image cache', () => {
  it('evicts the least recently used by entries and by bytes', () => {
    const lru = new LruCache(3, 100);
    lru.set('a', bytes(10));
    lru.set('b', bytes(10));
    lru.set('c', bytes(10));
    lru.get('a');
    lru.set('d', bytes(10));
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBeDefined();
    lru.set('e', bytes(90));
    expect(lru.size.bytes).toBeLessThanOrEqual(100);
    expect(lru.get('e')).toBeDefined();
    lru.set('huge', bytes(101));
    expect(lru.get('huge')).toBeUndefined();
  });

  it('runs at most N jobs, queues a bounded number, and refuses beyond', async () => {
    const limiter = new Limiter(2, 1);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let running = 0;
    let peak = 0;
    const job = async () => {
      running++;
      peak = Math.max(peak, running);
      await gate;
      running--;
      return 1;
    };
    const runs = [limiter.run(job), limiter.run(job), limiter.run(job)];
    await expect(limiter.run(job)).rejects.toBeInstanceOf(BusyError);
    release();
    expect(await Promise.all(runs)).toEqual([1, 1, 1]);
    expect(peak).toBe(2);
    expect(limiter.load).toEqual({ running: 0, waiting: 0 });
  });

  it('matches ETags strong, weak, in lists and *', () => {
    const tag = etagFor('k');
    expect(matchesEtag(tag, tag)).toBe(true);
    expect(matchesEtag(`"x", W/${tag}`, tag)).toBe(true);
    expect(matchesEtag('*', tag)).toBe(true);
    expect(matchesEtag('"other"', tag)).toBe(false);
    expect(matchesEtag(null, tag)).toBe(false);
    expect(etagFor('k')).toBe(tag);
    expect(etagFor('k2')).not.toBe(tag);
  });

  it('draws once for concurrent requests, then answers from memory, 304 on If-None-Match, 503 when busy', async () => {
    const cache = createImageCache({ maxEntries: 10, maxBytes: 1000, concurrency: 1, maxQueue: 0 });
    let draws = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const draw = async () => {
      draws++;
      await gate;
      return bytes(5);
    };
    const ask = (key: string, headers: Record<string, string> = {}) =>
      cache.respond({ request: new Request('http://x/', { headers }), key, headers: {}, draw });
    const first = ask('k');
    const same = ask('k');
    const busy = await ask('other');
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('2');
    release();
    const [a, b] = await Promise.all([first, same]);
    expect(draws).toBe(1);
    expect(a.headers.get('x-image-cache')).toBe('miss');
    expect(b.status).toBe(200);
    const hit = await ask('k');
    expect(hit.headers.get('x-image-cache')).toBe('hit');
    const revalidated = await ask('k', { 'If-None-Match': a.headers.get('etag') ?? '' });
    expect(revalidated.status).toBe(304);
    expect(draws).toBe(1);
  });
});
