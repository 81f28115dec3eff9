/** Glyph arrays for the layout passes' tables: a string set on a baseline, one em per CJK character. */
import type { Glyph } from '../../../src/ingest/pdf/PdfContent.ts';

export interface SetOptions {
  x?: number;
  y?: number;
  size?: number;
  /** Extra space after each character, in ems (letter-spacing). */
  spacing?: number;
  font?: string;
  bold?: boolean;
}

const narrow = (ch: string): boolean => /[\x20-\x7e]/.test(ch);

/** Sets `text` left to right; a space advances half an em and draws nothing. */
export function set(text: string, { x = 0, y = 0, size = 10, spacing = 0, font = 'Body', bold = false }: SetOptions = {}): Glyph[] {
  const glyphs: Glyph[] = [];
  let at = x;
  for (const ch of Array.from(text)) {
    const w = (narrow(ch) ? 0.5 : 1) * size;
    if (ch !== ' ') glyphs.push({ ch, x: at, y, w, h: size, size, font, bold, vertical: false });
    at += w + spacing * size;
  }
  return glyphs;
}

/** Sets `text` top to bottom, as a vertical headline. */
export function setVertical(text: string, { x = 0, y = 0, size = 10, font = 'Head' }: SetOptions = {}): Glyph[] {
  return Array.from(text).map((ch, i) => ({ ch, x, y: y + i * size, w: size, h: size, size, font, bold: true, vertical: true }));
}

/** Sets paragraphs into a column `chars` characters wide, the first line of each indented two characters. */
export function column(
  paragraphs: readonly string[],
  { x = 0, y = 0, size = 10, chars = 12, leading = 1.5 }: SetOptions & { chars?: number; leading?: number },
): Glyph[] {
  const glyphs: Glyph[] = [];
  let line = 0;
  for (const p of paragraphs) {
    let rest = Array.from(p);
    let first = true;
    while (rest.length > 0) {
      const room = first ? chars - 2 : chars;
      glyphs.push(...set(rest.slice(0, room).join(''), { x: x + (first ? 2 * size : 0), y: y + line * size * leading, size }));
      rest = rest.slice(room);
      first = false;
      line++;
    }
  }
  return glyphs;
}

/**
 * Sets `text` along a baseline turned a quarter counter-clockwise, read bottom to top from (x, y) as a photo
 * credit up a photo's edge is; a space advances half an em and marks the next glyph `spaceBefore`, as pdf.js's
 * runs do.
 */
export function setTurnedUp(text: string, { x = 0, y = 0, size = 10 }: SetOptions = {}): Glyph[] {
  const glyphs: Glyph[] = [];
  let at = y;
  let space = false;
  for (const ch of Array.from(text)) {
    const advance = (narrow(ch) ? 0.5 : 1) * size;
    if (ch === ' ') space = true;
    else {
      glyphs.push({
        ch,
        x,
        y: at - advance,
        w: size,
        h: advance,
        size,
        font: 'Body',
        bold: false,
        vertical: false,
        rotated: 'up',
        ...(space ? { spaceBefore: true } : {}),
      });
      space = false;
    }
    at -= advance;
  }
  return glyphs;
}
