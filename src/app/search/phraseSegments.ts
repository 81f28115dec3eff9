import type { SnippetSegment } from './snippetSegments.ts';

/**
 * Marked segments (markQuery's) cut again at phrase boundaries (BudouX's, phrases.ts): one list of segments per
 * phrase, so a marked headline can break between phrases like any other. `phrases` must join to the segments'
 * text; when they do not (another text), the segments are one phrase.
 */
export function phraseSegments(segments: readonly SnippetSegment[], phrases: readonly string[]): SnippetSegment[][] {
  const text = segments.map((segment) => segment.text).join('');
  if (phrases.join('') !== text) return [[...segments]];
  const out: SnippetSegment[][] = [];
  let segment = 0;
  let offset = 0; // within segments[segment]
  for (const phrase of phrases) {
    const parts: SnippetSegment[] = [];
    let left = phrase.length;
    while (left > 0) {
      const { text: part, match } = segments[segment]!;
      const take = Math.min(left, part.length - offset);
      parts.push({ text: part.slice(offset, offset + take), match });
      left -= take;
      offset += take;
      if (offset === part.length) {
        segment++;
        offset = 0;
      }
    }
    out.push(parts);
  }
  return out;
}
