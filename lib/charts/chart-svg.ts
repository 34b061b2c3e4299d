/**
 * A chart as one standalone SVG document, in pixels, light (projector) theme: title, subtitle, legend, units,
 * the chart, then the source, anything the link could not use, and the scenario's link. Drawn from the same
 * scene as the dashboard's card (scene.ts), so the axis, positions and labels are the card's. Pure: text is
 * measured with the metrics of the font the server rasterises in (lib/images), passed in.
 *
 * Why not the dashboard's components rendered to markup: they draw shapes in SVG but their labels in HTML at
 * percentages (no measuring, any width), and an image needs one SVG with text at pixel positions that a
 * rasteriser can read. The part worth sharing, what to draw and where, is the scene.
 */
import { LIGHT_THEME, lightColor } from '@/lib/palette';
import { chartAxis, type ChartDrawing, type ChartModel, type SeriesSpec } from '@/lib/view-models';
import { areaPath, linePath } from './geometry';
import { SHARE_AXIS, barScene, ghostLook, timeScene, type ChartScene, type SceneShape } from './scene';

export interface TextMeasure {
  /** Width of `text` at `size` px, regular or bold. */
  (text: string, size: number, bold?: boolean): number;
}

export interface ChartImageSpec {
  width: number;
  height: number;
  title: string;
  subtitle: string;
  model: ChartModel;
  drawing: ChartDrawing;
  /** Said in the plot instead of a chart when there is nothing to draw. */
  emptyMessage?: string | null;
  /** The pinned baseline's name, when ghosts are drawn. */
  baselineName?: string | null;
  /** "Source: …" */
  source: string;
  /** What the link held that was not used, in words; null when nothing. */
  problems?: string | null;
  /** The assumptions the scenario changes from its preset, in words; null when none. */
  changes?: string | null;
  /** The scenario's absolute link. */
  link: string;
}

/** The font stack the SVG names: the bundled Noto Sans first (lib/images/fonts), then near metric matches. */
export const IMAGE_FONT_FAMILY = "'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

const INK = LIGHT_THEME.foreground;
const MUTED = LIGHT_THEME.mutedForeground;
const GRID = lightColor('var(--border)');
const NEGATIVE = lightColor('var(--negative)');

const PAD_X = 44;
const PAD_TOP = 38;
const PAD_BOTTOM = 26;
const TITLE = { size: 30, line: 38 };
const SUBTITLE = { size: 17, line: 24 };
const LEGEND = { size: 16, line: 26, swatch: 24, gap: 26 };
const AXIS_TITLE = { size: 15, line: 22 };
const TICK = { size: 16, line: 20 };
const FOOT = { size: 14, line: 19 };
const LINK = { size: 13, line: 18 };

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Greedy word wrap into at most `maxLines` lines of `width` px; the last line ends in "…" if text is left.
 * `breakAnywhere`: for a link, which has no spaces, lines break after '&' or '/' where they can.
 */
export function wrapText(text: string, width: number, measure: (t: string) => number, maxLines: number, breakAnywhere = false): string[] {
  const queue = (breakAnywhere ? text.split(/(?<=[&/?=_.-])/) : text.split(/(?<= )/)).filter(Boolean);
  const clean = (l: string) => (breakAnywhere ? l : l.trim());
  const lines: string[] = [];
  let line = '';
  while (queue.length > 0 && lines.length < maxLines) {
    const token = queue.shift() as string;
    if (measure(line + token) <= width) {
      line += token;
    } else if (line) {
      lines.push(clean(line));
      line = '';
      queue.unshift(breakAnywhere ? token : token.trimStart());
    } else {
      // One token wider than a line: cut it where it stops fitting.
      let cut = 1;
      while (cut < token.length && measure(token.slice(0, cut + 1)) <= width) cut++;
      lines.push(clean(token.slice(0, cut)));
      if (cut < token.length) queue.unshift(token.slice(cut));
    }
  }
  if (line) {
    if (lines.length < maxLines) lines.push(clean(line));
    else queue.unshift(line);
  }
  if (queue.some((t) => t.trim() !== '') && lines.length > 0) {
    let last = lines[lines.length - 1] as string;
    while (last && measure(`${last}…`) > width) last = last.slice(0, -1);
    lines[lines.length - 1] = `${last.trimEnd()}…`;
  }
  return lines;
}

interface TextOptions {
  size: number;
  bold?: boolean;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
  /** Extra attributes, already escaped. */
  extra?: string;
}

function text(x: number, y: number, content: string, o: TextOptions): string {
  const attrs = [
    `x="${r1(x)}"`,
    `y="${r1(y)}"`,
    `font-size="${o.size}"`,
    o.bold ? 'font-weight="700"' : '',
    `fill="${o.fill ?? INK}"`,
    o.anchor && o.anchor !== 'start' ? `text-anchor="${o.anchor}"` : '',
    o.extra ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  return `<text ${attrs}>${escapeXml(content)}</text>`;
}

/** Hex colour mixed with black in Oklab, as app/globals.css's color-mix() darkens a bar's edge. */
export function darken(hex: string, keep = 0.62): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return hex;
  const n = parseInt(m[1] as string, 16);
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = [lin((n >> 16) & 255), lin((n >> 8) & 255), lin(n & 255)];
  // Linear sRGB -> Oklab (Björn Ottosson), scale towards black (0, 0, 0), and back.
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b) * keep;
  const mm = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b) * keep;
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b) * keep;
  const [L, A, B] = [
    0.2104542553 * l + 0.793617785 * mm - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * mm + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * mm - 0.808675766 * s,
  ];
  const l3 = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m3 = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s3 = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  const out = [
    4.0767416621 * l3 - 3.3077115913 * m3 + 0.2309699292 * s3,
    -1.2684380046 * l3 + 2.6097574011 * m3 - 0.3413193965 * s3,
    -0.0041960863 * l3 - 0.7034186147 * m3 + 1.707614701 * s3,
  ].map((v) => {
    const c = Math.min(1, Math.max(0, v));
    const e = c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055;
    return Math.round(e * 255)
      .toString(16)
      .padStart(2, '0');
  });
  return `#${out.join('')}`;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function shapeSvg(shape: SceneShape, box: Box): string {
  const X = (pct: number) => box.x + (pct / 100) * box.width;
  const Y = (pct: number) => box.y + (pct / 100) * box.height;
  const { geometry: g, paint: p } = shape;
  const fill = p.fill ? lightColor(p.fill) : 'none';
  const stroke = p.edge && p.fill ? darken(fill) : p.stroke ? lightColor(p.stroke) : 'none';
  const attrs = [
    `fill="${fill}"`,
    p.fillOpacity !== undefined ? `fill-opacity="${p.fillOpacity}"` : '',
    `stroke="${stroke}"`,
    stroke !== 'none' ? `stroke-width="${p.edge ? 1 : (p.strokeWidth ?? 1)}"` : '',
    p.strokeOpacity !== undefined ? `stroke-opacity="${p.strokeOpacity}"` : '',
    p.dash ? `stroke-dasharray="${p.dash}"` : '',
    p.round ? `stroke-linecap="round"${p.ghost ? '' : ' stroke-linejoin="round"'}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (g.type === 'line') {
    const d = linePath(
      g.xs.map(X),
      g.ys.map((y) => (y === null ? null : Y(y))),
    );
    return d ? `<path d="${d}" ${attrs}/>` : '';
  }
  if (g.type === 'area') return `<path d="${areaPath(g.xs.map(X), g.upper.map(Y), g.lower.map(Y))}" ${attrs}/>`;
  const w = (g.width / 100) * box.width;
  const h = (g.height / 100) * box.height;
  return `<rect x="${r1(X(g.x))}" y="${r1(Y(g.y))}" width="${r1(w)}" height="${r1(h)}" ${attrs}/>`;
}

/** A series' short line; `dash`, where given, draws it as that pattern with round caps (the baseline's dots). */
function swatch(x: number, yMid: number, series: Pick<SeriesSpec, 'color' | 'dashed'>, width: number, thickness = 4, dash?: string): string {
  const pattern = dash ? ` stroke-dasharray="${dash}" stroke-linecap="round"` : series.dashed ? ' stroke-dasharray="6 3"' : '';
  return `<line x1="${r1(x)}" y1="${r1(yMid)}" x2="${r1(x + width)}" y2="${r1(yMid)}" stroke="${lightColor(series.color)}" stroke-width="${thickness}"${pattern}/>`;
}

function sceneFor(model: ChartModel, drawing: ChartDrawing, plotHeight: number): ChartScene {
  if (drawing.type === 'bars') return barScene(model, drawing, chartAxis(model, drawing.stacked));
  const axis = drawing.type === 'stacked-area' ? SHARE_AXIS : chartAxis(model);
  return timeScene(model, drawing.type, axis, ((TICK.line + 2) / Math.max(60, plotHeight)) * 100);
}

/** The chart image as an SVG document (UTF-8 text). */
export function chartSvg(spec: ChartImageSpec, measure: TextMeasure): string {
  const { width: W, height: H, model } = spec;
  const inner = W - 2 * PAD_X;
  const out: string[] = [];
  let y = PAD_TOP;

  // Title and subtitle.
  const titleLines = wrapText(spec.title, inner, (t) => measure(t, TITLE.size, true), 2);
  for (const line of titleLines) {
    y += TITLE.line;
    out.push(text(PAD_X, y - 9, line, { size: TITLE.size, bold: true }));
  }
  const subLines = spec.subtitle ? wrapText(spec.subtitle, inner, (t) => measure(t, SUBTITLE.size), 2) : [];
  y += 2;
  for (const line of subLines) {
    y += SUBTITLE.line;
    out.push(text(PAD_X, y - 6, line, { size: SUBTITLE.size, fill: MUTED }));
  }
  y += 12;

  // Legend: a swatch and the words for each series (and the baseline's dashes), wrapped into rows.
  const items: { label: string; series: Pick<SeriesSpec, 'color' | 'dashed'>; dash?: string }[] = model.series.map((s) => ({ label: s.label, series: s }));
  if (model.ghosts?.length) {
    const look = ghostLook(model);
    items.push({ label: `${look.legend}${spec.baselineName ? ` (${spec.baselineName})` : ''}`, series: { color: INK, dashed: true }, dash: look.dash });
  }
  let lx = PAD_X;
  y += LEGEND.line;
  for (const item of items) {
    const w = LEGEND.swatch + 8 + measure(item.label, LEGEND.size);
    if (lx > PAD_X && lx + w > PAD_X + inner) {
      lx = PAD_X;
      y += LEGEND.line;
    }
    // The baseline's swatch as thin as its lines (2): at 4 with round caps, dashes closed up and dots touched.
    out.push(swatch(lx, y - 11, item.series, LEGEND.swatch, item.dash ? 2 : 4, item.dash));
    out.push(text(lx + LEGEND.swatch + 8, y - 5, item.label, { size: LEGEND.size }));
    lx += w + LEGEND.gap;
  }
  y += 6;

  // Units: the value axis's label.
  y += AXIS_TITLE.line;
  out.push(text(PAD_X, y - 6, model.yLabel, { size: AXIS_TITLE.size, bold: true, fill: MUTED }));
  y += 8;

  // Footer, laid out from the bottom up: link, source, problems.
  const foot: string[] = [];
  let fy = H - PAD_BOTTOM;
  const linkLines = wrapText(`Open the live scenario: ${spec.link}`, inner, (t) => measure(t, LINK.size), 3, true);
  const linkBlock = linkLines.length * LINK.line;
  const sourceLines = wrapText(spec.source, inner, (t) => measure(t, FOOT.size), 2);
  const problemLines = spec.problems ? wrapText(spec.problems, inner, (t) => measure(t, FOOT.size, true), 2) : [];
  const changeLines = spec.changes ? wrapText(spec.changes, inner, (t) => measure(t, FOOT.size), 2) : [];
  const footTop = fy - linkBlock - (sourceLines.length + problemLines.length + changeLines.length) * FOOT.line - 14;
  fy = footTop + 14;
  for (const line of problemLines) {
    fy += FOOT.line;
    foot.push(text(PAD_X, fy - 5, line, { size: FOOT.size, bold: true, fill: NEGATIVE }));
  }
  for (const line of changeLines) {
    fy += FOOT.line;
    foot.push(text(PAD_X, fy - 5, line, { size: FOOT.size, fill: INK }));
  }
  for (const line of sourceLines) {
    fy += FOOT.line;
    foot.push(text(PAD_X, fy - 5, line, { size: FOOT.size, fill: MUTED }));
  }
  const linkTexts = linkLines.map((line, i) => text(PAD_X, fy + (i + 1) * LINK.line - 5, line, { size: LINK.size, fill: MUTED }));
  foot.push(`<a href="${escapeXml(spec.link)}" target="_blank">${linkTexts.join('')}</a>`);
  foot.unshift(`<line x1="${PAD_X}" y1="${r1(footTop)}" x2="${W - PAD_X}" y2="${r1(footTop)}" stroke="${GRID}" stroke-width="1"/>`);

  // The drawing area between the units and the footer.
  const area: Box = { x: PAD_X, y, width: inner, height: footTop - 18 - y };
  out.push(...plotSvg(spec, area, measure));
  out.push(...foot);

  const title = escapeXml(spec.title);
  const desc = escapeXml([spec.subtitle, spec.changes, spec.source, spec.link].filter(Boolean).join(' '));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="chart-title chart-desc" font-family="${escapeXml(IMAGE_FONT_FAMILY)}">`,
    `<title id="chart-title">${title}</title>`,
    `<desc id="chart-desc">${desc}</desc>`,
    `<rect width="${W}" height="${H}" fill="${LIGHT_THEME.background}"/>`,
    ...out,
    '</svg>',
  ].join('\n');
}

/** The plot, its axes' labels and (for lines) the names at the lines' ends, inside `area`. */
function plotSvg(spec: ChartImageSpec, area: Box, measure: TextMeasure): string[] {
  const { model, drawing } = spec;
  const out: string[] = [];
  if (spec.emptyMessage) {
    const lines = wrapText(spec.emptyMessage, Math.min(area.width, 760), (t) => measure(t, SUBTITLE.size), 4);
    const top = area.y + area.height / 2 - (lines.length * SUBTITLE.line) / 2;
    out.push(
      `<rect x="${area.x}" y="${r1(area.y)}" width="${area.width}" height="${r1(area.height)}" fill="${lightColor('var(--border)')}" fill-opacity="0.18" rx="8"/>`,
    );
    lines.forEach((l, i) => out.push(text(area.x + area.width / 2, top + (i + 1) * SUBTITLE.line - 6, l, { size: SUBTITLE.size, anchor: 'middle' })));
    return out;
  }
  const horizontal = drawing.type === 'bars' && !!drawing.horizontal;
  const wrapsCategories = drawing.type === 'bars' && !horizontal;
  const axisRow = wrapsCategories ? 2 * TICK.line + 10 : TICK.line + 12;
  // A first pass with a rough height, to know the tick labels; the scene's labels do not depend on it.
  const rough = sceneFor(model, drawing, area.height - axisRow);
  const valueLabelWidth = Math.max(...rough.valueTicks.map((t) => measure(t.label, TICK.size)), 0);
  let left: number;
  if (horizontal) {
    const longest = Math.max(...rough.categoryTicks.map((t) => measure(t.label, TICK.size)), 0);
    left = Math.min(300, longest + 18);
  } else left = valueLabelWidth + 14;
  const endLabels = rough.endLabels;
  const right = endLabels ? Math.max(...endLabels.map((l) => measure(l.label, TICK.size, true))) + 12 + 22 + 8 : horizontal ? valueLabelWidth / 2 + 4 : 8;
  const box: Box = { x: area.x + left, y: area.y + 6, width: area.width - left - right, height: area.height - axisRow - 6 };
  const scene = sceneFor(model, drawing, box.height);
  const X = (pct: number) => box.x + (pct / 100) * box.width;
  const Y = (pct: number) => box.y + (pct / 100) * box.height;

  // Grid (at the value ticks), shapes, zero line, axis line.
  for (const t of scene.valueTicks) {
    out.push(
      horizontal
        ? `<line x1="${r1(X(t.pct))}" y1="${r1(box.y)}" x2="${r1(X(t.pct))}" y2="${r1(box.y + box.height)}" stroke="${GRID}" stroke-opacity="0.8" stroke-width="1"/>`
        : `<line x1="${r1(box.x)}" y1="${r1(Y(t.pct))}" x2="${r1(box.x + box.width)}" y2="${r1(Y(t.pct))}" stroke="${GRID}" stroke-opacity="0.8" stroke-width="1"/>`,
    );
  }
  out.push(...scene.shapes.map((s) => shapeSvg(s, box)).filter(Boolean));
  if (scene.zeroPct !== undefined) {
    const z = scene.zeroPct;
    out.push(
      horizontal
        ? `<line x1="${r1(X(z))}" y1="${r1(box.y)}" x2="${r1(X(z))}" y2="${r1(box.y + box.height)}" stroke="${MUTED}" stroke-width="1.5"/>`
        : `<line x1="${r1(box.x)}" y1="${r1(Y(z))}" x2="${r1(box.x + box.width)}" y2="${r1(Y(z))}" stroke="${MUTED}" stroke-width="1.5"/>`,
    );
  }
  out.push(
    horizontal
      ? `<line x1="${r1(box.x)}" y1="${r1(box.y)}" x2="${r1(box.x)}" y2="${r1(box.y + box.height)}" stroke="${GRID}" stroke-width="1"/>`
      : `<line x1="${r1(box.x)}" y1="${r1(box.y + box.height)}" x2="${r1(box.x + box.width)}" y2="${r1(box.y + box.height)}" stroke="${GRID}" stroke-width="1"/>`,
  );

  // Value labels.
  const labelText = { size: TICK.size, fill: MUTED };
  for (const t of scene.valueTicks) {
    out.push(
      horizontal
        ? text(X(t.pct), box.y + box.height + TICK.line + 2, t.label, { ...labelText, anchor: 'middle' })
        : text(box.x - 10, Y(t.pct) + TICK.size * 0.35, t.label, { ...labelText, anchor: 'end' }),
    );
  }
  // Category labels: years along the bottom, names under their bars (two lines at most), or beside them.
  const stepPx = (scene.step / 100) * (horizontal ? box.height : box.width);
  for (const t of scene.categoryTicks) {
    if (horizontal) {
      const lines = wrapText(t.label, left - 14, (s) => measure(s, TICK.size), 2);
      const top = Y(t.labelPct ?? t.pct) - (lines.length * TICK.line) / 2;
      lines.forEach((l, i) => out.push(text(box.x - 10, top + (i + 1) * TICK.line - 5, l, { size: TICK.size, fill: INK, anchor: 'end' })));
    } else if (scene.wrapCategories) {
      const lines = wrapText(t.label, stepPx - 6, (s) => measure(s, TICK.size), 2);
      lines.forEach((l, i) =>
        out.push(text(X(t.labelPct ?? t.pct), box.y + box.height + (i + 1) * TICK.line + 2, l, { size: TICK.size, fill: INK, anchor: 'middle' })),
      );
    } else {
      out.push(text(X(t.labelPct ?? t.pct), box.y + box.height + TICK.line + 4, t.label, { ...labelText, anchor: 'middle' }));
    }
  }
  // Names at the lines' ends, in a column to the right of the plot.
  for (const l of scene.endLabels ?? []) {
    const yMid = Y(l.pct);
    const x = box.x + box.width + 12;
    out.push(swatch(x, yMid, l, 16, 3));
    out.push(text(x + 22, yMid + TICK.size * 0.35, l.label, { size: TICK.size, bold: true }));
  }
  return out;
}
