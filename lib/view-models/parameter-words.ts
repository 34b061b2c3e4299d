/**
 * A parameter's value in the controls' words: a weight as the share it gives beside the rest of its group
 * ("21% (weight 21)"), anything else in its unit. Its own small module: the headline's sentence (first load)
 * reads it as well as the Risk and Compare views.
 */
import { WEIGHT_GROUPS, formatParameterValue, parametersById, type NumberParameterSpec, type Scenario } from '@/lib/engine';
import { formatPct } from '@/lib/format';

function spec(id: string): NumberParameterSpec | undefined {
  const s = parametersById.get(id);
  return s && s.kind === 'number' ? s : undefined;
}

/** A weight is read as the share it gives beside the rest of its group in the scenario ("21%, weight 21"). */
export function impliedShare(scenario: Readonly<Scenario>, id: string, value: number): number | null {
  const group = WEIGHT_GROUPS.find((g) => g.includes(id));
  if (!group) return null;
  let rest = 0;
  for (const other of group) if (other !== id) rest += Number(scenario[other] ?? 0);
  const total = rest + value;
  return total > 0 ? value / total : 0;
}

/** A parameter's value as the controls show it: a weight as its share (with the weight), others in their unit. */
export function formatParameterAt(scenario: Readonly<Scenario>, id: string, value: number, short = false): string {
  const s = spec(id);
  if (!s) return String(value);
  const shown = formatParameterValue(s, Number(value.toFixed(4)));
  if (s.unit !== 'weight') return shown;
  const share = impliedShare(scenario, id, value);
  if (share === null) return shown;
  // In a sentence the share alone reads best; tables add the weight the slider shows.
  return short ? formatPct(share) : `${formatPct(share)} (weight ${shown})`;
}

/**
 * Each changed assumption in words, as files and paper say them: "Azure custom-silicon adoption, 2031: 20%
 * (Seed thesis: 35%)", against the scenario it was changed from (`base`, named `baseName`).
 */
export function changeWords(scenario: Readonly<Scenario>, base: Readonly<Scenario>, baseName: string, ids: Iterable<string>): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const p = parametersById.get(id);
    if (!p) continue;
    const words = (s: Readonly<Scenario>, short: boolean) =>
      p.kind === 'number' ? formatParameterAt(s, id, Number(s[id]), short) : formatParameterValue(p, s[id] ?? '');
    // A weight reads as its share; where both sides' shares round alike (every weight of a group doubled), the
    // weights say what changed.
    const alike = words(scenario, true) === words(base, true);
    out.push(`${p.label}: ${words(scenario, !alike)} (${baseName}: ${words(base, !alike)})`);
  }
  return out;
}
