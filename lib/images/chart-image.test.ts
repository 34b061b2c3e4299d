/** Chart images: every chart's SVG for Public data and each preset, its words, its font, its PNG's size. */
import { describe, expect, it } from 'vitest';
import { parameters, presets } from '@/lib/engine';
import { CHARTS, CHART_IDS, CHART_IMAGE_SIZE } from '@/lib/view-models';
import { wrapText } from '@/lib/charts/chart-svg';
import { chartImage, forImageFont } from './chart-image';
import { measureText, missingGlyphs } from './fonts';
import { svgToPng } from './rasterise';
import { SCHEMA_VERSION } from '@/lib/scenario';

const ORIGIN = 'https://explorer.example';
/** Links as written now, at the current schema version. */
const V = SCHEMA_VERSION;
const queries = ['', ...presets.map((p) => `v=${V}&p=${p.id}`), `v=${V}&p=seed&b=p.public`];

/** The text content of every <text> and the <title>, unescaped. */
function texts(svg: string): string[] {
  const unescape = (t: string) =>
    t
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return [...svg.matchAll(/<(?:text|title)[^>]*>([^<]*)<\/(?:text|title)>/g)].map((m) => unescape(m[1] ?? ''));
}

describe('chart images', () => {
  it.each(queries)('every chart draws, titled, sourced and linked, in glyphs the font has: "%s"', (query) => {
    for (const id of CHART_IDS) {
      const { svg, spec, link } = chartImage(id, query, ORIGIN, measureText);
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), id).toBe(true);
      expect(svg).toContain(`width="${CHART_IMAGE_SIZE.width}" height="${CHART_IMAGE_SIZE.height}"`);
      const title = /<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1];
      expect(title, id).toBe(spec.title.replace(/&/g, '&amp;'));
      expect(link.startsWith(`${ORIGIN}/`), id).toBe(true);
      expect(svg, id).toContain(`href="${link.replace(/&/g, '&amp;')}"`);
      expect(svg, id).toMatch(/Source: AI Infrastructure Economics Explorer, model v\d+/);
      expect(svg, id).not.toMatch(/NaN|Infinity|undefined/);
      // Every character drawn exists in the bundled font (no empty boxes in the PNG).
      const missing = missingGlyphs(texts(svg).join(''));
      expect(missing, `${id}: ${missing.join(' ')}`).toEqual([]);
    }
  });

  it('opens the chart’s own view and keeps only what was used', () => {
    const { link, spec } = chartImage('mix', `v=${V}&sp=240&zz=1&p=seed`, ORIGIN, measureText);
    expect(link).toBe(`${ORIGIN}/?v=${V}&sp=240&p=seed&view=shares`);
    expect(spec.problems).toMatch(/^Not used as given \(1\)/);
    expect(spec.problems).toContain('zz');
    expect(chartImage('hosted', '', ORIGIN, measureText).link).toBe(`${ORIGIN}/`);
  });

  it('says on the image which assumptions the scenario changes, in words', () => {
    const { svg, spec } = chartImage('hosted', `v=${V}&a1az=20&p=seed`, ORIGIN, measureText);
    expect(spec.changes).toMatch(/^Changed \(1\): Azure .*2031: 20% \(Seed thesis: \d+%\)\.$/);
    expect(svg).toContain('Changed (1): Azure');
    // A preset as it is changes nothing, and says nothing of it.
    expect(chartImage('hosted', `v=${V}&p=seed`, ORIGIN, measureText).spec.changes).toBeNull();
  });

  it('draws an unreadable value with the rest of the link, and says so on the image', () => {
    const { svg, spec } = chartImage('hosted', `v=${V}&sp=abc&p=seed`, ORIGIN, measureText);
    expect(spec.problems).toMatch(/not a number/);
    expect(svg).toContain('Not used as given');
    expect(spec.link).toContain('p=seed');
    expect(spec.link).not.toContain('sp=');
  });

  it('draws a pinned baseline in a look the chart does not already use, and names it so', () => {
    // The custom-silicon margin chart draws "without silicon" dashed: its baseline is dotted (new-user review).
    const silicon = chartImage('silicon-margin', `v=${V}&b=p.seed`, ORIGIN, measureText).svg;
    expect(silicon).toContain('Dotted: the baseline (Seed thesis)');
    expect(silicon).not.toContain('Dashed: the baseline');
    expect(silicon).toMatch(/stroke-dasharray="0\.1 5"/);
    const margin = chartImage('margin', `v=${V}&b=p.seed`, ORIGIN, measureText).svg;
    expect(margin).toContain('Dashed: the baseline (Seed thesis)');
    expect(margin).not.toMatch(/stroke-dasharray="0\.1 5"/);
  });

  it('says so in words when a chart has nothing to draw', () => {
    const zeros = [`v=${V}`, ...parameters.filter((p) => p.id.startsWith('commit.')).map((p) => `${p.key}=0`)].join('&');
    const { spec, svg } = chartImage('commitments', zeros, ORIGIN, measureText);
    expect(spec.model.rows).toHaveLength(0);
    expect(spec.emptyMessage).toMatch(/No commitments/);
    expect(svg).toContain('No commitments in this scenario');
  });

  it('draws the arrow the font lacks as a single angle quote', () => {
    expect(forImageFont('OpenAI → Oracle')).toBe('OpenAI › Oracle');
    expect(missingGlyphs('OpenAI › Oracle − 2025–2031 · ×')).toEqual([]);
  });

  it('rasterises at twice the size', () => {
    const png = svgToPng(chartImage('hosted', '', ORIGIN, measureText).svg, CHART_IMAGE_SIZE.scale);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(CHART_IMAGE_SIZE.width * 2);
    expect(png.readUInt32BE(20)).toBe(CHART_IMAGE_SIZE.height * 2);
  });

  it('wraps words, and a link anywhere, with an ellipsis when out of lines', () => {
    const measure = (t: string) => t.length * 10;
    expect(wrapText('one two three four', 80, measure, 3)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('one two three four five six', 80, measure, 2)).toEqual(['one two', 'three…']);
    expect(wrapText('http://x.test/?a=1&b=2&c=3', 100, measure, 3, true).join('')).toBe('http://x.test/?a=1&b=2&c=3');
  });

  it('the registry titles are the images’ titles', () => {
    const { spec } = chartImage('profit', '', ORIGIN, measureText);
    expect(spec.title).toBe(CHARTS.profit.title({} as never));
  });
});
