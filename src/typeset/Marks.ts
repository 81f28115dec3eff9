/** What the layout puts on a page, in points from the page's top-left corner: the renderer draws these and nothing else. */
import type { FontStyle } from './fonts.ts';

export interface TextMark {
  type: 'text';
  /** Left end of the baseline. */
  x: number;
  baseline: number;
  size: number;
  font: FontStyle;
  text: string;
  /** Extra space after each character, in points (PDF character spacing, Tc). */
  tracking: number;
  /** 0 black … 1 white. */
  gray: number;
}

export interface ImageMark {
  type: 'image';
  x: number;
  y: number;
  w: number;
  h: number;
  seed: number;
}

export interface RectMark {
  type: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  /** Stroke width, or 0 for a filled box of `gray`. */
  stroke: number;
  gray: number;
}

export type Mark = TextMark | ImageMark | RectMark;
