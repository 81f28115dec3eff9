/**
 * A search snippet's pieces as the reader shows text (cjkPunctuation). Here, in the lazily loaded search code, not
 * beside cjkPunctuation: that module is in the first view's bundle, and would carry this with it.
 */
import { cjkPunctuation } from '../ui/cjkPunctuation.ts';

/**
 * cjkPunctuation for a text drawn in pieces (a search snippet with its matches marked): each piece converted with the
 * characters on either side of it, so a mark at a piece's edge sees its neighbour (`核技术|,组瑞` → `核技术|，组瑞`).
 */
export function cjkPunctuationSegments<T extends { text: string }>(segments: readonly T[]): T[] {
  return segments.map((segment, i) => {
    const before = Array.from(segments[i - 1]?.text ?? '').at(-1) ?? '';
    const after = Array.from(segments[i + 1]?.text ?? '')[0] ?? '';
    // The context characters stay one character each: only a space after a converted mark, before Chinese, is
    // dropped, and neither end has both.
    const shown = Array.from(cjkPunctuation(`${before}${segment.text}${after}`));
    return { ...segment, text: shown.slice(before ? 1 : 0, after ? -1 : undefined).join('') };
  });
}
