/**
 * The typesetter's four faces (subsets of Noto Serif/Sans CJK SC, made by `npm run make-fonts`), read once per
 * process: tests typeset many fixtures and a font file is parsed only once.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type FontStyle = 'serif' | 'serifBold' | 'sans' | 'sansBold';

export const FONT_DIR = fileURLToPath(new URL('./fonts/', import.meta.url));
export const FONT_FILES: Record<FontStyle, string> = {
  serif: 'NotoSerifSC-Regular.subset.otf',
  serifBold: 'NotoSerifSC-Bold.subset.otf',
  sans: 'NotoSansSC-Regular.subset.otf',
  sansBold: 'NotoSansSC-Bold.subset.otf',
};

const cache = new Map<FontStyle, Uint8Array>();

export function fontBytes(style: FontStyle): Uint8Array {
  let bytes = cache.get(style);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(FONT_DIR + FONT_FILES[style]));
    cache.set(style, bytes);
  }
  return bytes;
}
