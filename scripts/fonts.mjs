/**
 * Writes the fonts the server draws chart images with (lib/images/fonts/) from @fontsource/noto-sans:
 * Noto Sans, latin subset, regular and bold. Fontsource ships WOFF (zlib-compressed tables) and WOFF2;
 * resvg reads only TrueType/OpenType files, so each WOFF is unpacked back to the TrueType file it holds
 * (the same glyphs and metrics, byte for byte per table). Run after upgrading @fontsource/noto-sans:
 *   node scripts/fonts.mjs
 * Licence: SIL Open Font License 1.1 (copied beside the fonts), which allows bundling and redistribution.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'node_modules/@fontsource/noto-sans');
const target = join(root, 'lib/images/fonts');

/** WOFF 1.0 -> sfnt (TrueType): header, table records, then each table inflated and padded to 4 bytes. */
function woffToSfnt(woff) {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('not a WOFF file');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const tag = woff.readUInt32BE(at);
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const checksum = woff.readUInt32BE(at + 16);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : raw;
    if (data.length !== origLength) throw new Error(`table ${tag}: ${data.length} bytes, expected ${origLength}`);
    tables.push({ tag, checksum, data });
  }
  tables.sort((a, b) => a.tag - b.tag);
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + numTables * 16);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - searchRange, 10);
  let offset = header.length;
  const chunks = [header];
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    header.writeUInt32BE(t.tag, at);
    header.writeUInt32BE(t.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(t.data.length, at + 12);
    const padded = Buffer.alloc(Math.ceil(t.data.length / 4) * 4);
    t.data.copy(padded);
    chunks.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(chunks);
}

for (const [weight, name] of [
  [400, 'NotoSans-Regular.ttf'],
  [700, 'NotoSans-Bold.ttf'],
]) {
  const ttf = woffToSfnt(readFileSync(join(source, `files/noto-sans-latin-${weight}-normal.woff`)));
  writeFileSync(join(target, name), ttf);
  console.log(`${name}: ${ttf.length} bytes`);
}
copyFileSync(join(source, 'LICENSE'), join(target, 'OFL.txt'));
