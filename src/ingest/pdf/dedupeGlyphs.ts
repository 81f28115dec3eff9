/**
 * Stacked duplicate glyphs kept once: an ad may draw one character many times, a pixel apart, for a shadow or an
 * outline; a reader sees one character.
 */
import type { Glyph } from './PdfContent.ts';
import { TOLERANCES } from './tolerances.ts';

export function dedupeGlyphs(glyphs: readonly Glyph[]): Glyph[] {
  const kept: Glyph[] = [];
  // bucket by character and a coarse grid cell, so the check stays linear on a 100,000-glyph page
  const seen = new Map<string, Glyph[]>();
  for (const g of glyphs) {
    const tol = TOLERANCES.duplicate * g.size;
    // a copy drawn for a shadow overlaps most of the glyph; a narrow letter printed twice (the `ll` of a 75-pt
    // `Mattarella`, 0.21 em wide) abuts it
    const tolX = Math.min(tol, 0.5 * g.w);
    const cell = Math.max(g.size, 1);
    const cx = Math.floor(g.x / cell);
    const cy = Math.floor(g.y / cell);
    let duplicate = false;
    for (let dx = -1; dx <= 1 && !duplicate; dx++) {
      for (let dy = -1; dy <= 1 && !duplicate; dy++) {
        const near = seen.get(`${g.ch}|${cx + dx}|${cy + dy}`);
        duplicate = near?.some((k) => Math.abs(k.x - g.x) <= tolX && Math.abs(k.y - g.y) <= tol && Math.abs(k.size - g.size) <= tol) ?? false;
      }
    }
    if (duplicate) continue;
    kept.push(g);
    const key = `${g.ch}|${cx}|${cy}`;
    const list = seen.get(key);
    if (list) list.push(g);
    else seen.set(key, [g]);
  }
  return kept;
}
