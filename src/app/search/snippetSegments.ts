import { CJK } from '../../search/searchWords.ts';
import { TITLE_FILLER } from '../../search/searchIndexFiles.ts';

export interface SnippetSegment {
  text: string;
  /** A matched word: drawn as <mark>. */
  match: boolean;
}

/**
 * Pagefind's excerpt (an HTML string: the text with `<` and `>` escaped and matched words wrapped in
 * `<mark>…</mark>`) → plain text segments, so React renders the marks as elements and the text as text, never
 * as HTML. Only the two tags Pagefind writes are read; anything else stays text. Also undoes the index's word
 * spacing (a space next to a CJK character or punctuation was put there by `spacedText`), and drops the
 * headline that leads every indexed text, up to its filler.
 */
export function snippetSegments(excerpt: string): SnippetSegment[] {
  const chars: { c: string; match: boolean }[] = [];
  // The headline and its filler come first in every indexed text; a result shows its headline already.
  const filler = excerpt.lastIndexOf(TITLE_FILLER);
  let match = false;
  for (const part of (filler === -1 ? excerpt : excerpt.slice(filler + 1)).split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') match = true;
    else if (part === '</mark>') match = false;
    else for (const c of decode(part)) if (c !== TITLE_FILLER) chars.push({ c, match });
  }
  unmarkEdges(chars);
  const kept = chars.filter((ch, i) => {
    if (!/\s/.test(ch.c)) return true;
    const before = chars[i - 1]?.c;
    const after = chars[i + 1]?.c;
    if (before === undefined || after === undefined || /\s/.test(before)) return false;
    return !(joinsWithoutSpace(before) || joinsWithoutSpace(after));
  });
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
 * Pagefind marks a whole token, and the index keeps punctuation and symbols on a word (`spacedText`: 标记</,
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

/** Pagefind escapes only < and > in excerpts (an & in the text is an & already). */
function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
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
