import type { SnippetSegment } from './snippetSegments.ts';

/** One UTF-16 unit at a time, so indexes stay those of the text: full-width letters and digits as ASCII, lower case. */
function fold(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/**
 * A headline with each part of the query marked where it occurs as written (暑假, B级 or ｂ级): the result's
 * snippet leaves the headline out, so a headline match is marked here.
 */
export function markQuery(text: string, query: string): SnippetSegment[] {
  const haystack = fold(text);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const part of new Set(fold(query).split(/\s+/).filter(Boolean))) {
    for (let at = haystack.indexOf(part); at !== -1; at = haystack.indexOf(part, at + part.length)) marked.fill(true, at, at + part.length);
  }
  const segments: SnippetSegment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = segments.at(-1);
    if (last && last.match === marked[i]) last.text += text[i];
    else segments.push({ text: text[i]!, match: marked[i]! });
  }
  return segments;
}
