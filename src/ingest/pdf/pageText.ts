/**
 * The page's regions → text the text parser reads, one paragraph or heading a line, with each line's box kept
 * alongside: headline groups as markdown headings (`###` kicker, `#` headline, `##` subheadline), body blocks in
 * column order, paragraphs from the first-line indent, blank lines between paragraphs.
 */
import { isLatinByline, looksLikeBylineLine } from '../bylines.ts';
import type { Box } from './PdfContent.ts';
import { boxOf, isCjk, mostCommon, type LayoutLine } from './layoutLines.ts';
import { paragraphs, sameSize, type LayoutBlock } from './layoutBlocks.ts';
import type { Region } from './articleRegions.ts';

export interface TextLine {
  text: string;
  /** The boxes it was read from (empty for a blank line). */
  boxes: Box[];
  /** Index into the regions, or null for a blank line. */
  region: number | null;
}

/** Joins a paragraph's lines: no space next to CJK, a word space in Latin text, a line-end hyphen mended. */
export function joinLines(texts: readonly string[], separator = ''): string {
  let out = '';
  for (const t of texts) {
    if (out === '') {
      out = t;
      continue;
    }
    const a = out[out.length - 1]!;
    const b = t[0] ?? '';
    if (separator !== '') out += separator + t;
    else if (a === '-' && /[a-zà-ÿ]/.test(b) && /[A-Za-zà-ÿ]/.test(out[out.length - 2] ?? '')) out = out.slice(0, -1) + t;
    else if (isCjk(a) || isCjk(b)) out += t;
    else out += ` ${t}`;
  }
  return out;
}

export const blockText = (block: LayoutBlock, separator = ''): string =>
  joinLines(
    block.lines.map((l) => l.text),
    separator,
  );

/**
 * Body blocks in reading order, by recursive cuts (XY-cut): where a clear vertical gap runs through all the
 * blocks, the columns left of it come first; else where a clear horizontal gap runs across them all, the blocks
 * above it. Columns are tried first, so a lead across two columns is read before them and after the blocks above
 * it, while a third column beside it waits its turn. Blocks no gap parts are read column by column.
 */
export function readingOrder(blocks: readonly LayoutBlock[]): LayoutBlock[] {
  if (blocks.length <= 1) return [...blocks];
  for (const [lo, hi] of CUTS) {
    const parts = cutAt(blocks, lo, hi);
    if (parts.length > 1) return parts.flatMap((p) => readingOrder(p));
  }
  return byColumns(blocks);
}

type Edge = (b: Box) => number;
const CUTS: [Edge, Edge][] = [
  [(b) => b.x, (b) => b.x + b.w],
  [(b) => b.y, (b) => b.y + b.h],
];

/** The blocks in runs along one axis, parted wherever no block spans the gap (boxes touching by a hair still part). */
function cutAt(blocks: readonly LayoutBlock[], lo: Edge, hi: Edge): LayoutBlock[][] {
  const sorted = [...blocks].sort((a, b) => lo(a) - lo(b));
  const parts: LayoutBlock[][] = [];
  let end = -Infinity;
  for (const b of sorted) {
    if (parts.length === 0 || lo(b) > end - 0.15 * b.size) parts.push([b]);
    else parts[parts.length - 1]!.push(b);
    end = Math.max(end, hi(b));
  }
  return parts;
}

function byColumns(blocks: readonly LayoutBlock[]): LayoutBlock[] {
  const columns: { x0: number; x1: number; blocks: LayoutBlock[] }[] = [];
  for (const b of [...blocks].sort((p, q) => p.x - q.x)) {
    const col = columns.find((c) => Math.min(c.x1, b.x + b.w) - Math.max(c.x0, b.x) > 0.5 * Math.min(b.w, c.x1 - c.x0));
    if (col) {
      col.blocks.push(b);
      col.x0 = Math.min(col.x0, b.x);
      col.x1 = Math.max(col.x1, b.x + b.w);
    } else columns.push({ x0: b.x, x1: b.x + b.w, blocks: [b] });
  }
  columns.sort((a, b) => a.x0 - b.x0);
  return columns.flatMap((c) => c.blocks.sort((a, b) => a.y - b.y));
}

export function regionLines(region: Region, index: number): TextLine[] {
  const out: TextLine[] = [];
  const line = (text: string, boxes: Box[]) => {
    if (text.trim() !== '') out.push({ text, boxes, region: index });
  };
  const head = region.head;
  if (head) {
    for (const k of head.kicker) line(`### ${blockText(k, ' ')}`, [k]);
    if (head.headline.length > 0) line(`# ${head.headline.map((h) => blockText(h, ' ')).join(' ')}`, head.headline);
    // a byline set large under its headline (`di Michele Ainis`) stays in the head's place on the page, and is
    // given to the text parser as the story's byline
    for (const s of head.subheadline) line(looksLikeBylineLine(blockText(s, ' ')) ? blockText(s, ' ') : `## ${blockText(s, ' ')}`, [s]);
    out.push({ text: '', boxes: [], region: null });
  }
  for (const para of bodyParagraphs(readingOrder(region.blocks))) {
    if (para.subhead) line(`### ${para.text}`, para.boxes);
    else line(para.text, para.boxes);
    out.push({ text: '', boxes: [], region: null });
  }
  return out;
}

interface Paragraph {
  text: string;
  boxes: Box[];
  subhead: boolean;
  /**
   * Its last line runs to the column's edge with no sentence closed: the paragraph goes on in the next column.
   * Holds the block it was cut from, to match the next one's style.
   */
  cut: LayoutBlock | null;
}

/**
 * The blocks' paragraphs in reading order, a paragraph cut at a column's foot joined to the next column's
 * unindented first lines: the layout sees the cut (a full last line, no closing mark), where the text parser
 * would take a short cut-off line (`据胡某交代，他清晨从家中赶往`) for a subhead.
 */
function bodyParagraphs(blocks: readonly LayoutBlock[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const block of blocks) {
    if (block.subhead) {
      out.push({ text: blockText(block, ' '), boxes: [block], subhead: true, cut: null });
      continue;
    }
    const font = bodyFont(block);
    paragraphs(block)
      .flatMap((para) => splitByline(para, font))
      .forEach((para, i, all) => {
        const text = isByline(para, font) ? joinBylineLines(para.map((l) => l.text)) : joinLines(para.map((l: LayoutLine) => l.text));
        const last = para[para.length - 1]!;
        // a column of text, not a lone line (a byline, a caption, a subhead fills its own block's width)
        const column = block.lines.length >= 2;
        const cut = column && i === all.length - 1 && last.x + last.w >= block.x + block.w - block.size && !CLOSED.test(text) ? block : null;
        const open = out[out.length - 1];
        const from = open?.cut;
        if (i === 0 && column && from && sameStyle(from, block) && para[0]!.x - block.x < 0.5 * block.size) {
          open.text = joinLines([open.text, text]);
          open.boxes.push(boxOf(para));
          open.cut = cut;
        } else out.push({ text, boxes: [boxOf(para)], subhead: false, cut });
      });
  }
  return out;
}

/** The font and size most of a block's glyphs are set in: its text's. */
const bodyFont = (block: LayoutBlock): string => styleOf(mostCommon(block.lines.flatMap((l) => l.glyphs)));

const styleOf = (g: { font: string; size: number }): string => `${g.font}|${g.size.toFixed(1)}`;
/** A line with no glyph in the text's font and size: set apart (a byline in italic and bold under the text). */
const setApart = (line: LayoutLine, font: string): boolean => line.glyphs.every((g) => styleOf(g) !== font);
const isByline = (para: readonly LayoutLine[], font: string): boolean =>
  setApart(para[0]!, font) && looksLikeBylineLine(para[0]!.text) && para.every((l) => setApart(l, font));

/**
 * A paragraph parted where a byline set apart from its text begins (la Repubblica sets `di Candito, Cerami, …`
 * in italic and bold, right-aligned, at the foot of the lead's column, with no indent or gap to part it): the
 * byline's lines, each set apart too, are a paragraph of their own for the text parser's byline rule.
 */
function splitByline(para: LayoutLine[], font: string): LayoutLine[][] {
  const at = para.findIndex((_, i) => i > 0 && !setApart(para[i - 1]!, font) && isByline(para.slice(i), font));
  return at === -1 ? [para] : [para.slice(0, at), para.slice(at)];
}

/**
 * A byline's lines joined: a list of names broken at a line end with no comma (`di Candito, Cerami, Ciriaco,
 * Foschini` / `Scaramuzzi e Vecchio`) parts two names there when every name before the break is one word; a
 * name broken across the lines (`di Elena Dusi, Giovanni` / `Egidio`) joins with a space.
 */
export function joinBylineLines(texts: readonly string[]): string {
  return texts.reduce((out, t) => {
    if (out === '') return t;
    const names = out.replace(/^\S+\s+/, '').split(/\s*,\s*/);
    const oneWordEach = names.length > 1 && names.every((n) => /^\p{Lu}[\p{L}'’.-]*$/u.test(n));
    return oneWordEach && /^\p{Lu}/u.test(t) && isLatinByline(`${out}, ${t}`) ? `${out}, ${t}` : joinLines([out, t]);
  }, '');
}

const sameStyle = (a: LayoutBlock, b: LayoutBlock): boolean => sameSize(a.size, b.size) && a.bold === b.bold && a.lines[0]!.font === b.lines[0]!.font;

/** A paragraph's last mark when it closes a sentence. */
const CLOSED = /[。！？!?…”」』）)：:；;]$/;
