import type { Rect } from '../../schema/edition.ts';

/** The smallest rectangle holding all of them (page fractions). */
export function boundingBox(rects: readonly Rect[]): Rect {
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.w));
  const bottom = Math.max(...rects.map((r) => r.y + r.h));
  return { x, y, w: right - x, h: bottom - y };
}

const percent = (n: number) => `${+(n * 100).toFixed(3)}%`;

/** CSS position of a rectangle as percentages of its container, the page or an enclosing box. */
export function placeWithin(rect: Rect, box: Rect = { x: 0, y: 0, w: 1, h: 1 }) {
  // A box of zero width or height (a one-line rule) places its pieces at its edge rather than dividing by 0.
  const across = box.w || 1;
  const down = box.h || 1;
  return {
    left: percent((rect.x - box.x) / across),
    top: percent((rect.y - box.y) / down),
    width: percent(rect.w / across),
    height: percent(rect.h / down),
  };
}
