/**
 * One parameter's value to and from its URL text. Shared by the link codec and the UI's URL parsers, so a
 * value reads the same whether it arrives in a whole link or one query key at a time.
 */
import type { EnumParameterSpec, NumberParameterSpec, ParameterSpec, ScenarioProblem } from '@/lib/engine';
import { problems } from './messages';

/** Longer values are rejected unread: no real value is near this long, and parsing huge text costs time. */
export const MAX_VALUE_LENGTH = 64;

// Plain decimal only. Number() alone would also accept hex ("0x1A"), binary, "Infinity" and "" (as 0).
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
// WHATWG "ASCII whitespace". String.prototype.trim would also strip Unicode spaces, which are not ours to accept.
const ASCII_WHITESPACE_EDGES = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;

export interface ParsedValue {
  value: number | string;
  problem?: ScenarioProblem;
}

/** Decimals a value is written with: as many as the step has (step 5 or 1 -> 0; 0.5 or 0.1 -> 1). */
export function stepDecimals(step: number): number {
  // Same rule as the slider grid in lib/testing/arbitraries.ts, so grid values survive a round trip exactly.
  return (String(step).split('.')[1] ?? '').length;
}

/** Clamps to the slider bounds and rounds to the step's decimals; -0 becomes 0. Assumes a finite number. */
export function normalizeNumber(spec: NumberParameterSpec, value: number): number {
  const decimals = stepDecimals(spec.step);
  const clamped = Math.min(spec.max, Math.max(spec.min, value));
  // toFixed rounds from the exact binary value, and parsing its output back gives the same digits, so
  // normalising twice changes nothing (which makes encoding idempotent).
  const rounded = Number(clamped.toFixed(decimals));
  const bounded = Math.min(spec.max, Math.max(spec.min, rounded));
  return bounded === 0 ? 0 : bounded;
}

function numberText(spec: NumberParameterSpec, value: number): string {
  // Bounded values are far below 1e21, so toFixed never gives an exponent; drop trailing zeros ("12.0" -> "12").
  const fixed = normalizeNumber(spec, value).toFixed(stepDecimals(spec.step));
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/**
 * Reads one query value for `spec`. Never throws. Bad text yields `fallback` (the base scenario's value;
 * the default if omitted) and a problem; an out-of-range number is clamped with a problem; an in-range
 * number is rounded to the step's decimals silently.
 */
export function parseParameterValue(spec: ParameterSpec, raw: string, fallback: number | string = spec.default): ParsedValue {
  const text = typeof raw === 'string' ? raw : '';
  if (text.length > MAX_VALUE_LENGTH) return { value: fallback, problem: problems.tooLong(spec, text, fallback) };
  return spec.kind === 'enum' ? parseEnum(spec, text, fallback) : parseNumber(spec, text, fallback);
}

function parseEnum(spec: EnumParameterSpec, raw: string, fallback: number | string): ParsedValue {
  // Compare with each option rather than indexing an object, so "__proto__" or "toString" never match.
  if (spec.options.some((o) => o.value === raw)) return { value: raw };
  if (raw === '') return { value: fallback, problem: problems.empty(spec, fallback) };
  return { value: fallback, problem: problems.notAnOption(spec, raw, fallback) };
}

function parseNumber(spec: NumberParameterSpec, raw: string, fallback: number | string): ParsedValue {
  const text = raw.replace(ASCII_WHITESPACE_EDGES, '');
  if (text === '') return { value: fallback, problem: problems.empty(spec, fallback) };
  if (!DECIMAL.test(text)) return { value: fallback, problem: problems.notANumber(spec, raw, fallback) };
  const n = Number(text);
  if (!Number.isFinite(n)) return { value: fallback, problem: problems.tooLarge(spec, raw, fallback) };
  const value = normalizeNumber(spec, n);
  if (n < spec.min || n > spec.max) return { value, problem: problems.clamped(spec, raw, value) };
  return { value };
}

/**
 * Writes one value as URL text (not yet percent-encoded). Total: a number is clamped and rounded like a
 * parsed one; a string for a number parameter is parsed first; anything unreadable, or an enum value that
 * is not an option, is written as the default. So whatever this writes, parseParameterValue reads cleanly.
 */
export function serializeParameterValue(spec: ParameterSpec, value: number | string): string {
  if (spec.kind === 'enum') return spec.options.some((o) => o.value === value) ? String(value) : spec.default;
  const n = typeof value === 'number' ? value : parseNumberOrNull(spec, value);
  return numberText(spec, n !== null && Number.isFinite(n) ? n : spec.default);
}

function parseNumberOrNull(spec: NumberParameterSpec, raw: string): number | null {
  const { value, problem } = parseParameterValue(spec, raw);
  return problem && problem.kind !== 'clamped' ? null : (value as number);
}
