/**
 * The seam between pdf.js and the pure layout passes. `src/pdf/` (Node, pdf.js) reads a page into a
 * PdfPageContent of plain data; `src/ingest/pdf/` turns it into a PdfPageReading with no I/O, so every layout
 * step is testable from tables of glyphs without a PDF. Units are PDF points, origin top-left, y downwards.
 */
import type { Jump, Rect } from '../../schema/edition.ts';
import type { ParsedPage } from '../ParsedPage.ts';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One drawn character: its box on the page, its size (the font's em in points) and its font. */
export interface Glyph extends Box {
  ch: string;
  size: number;
  /** The font's name as the PDF gives it (e.g. `ABCDEF+FZSSK--GBK1-0`), for grouping runs of one style. */
  font: string;
  bold: boolean;
  /** Drawn in a vertical run (top to bottom). */
  vertical: boolean;
  /**
   * The PDF's text had a space right before it in the same run: in Latin text, a word space even where the
   * estimated widths leave no gap (`al Nepal, di Alessandro`).
   */
  spaceBefore?: boolean;
  /**
   * Set along a baseline turned a quarter: read bottom to top (`up`, turned counter-clockwise, as a photo credit
   * up a photo's edge) or top to bottom (`down`). Its box is the page's, upright.
   */
  rotated?: 'up' | 'down';
}

/** Where the page places an image (from pdf.js's operator list): its box on the page. */
export type ImagePlacement = Box;

export interface PdfPageContent {
  width: number;
  height: number;
  glyphs: Glyph[];
  images: ImagePlacement[];
}

/** A photo of the page, attached to a figure block of an article (a photo without a caption gets a figure of its own). */
export interface PhotoPlacement {
  /** Index into the reading's articles. */
  article: number;
  /** Index into that article's blocks: a `figure`. */
  block: number;
  /** Index into PdfPageContent.images. */
  image: number;
  area: Rect;
}

/**
 * A page PDF read: the same ParsedPage the text parser gives (articles through the same byline, dateline and
 * caption passes), plus where everything stands. `text` is the page's text as read, one layout line a line: the
 * line numbers of articles, chrome and warnings refer to it, and it is what 原文 shows.
 */
export interface PdfPageReading extends ParsedPage {
  text: string;
  /** Per article (same order as `articles`): its area as page fractions; the areas of two articles never overlap. */
  areas: Rect[][];
  /** Per chrome entry (same order as `chrome`): where the furniture stands. */
  chromeAreas: Rect[][];
  /** Per article: its jump lines (`（下转第二版）`). */
  jumps: Jump[][];
  photos: PhotoPlacement[];
}
