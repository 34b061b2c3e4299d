/**
 * Text widths from a TrueType file's own metrics (cmap format 4 + hmtx), so the server can lay out the text
 * of a chart image (wrap a title, size a label column) with the font resvg then draws it in. Advance widths
 * only: kerning makes drawn text a little narrower, never wider, so a line measured to fit does fit.
 */

export interface FontMetrics {
  /** Width of `text` at `size` px. */
  width(text: string, size: number): number;
  /** Characters of `text` the font has no glyph for (they would be drawn as empty boxes). */
  missing(text: string): string[];
}

/** Reads a TrueType font's advance widths. Throws on a file that is not one (the bundled fonts are). */
export function readFontMetrics(font: Uint8Array): FontMetrics {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = new Map<string, number>();
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(font[at] ?? 0, font[at + 1] ?? 0, font[at + 2] ?? 0, font[at + 3] ?? 0);
    tables.set(tag, view.getUint32(at + 8));
  }
  const table = (tag: string) => {
    const at = tables.get(tag);
    if (at === undefined) throw new Error(`font has no ${tag} table`);
    return at;
  };
  const unitsPerEm = view.getUint16(table('head') + 18);
  const numberOfHMetrics = view.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advance = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));

  // cmap: the Unicode BMP subtable in format 4 (segments of code points -> glyph ids).
  const cmap = table('cmap');
  let sub = -1;
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const offset = cmap + view.getUint32(cmap + 8 + i * 8);
    if ((platform === 3 && encoding === 1) || platform === 0) {
      if (view.getUint16(offset) === 4) sub = offset;
    }
  }
  if (sub < 0) throw new Error('font has no format-4 Unicode cmap');
  const segCount = view.getUint16(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  const glyphOf = (code: number): number => {
    for (let s = 0; s < segCount; s++) {
      if (code > view.getUint16(ends + s * 2)) continue;
      const start = view.getUint16(starts + s * 2);
      if (code < start) return 0;
      const delta = view.getInt16(deltas + s * 2);
      const ro = view.getUint16(rangeOffsets + s * 2);
      if (ro === 0) return (code + delta) & 0xffff;
      const g = view.getUint16(rangeOffsets + s * 2 + ro + (code - start) * 2);
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };

  const cache = new Map<number, number>();
  const em = (code: number) => {
    let w = cache.get(code);
    if (w === undefined) {
      w = advance(glyphOf(code)) / unitsPerEm;
      cache.set(code, w);
    }
    return w;
  };
  return {
    width(text, size) {
      let total = 0;
      for (const ch of text) total += em(ch.codePointAt(0) ?? 0);
      return total * size;
    },
    missing(text) {
      return [...new Set(Array.from(text).filter((ch) => ch.trim() !== '' && glyphOf(ch.codePointAt(0) ?? 0) === 0))];
    },
  };
}
