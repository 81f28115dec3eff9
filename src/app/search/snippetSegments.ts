import { CJK } from '../../search/searchWords.ts';
import { FIELD_END, TITLE_FILLER } from '../../search/searchIndexFiles.ts';

export interface SnippetSegment {
  text: string;
  /** A matched word: drawn as <mark>. */
  match: boolean;
}

/** Words a snippet shows: about 60–80 characters of Chinese. */
export const SNIPPET_WORDS = 40;

/**
 * A result's snippet, from its indexed text (Pagefind's fragment `content`: the words `spacedText` wrote, one
 * space apart, headline and filler first) and the word positions of its matches (`locations`): about `length`
 * words of the body (everything after the headline's filler; the result shows its headline already), around
 * the body's matches (the stretch holding the most of them) or, with none (a headline match), from the start.
 * Not Pagefind's excerpt: that is centred on the first match, so a headline match in a shard with a long headline
 * (titleSlots) gave an excerpt of headline and filler and a word or two of body.
 *
 * Plain text segments, so React renders the marks as elements and the text as text, never as HTML. The index's
 * word spacing is undone (a space next to a CJK character or punctuation was put there by `spacedText`).
 */
export function snippetSegments(content: string, locations: readonly number[], length = SNIPPET_WORDS): SnippetSegment[] {
  const words = content.split(' ');
  const bodyStart = words.lastIndexOf(TITLE_FILLER) + 1;
  const matches = [...new Set(locations)].filter((at) => at >= bodyStart && at < words.length).sort((a, b) => a - b);
  const lead = Math.floor(length / 4); // words shown before a match
  let start = bodyStart;
  let best = 0;
  for (const at of matches) {
    const from = Math.max(bodyStart, Math.min(at - lead, words.length - length));
    const count = matches.filter((m) => m >= from && m < from + length).length;
    if (count > best) [start, best] = [from, count];
  }
  const marked = new Set(matches);
  const chars: { c: string; match: boolean }[] = [];
  for (let i = start; i < Math.min(words.length, start + length); i++) {
    if (i > start) chars.push({ c: ' ', match: false });
    for (const c of words[i]!) if (c !== TITLE_FILLER) chars.push({ c, match: marked.has(i) });
  }
  unmarkEdges(chars);
  const kept = chars.filter((ch, i) => {
    if (!/\s/.test(ch.c)) return true;
    const before = chars[i - 1]?.c;
    const after = chars[i + 1]?.c;
    if (before === undefined || after === undefined || /\s/.test(before)) return false;
    return !(joinsWithoutSpace(before) || joinsWithoutSpace(after));
  });
  // Where kicker, subheadline or byline ends: a ` · ` (none at either end of the snippet).
  while (kept[0]?.c === FIELD_END) kept.shift();
  while (kept.at(-1)?.c === FIELD_END) kept.pop();
  for (const ch of kept) if (ch.c === FIELD_END) ch.c = ' · ';
  const segments: SnippetSegment[] = [];
  for (const ch of kept) {
    const last = segments.at(-1);
    // A space between two matched words belongs to the match: 核 技术 is one <mark>.
    if (last && last.match === ch.match) last.text += ch.c;
    else segments.push({ text: ch.c, match: ch.match });
  }
  return mergeAcrossSpaces(segments);
}

/**
 * A location is a whole word, and the index keeps punctuation and symbols on a word (`spacedText`: 标记</,
 * “核”): a mark covers the letters and digits of its run, not the punctuation at either end.
 */
function unmarkEdges(chars: { c: string; match: boolean }[]): void {
  const word = (c: string) => /[\p{L}\p{N}]/u.test(c);
  for (let i = 0; i < chars.length; i++) {
    if (!chars[i]!.match) continue;
    let end = i;
    while (end + 1 < chars.length && chars[end + 1]!.match) end++;
    let first = i;
    while (first <= end && !word(chars[first]!.c)) chars[first++]!.match = false;
    for (let last = end; last >= first && !word(chars[last]!.c); last--) chars[last]!.match = false;
    i = end;
  }
}

function joinsWithoutSpace(c: string): boolean {
  return CJK.test(c) || /[^\p{L}\p{N}]/u.test(c);
}

/** `[核](match) [ ](plain) [技术](match)` never happens after spacing is undone, but a kept Latin space can: 5G base. */
function mergeAcrossSpaces(segments: SnippetSegment[]): SnippetSegment[] {
  const out: SnippetSegment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const next = segments[i + 1];
    const prev = out.at(-1);
    if (!s.match && /^\s+$/.test(s.text) && prev?.match && next?.match) {
      prev.text += s.text + next.text;
      i++;
    } else out.push({ ...s });
  }
  return out.filter((s) => s.text.length > 0);
}
