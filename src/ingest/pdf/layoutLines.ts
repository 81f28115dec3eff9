/**
 * Glyphs → lines. Horizontal glyphs stand on one line when their vertical centres agree within `lineY` ems and
 * no gap wider than `lineGap` ems parts them (a wider gap is a column gutter); vertical glyphs form columns read
 * top to bottom. A line's text drops letter-spacing between CJK characters and keeps word spaces in Latin text.
 */
import type { Box, Glyph } from './PdfContent.ts';
import { TOLERANCES } from './tolerances.ts';

export interface LayoutLine extends Box {
  glyphs: Glyph[];
  text: string;
  /** The size most of its glyphs have. */
  size: number;
  font: string;
  bold: boolean;
  vertical: boolean;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\ufe30-\ufe4f\u{20000}-\u{3fffd}]/u;
export const isCjk = (ch: string): boolean => CJK.test(ch);

export function boxOf(boxes: readonly Box[]): Box {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.w);
    y1 = Math.max(y1, b.y + b.h);
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

export function layoutLines(glyphs: readonly Glyph[]): LayoutLine[] {
  const horizontal = glyphs.filter((g) => !g.vertical);
  const vertical = glyphs.filter((g) => g.vertical);
  const lines = [
    ...bands(horizontal, (g) => g.y + g.h / 2).flatMap((band) => splitAtGaps(band, false)),
    ...bands(vertical, (g) => g.x + g.w / 2).flatMap((band) => splitAtGaps(band, true)),
  ];
  return lines.sort((a, b) => a.y - b.y || a.x - b.x);
}

/** Groups glyphs whose centres (across the reading direction) agree within `lineY` ems, with similar sizes. */
function bands(glyphs: readonly Glyph[], centre: (g: Glyph) => number): Glyph[][] {
  const sorted = [...glyphs].sort((a, b) => centre(a) - centre(b));
  const open: { centre: number; size: number; glyphs: Glyph[] }[] = [];
  const done: Glyph[][] = [];
  for (const g of sorted) {
    const c = centre(g);
    // bands left behind can take no more glyphs: close them, so the search stays short
    while (open.length > 0 && c - open[0]!.centre > 2 * TOLERANCES.lineY * Math.max(open[0]!.size, g.size)) done.push(open.shift()!.glyphs);
    let best: (typeof open)[number] | null = null;
    for (const band of open) {
      const tol = TOLERANCES.lineY * Math.min(band.size, g.size);
      const sizeRatio = Math.max(band.size, g.size) / Math.min(band.size, g.size);
      if (Math.abs(band.centre - c) <= tol && sizeRatio <= 1.6 && (!best || Math.abs(band.centre - c) < Math.abs(best.centre - c))) best = band;
    }
    if (best) best.glyphs.push(g);
    else open.push({ centre: c, size: g.size, glyphs: [g] });
  }
  return [...done, ...open.map((b) => b.glyphs)];
}

function splitAtGaps(band: readonly Glyph[], vertical: boolean): LayoutLine[] {
  const start = (g: Glyph) => (vertical ? g.y : g.x);
  const end = (g: Glyph) => (vertical ? g.y + g.h : g.x + g.w);
  const sorted = [...band].sort((a, b) => start(a) - start(b));
  const lines: LayoutLine[] = [];
  let run: Glyph[] = [];
  for (const g of sorted) {
    const last = run[run.length - 1];
    if (last && start(g) - end(last) > TOLERANCES.lineGap * Math.max(last.size, g.size)) {
      lines.push(makeLine(run, vertical));
      run = [];
    }
    run.push(g);
  }
  if (run.length > 0) lines.push(makeLine(run, vertical));
  return lines;
}

export function makeLine(glyphs: Glyph[], vertical: boolean): LayoutLine {
  const main = mostCommon(glyphs);
  return { ...boxOf(glyphs), glyphs, text: lineText(glyphs, vertical), size: main.size, font: main.font, bold: main.bold, vertical };
}

/** The glyph whose size and font cover most of the line. */
function mostCommon(glyphs: readonly Glyph[]): Glyph {
  const counts = new Map<string, { g: Glyph; n: number }>();
  for (const g of glyphs) {
    const key = `${g.size.toFixed(1)}|${g.font}`;
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { g, n: 1 });
  }
  return [...counts.values()].reduce((a, b) => (b.n > a.n ? b : a)).g;
}

/** Joins glyphs; a gap between two non-CJK characters is a word space, a gap next to CJK is letter-spacing. */
export function lineText(glyphs: readonly Glyph[], vertical: boolean): string {
  let text = '';
  glyphs.forEach((g, i) => {
    const prev = glyphs[i - 1];
    if (prev && !vertical && !isCjk(prev.ch) && !isCjk(g.ch) && g.x - (prev.x + prev.w) > 0.1 * Math.min(prev.size, g.size)) text += ' ';
    text += g.ch;
  });
  return text;
}
