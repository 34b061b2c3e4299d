/**
 * The longest link the dashboard itself can write, built with the codec (lib/scenario): every assumption
 * changed to its longest text, a pinned baseline and the Compare view's added columns likewise, every
 * simulation setting and focus key, and a 30-slide story whose slides change every assumption (and carry
 * a baseline, two Compare columns, settings and a starting point likewise) and whose titles and notes are as long as the codec
 * keeps them, in characters that take the most bytes once percent-encoded (4-byte UTF-8: 12 characters
 * each). The request bounds (lib/http/request-limits.mjs) are set above it, so no link the app writes is
 * ever refused; a test holds them to it as parameters are added.
 */
import { CLOUDS, DEFAULT_THESIS_MEASURE, SIMULATION_SETTINGS, THESIS_MEASURES, UNCERTAIN_MEASURES, parameters, presets, type Scenario } from '@/lib/engine';
import {
  DEFAULT_VIEW,
  MAX_COMPARE_COLUMNS,
  MAX_SLIDES,
  MAX_SLIDE_NOTE,
  MAX_SLIDE_TITLE,
  VIEW_IDS,
  encodeScenario,
  serializeParameterValue,
  type Slide,
} from '@/lib/scenario';
import type { SimulationSettings } from '@/lib/engine';

/** A character that percent-encodes to 12 characters (U+1D54F, 4 bytes in UTF-8). */
const WIDE_CHAR = '\u{1D54F}';

/** For each parameter, the value whose link text is longest and differs from every preset's. */
function longestScenario(): Scenario {
  const scenario: Scenario = {};
  for (const spec of parameters) {
    if (spec.kind === 'enum') {
      const options = [...spec.options].sort((a, b) => String(b.value).length - String(a.value).length);
      scenario[spec.id] = options.find((o) => o.value !== spec.default)?.value ?? spec.default;
      continue;
    }
    let best = spec.default;
    let bestLength = -1;
    const steps = Math.min(Math.round((spec.max - spec.min) / spec.step), 20_000);
    for (let i = 0; i <= steps; i++) {
      const value = spec.min + i * spec.step;
      const length = serializeParameterValue(spec, value).length;
      if (length > bestLength && value !== spec.default) {
        best = value;
        bestLength = length;
      }
    }
    scenario[spec.id] = best;
  }
  return scenario;
}

function longestSettings(): Partial<SimulationSettings> {
  const out: Record<string, number> = {};
  for (const s of SIMULATION_SETTINGS) {
    let best = s.default;
    let bestLength = -1;
    const steps = Math.min(Math.round((s.max - s.min) / s.step), 1_000_000);
    // Scan the range's ends and a few points: the longest text is at a long number or a long fraction.
    for (const i of [0, 1, 3, 7, steps - 1, steps]) {
      const value = Number((s.min + i * s.step).toFixed(6));
      if (value === s.default || value < s.min || value > s.max) continue;
      if (String(value).length > bestLength) {
        best = value;
        bestLength = String(value).length;
      }
    }
    out[s.id] = best;
  }
  return out as Partial<SimulationSettings>;
}

/** The longest query (no '?') the dashboard writes, over every preset it may be relative to: see the file's comment. */
export function longestLegitimateQuery(): string {
  const scenario = longestScenario();
  const view = [...VIEW_IDS].sort((a, b) => b.length - a.length)[0] ?? null;
  let longest = '';
  for (const presetId of [null, ...presets.map((p) => p.id)]) {
    const focus = {
      cloud: [...CLOUDS].filter((c) => c !== 'azure').sort((a, b) => b.length - a.length)[0]!,
      measure: [...UNCERTAIN_MEASURES].filter((m) => m !== 'hostedCompute').sort((a, b) => b.length - a.length)[0]!,
    };
    const measure = [...THESIS_MEASURES].filter((m) => m !== DEFAULT_THESIS_MEASURE).sort((a, b) => b.length - a.length)[0]!;
    // Each slide carries its own baseline, Compare columns, focus, measure, settings and starting point (issue 20).
    const slide: Slide = {
      view: view ?? DEFAULT_VIEW,
      scenario,
      presetId,
      title: WIDE_CHAR.repeat(MAX_SLIDE_TITLE),
      note: WIDE_CHAR.repeat(MAX_SLIDE_NOTE),
      context: {
        baseline: { scenario, presetId },
        focus,
        measure,
        simulation: longestSettings(),
        columns: Array.from({ length: MAX_COMPARE_COLUMNS - 2 }, () => ({ scenario, presetId })),
      },
      start: { scenario, presetId },
    };
    const query = encodeScenario(scenario, {
      presetId,
      view,
      baseline: { scenario, presetId },
      columns: Array.from({ length: MAX_COMPARE_COLUMNS - 2 }, () => ({ scenario, presetId })),
      simulation: longestSettings(),
      focus,
      measure,
      story: Array.from({ length: MAX_SLIDES }, () => slide),
      present: MAX_SLIDES,
    });
    if (query.length > longest.length) longest = query;
  }
  return longest;
}

/** How many key=value pairs that query holds, and the most times one key repeats in it. */
export function queryShape(query: string): { params: number; maxRepeats: number } {
  const counts = new Map<string, number>();
  let params = 0;
  for (const [key] of new URLSearchParams(query)) {
    params++;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { params, maxRepeats: Math.max(0, ...counts.values()) };
}
