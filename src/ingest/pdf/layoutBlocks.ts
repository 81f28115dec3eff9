/**
 * Lines → blocks: a line joins the block above it when it has the same style (size within `sameSize`), overlaps
 * it across, and stands within `blockGap` ems below it. Columns side by side never overlap across, so each
 * column of a story is its own block; a headline's size keeps it apart from the text under it.
 */
import type { Box } from './PdfContent.ts';
import { boxOf, type LayoutLine } from './layoutLines.ts';
import { TOLERANCES } from './tolerances.ts';

export interface LayoutBlock extends Box {
  lines: LayoutLine[];
  size: number;
  bold: boolean;
  vertical: boolean;
  /** A small heading inside a story's columns (a 小标题), read as a subhead of the story it stands in. */
  subhead?: boolean;
}

const overlap = (a0: number, a1: number, b0: number, b1: number): number => Math.min(a1, b1) - Math.max(a0, b0);
export const sameSize = (a: number, b: number): boolean => Math.max(a, b) / Math.min(a, b) <= TOLERANCES.sameSize;

export function layoutBlocks(lines: readonly LayoutLine[]): LayoutBlock[] {
  const blocks: { lines: LayoutLine[]; box: Box }[] = [];
  for (const line of lines) {
    let best: (typeof blocks)[number] | null = null;
    let bestOverlap = 0;
    for (const block of blocks) {
      const last = block.lines[block.lines.length - 1]!;
      if (last.vertical !== line.vertical || !sameSize(last.size, line.size)) continue;
      const { across, gap } = line.vertical
        ? { across: overlap(block.box.y, block.box.y + block.box.h, line.y, line.y + line.h), gap: block.box.x - (line.x + line.w) }
        : { across: overlap(block.box.x, block.box.x + block.box.w, line.x, line.x + line.w), gap: line.y - (block.box.y + block.box.h) };
      const gapOk = line.vertical
        ? Math.abs(gap) <= TOLERANCES.blockGap * line.size
        : gap <= TOLERANCES.blockGap * line.size && gap >= -0.3 * line.size;
      if (gapOk && across > 0.3 * Math.min(line.vertical ? line.h : line.w, line.vertical ? block.box.h : block.box.w) && across > bestOverlap) {
        best = block;
        bestOverlap = across;
      }
    }
    if (best) {
      best.lines.push(line);
      best.box = boxOf([best.box, line]);
    } else blocks.push({ lines: [line], box: boxOf([line]) });
  }
  return blocks.map(({ lines: ls, box }) => {
    const sorted = ls[0]!.vertical ? [...ls].sort((a, b) => b.x - a.x) : ls;
    const main = largestShare(sorted);
    return { ...box, lines: sorted, size: main.size, bold: main.bold, vertical: main.vertical };
  });
}

function largestShare(lines: readonly LayoutLine[]): LayoutLine {
  return lines.reduce((a, b) => (b.glyphs.length > a.glyphs.length ? b : a));
}

/**
 * A block's paragraphs from the first-line indent: a line that starts `indent` ems right of the lines before and
 * after it opens a paragraph. Line ends say nothing: Chinese has no hyphens, and lines break anywhere. A line set
 * beside a drop cap starts right of it, and is measured from the paragraph's edge (its `capInset` taken off).
 */
export function paragraphs(block: LayoutBlock): LayoutLine[][] {
  if (block.vertical) return [block.lines];
  const out: LayoutLine[][] = [];
  const left = (l: LayoutLine): number => l.x - (l.capInset ?? 0);
  block.lines.forEach((line, i) => {
    const next = block.lines[i + 1];
    const prev = block.lines[i - 1];
    // indented against both neighbours: a run of lines shifted right beside a photo is not an indent
    const indent = TOLERANCES.indent * line.size;
    const indented =
      (next !== undefined || prev !== undefined) &&
      (next === undefined || left(line) - left(next) >= indent) &&
      (prev === undefined || left(line) - left(prev) >= indent);
    if (out.length === 0 || indented) out.push([line]);
    else out[out.length - 1]!.push(line);
  });
  return out;
}
