/** Types for page-cache.mjs (plain JavaScript so that server.mjs runs it without a build). */
import type { IncomingMessage, ServerResponse } from 'node:http';
export declare const CACHED_PATHS: ReadonlySet<string>;
export declare const PAGE_CACHE_CONTROL: string;
export declare function scriptHashes(html: string): string[];
export declare function acceptsEncoding(acceptEncoding: string | string[] | undefined, name: string): boolean;
export declare function matchesEtag(ifNoneMatch: string | string[] | undefined, etag: string): boolean;
export declare function cspWithHashes(csp: string, hashes: readonly string[]): string;
export declare class ByteLru {
  constructor(maxBytes: number);
  readonly maxBytes: number;
  readonly bytes: number;
  get(key: string): unknown;
  set(key: string, value: unknown, size: number): void;
  readonly size: number;
}
export interface PageFront {
  (req: IncomingMessage, res: ServerResponse): unknown;
  cache: ByteLru;
  stats: { hits: number; misses: number };
}
export declare function createPageFront(options: {
  handle: (req: IncomingMessage, res: ServerResponse) => unknown;
  buildId: string;
  maxBytes?: number;
}): PageFront;
