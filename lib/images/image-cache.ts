/**
 * What makes an image cheap to repeat (app/api/chart, app/api/og): an in-memory LRU of finished images by
 * key (canonical link + chart + format + origin + model version + build), an ETag from that key so a
 * revalidation is answered 304 without drawing, one drawing per key at a time (concurrent requests for
 * the same image share it), and a limit on drawings at once with a bounded queue: beyond it, 503 with
 * Retry-After, so a burst of new images cannot take every other request down with it. Server only.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_VERSION } from '@/lib/engine';

/** A least-recently-used map bounded by entries and by bytes. */
export class LruCache {
  private readonly map = new Map<string, Uint8Array>();
  private bytes = 0;
  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  get(key: string): Uint8Array | undefined {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key: string, value: Uint8Array): void {
    if (value.byteLength > this.maxBytes) return;
    const old = this.map.get(key);
    if (old) {
      this.bytes -= old.byteLength;
      this.map.delete(key);
    }
    this.map.set(key, value);
    this.bytes += value.byteLength;
    while (this.map.size > this.maxEntries || this.bytes > this.maxBytes) {
      const oldest = this.map.keys().next().value as string;
      this.bytes -= this.map.get(oldest)?.byteLength ?? 0;
      this.map.delete(oldest);
    }
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.map.size, bytes: this.bytes };
  }
}

/** Thrown by Limiter.run when as many jobs wait as the queue holds. */
export class BusyError extends Error {
  constructor() {
    super('busy');
  }
}

/** Runs at most `concurrency` jobs at once; up to `maxQueue` more wait; beyond that, BusyError. */
export class Limiter {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(
    readonly concurrency: number,
    readonly maxQueue: number,
  ) {}

  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.maxQueue) throw new BusyError();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await job();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}

/** This build's id (Next writes it at build time): images and their ETags change with a deploy. */
function readBuildId(): string {
  try {
    return readFileSync(join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return `process-${process.pid}-${Date.now()}`;
  }
}
let buildId: string | undefined;

/** The cache key of an image: what it is a pure function of. */
export function imageKey(parts: { route: string; chart?: string; format: string; origin: string; query: string }): string {
  buildId ??= readBuildId();
  return [`m${MODEL_VERSION}`, buildId, parts.route, parts.chart ?? '', parts.format, parts.origin, parts.query].join('\n');
}

/** A strong ETag for a key (the image is a pure function of it). */
export function etagFor(key: string): string {
  return `"${createHash('sha256').update(key).digest('base64url').slice(0, 32)}"`;
}

/** Whether If-None-Match names this ETag (weak or strong, or *). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

export interface ImageCacheOptions {
  maxEntries: number;
  maxBytes: number;
  concurrency: number;
  maxQueue: number;
}

export interface ImageRequest {
  request: Request;
  key: string;
  headers: Record<string, string>;
  /** Draws the image; run through the limiter, once per key at a time. */
  draw: () => Promise<Uint8Array>;
}

/** Seconds a client is asked to wait when every drawing slot and the queue are taken. */
export const RETRY_AFTER_SECONDS = 2;

/** One route's image cache: answer 304, from memory, or draw (bounded). */
export function createImageCache(options: ImageCacheOptions) {
  const lru = new LruCache(options.maxEntries, options.maxBytes);
  const limiter = new Limiter(options.concurrency, options.maxQueue);
  const drawing = new Map<string, Promise<Uint8Array>>();

  async function respond({ request, key, headers, draw }: ImageRequest): Promise<Response> {
    const etag = etagFor(key);
    const common = { ...headers, ETag: etag };
    if (matchesEtag(request.headers.get('if-none-match'), etag))
      return new Response(null, { status: 304, headers: { ...common, 'X-Image-Cache': 'revalidated' } });
    const hit = lru.get(key);
    if (hit) return new Response(hit as Uint8Array<ArrayBuffer>, { headers: { ...common, 'X-Image-Cache': 'hit' } });
    let pending = drawing.get(key);
    if (!pending) {
      pending = limiter.run(draw).finally(() => drawing.delete(key));
      drawing.set(key, pending);
    }
    try {
      const bytes = await pending;
      lru.set(key, bytes);
      return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { ...common, 'X-Image-Cache': 'miss' } });
    } catch (error) {
      if (error instanceof BusyError) {
        return new Response(`The server is drawing as many images as it can; try again in ${RETRY_AFTER_SECONDS} seconds.\n`, {
          status: 503,
          headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': String(RETRY_AFTER_SECONDS) },
        });
      }
      throw error;
    }
  }

  return { respond, lru, limiter };
}
