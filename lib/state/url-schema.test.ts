import { describe, expect, it } from 'vitest';
import { SIMULATION_SETTINGS, parameters } from '@/lib/engine';
import { urlKeys, urlSchema } from './url-schema';

describe('url schema', () => {
  it('gives every state key its own URL key: registry keys for parameters and settings', () => {
    const byState = new Map(Object.entries(urlKeys));
    const used = Object.keys(urlSchema).map((key) => byState.get(key));
    expect(used.every((key) => typeof key === 'string')).toBe(true);
    expect(new Set(used).size).toBe(used.length);
    for (const p of parameters) expect(byState.get(p.id)).toBe(p.key);
    for (const s of SIMULATION_SETTINGS) expect(byState.get(s.id)).toBe(s.key);
  });
});
