/**
 * The page's regions → text the text parser reads, one paragraph or heading a line, with each line's box kept
 * alongside: headline groups as markdown headings (`###` kicker, `#` headline, `##` subheadline), body blocks in
 * column order, paragraphs from the first-line indent, blank lines between paragraphs.
 */
import type { Box } from './PdfContent.ts';
import { boxOf, isCjk, type LayoutLine } from './layoutLines.ts';
import { paragraphs, type LayoutBlock } from './layoutBlocks.ts';
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

/** Body blocks in reading order: wide blocks (a lead across columns) first, then column by column, top down. */
export function readingOrder(blocks: readonly LayoutBlock[]): LayoutBlock[] {
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
    for (const s of head.subheadline) line(`## ${blockText(s, ' ')}`, [s]);
    out.push({ text: '', boxes: [], region: null });
  }
  for (const block of readingOrder(region.blocks)) {
    if (block.subhead) {
      line(`### ${blockText(block, ' ')}`, [block]);
      out.push({ text: '', boxes: [], region: null });
      continue;
    }
    for (const para of paragraphs(block)) {
      line(joinLines(para.map((l: LayoutLine) => l.text)), [boxOf(para)]);
      out.push({ text: '', boxes: [], region: null });
    }
  }
  return out;
}
