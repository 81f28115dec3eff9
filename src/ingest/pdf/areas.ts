/**
 * Areas as page fractions, and never overlapping between articles: where two articles' boxes overlap, the later
 * one keeps only the parts of its box outside the earlier one's.
 */
import type { Rect } from '../../schema/edition.ts';
import type { Box } from './PdfContent.ts';

const clamp = (v: number): number => Math.min(1, Math.max(0, v));

export function toRect(box: Box, width: number, height: number): Rect {
  const x = clamp(box.x / width);
  const y = clamp(box.y / height);
  return { x, y, w: clamp(Math.min(box.x + box.w, width) / width) - x, h: clamp(Math.min(box.y + box.h, height) / height) - y };
}

export function overlaps(a: Box, b: Box): boolean {
  return Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 1e-9 && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 1e-9;
}

/** `a` minus `b`: up to four boxes (above, below, left, right of the overlap). */
export function subtract(a: Box, b: Box): Box[] {
  if (!overlaps(a, b)) return [a];
  const out: Box[] = [];
  const ax1 = a.x + a.w,
    ay1 = a.y + a.h,
    bx1 = b.x + b.w,
    by1 = b.y + b.h;
  if (b.y > a.y) out.push({ x: a.x, y: a.y, w: a.w, h: b.y - a.y });
  if (by1 < ay1) out.push({ x: a.x, y: by1, w: a.w, h: ay1 - by1 });
  const top = Math.max(a.y, b.y),
    bottom = Math.min(ay1, by1);
  if (b.x > a.x) out.push({ x: a.x, y: top, w: b.x - a.x, h: bottom - top });
  if (bx1 < ax1) out.push({ x: bx1, y: top, w: ax1 - bx1, h: bottom - top });
  return out.filter((r) => r.w > 1e-6 && r.h > 1e-6);
}

/** Each list of boxes with every part that an earlier list (or a `taken` box) already covers cut away. */
export function disjointAreas<T extends Box>(lists: readonly (readonly T[])[], taken: readonly Box[] = []): Box[][] {
  const claimed: Box[] = [...taken];
  return lists.map((boxes) => {
    let mine: Box[] = [];
    for (const box of boxes) {
      let pieces: Box[] = [box];
      for (const other of [...claimed, ...mine]) pieces = pieces.flatMap((p) => subtract(p, other));
      // a piece under a point thin is a rounding's leftover, not ground the story stands on
      mine = [...mine, ...pieces.filter((p) => p.w >= 1 && p.h >= 1)];
    }
    claimed.push(...mine);
    return mine;
  });
}

/**
 * An article's boxes as one box per column: boxes that overlap across by half the narrower stand in one column,
 * when no more than a few lines of white part them, and the column's area runs from its first box to its last (a
 * short byline line or a paragraph gap is still the story's ground).
 */
/** A box this many times narrower than the one above it starts a column of its own (columns under a headline). */
const COLUMN_WIDTHS = 1.6;

export function columnBoxes(boxes: readonly Box[]): Box[] {
  const columns: Box[] = [];
  for (const b of [...boxes].sort((p, q) => p.y - q.y)) {
    // one column: overlapping across, and no more than a few lines of white between (else another story may stand there)
    // and not under a much wider box: a headline or lead across columns keeps its own box, so a column's box
    // never grows across the page (over furniture beside the story, which would leave the story slivers around
    // it); a short line (a byline) above its column still joins it
    const i = columns.findIndex(
      (c) =>
        Math.min(c.x + c.w, b.x + b.w) - Math.max(c.x, b.x) > 0.5 * Math.min(c.w, b.w) &&
        c.w <= COLUMN_WIDTHS * b.w &&
        b.y - (c.y + c.h) <= 3 * Math.min(b.h, 12),
    );
    if (i === -1) {
      columns.push({ ...b });
      continue;
    }
    const c = columns[i]!;
    const x = Math.min(c.x, b.x),
      y = Math.min(c.y, b.y);
    columns[i] = { x, y, w: Math.max(c.x + c.w, b.x + b.w) - x, h: Math.max(c.y + c.h, b.y + b.h) - y };
  }
  return mostlyOneJoined(besideJoined(columns));
}

/**
 * Two boxes of a story that mostly overlap (half the smaller one or more) as one: a column whose lines hang a
 * closing mark into the gutter would otherwise leave, beside the box that holds most of it, a sliver as wide as
 * the mark.
 */
function mostlyOneJoined(boxes: Box[]): Box[] {
  const out = [...boxes];
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++) {
      const a = out[i]!,
        b = out[j]!;
      const shared =
        Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
      if (shared < 0.5 * Math.min(a.w * a.h, b.w * b.h)) continue;
      const x = Math.min(a.x, b.x),
        y = Math.min(a.y, b.y);
      out[i] = { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
      out.splice(j, 1);
      j = i;
    }
  }
  return out;
}

/** How far apart (in points) two columns of a story may stand and share one box: a gutter. */
const GUTTER = 14;

/** Columns side by side over the same rows (a gutter apart) as one box: the gutter is the story's ground too. */
function besideJoined(columns: Box[]): Box[] {
  const out = [...columns].sort((a, b) => a.x - b.x);
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++) {
      const a = out[i]!,
        b = out[j]!;
      const gap = Math.max(a.x, b.x) - Math.min(a.x + a.w, b.x + b.w);
      const rows = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (gap < 0 || gap > GUTTER || rows < 0.8 * Math.max(a.h, b.h)) continue;
      const x = Math.min(a.x, b.x),
        y = Math.min(a.y, b.y);
      out[i] = { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
      out.splice(j, 1);
      j = i;
    }
  }
  return out;
}
