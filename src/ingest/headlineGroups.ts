/**
 * Pass 5a, headline groups: where an article starts, and what stands at its head — series banner, kicker
 * (引题), headline, subheadline (副题). Pure readers over the token list: each looks at a token and its
 * neighbours and says what they are; parsePage applies the answer.
 */
import type { TextToken, Token } from './classifyLines.ts';
import { matchDateline } from './bylines.ts';
import { note, type ParseWarning } from './ParsedPage.ts';
import { cutsAWord, fitsIn, hasSentenceEnd, isShortUnpunctuated, joinCut } from './punctuation.ts';

const SUBHEADLINE_DASH = /^(?:——|--|─)/;
const STACK_MAX_LINE = 40;

export const isHeadline = (t: Token | undefined): boolean => t?.kind === 'heading' && t.level <= 2;

/** Whether a headline follows token i, with at most a kicker line (###, **bold**, or a short line) between. */
export function leadsToHeadline(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (isHeadline(t)) return true;
  const kicker = (t?.kind === 'heading' && t.level >= 3) || t?.kind === 'bold' || (t?.kind === 'text' && isShortUnpunctuated(t.text));
  return kicker && isHeadline(tokens[i + 1]);
}

/** What a markdown heading line does at the head of an article. */
export type HeadingRole =
  | { role: 'kicker'; text: string; notes: ParseWarning[] }
  | { role: 'series'; text: string; notes: ParseWarning[] }
  | { role: 'story'; headline: string; subheadline: string | null; consumed: number; notes: ParseWarning[] }
  | { role: 'brief'; headline: string; notes: ParseWarning[] }
  | { role: 'subhead'; text: string; notes: ParseWarning[] };

/** Reads the heading at tokens[i]; `inArticle` says whether an article is open for a subhead to go into. */
export function readHeading(tokens: readonly Token[], i: number, inArticle: boolean): HeadingRole {
  const t = tokens[i] as Extract<Token, { kind: 'heading' }>;
  const next = tokens[i + 1];
  if (t.level === 1) {
    if (next?.kind === 'heading' && next.level === 1) {
      return {
        role: 'kicker',
        text: t.text,
        notes: [note(t.line, 'headline-over-headline', 'two headlines in a row: read the first as the kicker of the second')],
      };
    }
    const after = tokens[i + 2];
    const subheadline =
      (next?.kind === 'heading' && next.level === 2 && !(after?.kind === 'heading' && after.level === 1)) ||
      (next?.kind === 'text' && SUBHEADLINE_DASH.test(next.text) && fitsIn(next.text, 60));
    return {
      role: 'story',
      headline: t.text,
      subheadline: subheadline ? (next as { text: string }).text : null,
      consumed: subheadline ? 2 : 1,
      notes: [],
    };
  }
  if (t.level === 2) {
    if (leadsToHeadline(tokens, i + 1)) {
      const notes =
        next?.kind === 'heading' && next.level === 2 ? [note(t.line, 'banner-over-brief', 'a banner above another brief: read as its series')] : [];
      return { role: 'series', text: t.text, notes };
    }
    return { role: 'brief', headline: t.text, notes: [] };
  }
  if (isHeadline(next)) return { role: 'kicker', text: t.text, notes: [] };
  if (!inArticle) {
    return {
      role: 'story',
      headline: t.text,
      subheadline: null,
      consumed: 1,
      notes: [note(t.line, 'orphan-heading', `a level-${t.level} heading with no headline above it: read as a headline`)],
    };
  }
  return { role: 'subhead', text: t.text, notes: [] };
}

/** A headline group read off plain-text lines: which lines, and what each is. */
export interface Stack {
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  firstLine: number;
  lastLine: number;
  /** How many tokens the group took. */
  consumed: number;
  notes: ParseWarning[];
}

/** A headline stacked over lines, in pages with no markdown (the first line often indented with 　　). */
export function isStackStart(t: TextToken, next: Token | undefined): boolean {
  if (!fitsIn(t.text, STACK_MAX_LINE) || next?.kind !== 'text') return false;
  if (/[。？?；;，,、：:]$/.test(t.text) || hasSentenceEnd(t.text.slice(0, -1))) return false;
  if (/[！!]$/.test(t.text) && !t.fullWidthIndent) return false;
  if (matchDateline(t.text)) return false;
  // A full-width indent over a short line is how such pages set a headline; only without it can a
  // word cut across the break (宣|传) say that this is prose.
  return (t.fullWidthIndent && !next.blockStart) || !cutsAWord(t.text, next.text);
}

/**
 * One to four lines stacked with no blank line between: one line is a headline, two are headline +
 * subheadline, three are kicker + headline + subheadline. `listed` is the site's list of the page's
 * headlines: two lines that together make one of them are one headline set over two lines.
 */
export function readStack(tokens: readonly Token[], i: number, listed: ReadonlySet<string>): Stack {
  const lines = [tokens[i] as TextToken];
  for (let j = i + 1; j < tokens.length && lines.length < 5; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'text' || t.blockStart || !fitsIn(t.text, STACK_MAX_LINE)) break;
    if (/^【/.test(t.text) || matchDateline(t.text) || /[。？?；;]$/.test(t.text)) break;
    lines.push(t);
  }
  // The stack is what stands above the body: if nothing is left under it, its last line was body.
  const after = tokens[i + lines.length];
  if (lines.length > 1 && after?.kind !== 'text') lines.pop();
  const texts = lines.map((l) => l.text);
  const first = lines[0]!;
  const last = lines.at(-1)!;
  const stack: Stack = {
    kicker: null,
    headline: texts[0]!,
    subheadline: null,
    firstLine: first.line,
    lastLine: last.line,
    consumed: lines.length,
    notes: [],
  };
  if (texts.length === 2 && listed.size > 0 && listed.has(joinCut(texts[0]!, texts[1]!))) {
    stack.headline = joinCut(texts[0]!, texts[1]!);
    stack.notes.push(
      note(first.line, 'headline-from-list', "a headline over two lines, as the site's headline list prints it: read as one headline"),
    );
    return stack;
  }
  if (texts.length === 2) stack.subheadline = texts[1]!;
  if (texts.length >= 3) {
    stack.kicker = texts[0]!;
    stack.headline = texts[1]!;
    stack.subheadline = texts.slice(2).join(' ');
  }
  if (texts.length > 1) {
    stack.notes.push(
      note(
        first.line,
        'headline-stack',
        `a headline stacked over ${texts.length} lines: read as ${stack.kicker ? 'kicker, headline and subheadline' : 'headline and subheadline'}`,
      ),
    );
  }
  return stack;
}

/** A head line set apart by blank lines, as e-paper sites print them: short, no sentence in it. */
function isHeadLine(t: Token | undefined): t is TextToken {
  return t?.kind === 'text' && isShortUnpunctuated(t.text) && matchDateline(t.text) === null;
}

/**
 * Head lines each on its own, blank lines between, right above a byline (`乐山站·峨眉山—乐山大佛` /
 * `蜀之胜嘉州` / `文<邓敏敏`): one is the headline; of two, a longer line over a shorter one is kicker and
 * headline (引题 explains, 主题 is short), a `——` line under it a subheadline, and any other longer line under
 * it is left to the body as the caption of the photo printed there; three are kicker, headline and
 * subheadline. Null when no byline follows the lines.
 */
export function readHeadsAboveByline(tokens: readonly Token[], i: number): Stack | null {
  const lines: TextToken[] = [];
  for (let j = i; j < tokens.length && lines.length < 3 && isHeadLine(tokens[j]); j++) lines.push(tokens[j] as TextToken);
  if (lines.length === 0 || tokens[i + lines.length]?.kind !== 'byline') return null;
  const texts = lines.map((l) => l.text);
  const first = lines[0]!;
  const stack: Stack = {
    kicker: null,
    headline: texts[0]!,
    subheadline: null,
    firstLine: first.line,
    lastLine: lines.at(-1)!.line,
    consumed: lines.length,
    notes: [],
  };
  if (texts.length === 2) {
    const [a, b] = texts as [string, string];
    if ([...b].length < [...a].length) [stack.kicker, stack.headline] = [a, b];
    else if (SUBHEADLINE_DASH.test(b)) stack.subheadline = b;
    else {
      // a longer line under the headline, no dash: the caption of the photo between head and byline (body's)
      stack.lastLine = first.line;
      stack.consumed = 1;
      return stack;
    }
  } else if (texts.length === 3) {
    [stack.kicker, stack.headline, stack.subheadline] = texts as [string, string, string];
  }
  if (texts.length > 1) {
    stack.notes.push(
      note(
        first.line,
        'heads-above-byline',
        `${texts.length} head lines set apart above a byline: read as ${[stack.kicker && 'kicker', 'headline', stack.subheadline && 'subheadline'].filter(Boolean).join(', ')}`,
      ),
    );
  }
  return stack;
}
