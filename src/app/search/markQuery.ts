import { searchWords } from '../../search/searchWords.ts';
import type { SnippetSegment } from './snippetSegments.ts';
import { escapeRegExp } from '../../schema/escapeRegExp.ts';

/** One UTF-16 unit at a time, so indexes stay those of the text: full-width letters and digits as ASCII, lower case. */
function fold(text: string): string {
  return text
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/**
 * A headline with each part of the query marked where it occurs (暑假, B级 or ｂ级): the result's snippet leaves
 * the headline out, so a headline match is marked here. The query is read as the search reads it (search.ts):
 * split at spaces, each part its words (searchWords: quotes, commas and other punctuation dropped), those words
 * one after the other with nothing but punctuation or spaces between. So '"暑假"' marks 暑假, and '政协,提案' marks
 * 政协提案 (or 政协、提案), the phrase the search matched, not 政协 and 提案 wherever they are.
 */
export function markQuery(text: string, query: string): SnippetSegment[] {
  const haystack = fold(text);
  const marked = new Array<boolean>(text.length).fill(false);
  const phrases = new Set(
    query
      .split(/\s+/)
      .map(searchWords)
      .filter((words) => words.length > 0)
      .map((words) => words.map(escapeRegExp).join('[^\\p{L}\\p{N}]*')),
  );
  for (const phrase of phrases) {
    for (const match of haystack.matchAll(new RegExp(phrase, 'giu'))) marked.fill(true, match.index, match.index + match[0].length);
  }
  const segments: SnippetSegment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = segments.at(-1);
    if (last && last.match === marked[i]) last.text += text[i];
    else segments.push({ text: text[i]!, match: marked[i]! });
  }
  return segments;
}
