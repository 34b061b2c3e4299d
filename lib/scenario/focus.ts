/** The figure in focus (`fc`, `fm`): which cloud's measure the tornado and waterfall break down. */
import { CLOUDS, UNCERTAIN_MEASURES, type CloudId, type UncertainMeasure } from '@/lib/engine';
import { RESERVED_KEYS } from './schema';

/** The figure a tornado or waterfall is about: a cloud's measure over 2025-2031. */
export interface Focus {
  cloud: CloudId;
  measure: UncertainMeasure;
}

/** The figure in focus when a link names none. */
export const DEFAULT_FOCUS: Readonly<Focus> = { cloud: 'azure', measure: 'hostedCompute' };

export function isFocusCloud(raw: string): raw is CloudId {
  return (CLOUDS as readonly string[]).includes(raw);
}
export function isFocusMeasure(raw: string): raw is UncertainMeasure {
  return (UNCERTAIN_MEASURES as readonly string[]).includes(raw);
}

export function focusText(focus: Partial<Focus> | undefined): [string, string][] {
  const out: [string, string][] = [];
  if (focus?.cloud && isFocusCloud(focus.cloud) && focus.cloud !== DEFAULT_FOCUS.cloud) out.push([RESERVED_KEYS.focusCloud, focus.cloud]);
  if (focus?.measure && isFocusMeasure(focus.measure) && focus.measure !== DEFAULT_FOCUS.measure) out.push([RESERVED_KEYS.focusMeasure, focus.measure]);
  return out;
}
