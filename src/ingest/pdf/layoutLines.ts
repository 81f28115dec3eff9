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
  /**
   * Set beside a drop cap (dropCaps.ts): how far right of its paragraph's edge the line starts, the cap's width
   * and its white. The line is not indented: it is the paragraph's, going on from the line above.
   */
  capInset?: number;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\ufe30-\ufe4f\u{20000}-\u{3fffd}]/u;
export const isCjk = (ch: string): boolean => CJK.test(ch);

/** Whether `inner` lies inside `outer`, to half a point. */
export const holds = (outer: Box, inner: Box): boolean =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.w <= outer.x + outer.w + 0.5 &&
  inner.y + inner.h <= outer.y + outer.h + 0.5;

export function boxOf(boxes: readonly Box[]): Box {
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.w);
    y1 = Math.max(y1, b.y + b.h);
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/** `images`: where the page places its photos; a photo's edge is a column's, parting a caption under it from the line beside. */
export function layoutLines(glyphs: readonly Glyph[], images: readonly Box[] = []): LayoutLine[] {
  const horizontal = glyphs.filter((g) => !g.vertical && !g.rotated);
  const vertical = glyphs.filter((g) => g.vertical);
  const lines = [
    ...joinSpaces(
      bands(
        horizontal,
        (g) => g.y + g.h / 2,
        (g) => [g.x, g.x + g.w],
      ).flatMap((band) => splitAtGaps(band, false)),
      images,
    ),
    ...bands(
      vertical,
      (g) => g.x + g.w / 2,
      (g) => [g.y, g.y + g.h],
    ).flatMap((band) => splitAtGaps(band, true)),
    ...rotatedLines(glyphs.filter((g) => !g.vertical && g.rotated)),
  ];
  return lines.sort((a, b) => a.y - b.y || a.x - b.x);
}

/**
 * Lines set along a baseline turned a quarter (a photo credit up a photo's edge): turned back upright, read as
 * horizontal glyphs are (word spaces kept), then given their boxes on the page again. They stand as vertical
 * lines do, one glyph over the next.
 */
function rotatedLines(glyphs: readonly Glyph[]): LayoutLine[] {
  if (glyphs.length === 0) return [];
  const original = new Map<Glyph, Glyph>();
  const upright = glyphs.map((g) => {
    // reading up, a line's glyph tops face left and the next line stands to its right; reading down, the reverse
    const turned: Glyph = g.rotated === 'up' ? { ...g, x: -(g.y + g.h), y: g.x, w: g.h, h: g.w } : { ...g, x: g.y, y: -(g.x + g.w), w: g.h, h: g.w };
    original.set(turned, g);
    return turned;
  });
  const lines = bands(
    upright,
    (g) => g.y + g.h / 2,
    (g) => [g.x, g.x + g.w],
  ).flatMap((band) => splitAtGaps(band, false));
  return lines.map((l) => {
    const glyphsOnPage = l.glyphs.map((g) => original.get(g)!);
    return { ...l, ...boxOf(glyphsOnPage), glyphs: glyphsOnPage, vertical: true };
  });
}

/** Groups glyphs whose centres (across the reading direction) agree within `lineY` ems, with similar sizes. */
function bands(glyphs: readonly Glyph[], centre: (g: Glyph) => number, along: (g: Glyph) => [number, number]): Glyph[][] {
  const sorted = [...glyphs].sort((a, b) => centre(a) - centre(b));
  const open: { centre: number; size: number; glyphs: Glyph[] }[] = [];
  const done: Glyph[][] = [];
  for (const g of sorted) {
    const c = centre(g);
    // bands left behind can take no more glyphs: close them, so the search stays short
    while (open.length > 0 && c - open[0]!.centre > 2 * TOLERANCES.lineY * Math.max(open[0]!.size, g.size)) done.push(open.shift()!.glyphs);
    const reach = (band: (typeof open)[number], ems: number) =>
      Math.abs(band.centre - c) <= ems * TOLERANCES.lineY * Math.min(band.size, g.size) &&
      Math.max(band.size, g.size) / Math.min(band.size, g.size) <= 1.6;
    const near = open.filter((band) => reach(band, 1));
    // digits set in a Latin font sit lower in their box than the CJK around them (河南商报 A06: a quarter em), and
    // the row's band may have opened a little higher still: the row that holds the glyph's neighbour along the
    // line is its row, before a nearer one (another column's) and a little beyond reach
    const best =
      near.length === 1
        ? near[0]
        : near.length > 1
          ? (near.find((band) => holdsNeighbour(band.glyphs, g, along)) ?? nearest(near, c))
          : open.find((band) => reach(band, 2) && holdsNeighbour(band.glyphs, g, along));
    if (best) best.glyphs.push(g);
    else open.push({ centre: c, size: g.size, glyphs: [g] });
  }
  return [...done, ...open.map((b) => b.glyphs)];
}

function nearest<T extends { centre: number }>(bands: readonly T[], c: number): T {
  return bands.reduce((a, b) => (Math.abs(b.centre - c) < Math.abs(a.centre - c) ? b : a));
}

/** A glyph of the band ending or starting within `segmentGap` ems of g along the line: g's neighbour on its row. */
function holdsNeighbour(band: readonly Glyph[], g: Glyph, along: (g: Glyph) => [number, number]): boolean {
  const [g0, g1] = along(g);
  const reach = TOLERANCES.segmentGap * g.size;
  return band.some((h) => {
    const [h0, h1] = along(h);
    return (g0 - h1 >= -0.1 * g.size && g0 - h1 <= reach) || (h0 - g1 >= -0.1 * g.size && h0 - g1 <= reach);
  });
}

function splitAtGaps(band: readonly Glyph[], vertical: boolean): LayoutLine[] {
  const start = (g: Glyph) => (vertical ? g.y : g.x);
  const end = (g: Glyph) => (vertical ? g.y + g.h : g.x + g.w);
  const sorted = [...band].sort((a, b) => start(a) - start(b));
  const lines: LayoutLine[] = [];
  let run: Glyph[] = [];
  for (const g of sorted) {
    const last = run[run.length - 1];
    const gap = start(g) - end(last ?? g);
    const before = run.length > 1 ? start(last!) - end(run[run.length - 2]!) : 0;
    if (last && gap + blankTail(last, gap - before, vertical) > TOLERANCES.segmentGap * Math.max(last.size, g.size)) {
      lines.push(makeLine(run, vertical));
      run = [];
    }
    run.push(g);
  }
  if (run.length > 0) lines.push(makeLine(run, vertical));
  return lines;
}

/** Full-width closing marks: their ink stands in the left half of their em, the right half is white. */
const CLOSING = /^[）】」』》〉，。、；：！？]$/u;

/**
 * The white a glyph's box holds after its ink: half an em for a full-width closing mark, which a typesetter may
 * hang into the gutter (a line's last `）`), so the white between it and the next column is the gutter's still,
 * when the gap after it is already a quarter em wider than the line's spacing.
 */
const blankTail = (g: Glyph, wider: number, vertical: boolean): number =>
  // a justified or letter-spaced line's even spacing is no gutter: only a gap a quarter em wider than the one
  // before the mark counts
  !vertical && wider >= 0.25 * g.size && CLOSING.test(g.ch) && g.w >= 0.9 * g.size ? 0.5 * g.size : 0;

/**
 * Rejoins segments of one row parted by a printed space (`记者 胡月梅`, a spaced headline): a gap is a gutter when
 * rows of the same size just above or below end at its left edge and start at its right one (columns), and a
 * space otherwise.
 */
function joinSpaces(segments: LayoutLine[], images: readonly Box[]): LayoutLine[] {
  const byY = [...segments].sort((a, b) => a.y - b.y);
  const out: LayoutLine[] = [];
  const sorted = [...segments].sort((a, b) => a.y - b.y || a.x - b.x);
  const merged = new Set<LayoutLine>();
  for (const seg of sorted) {
    if (merged.has(seg)) continue;
    let line = seg;
    for (;;) {
      const next = nextOnRow(line, byY);
      if (!next || !isSpace(line, next, byY, images)) break;
      merged.add(next);
      line = makeLine([...line.glyphs, ...next.glyphs], false);
    }
    out.push(line);
  }
  return out;
}

function nextOnRow(line: LayoutLine, byY: readonly LayoutLine[]): LayoutLine | null {
  let best: LayoutLine | null = null;
  const right = line.x + line.w;
  for (const s of window(byY, line.y - line.size, line.y + line.size)) {
    if (s === line || s.x < right - 0.1 * line.size || !sameRow(line, s)) continue;
    if (s.x - right <= TOLERANCES.lineGap * Math.max(line.size, s.size) && (!best || s.x < best.x)) best = s;
  }
  return best;
}

const sameRow = (a: LayoutLine, b: LayoutLine): boolean =>
  Math.abs(a.y + a.h / 2 - (b.y + b.h / 2)) <= TOLERANCES.lineY * Math.min(a.size, b.size) &&
  Math.max(a.size, b.size) / Math.min(a.size, b.size) <= 1.6;

function isSpace(a: LayoutLine, b: LayoutLine, byY: readonly LayoutLine[], images: readonly Box[]): boolean {
  const x0 = a.x + a.w;
  const x1 = b.x;
  const reach = TOLERANCES.gutterReach * a.size;
  // a photo just over or under the row is a column: its edge in the gap is the gutter's (`… da pagina 2 a 7` |
  // `Sergio Mattarella`, the caption under a photo on the byline's row)
  const above = (im: Box) => im.y + im.h <= a.y + 0.3 * a.size && a.y - (im.y + im.h) <= reach;
  const below = (im: Box) => im.y >= a.y + a.h - 0.3 * a.size && im.y - (a.y + a.h) <= reach;
  const photos = images.filter((im) => above(im) || below(im));
  let endsAtGap = photos.some((im) => im.x + im.w <= x1 && Math.abs(im.x + im.w - x0) <= a.size);
  let startsAtGap = photos.some((im) => im.x >= x0 && Math.abs(im.x - x1) <= a.size);
  let crossed = false;
  let smallGutter = false;
  let stacked = false;
  for (const s of window(byY, a.y - reach, a.y + reach)) {
    if (s === a || s === b || sameRow(a, s)) continue;
    const same = Math.max(s.size, a.size) / Math.min(s.size, a.size) <= 1.3;
    if (same) {
      if (s.x < x0 && s.x + s.w > x1) crossed = true;
      if (Math.abs(s.x + s.w - x0) <= a.size) endsAtGap = true;
      if (Math.abs(s.x - x1) <= a.size) startsAtGap = true;
      // a line of this style over or under one side alone: a two-line subhead beside a one-line one
      const near = Math.abs(s.y - a.y) <= 1.5 * a.size;
      const over = (l: LayoutLine) => Math.min(s.x + s.w, l.x + l.w) - Math.max(s.x, l.x) > 0;
      if (near && over(a) !== over(b)) stacked = true;
    } else if (s.size < a.size && x1 - x0 <= 2 * s.size && Math.abs(s.x + s.w - x0) <= s.size && smallerStartsAt(byY, s, x1, reach, a.y)) {
      // smaller text tells only of a gap as narrow as its own gutters, never of a big headline's word space
      smallGutter = true;
    }
  }
  // a gutter has columns ending at its left edge and starting at its right one (a wide caption may still run
  // across it); a printed space has neither: text runs across it, or it is a spaced headline or a lone line.
  // Two subheads side by side over two columns stand over the columns' gutter, one of them stacked on two lines.
  if ((endsAtGap && startsAtGap) || (smallGutter && stacked)) return false;
  // with no text running across, only a narrow gap is a space: two headlines side by side stay two
  return crossed || x1 - x0 <= TOLERANCES.headlineSpace * a.size;
}

/** A line of `like`'s size starting at x within its em, near the row at y: the right side of a gutter. */
function smallerStartsAt(byY: readonly LayoutLine[], like: LayoutLine, x: number, reach: number, y: number): boolean {
  for (const s of window(byY, y - reach, y + reach)) if (s.size === like.size && Math.abs(s.x - x) <= like.size) return true;
  return false;
}

/** The segments whose top lies in [y0, y1], from a list sorted by top. */
function* window(byY: readonly LayoutLine[], y0: number, y1: number): Generator<LayoutLine> {
  let lo = 0,
    hi = byY.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byY[mid]!.y < y0) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < byY.length && byY[i]!.y <= y1; i++) yield byY[i]!;
}

export function makeLine(glyphs: Glyph[], vertical: boolean): LayoutLine {
  const main = mostCommon(glyphs);
  return { ...boxOf(glyphs), glyphs, text: lineText(glyphs, vertical), size: main.size, font: main.font, bold: main.bold, vertical };
}

/** The glyph whose size and font cover most of these (a line's, a block's). */
export function mostCommon(glyphs: readonly Glyph[]): Glyph {
  const counts = new Map<string, { g: Glyph; n: number }>();
  for (const g of glyphs) {
    const key = `${g.size.toFixed(1)}|${g.font}`;
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { g, n: 1 });
  }
  return [...counts.values()].reduce((a, b) => (b.n > a.n ? b : a)).g;
}

/**
 * Joins glyphs. A gap `space` ems wider than the line's usual gap between characters (its letter-spacing or
 * justification) is a printed space, even between CJK characters (`记者 刘慧丽`); any other gap next to CJK is
 * letter-spacing, and a gap between two Latin characters is a word space.
 */
export function lineText(glyphs: readonly Glyph[], vertical: boolean): string {
  if (vertical) return glyphs.map((g) => g.ch).join('');
  const gaps = glyphs.slice(1).map((g, i) => g.x - (glyphs[i]!.x + glyphs[i]!.w));
  const usual = median(gaps);
  let text = glyphs[0]?.ch ?? '';
  for (let i = 1; i < glyphs.length; i++) {
    const prev = glyphs[i - 1]!;
    const g = glyphs[i]!;
    const em = Math.min(prev.size, g.size);
    const gap = gaps[i - 1]!;
    const latin = !isCjk(prev.ch) && !isCjk(g.ch);
    // next to a digit or a Latin letter the glyph widths are estimates: ask for a wider gap there
    const reach = isCjk(prev.ch) && isCjk(g.ch) ? TOLERANCES.space : 0.5;
    // a letter-spaced line (`Gp di Austin`, its usual gap wider than a tenth of an em): its letter-spacing is no
    // word space; the spaces the PDF printed are
    const spacing = usual > 0.1 * em ? usual : 0;
    if (gap > Math.max(usual, 0) + reach * em || (latin && (gap > spacing + 0.1 * em || g.spaceBefore === true))) text += ' ';
    text += g.ch;
  }
  // a letter-spaced CJK line (古 镇 老 街): every gap wide alike is letter-spacing, not words
  return /^[^ -~](?: [^ -~])+$/.test(text) ? text.replace(/ /g, '') : text;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
