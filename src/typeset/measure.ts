/** Character advances of the typesetter's fonts, in ems, from the font files themselves. */
import { fontBytes, type FontStyle } from './fonts.ts';
import { readMetrics } from './sfnt.ts';

type Advance = (ch: string) => number;
const advances = new Map<FontStyle, Advance>();

/** The advance of `ch` in `style`, in ems; a character the subset lacks is an error naming it. */
export function advance(style: FontStyle, ch: string): number {
  let of = advances.get(style);
  if (!of) {
    const font = readMetrics(fontBytes(style));
    const cache = new Map<string, number>();
    of = (c) => {
      let em = cache.get(c);
      if (em === undefined) {
        const gid = font.glyphs.get(c.codePointAt(0)!) ?? 0;
        if (gid === 0)
          throw new Error(
            `typeset: the ${style} font has no glyph for “${c}” (U+${c.codePointAt(0)!.toString(16).toUpperCase()}); add it to a fixture or seed text and run npm run make-fonts`,
          );
        em = font.advance(gid) / font.unitsPerEm;
        cache.set(c, em);
      }
      return em;
    };
    advances.set(style, of);
  }
  return of(ch);
}

/** Width of a run in points, with `tracking` points after each character. */
export function runWidth(style: FontStyle, text: string, size: number, tracking = 0): number {
  let w = 0;
  for (const ch of text) w += advance(style, ch) * size + tracking;
  return w;
}
