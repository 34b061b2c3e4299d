/**
 * The product's colours, defined once (DESIGN.md, "Colour"). Clouds use Okabe-Ito, colour-blind safe and
 * the same hex as app/globals.css (--azure, --aws, --gcp, --other). Families use Paul Tol's "muted"
 * scheme, also colour-blind safe, and never reuse a cloud's colour, so no chart mixes the two meanings.
 */
import type { CloudId, FamilyId } from '@/lib/engine';

export const CLOUD_COLORS: Readonly<Record<CloudId, string>> = {
  azure: '#0072B2',
  aws: '#E69F00',
  gcp: '#009E73',
  other: '#7F7F7F',
};

export const FAMILY_COLORS: Readonly<Record<FamilyId, string>> = {
  // A CSS variable: #332288 on light, a lighter indigo on dark (app/globals.css). Colours are applied
  // through `style`, where var() always works.
  openai: 'var(--family-openai)',
  anthropic: '#CC6677',
  google: '#88CCEE',
  meta: '#DDCC77',
  mistral: '#AA4499',
  other: '#999933',
};

/** Text-safe variants as CSS variables (>= 4.5:1 on the theme background), for labels in cloud colour. */
export const CLOUD_INK_VARS: Readonly<Record<CloudId, string>> = {
  azure: 'var(--azure-ink)',
  aws: 'var(--aws-ink)',
  gcp: 'var(--gcp-ink)',
  other: 'var(--other-ink)',
};

/**
 * Measures that are neither a cloud nor a family (silicon savings, commitments) get colours of their
 * own, so no bar in a cloud's blue reads as "Azure": two slates that follow the theme (app/globals.css)
 * and two Okabe-Ito hues the clouds do not use (vermillion, reddish purple).
 */
export const MEASURE_COLORS = {
  strong: 'var(--measure-strong)',
  soft: 'var(--measure-soft)',
  cost: '#D55E00',
  projected: '#CC79A7',
} as const;

/**
 * The light (projector) theme's ground and text, for images drawn without our stylesheet (the link
 * preview, app/api/og). The same hex as --background, --foreground and --muted-foreground in
 * app/globals.css.
 */
export const LIGHT_THEME = {
  background: '#ffffff',
  foreground: '#111418',
  mutedForeground: '#4b5563',
} as const;

/**
 * The CSS variables charts use for colour (FAMILY_COLORS, MEASURE_COLORS, ghosts), as the light theme
 * sets them in app/globals.css: images drawn on the server have no stylesheet to resolve them.
 */
export const LIGHT_THEME_VARS: Readonly<Record<string, string>> = {
  '--foreground': LIGHT_THEME.foreground,
  '--muted-foreground': LIGHT_THEME.mutedForeground,
  '--border': '#d1d5db',
  '--positive': '#1a7f37',
  '--negative': '#b42318',
  '--family-openai': '#332288',
  '--measure-strong': '#334155',
  '--measure-soft': '#94a3b8',
};

/** A colour as the light theme draws it: var(--x) resolved through LIGHT_THEME_VARS, anything else as given. */
export function lightColor(color: string): string {
  const m = /^var\((--[\w-]+)\)$/.exec(color.trim());
  return m ? (LIGHT_THEME_VARS[m[1] as string] ?? LIGHT_THEME.foreground) : color;
}
