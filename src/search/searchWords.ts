/**
 * How Chinese text becomes search words, the same at build time (Node) and in the browser: Intl.Segmenter's
 * dictionary words, split further at anything that is not a letter or a digit. Both sides segment alike, so a
 * query's words are the index's words: 核技术 → 核 技术 on both sides, searched as that exact phrase.
 *
 * Pagefind's own Chinese support segments pages with jieba at build time and queries with Intl.Segmenter in the
 * browser; the two disagree (核技术, 张清, 2024年 found little or nothing, docs/search.md), and jieba made the
 * build 2-3× slower. So the index is built from text this module has already spaced into words, under a
 * language tag Pagefind does not segment, and the client hands Pagefind the query spaced the same way.
 */

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Han characters, CJK punctuation, full-width forms and curly quotes. */
export const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026]/u;

/** Full-width letters and digits (５Ｇ) as ASCII, so they match what readers type; punctuation stays as printed. */
function halfWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The words of a text or a query, in order, lower-cased: Intl.Segmenter's word-like segments. */
export function searchWords(text: string): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(halfWidth(text))) if (isWordLike) words.push(segment.toLowerCase());
  return words;
}

/**
 * The text as the index stores it: a space before every word, punctuation kept on the word before it (a token of
 * punctuation alone would take a word position and break phrases: 42.9, 8-10). Pagefind's whitespace words are
 * then Intl.Segmenter's words, and its excerpts still hold every character. The client takes the spaces out
 * again (`snippetSegments`).
 */
export function spacedText(text: string): string {
  // Pieces joined once at the end: `out += …` then `out.endsWith(' ')` flattened the growing string at every
  // word, quadratic in an article's length (it took 3× as long as the segmentation itself).
  const pieces: string[] = [];
  let afterSpace = true; // at the start, or after a space: a word needs no space before it
  for (const { segment, isWordLike } of segmenter.segment(halfWidth(text))) {
    let piece: string;
    if (/^\s+$/.test(segment)) piece = ' ';
    else if (isWordLike) piece = afterSpace ? segment : ` ${segment}`;
    // Pagefind strips punctuation from a word but keeps symbols (< + ℃): those stand alone.
    else piece = segment.replace(/\p{S}+/gu, (symbols) => ` ${symbols} `);
    pieces.push(piece);
    afterSpace = piece.endsWith(' ');
  }
  return pieces.join('').replace(/\s+/g, ' ').trim();
}
