/**
 * pdf.js text runs → one Glyph per character. pdf.js gives a run's start, its total advance and its font size,
 * not each character's advance; a run of one font is split by the characters' nominal widths (a CJK or
 * full-width character is one em, a Latin one about half), scaled so the run keeps its printed width.
 */
import { horizontalForm } from './verticalForms.ts';
import type { Glyph } from '../ingest/pdf/PdfContent.ts';

export interface TextRun {
  text: string;
  /** The run's text matrix in page space (top-left origin): [a, b, c, d, e, f], baseline start at (e, f). */
  transform: number[];
  /** The run's advance along its direction, in points (pdf.js `width`; `height` for a vertical run). */
  width: number;
  height: number;
  font: string;
  bold: boolean;
  vertical: boolean;
  /** The font's ascent as a fraction of its em. */
  ascent: number;
  /**
   * The run as the PDF shows it, its word spaces only (`Gp di Austin`), where pdf.js gave a letter-spaced run a
   * space between every letter (`G p d i A u s t i n`): from the operator list (shownWords, wordsOfRun).
   */
  words?: string;
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** Punctuation that a Chinese font sets one em wide (quotes, middle dot, dash, ellipsis) and a Latin font narrow. */
const AMBIGUOUS = /[\u00b7\u2014\u2015\u2018-\u201f\u2026\u2027\u2e3a]/;

/** A character's nominal advance in ems, before the run's width rescales it; `cjk`: the run is Chinese text. */
export function nominalWidth(ch: string, cjk = false): number {
  if (WIDE.test(ch) || (cjk && AMBIGUOUS.test(ch))) return 1;
  if (ch === ' ') return 0.3;
  if (/[il.,;:'|!]/.test(ch)) return 0.3;
  if (/[MWmw@%]/.test(ch)) return 0.8;
  return 0.55;
}

export function glyphsOfRuns(runs: readonly TextRun[]): Glyph[] {
  const glyphs: Glyph[] = [];
  for (const run of runs) glyphs.push(...glyphsOfRun(run));
  return glyphs;
}

function glyphsOfRun(run: TextRun): Glyph[] {
  const chars = Array.from(run.text);
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = run.transform;
  const size = Math.hypot(c, d) || Math.hypot(a, b);
  if (!(size > 0) || chars.length === 0) return [];
  const weights = advances(chars, run, size);
  // the unit vectors of the run's advance and of "up" (towards the top of a glyph) in page space
  const along = run.vertical ? { x: 0, y: 1 } : unit(a, b);
  const up = unit(-c, -d);
  const glyphs: Glyph[] = [];
  const wordStart = run.words === undefined ? null : wordStarts(run.words);
  let printed = 0;
  let offset = 0;
  chars.forEach((ch, i) => {
    const w = weights[i]!;
    const start = { x: e + along.x * offset, y: f + along.y * offset };
    offset += w;
    if (ch.trim() === '') return;
    const box = run.vertical ? verticalBox(start, w, size) : horizontalBox(start, along, up, w, size, run.ascent);
    const glyph: Glyph = { ch: horizontalForm(ch), ...box, size, font: run.font, bold: run.bold, vertical: run.vertical };
    if (wordStart ? wordStart.has(printed) : i > 0 && chars[i - 1]!.trim() === '') glyph.spaceBefore = true;
    printed++;
    if (!run.vertical && Math.abs(along.y) > Math.abs(along.x)) glyph.rotated = along.y < 0 ? 'up' : 'down';
    glyphs.push(glyph);
  });
  return glyphs;
}

/**
 * Each character's advance in points. Letter-spacing shows as spaces in the run: the printed characters keep
 * their nominal widths and the spaces take what is left; a run without spaces is scaled to its width.
 */
function advances(chars: readonly string[], run: TextRun, size: number): number[] {
  const cjk = chars.some((ch) => WIDE.test(ch));
  const nominal = chars.map((ch) => (run.vertical ? 1 : nominalWidth(ch, cjk)) * size);
  const total = nominal.reduce((s, w) => s + w, 0);
  const advance = Math.abs(run.vertical ? run.height : run.width) || total;
  const spaces = chars.filter((ch) => ch === ' ').length;
  const printed = total - spaces * nominalWidth(' ') * size;
  if (spaces > 0 && advance > printed) {
    const gap = (advance - printed) / spaces;
    return chars.map((ch, i) => (ch === ' ' ? gap : nominal[i]!));
  }
  const scale = advance / total;
  return nominal.map((w) => w * scale);
}

/** The indices, counting printed characters only, of the characters a space precedes in `words`. */
function wordStarts(words: string): Set<number> {
  const starts = new Set<number>();
  let printed = 0;
  Array.from(words).forEach((ch, i, all) => {
    if (ch.trim() === '') return;
    if (i > 0 && all[i - 1]!.trim() === '') starts.add(printed);
    printed++;
  });
  return starts;
}

/** What the operator list's text-showing operators print, one string each, a space glyph kept as a space. */
export function shownWords(fnArray: readonly number[], argsArray: readonly unknown[], shows: ReadonlySet<number>): string[] {
  const out: string[] = [];
  fnArray.forEach((fn, i) => {
    if (!shows.has(fn)) return;
    const [glyphs] = argsArray[i] as [unknown[]];
    if (!Array.isArray(glyphs)) return;
    const text = glyphs.map((g) => (typeof g === 'object' && g !== null && 'unicode' in g ? (g as { unicode: string; isSpace?: boolean }) : null));
    out.push(text.map((g) => (g === null ? '' : g.isSpace === true ? ' ' : g.unicode)).join(''));
  });
  return out;
}

/** A run pdf.js spaced letter by letter: three or more Latin letters (or digits), one space between each. */
const LETTER_SPACED = /^[\p{L}\p{N}&'’.-](?: [\p{L}\p{N}&'’.-]){2,}$/u;

/**
 * pdf.js puts a space between letters set wide apart (letter-spacing, `Tc`), and then one space at a word's end
 * too: a letter-spaced run (`G i u s t i z i a`, `G p d i A u s t i n`) has no gap telling its words apart. The
 * operator list does: the space glyphs the PDF prints. A run's words are those of the one shown text with the
 * same letters, if exactly one has them (CJK runs keep no spaces anyway).
 */
export function wordsOfRun(text: string, shown: readonly string[]): string | undefined {
  if (!LETTER_SPACED.test(text) || WIDE.test(text)) return undefined;
  const letters = text.replace(/ /g, '');
  const matches = new Set(shown.map((s) => s.trim().replace(/\s+/g, ' ')).filter((s) => s.replace(/ /g, '') === letters));
  return matches.size === 1 ? [...matches][0] : undefined;
}

function unit(x: number, y: number): { x: number; y: number } {
  const n = Math.hypot(x, y) || 1;
  return { x: x / n, y: y / n };
}

type Point = { x: number; y: number };

function horizontalBox(start: Point, along: Point, up: Point, w: number, size: number, ascent: number) {
  const top = Math.min(Math.max(ascent, 0.6), 1.1);
  const below = 1 - top;
  const corners = [
    { x: start.x - up.x * size * below, y: start.y - up.y * size * below },
    { x: start.x + up.x * size * top, y: start.y + up.y * size * top },
  ].flatMap((p) => [p, { x: p.x + along.x * w, y: p.y + along.y * w }]);
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

/** pdf.js places a vertical run's origin at the top centre of its first character. */
function verticalBox(start: Point, h: number, size: number) {
  return { x: start.x - size / 2, y: start.y, w: size, h };
}
