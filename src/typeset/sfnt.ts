/**
 * Just enough of the SFNT (OpenType) container to take one face out of a font collection (.ttc) and to swap a
 * table: the typesetter's fonts come from the system's Noto CJK collections, and the garbled fixture needs a font
 * whose cmap lies.
 */

interface Table {
  tag: string;
  data: Uint8Array;
}

/** The tables of face `index` of a TrueType/OpenType collection. */
export function tablesOfCollectionFace(ttc: Uint8Array, index: number): Table[] {
  const view = new DataView(ttc.buffer, ttc.byteOffset, ttc.byteLength);
  if (tag(view, 0) !== 'ttcf') throw new Error('not a font collection (no ttcf header)');
  const faces = view.getUint32(8);
  if (index >= faces) throw new Error(`the collection has ${faces} faces, not ${index + 1}`);
  return tablesAt(ttc, view.getUint32(12 + 4 * index));
}

/** The tables of a single-face font file. */
export function tablesOfFont(font: Uint8Array): Table[] {
  return tablesAt(font, 0);
}

function tablesAt(file: Uint8Array, offset: number): Table[] {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const count = view.getUint16(offset + 4);
  const tables: Table[] = [];
  for (let i = 0; i < count; i++) {
    const record = offset + 12 + 16 * i;
    const start = view.getUint32(record + 8);
    tables.push({ tag: tag(view, record), data: file.subarray(start, start + view.getUint32(record + 12)) });
  }
  return tables;
}

/** A single-face font file of these tables (sorted by tag, 4-byte aligned, checksums computed). */
export function writeFont(tables: readonly Table[]): Uint8Array {
  const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const headerSize = 12 + 16 * sorted.length;
  const size = sorted.reduce((sum, t) => sum + align(t.data.length), headerSize);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const isCff = sorted.some((t) => t.tag === 'CFF ');
  view.setUint32(0, isCff ? 0x4f54544f : 0x00010000);
  const n = sorted.length;
  const power = 2 ** Math.floor(Math.log2(n));
  view.setUint16(4, n);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, n * 16 - power * 16);
  let at = headerSize;
  sorted.forEach((t, i) => {
    const record = 12 + 16 * i;
    for (let k = 0; k < 4; k++) view.setUint8(record + k, t.tag.charCodeAt(k));
    out.set(t.data, at);
    view.setUint32(record + 4, checksum(out, at, t.data.length));
    view.setUint32(record + 8, at);
    view.setUint32(record + 12, t.data.length);
    at += align(t.data.length);
  });
  return out;
}

/** A cmap table (format 4, one segment per character) mapping each code to its glyph. Codes must be < 0xFFFF. */
export function cmapTable(map: ReadonlyMap<number, number>): Uint8Array {
  const codes = [...map.keys()].sort((a, b) => a - b);
  const segments = codes.length + 1;
  const subtableLength = 16 + 8 * segments;
  const out = new Uint8Array(4 + 8 + subtableLength);
  const view = new DataView(out.buffer);
  view.setUint16(2, 1); // one encoding record: Windows, Unicode BMP
  view.setUint16(4, 3);
  view.setUint16(6, 1);
  view.setUint32(8, 12);
  const sub = 12;
  view.setUint16(sub, 4);
  view.setUint16(sub + 2, subtableLength);
  view.setUint16(sub + 6, segments * 2);
  const power = 2 ** Math.floor(Math.log2(segments));
  view.setUint16(sub + 8, power * 2);
  view.setUint16(sub + 10, Math.log2(power));
  view.setUint16(sub + 12, segments * 2 - power * 2);
  const ends = sub + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  [...codes, 0xffff].forEach((code, i) => {
    view.setUint16(ends + 2 * i, code);
    view.setUint16(starts + 2 * i, code);
    view.setUint16(deltas + 2 * i, code === 0xffff ? 1 : (map.get(code)! - code + 0x10000) % 0x10000);
  });
  return out;
}

function tag(view: DataView, at: number): string {
  return String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
}

function align(n: number): number {
  return (n + 3) & ~3;
}

function checksum(bytes: Uint8Array, start: number, length: number): number {
  let sum = 0;
  for (let i = 0; i < align(length); i += 4) {
    const word = ((bytes[start + i] ?? 0) << 24) | ((bytes[start + i + 1] ?? 0) << 16) | ((bytes[start + i + 2] ?? 0) << 8) | (bytes[start + i + 3] ?? 0);
    sum = (sum + (word >>> 0)) >>> 0;
  }
  return sum;
}
