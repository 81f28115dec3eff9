/**
 * Paragraph → lines of a column, the way Chinese is set: any character may end a line, a Latin word or a number
 * stays whole, closing punctuation never starts a line (it hangs into the gutter instead) and opening
 * punctuation never ends one. The first line is indented by two characters.
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
}

const NO_START = new Set('，。、；：！？）》」』”’…—·%,.;:!?)]』〕'.split(''));
const NO_END = new Set('（《「『“‘([〔'.split(''));

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

export function breakLines(runs: readonly Run[], options: BreakOptions): SetLine[] {
  const { width, size, tracking } = options;
  const all = pieces(runs, size, tracking);
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let used = options.indent * size;
  for (let i = 0; i < all.length; i++) {
    const p = all[i]!;
    const fits = used + p.w <= width + 0.01;
    // a closing mark that does not fit hangs in the gutter rather than starting the next line; a line of nothing but
    // opening marks (an indent left room for one) keeps the word it opens, as a word longer than the measure does
    if (fits || line.every((q) => NO_END.has(q.text)) || NO_START.has(p.text)) {
      line.push(p);
      used += p.w;
      continue;
    }
    const carried: Piece[] = [];
    while (line.length > 1 && NO_END.has(line[line.length - 1]!.text)) carried.unshift(line.pop()!);
    lines.push(line);
    line = [...carried, p];
    used = line.reduce((sum, q) => sum + q.w, 0);
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
