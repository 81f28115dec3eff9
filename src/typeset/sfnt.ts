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
    const word =
      ((bytes[start + i] ?? 0) << 24) | ((bytes[start + i + 1] ?? 0) << 16) | ((bytes[start + i + 2] ?? 0) << 8) | (bytes[start + i + 3] ?? 0);
    sum = (sum + (word >>> 0)) >>> 0;
  }
  return sum;
}

/** What the typesetter needs to know of a font: glyphs by character, advances, and the numbers a PDF font descriptor names. */
export interface FontMetrics {
  unitsPerEm: number;
  glyphCount: number;
  /** Glyph id of a code point (0: the font lacks it). */
  glyphs: ReadonlyMap<number, number>;
  /** Advance of a glyph in font units. */
  advance(gid: number): number;
  bbox: [number, number, number, number];
  ascent: number;
  descent: number;
  postscriptName: string;
}

/** Reads the metrics straight from the tables (cmap formats 4 and 12, hmtx, head, hhea, maxp, name). */
export function readMetrics(font: Uint8Array): FontMetrics {
  const tables = new Map(tablesOfFont(font).map((t) => [t.tag, new DataView(t.data.buffer, t.data.byteOffset, t.data.byteLength)]));
  const table = (tag: string) => {
    const t = tables.get(tag);
    if (!t) throw new Error(`font without a ${tag} table`);
    return t;
  };
  const head = table('head');
  const hhea = table('hhea');
  const hmtx = table('hmtx');
  const metrics = hhea.getUint16(34);
  return {
    unitsPerEm: head.getUint16(18),
    glyphCount: table('maxp').getUint16(4),
    glyphs: readCmap(table('cmap')),
    advance: (gid) => hmtx.getUint16(4 * Math.min(gid, metrics - 1)),
    bbox: [head.getInt16(36), head.getInt16(38), head.getInt16(40), head.getInt16(42)],
    ascent: hhea.getInt16(4),
    descent: hhea.getInt16(6),
    postscriptName: readPostscriptName(table('name')),
  };
}

function readCmap(cmap: DataView): Map<number, number> {
  const out = new Map<number, number>();
  const records = cmap.getUint16(2);
  const offsets = new Map<number, number>();
  for (let i = 0; i < records; i++) {
    const at = 4 + 8 * i;
    offsets.set(cmap.getUint16(cmap.getUint32(at + 4)), cmap.getUint32(at + 4));
  }
  const full = offsets.get(12);
  if (full !== undefined) {
    for (let g = 0, n = cmap.getUint32(full + 12); g < n; g++) {
      const at = full + 16 + 12 * g;
      const [start, end, glyph] = [cmap.getUint32(at), cmap.getUint32(at + 4), cmap.getUint32(at + 8)];
      for (let c = start; c <= end; c++) out.set(c, glyph + c - start);
    }
    return out;
  }
  const bmp = offsets.get(4);
  if (bmp === undefined) throw new Error('font without a Unicode cmap (format 4 or 12)');
  const segX2 = cmap.getUint16(bmp + 6);
  const ends = bmp + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const ranges = deltas + segX2;
  for (let s = 0; s < segX2; s += 2) {
    const [start, end, delta, range] = [cmap.getUint16(starts + s), cmap.getUint16(ends + s), cmap.getUint16(deltas + s), cmap.getUint16(ranges + s)];
    for (let c = start; c <= end && c !== 0xffff; c++) {
      const g = range === 0 ? c : cmap.getUint16(ranges + s + range + 2 * (c - start));
      if (g !== 0) out.set(c, (g + delta) & 0xffff);
    }
  }
  return out;
}

function readPostscriptName(name: DataView): string {
  const count = name.getUint16(2);
  const strings = name.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 6 + 12 * i;
    if (name.getUint16(at + 6) !== 6) continue;
    const [platform, length, offset] = [name.getUint16(at), name.getUint16(at + 8), name.getUint16(at + 10)];
    const bytes = new Uint8Array(name.buffer, name.byteOffset + strings + offset, length);
    return platform === 3 || platform === 0
      ? String.fromCharCode(...Array.from({ length: length / 2 }, (_, k) => (bytes[2 * k]! << 8) | bytes[2 * k + 1]!))
      : String.fromCharCode(...bytes);
  }
  return 'NotoCJK';
}
