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
 * The text as the index stores it: Intl.Segmenter's words, one space between them, and punctuation and symbols
 * (，“ + ℃ ¥ <) kept on the word before them, or on the word after when no word comes before (at the start of a
 * field). Pagefind splits the text at whitespace and gives every token a word position, but finds no token that
 * has no letter or digit (its index strips punctuation and symbols from a word, and so does its query): a `+` or
 * `℃` alone would take a position that no query fills, and the phrase 互 联 网 医疗 would miss 互联网+医疗. A
 * query drops them too (`searchWords`), so 互联网+医疗 and 35℃左右 match. The indexed text still holds every character;
 * the client takes the spaces out again (`snippetSegments`).
 */
export function spacedText(text: string): string {
  // Tokens joined once at the end: `out += …` then `out.endsWith(' ')` flattened the growing string at every
  // word, quadratic in an article's length (it took 3× as long as the segmentation itself).
  const tokens: string[] = [];
  let pending = ''; // punctuation and symbols before the first word: they go on it
  for (const { segment, isWordLike } of segmenter.segment(halfWidth(text))) {
    if (isWordLike) {
      tokens.push(pending + segment);
      pending = '';
    } else {
      const marks = segment.replace(/\s+/g, '');
      if (!marks) continue; // whitespace: the tokens are spaced anyway
      if (tokens.length > 0) tokens[tokens.length - 1] += marks;
      else pending += marks;
    }
  }
  if (pending) tokens.push(pending); // a text of punctuation alone
  return tokens.join(' ');
}
