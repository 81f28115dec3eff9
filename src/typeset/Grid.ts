/** The page's column grid and text metrics, shared by the layout of every block. */
import type { PageSpec } from './PageSpec.ts';
import type { Area, Point } from './PageReading.ts';

export interface Grid {
  spec: PageSpec;
  /** Top and bottom of the text area on the page, in points. */
  top: number;
  bottom: number;
  colW: number;
  /** Body line pitch in points. */
  lh: number;
  colX(col: number): number;
  /** Left edge and width of a column range. */
  span(cols: readonly [number, number]): { x: number; w: number };
  point(x: number, y: number): Point;
  area(x: number, y: number, w: number, h: number): Area;
}

/** Where the baseline of CJK text of `size` sits in a line box of height `lh` starting at `top` (Noto CJK: 0.88 em above, 0.12 below). */
export function baselineIn(top: number, lh: number, size: number): number {
  return top + (lh - size) / 2 + 0.88 * size;
}

const HEADER_HEIGHT = 40;
const FOOTER_HEIGHT = 20;

export function makeGrid(spec: PageSpec): Grid {
  const inner = spec.width - 2 * spec.margin;
  const colW = (inner - (spec.columns - 1) * spec.gutter) / spec.columns;
  const colX = (col: number) => {
    if (!Number.isInteger(col) || col < 0 || col >= spec.columns)
      throw new Error(`typeset: column ${col} is not on a page of ${spec.columns} columns`);
    return spec.margin + col * (colW + spec.gutter);
  };
  const round = (n: number) => Math.round(n * 10000) / 10000;
  return {
    spec,
    top: spec.margin + (spec.header ? HEADER_HEIGHT : 0),
    bottom: spec.height - spec.margin - (spec.footer ? FOOTER_HEIGHT : 0),
    colW,
    lh: spec.bodySize * spec.leading,
    colX,
    span: ([from, to]) => ({ x: colX(from), w: colX(to) + colW - colX(from) }),
    point: (x, y) => [round(x / spec.width), round(y / spec.height)],
    area: (x, y, w, h) => [round(x / spec.width), round(y / spec.height), round(w / spec.width), round(h / spec.height)],
  };
}
