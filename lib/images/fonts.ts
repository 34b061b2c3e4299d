/**
 * The fonts chart images are drawn in: Noto Sans regular and bold (latin), bundled in ./fonts (made from
 * @fontsource/noto-sans by scripts/fonts.mjs; SIL Open Font License 1.1, ./fonts/OFL.txt). resvg loads
 * these files and nothing from the system, so a PNG is the same on every server; the SVG names the same font
 * first. Server only (reads files).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TextMeasure } from '@/lib/charts/chart-svg';
import { readFontMetrics, type FontMetrics } from './font-metrics';

/**
 * Read from the project's folder at run time (the route's own code is bundled; these files are not). Literal
 * paths, so the build's file tracing picks up these two files and nothing else.
 */
export const FONT_FILES = {
  regular: join(process.cwd(), 'lib/images/fonts/NotoSans-Regular.ttf'),
  bold: join(process.cwd(), 'lib/images/fonts/NotoSans-Bold.ttf'),
} as const;
export const FONT_FAMILY = 'Noto Sans';

let metrics: { regular: FontMetrics; bold: FontMetrics } | undefined;
function fontMetrics() {
  metrics ??= {
    regular: readFontMetrics(readFileSync(join(process.cwd(), 'lib/images/fonts/NotoSans-Regular.ttf'))),
    bold: readFontMetrics(readFileSync(join(process.cwd(), 'lib/images/fonts/NotoSans-Bold.ttf'))),
  };
  return metrics;
}

/** Text widths in the bundled fonts, for laying out an image's text. */
export const measureText: TextMeasure = (text, size, bold = false) => (bold ? fontMetrics().bold : fontMetrics().regular).width(text, size);

/** Characters the bundled fonts cannot draw (tested empty for every chart's words). */
export function missingGlyphs(text: string): string[] {
  return fontMetrics().regular.missing(text);
}
