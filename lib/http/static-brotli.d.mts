/** Types for static-brotli.mjs (plain JavaScript so that server.mjs runs it without a build). */
import type { IncomingMessage, ServerResponse } from 'node:http';
export declare const STATIC_PREFIX: string;
export declare const PRECOMPRESSED_TYPES: Readonly<Record<'.js' | '.css', string>>;
export declare function brotliForBuild(body: Buffer | string): Buffer;
export declare function staticFileFor(method: string | undefined, url: string | undefined, staticDir: string): { file: string; type: string } | null;
export declare function createStaticBrotli(options: { staticDir: string }): (req: IncomingMessage, res: ServerResponse) => boolean;
export declare function staticDirOf(root: string): string;
