/**
 * The page's layout as PyMuPDF's `get_text("dict")` shapes it — blocks → lines → spans, each with its box and
 * font — for `npm run parse -- page.pdf --layout`: what the grouping steps made, to trace a wrong merge.
 */
import type { Box, Glyph, PdfPageContent } from './PdfContent.ts';
import { dedupeGlyphs } from './dedupeGlyphs.ts';
import { boxOf, layoutLines, lineText } from './layoutLines.ts';
import { layoutBlocks } from './layoutBlocks.ts';
import { isPhoto } from './photos.ts';

export interface DumpSpan {
  text: string;
  bbox: number[];
  font: string;
  size: number;
  bold: boolean;
}
export interface DumpLine {
  text: string;
  bbox: number[];
  vertical: boolean;
  spans: DumpSpan[];
}
export interface DumpBlock {
  bbox: number[];
  size: number;
  lines: DumpLine[];
}

const bbox = (b: Box): number[] => [b.x, b.y, b.x + b.w, b.y + b.h].map((v) => Math.round(v * 10) / 10);

export function layoutDump(content: PdfPageContent): { width: number; height: number; images: number[][]; blocks: DumpBlock[] } {
  // the photos the reading parts lines at (readLayout: an image over half the page is a background)
  const photos = content.images.filter((im) => isPhoto(im, 0.5 * content.width * content.height));
  const blocks = layoutBlocks(layoutLines(dedupeGlyphs(content.glyphs), photos));
  return {
    width: content.width,
    height: content.height,
    images: content.images.map(bbox),
    blocks: blocks.map((b) => ({
      bbox: bbox(b),
      size: Math.round(b.size * 10) / 10,
      lines: b.lines.map((l) => ({ text: l.text, bbox: bbox(l), vertical: l.vertical, spans: spans(l.glyphs, l.vertical) })),
    })),
  };
}

function spans(glyphs: readonly Glyph[], vertical: boolean): DumpSpan[] {
  const out: Glyph[][] = [];
  for (const g of glyphs) {
    const run = out[out.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && last.font === g.font && Math.abs(last.size - g.size) < 0.05) run.push(g);
    else out.push([g]);
  }
  return out.map((run) => ({
    text: lineText(run, vertical),
    bbox: bbox(boxOf(run)),
    font: run[0]!.font,
    size: Math.round(run[0]!.size * 10) / 10,
    bold: run[0]!.bold,
  }));
}
