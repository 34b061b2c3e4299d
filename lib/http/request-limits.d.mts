/** Types for request-limits.mjs (plain JavaScript so that server.mjs runs it without a build). */
export declare const LIMITS: Readonly<{ maxQueryLength: number; maxParams: number; maxRepeats: number; maxHeaderBytes: number }>;
export declare const ALLOWED_METHODS: readonly string[];
export interface Refusal {
  status: number;
  message: string;
  headers?: Record<string, string>;
}
export declare function checkQuery(query: string, limits?: typeof LIMITS): Refusal | null;
export declare function checkRequest(method: string | undefined, url: string | undefined): Refusal | null;
