/**
 * Fonts that draw the right glyphs but say nothing true about them, like the 2009 Founder pages whose text layer is
 * ASCII junk: each font's cmap is replaced by one that maps Latin letters and symbols to the glyphs, and the
 * document carries no ToUnicode maps. A page set with these looks right and reads as junk.
 */
import { cmapTable, readMetrics, tablesOfFont, writeFont } from './sfnt.ts';
import type { FontFile } from './embedFonts.ts';

/** The junk character a glyph claims to be: printable ASCII first, then Latin-1 and beyond, skipping controls. */
function junkCode(gid: number): number {
  const ascii = 0x7e - 0x21 + 1;
  return gid < ascii ? 0x21 + gid : 0xc0 + (gid - ascii);
}

/** The same font, its cmap replaced by junk: the glyphs are found by the real characters, the file says otherwise. */
export function garble(real: FontFile): FontFile {
  const count = readMetrics(real.bytes).glyphCount;
  const map = new Map<number, number>();
  for (let gid = 1; gid < count; gid++) map.set(junkCode(gid), gid);
  const tables = tablesOfFont(real.bytes).map((t) => (t.tag === 'cmap' ? { tag: t.tag, data: cmapTable(map) } : t));
  return { ...real, bytes: writeFont(tables) };
}
