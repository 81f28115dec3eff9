/**
 * Paragraph → lines of a column, the way Chinese is set (W3C clreq, "Requirements for Chinese Text Layout"): any
 * character may end a line, a Latin word or a number stays whole, closing punctuation never starts a line and opening
 * punctuation never ends one. The first line is indented by two characters.
 *
 * A closing mark that does not fit either hangs past the line's end or pushes a character down with it (clreq's
 * 推出). Only one mark ever hangs, and only a 点号 (、，。；：！？, whose ink a Simplified Chinese font sets in the first
 * half of its em) that follows a character, not another mark: clreq, "Hanging Punctuation at Line End", hangs one
 * point and none in a run of marks. Anything else (`”`, `）`, `……`, `”，`) goes down with the character before it,
 * so two marks never reach into the gutter, where the next column's first character would join the line.
 */
import type { FontStyle } from './fonts.ts';
import { runWidth } from './measure.ts';

export interface Run {
  text: string;
  font: FontStyle;
}

export interface LineSegment extends Run {
  /** Offset from the line's start, in points. */
  x: number;
}

export interface SetLine {
  segments: LineSegment[];
  /** The line's text, all segments. */
  text: string;
  width: number;
}

export interface BreakOptions {
  width: number;
  size: number;
  /** Points after each character. */
  tracking: number;
  /** First-line indent in ems. */
  indent: number;
  /**
   * How far past the measure a hanging mark's box may reach, in points: half the gutter for a column's text (the
   * other half is the next column's), 0 where nothing may hang (a centred head, a boxed notice).
   */
  hang: number;
}

const NO_START = new Set('，。、；：！？）》」』”’…—·%,.;:!?)]』〕'.split(''));
const NO_END = new Set('（《「『“‘([〔'.split(''));
/** The 点号 that may hang: pause and stop marks, their ink in the first half of the em. */
const HANGS = new Set('、，。；：！？'.split(''));

interface Piece extends Run {
  w: number;
}

/** Splits runs into unbreakable pieces: one CJK character, or a Latin word or number. */
function pieces(runs: readonly Run[], size: number, tracking: number): Piece[] {
  const out: Piece[] = [];
  for (const run of runs) {
    for (const token of run.text.match(/[A-Za-z0-9.%\-+/:@&_]+|[\s\S]/gu) ?? []) {
      out.push({ text: token, font: run.font, w: runWidth(run.font, token, size, tracking) });
    }
  }
  return out;
}

/** May a line break between these two pieces? */
const breaksBetween = (before: string, after: string): boolean => !NO_END.has(before) && !NO_START.has(after);

const isMark = (text: string): boolean => NO_START.has(text) || NO_END.has(text);
const widthOf = (ps: readonly Piece[]): number => ps.reduce((sum, q) => sum + q.w, 0);

/** clreq's one hanging 点号: after a character, not a mark; no closing mark after it; its box within `hang`. */
function hangs(p: Piece, last: Piece, next: Piece | undefined, used: number, { width, hang }: BreakOptions): boolean {
  const fits = used <= width + 0.01 && used + p.w <= width + hang + 0.01;
  return fits && HANGS.has(p.text) && !isMark(last.text) && !(next && NO_START.has(next.text));
}

export function breakLines(runs: readonly Run[], options: BreakOptions): SetLine[] {
  const { width, size, tracking } = options;
  const all = pieces(runs, size, tracking);
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let used = options.indent * size;
  for (let i = 0; i < all.length; i++) {
    const p = all[i]!;
    // a line of nothing but opening marks (an indent left room for one) keeps the word it opens, as a word longer
    // than the measure does
    if (used + p.w <= width + 0.01 || line.every((q) => NO_END.has(q.text))) {
      line.push(p);
      used += p.w;
      continue;
    }
    if (hangs(p, line[line.length - 1]!, all[i + 1], used, options)) {
      lines.push([...line, p]);
      line = [];
      used = 0;
      continue;
    }
    // the last place the line may break, with `p` after it; where there is none (a run of marks), the line runs on
    // as a word longer than the measure does
    const seq = [...line, p];
    let k = line.length;
    while (k > 0 && !breaksBetween(seq[k - 1]!.text, seq[k]!.text)) k--;
    if (k === 0) {
      line.push(p);
      used += p.w;
      continue;
    }
    lines.push(seq.slice(0, k));
    line = seq.slice(k);
    used = widthOf(line);
  }
  if (line.length > 0) lines.push(line);
  return lines.map((ps, n) => toLine(ps, n === 0 ? options.indent * size : 0));
}

/** Joins neighbouring pieces of one font into segments. */
function toLine(ps: readonly Piece[], indent: number): SetLine {
  const segments: LineSegment[] = [];
  let x = indent;
  for (const p of ps) {
    const last = segments[segments.length - 1];
    if (last && last.font === p.font) last.text += p.text;
    else segments.push({ text: p.text, font: p.font, x });
    x += p.w;
  }
  return { segments, text: segments.map((s) => s.text).join(''), width: x };
}
